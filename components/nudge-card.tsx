import type { TargetedKeyboardEvent, TargetedMouseEvent } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { ResolvedAct } from '../utils/domain/acts/types';
import type { MessageKey } from '../utils/domain/i18n';
import type { NudgeLevel } from '../utils/domain/nudges/state';
import { useT } from './i18n';

/** What the in-page card shows and the answers it reports; the caller decides what each answer does. */
export interface NudgeCardProps {
  act: Pick<ResolvedAct, 'title' | 'howTo' | 'why' | 'minutes' | 'cost'>;
  /** 1 corner card, 2 larger corner card, 3 pause overlay (still one click to leave). */
  level: NudgeLevel;
  /** Show that *Do it* did not open the act's link because it is not a safe kind of link. */
  linkRefused?: boolean;
  /** Show that *Another idea* had nothing else to offer. */
  noOtherIdea?: boolean;
  /** Move focus into the card when it appears. Leave off unless the person is not typing anywhere. */
  takeFocus?: boolean;
  onDo: () => void;
  onAnother: () => void;
  onNotNow: () => void;
  onPurposeful: () => void;
  /** Close button, Esc, and the overlay's "Back to the page". */
  onClose: () => void;
}

const LEADS: Record<NudgeLevel, MessageKey> = { 1: 'nudgeCardLead1', 2: 'nudgeCardLead2', 3: 'nudgeCardLead3' };

/**
 * The nudge card for a shadow root (style it with `NUDGE_CARD_CSS`): one kind act, its why-line and
 * five one-click answers. It never takes focus unless asked, announces itself politely, and Esc
 * closes it while focus is inside (on the pause overlay too, which a click gives focus to).
 */
export function NudgeCard(props: NudgeCardProps) {
  const t = useT();
  const { act, level } = props;
  const titleId = useId();
  const howId = useId();
  const root = useRef<HTMLDivElement>(null);
  // Filled after mount: screen readers announce changes to a live region, not its first content.
  const [announce, setAnnounce] = useState(false);
  useEffect(() => setAnnounce(true), []);
  useEffect(() => {
    if (props.takeFocus) root.current?.focus({ preventScroll: true });
  }, [props.takeFocus]);
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    props.onClose();
  };
  // A click on the pause overlay's backdrop moves focus to the card, so Esc then leaves the pause.
  // No listener goes on the page's own document: the card hears only what happens inside it.
  const onOverlayClick = (event: TargetedMouseEvent<HTMLDivElement>) => {
    if (event.target === event.currentTarget) root.current?.focus({ preventScroll: true });
  };

  const card = (
    <div
      ref={root}
      class={`ow-card ow-level-${level}`}
      role="dialog"
      aria-modal="false"
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
        <button type="button" class="ow-button" onClick={props.onAnother}>
          {t('nudgeCardAnother')}
        </button>
        <button type="button" class="ow-button" onClick={props.onNotNow}>
          {t('nudgeCardNotNow')}
        </button>
        <button type="button" class="ow-button" onClick={props.onPurposeful}>
          {t('nudgeCardPurposeful')}
        </button>
        {level === 3 && (
          <button type="button" class="ow-button ow-exit" onClick={props.onClose}>
            {t('nudgeCardExitPause')}
          </button>
        )}
      </div>
      <p class="ow-sr-only" role="status" aria-live="polite">
        {announce ? t('nudgeCardAnnouncement', act.title) : ''}
      </p>
    </div>
  );
  return (
    <div class="ow-root" onKeyDown={onKeyDown}>
      {level === 3 ? (
        <div class="ow-overlay" onClick={onOverlayClick}>
          {card}
        </div>
      ) : (
        card
      )}
    </div>
  );
}
