import { useT } from '@/components/i18n';

/** Exactly what Outward keeps, where, for how long, and what it never does. */
export function PrivacySection() {
  const t = useT();
  return (
    <section id="privacy" class="card" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">{t('sectionPrivacy')}</h2>
      <p>{t('privacyIntro')}</p>
      <dl class="privacy-facts">
        <dt>{t('privacySettingsTerm')}</dt>
        <dd>{t('privacySettingsText')}</dd>
        <dt>{t('privacyHistoryTerm')}</dt>
        <dd>{t('privacyHistoryText')}</dd>
        <dt>{t('privacyWorkingTerm')}</dt>
        <dd>{t('privacyWorkingText')}</dd>
        <dt>{t('privacyHowLongTerm')}</dt>
        <dd>{t('privacyHowLongText')}</dd>
        <dt>{t('privacyNeverTerm')}</dt>
        <dd>{t('privacyNeverText')}</dd>
      </dl>
    </section>
  );
}
