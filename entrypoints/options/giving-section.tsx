import { GivingPlan } from '@/components/giving/giving-plan';
import { useT } from '@/components/i18n';
import type { Settings } from '@/utils/domain/settings/schema';
import { uiLanguage } from '@/utils/platform/locale';
import type { SaveSettings } from './use-live-settings';

/** The giving plan in the options: country, currency, usual amount, monthly limit, starter causes. */
export function GivingSection({ settings, save }: { settings: Settings; save: SaveSettings }) {
  const t = useT();
  return (
    <section id="giving" class="card" aria-labelledby="giving-heading">
      <h2 id="giving-heading">{t('givingHeading')}</h2>
      <GivingPlan settings={settings} save={save} locale={uiLanguage()} />
    </section>
  );
}
