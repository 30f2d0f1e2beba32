import type { TargetedKeyboardEvent, TargetedMouseEvent } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { ResolvedAct } from '../utils/domain/acts/types';
import type { MessageKey } from '../utils/domain/i18n';
import type { NudgeLevel } from '../utils/domain/nudges/state';
import { useT } from './i18n';

/** What the in-page card shows and the answers it reports; the caller decides what each answer does. */
export interface NudgeCardProps {
  act: Pick<ResolvedAct, 'title' | 'howTo' | 'why' | 'minutes' | 'cost'>;
  /** 1 corner card, 2 larger corner card, 3 pause screen (a modal over the page, still one click to leave). */
  level: NudgeLevel;
  /** Show that *Do it* did not open the act's link because it is not a safe kind of link. */
  linkRefused?: boolean;
  /** Show that *Another idea* had nothing else to offer. */
  noOtherIdea?: boolean;
  onDo: () => void;
  onAnother: () => void;
  onNotNow: () => void;
  onPurposeful: () => void;
  /** Close button, Esc, and the pause screen's "Back to the page". */
  onClose: () => void;
  /** The pause screen's "Close this tab": leave the feed for now. */
  onLeave: () => void;
}

const LEADS: Record<NudgeLevel, MessageKey> = { 1: 'nudgeCardLead1', 2: 'nudgeCardLead2', 3: 'nudgeCardLead3' };

/** What Tab can reach inside the card. */
const FOCUSABLE = 'button:not([disabled]), a[href]';

/**
 * The nudge card for a shadow root (style it with `NUDGE_CARD_CSS`): one kind act, its why-line and
 * one-click answers, *Do it* first and strongest, *Another idea* beside it, *Not now* and *I'm here on
 * purpose* quieter below. The corner card (levels 1 and 2) never takes focus: the person may be
 * scrolling or typing, and it announces itself politely instead. The pause screen (level 3) is a real
 * modal: it takes focus (onto itself, so no button is pressed by a key meant for the page), keeps Tab
 * inside, closes on Esc, offers one slow breath (still under `prefers-reduced-motion`) and a way to leave
 * the feed. A focus ring shows only when the person moves with the keyboard (`:focus-visible`).
 */
export function NudgeCard(props: NudgeCardProps) {
  const t = useT();
  const { act, level } = props;
  const modal = level === 3;
  const titleId = useId();
  const howId = useId();
  const root = useRef<HTMLDivElement>(null);
  // Filled after mount: screen readers announce changes to a live region, not its first content.
  const [announce, setAnnounce] = useState(false);
  useEffect(() => setAnnounce(true), []);
  useEffect(() => {
    if (modal) root.current?.focus({ preventScroll: true });
  }, [modal]);
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      props.onClose();
    } else if (event.key === 'Tab' && modal) keepTabInside(event, root.current);
  };
  // A click on the pause screen's backdrop keeps focus in the dialog, so Esc and Tab still work.
  // No listener goes on the page's own document: the card hears only what happens inside it.
  const onOverlayClick = (event: TargetedMouseEvent<HTMLDivElement>) => {
    if (event.target === event.currentTarget) root.current?.focus({ preventScroll: true });
  };

  const card = (
    <div
      ref={root}
      class={`ow-card ow-level-${level}`}
      role="dialog"
      aria-modal={modal ? 'true' : 'false'}
      aria-labelledby={titleId}
      aria-describedby={howId}
      tabIndex={-1}
    >
      <div class="ow-head">
        <p class="ow-lead">{t(LEADS[level])}</p>
        <button type="button" class="ow-close" aria-label={t('nudgeCardClose')} onClick={props.onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {modal && (
        <div class="ow-breathe">
          <span class="ow-breathe-circle" aria-hidden="true" />
          <p class="ow-breathe-text">{t('nudgeCardBreathe')}</p>
        </div>
      )}
      <h2 class="ow-title" id={titleId}>
        {act.title}
      </h2>
      <p class="ow-how" id={howId}>
        {act.howTo}
      </p>
      <p class="ow-why">
        <span class="ow-why-label">{t('nudgeCardWhyLabel')}</span> {act.why}
      </p>
      <p class="ow-meta">
        {t('nudgeCardMinutes', String(act.minutes))} · {t(act.cost === 'money' ? 'nudgeCardMoney' : 'nudgeCardFree')}
      </p>
      {props.linkRefused && (
        <p class="ow-notice ow-problem" role="alert">
          {t('nudgeCardLinkRefused')}
        </p>
      )}
      {props.noOtherIdea && (
        <p class="ow-notice" role="status">
          {t('nudgeCardNoOtherIdea')}
        </p>
      )}
      <div class="ow-actions">
        <button type="button" class="ow-button ow-primary" onClick={props.onDo}>
          {t('nudgeCardDo')}
        </button>
        <button type="button" class="ow-button ow-secondary" onClick={props.onAnother}>
          {t('nudgeCardAnother')}
        </button>
      </div>
      <div class="ow-quiet" role="group" aria-label={t('nudgeCardMore')}>
        <button type="button" class="ow-button ow-text" onClick={props.onNotNow}>
          {t('nudgeCardNotNow')}
        </button>
        <button type="button" class="ow-button ow-text" onClick={props.onPurposeful}>
          {t('nudgeCardPurposeful')}
        </button>
      </div>
      {modal && (
        <div class="ow-exits">
          <button type="button" class="ow-button ow-secondary" onClick={props.onClose}>
            {t('nudgeCardExitPause')}
          </button>
          <button type="button" class="ow-button ow-secondary" onClick={props.onLeave}>
            {t('nudgeCardLeave')}
          </button>
        </div>
      )}
      <p class="ow-sr-only" role="status" aria-live="polite">
        {announce ? t('nudgeCardAnnouncement', act.title) : ''}
      </p>
    </div>
  );
  return (
    <div class="ow-root" onKeyDown={onKeyDown}>
      {modal ? (
        <div class="ow-overlay" onClick={onOverlayClick}>
          {card}
        </div>
      ) : (
        card
      )}
    </div>
  );
}

/** Tab from the last control goes to the first, Shift+Tab from the first (or the dialog) to the last. */
function keepTabInside(event: TargetedKeyboardEvent<HTMLDivElement>, dialog: HTMLDivElement | null) {
  if (!dialog) return;
  const controls = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) return;
  // Inside a shadow root the document's activeElement is the host; the root knows the real one.
  const active = (dialog.getRootNode() as Document | ShadowRoot).activeElement;
  if (event.shiftKey && (active === first || active === dialog)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
