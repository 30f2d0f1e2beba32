import { useState } from 'preact/hooks';
import { useT } from '@/components/i18n';
import { SITE_REFUSALS } from '@/components/options/watched-sites';
import { parseNewSite, type SiteInput } from '@/utils/domain/settings/site-input';

/**
 * The welcome page's choice of sites: a checkbox for each suggested feed (none ticked until the
 * person ticks it) and a field for their own; *Allow* asks for exactly the ticked ones.
 */
export function SitePicker(props: { suggested: readonly string[]; allow: (hosts: string[]) => Promise<void> }) {
  const t = useT();
  const [hosts, setHosts] = useState<string[]>([...props.suggested]);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [text, setText] = useState('');
  const [refusal, setRefusal] = useState<Extract<SiteInput, { ok: false }> | null>(null);

  const toggle = (host: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(host);
      else next.delete(host);
      return next;
    });

  function addOwn() {
    const parsed = parseNewSite(text, hosts);
    if (!parsed.ok) {
      setRefusal(parsed);
      return;
    }
    setRefusal(null);
    setHosts([...hosts, parsed.host]);
    toggle(parsed.host, true);
    setText('');
  }

  const picked = hosts.filter((host) => chosen.has(host));
  return (
    <div class="site-picker">
      <fieldset class="site-choices">
        <legend>{t('welcomeSitesLegend')}</legend>
        {hosts.map((host) => (
          <div class="check" key={host}>
            <input
              type="checkbox"
              id={`site-${host}`}
              checked={chosen.has(host)}
              onChange={(event) => toggle(host, event.currentTarget.checked)}
            />
            <label for={`site-${host}`}>{host}</label>
          </div>
        ))}
      </fieldset>
      <form
        class="site-own"
        onSubmit={(event) => {
          event.preventDefault();
          addOwn();
        }}
      >
        <label for="site-own-input">{t('siteAddLabel')}</label>
        <div class="inline">
          <input
            id="site-own-input"
            type="text"
            inputMode="url"
            autocomplete="off"
            aria-describedby={refusal ? 'site-own-problem' : undefined}
            value={text}
            onInput={(event) => setText(event.currentTarget.value)}
          />
          <button type="submit">{t('siteAddButton')}</button>
        </div>
        {refusal && (
          <p id="site-own-problem" class="status-problem" role="alert">
            {t(SITE_REFUSALS[refusal.reason], [refusal.host ?? '', refusal.other ?? ''])}
          </p>
        )}
      </form>
      <button type="button" class="primary" disabled={picked.length === 0} onClick={() => void props.allow(picked)}>
        {t('welcomeSitesAllowChosen', String(picked.length))}
      </button>
    </div>
  );
}
