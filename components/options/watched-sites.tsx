import { useRef, useState } from 'preact/hooks';
import type { MessageKey } from '@/utils/domain/i18n';
import type { SiteAccess } from '@/utils/domain/settings/site-access';
import { parseNewSite, type SiteInput, type SiteRefusal } from '@/utils/domain/settings/site-input';
import type { WatchedSite } from '@/utils/domain/settings/schema';
import { useT } from '@/components/i18n';
import { NumberSetting } from './number-setting';
import { SaveStatus, useSaveStatus } from './save-status';
import { ToggleSetting } from './toggle-setting';
import './settings.css';

/** What the page does for the site list; each call happens inside the click that asked for it. */
export interface WatchedSiteActions {
  /** Asks for access to a new site (same click), stores it, and resolves to the access it now has. */
  add(host: string): Promise<SiteAccess>;
  /** Asks for access to a listed site; resolves to the access it now has. */
  grant(host: string): Promise<SiteAccess>;
  /** Asks, in one prompt, for access to several listed sites; resolves to how many are now granted. */
  grantAll(hosts: string[]): Promise<number>;
  setEnabled(host: string, enabled: boolean): Promise<unknown>;
  /** Per-site minutes before a nudge; null uses the general setting. */
  setMinutes(host: string, minutes: number | null): Promise<unknown>;
  /** Revokes access and takes the site off the list. */
  remove(host: string): Promise<unknown>;
}

/** The words for each reason a typed site is refused. */
export const SITE_REFUSALS: Record<SiteRefusal, MessageKey> = {
  empty: 'siteErrorEmpty',
  'not-web': 'siteErrorNotWeb',
  'single-label': 'siteErrorSingleLabel',
  ipv6: 'siteErrorIpv6',
  invalid: 'siteErrorInvalid',
  duplicate: 'siteErrorDuplicate',
  covered: 'siteErrorCovered',
};

const ACCESS_TEXT: Record<SiteAccess, MessageKey> = {
  granted: 'siteAccessGranted',
  partial: 'siteAccessPartial',
  none: 'siteAccessNone',
};

const ADDED_TEXT: Record<SiteAccess, MessageKey> = {
  granted: 'siteAdded',
  partial: 'siteAddedPartly',
  none: 'siteAddedNoAccess',
};

/** Element ids from a host: hosts hold only `a-z 0-9 . -`, so swapping dots for `_` stays unique. */
const idOf = (host: string) => `site-${host.replace(/\./g, '_')}`;

/**
 * The watched sites: each with on/off, whether access is granted (and a way to grant it), its
 * own minutes before a nudge, and Remove; below, a form that adds a site typed as a domain or
 * pasted as an address, refusing anything that is not a site with a reason.
 */
export function WatchedSites(props: {
  sites: readonly WatchedSite[];
  accessOf: (host: string) => SiteAccess;
  globalMinutes: number;
  actions: WatchedSiteActions;
}) {
  const t = useT();
  const [text, setText] = useState('');
  const [refusal, setRefusal] = useState<SiteInput | null>(null);
  const status = useSaveStatus();
  const grantAllStatus = useSaveStatus();
  const input = useRef<HTMLInputElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const { actions } = props;

  async function add() {
    const parsed = parseNewSite(
      text,
      props.sites.map((site) => site.host),
    );
    if (!parsed.ok) {
      setRefusal(parsed);
      status.reset();
      input.current?.focus();
      return;
    }
    setRefusal(null);
    const done = await status.run(
      () => actions.add(parsed.host),
      (access) => t(ADDED_TEXT[access], parsed.host),
    );
    if (done) setText('');
  }

  async function grantAll(hosts: string[]) {
    const done = await grantAllStatus.run(
      () => actions.grantAll(hosts),
      (count) => t('siteGrantAllDone', String(count)),
    );
    // The button goes away once every site has access; keep keyboard focus nearby.
    if (done) listHeading.current?.focus();
  }

  async function remove(host: string) {
    if (await status.run(() => actions.remove(host), t('siteRemoved', host))) listHeading.current?.focus();
  }

  const lacking = props.sites.filter((site) => props.accessOf(site.host) !== 'granted').map((site) => site.host);
  return (
    <div class="watched-sites">
      <h3 id="sites-list-heading" ref={listHeading} tabIndex={-1}>
        {t('sitesListHeading')}
      </h3>
      {lacking.length > 1 && (
        <button type="button" class="grant-all" onClick={() => void grantAll(lacking)}>
          {t('siteGrantAllButton', String(lacking.length))}
        </button>
      )}
      <SaveStatus id="sites-grant-all-status" state={grantAllStatus.state} />
      {props.sites.length === 0 ? (
        <p class="muted">{t('sitesEmpty')}</p>
      ) : (
        <ul class="site-list" aria-labelledby="sites-list-heading">
          {props.sites.map((site) => (
            <SiteRow
              key={site.host}
              site={site}
              access={props.accessOf(site.host)}
              globalMinutes={props.globalMinutes}
              actions={actions}
              onRemove={() => void remove(site.host)}
            />
          ))}
        </ul>
      )}
      <form
        class="site-add"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <label for="site-add-input">{t('siteAddLabel')}</label>
        <div class="inline-input">
          <input
            id="site-add-input"
            ref={input}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="example.com"
            value={text}
            aria-invalid={refusal ? true : undefined}
            aria-describedby={`site-add-hint${refusal ? ' site-add-error' : ''} sites-status`}
            onInput={(event) => setText(event.currentTarget.value)}
          />
          <button type="submit" class="primary">
            {t('siteAddButton')}
          </button>
        </div>
        <p class="hint" id="site-add-hint">
          {t('siteAddHint')}
        </p>
        {refusal && !refusal.ok && (
          <p class="hint status-problem field-error" id="site-add-error">
            {t(SITE_REFUSALS[refusal.reason], [refusal.host ?? '', refusal.other ?? ''])}
          </p>
        )}
        <SaveStatus id="sites-status" state={status.state} />
      </form>
    </div>
  );
}

function SiteRow(props: {
  site: WatchedSite;
  access: SiteAccess;
  globalMinutes: number;
  actions: WatchedSiteActions;
  onRemove: () => void;
}) {
  const t = useT();
  const { site, actions } = props;
  const id = idOf(site.host);
  const grantStatus = useSaveStatus();
  const heading = useRef<HTMLHeadingElement>(null);
  const host = <span class="visually-hidden"> {site.host}</span>;

  async function grant() {
    const outcome: { access: SiteAccess } = { access: 'none' };
    await grantStatus.run(
      async () => (outcome.access = await actions.grant(site.host)),
      (access) => t(access === 'none' ? 'siteGrantDeclined' : ACCESS_TEXT[access]),
    );
    // Once access is granted the button goes away; keep keyboard focus on this site.
    if (outcome.access === 'granted') heading.current?.focus();
  }
  return (
    <li class="site-row">
      <h4 class="site-host" ref={heading} tabIndex={-1}>
        {site.host}
      </h4>
      <div class="site-remove">
        <button type="button" onClick={props.onRemove}>
          {t('siteRemoveButton')}
          {host}
        </button>
      </div>
      <div class="site-state">
        {/* Without access the site cannot be watched, so no "Watching" is offered until it is granted. */}
        {props.access !== 'none' && (
          <ToggleSetting
            id={`${id}-on`}
            label={
              <>
                {t('siteWatchLabel')}
                {host}
              </>
            }
            value={site.enabled}
            save={(enabled) => actions.setEnabled(site.host, enabled)}
          />
        )}
        <div class="site-access">
          <p class={`access access-${props.access}`}>{t(ACCESS_TEXT[props.access])}</p>
          {props.access !== 'granted' && (
            <button type="button" onClick={() => void grant()}>
              {t('siteGrantButton')}
              {host}
            </button>
          )}
          <SaveStatus id={`${id}-grant-status`} state={grantStatus.state} />
        </div>
      </div>
      <div class="site-minutes">
        <NumberSetting
          id={`${id}-minutes`}
          label={
            <>
              {t('siteMinutesLabel')}
              {host}
            </>
          }
          placeholder={String(props.globalMinutes)}
          hint={t('siteMinutesHint', String(props.globalMinutes))}
          hintHidden
          min={1}
          max={120}
          allowBlank
          value={site.minutesBeforeNudge}
          save={(minutes) => actions.setMinutes(site.host, minutes)}
        />
      </div>
    </li>
  );
}
