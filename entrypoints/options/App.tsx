import { useT } from '@/components/i18n';
import { Notice } from '@/components/notice';
import { PageShell } from '@/components/page-shell';
import { TableOfContents } from '@/components/options/table-of-contents';
import { ActsSection } from './acts-section';
import { DataSection } from './data-section';
import { GivingSection } from './giving-section';
import { NudgesSection } from './nudges-section';
import { PauseSection } from './pause-section';
import { PrivacySection } from './privacy-section';
import { SitesSection } from './sites-section';
import { useLiveSettings } from './use-live-settings';
import './style.css';

/** The options page: every setting in sections a person can scan, saved as they edit. */
export function App() {
  const t = useT();
  const live = useLiveSettings();
  return (
    <PageShell title={t('optionsTitle')}>
      <p class="muted">{t('optionsIntro')}</p>
      {/* Pausing is what a person most often comes here for: first, before the sections. */}
      {live.status === 'ready' && <PauseSection settings={live.settings} save={live.save} />}
      <TableOfContents
        label={t('tocLabel')}
        links={[
          { id: 'sites', text: t('sectionSites') },
          { id: 'nudges', text: t('sectionNudges') },
          { id: 'acts', text: t('sectionActs') },
          { id: 'giving', text: t('givingHeading') },
          { id: 'data', text: t('sectionData') },
          { id: 'privacy', text: t('sectionPrivacy') },
        ]}
      />
      {live.status === 'failed' && <Notice tone="problem">{t('errorGeneric')}</Notice>}
      {live.status === 'ready' && (
        <>
          {live.repaired.length > 0 && <Notice>{t('settingsRepaired', live.repaired.join(', '))}</Notice>}
          <SitesSection settings={live.settings} save={live.save} />
          <NudgesSection settings={live.settings} save={live.save} />
          <ActsSection settings={live.settings} save={live.save} />
          <GivingSection settings={live.settings} save={live.save} />
          <DataSection settings={live.settings} />
        </>
      )}
      <PrivacySection />
    </PageShell>
  );
}
