import { useT } from '../../components/i18n';
import { Notice } from '../../components/notice';
import { NumberSetting } from '../../components/number-setting';
import { PageShell } from '../../components/page-shell';
import { useAsync } from '../../components/use-async';
import { sendMessage } from '../../utils/platform/messaging/client';

/** The options page: every setting, saved as the person edits. */
export function App() {
  const t = useT();
  const loaded = useAsync(() => sendMessage('settings/get', {}));
  return (
    <PageShell title={t('optionsTitle')}>
      <p class="muted">{t('optionsIntro')}</p>
      {loaded.status === 'failed' && <Notice tone="problem">{t('errorGeneric')}</Notice>}
      {loaded.status === 'ready' && (
        <>
          {loaded.value.repaired.length > 0 && (
            <Notice>{t('settingsRepaired', loaded.value.repaired.join(', '))}</Notice>
          )}
          <section class="card" aria-labelledby="nudges-heading">
            <h2 id="nudges-heading">{t('sectionNudges')}</h2>
            <NumberSetting
              id="minutes-before-nudge"
              label={t('minutesBeforeNudgeLabel')}
              hint={t('minutesBeforeNudgeHint')}
              min={1}
              max={120}
              value={loaded.value.settings.detection.minutesBeforeNudge}
              save={(minutesBeforeNudge) =>
                sendMessage('settings/update', { patch: { detection: { minutesBeforeNudge } } })
              }
            />
          </section>
        </>
      )}
    </PageShell>
  );
}
