import { ChoiceSetting } from '@/components/options/choice-setting';
import { useT } from '@/components/i18n';
import { NumberSetting } from '@/components/options/number-setting';
import { QuietHoursSetting } from '@/components/options/quiet-hours-setting';
import { SaveRefused } from '@/components/options/save-status';
import { StyleChoice } from '@/components/style-choice';
import { ToggleSetting } from '@/components/options/toggle-setting';
import type { Settings } from '@/utils/domain/settings/schema';
import { releaseNotifications, requestNotifications } from '@/utils/platform/permissions';
import type { SaveSettings } from './use-live-settings';

/** When and how nudges come: thresholds, style and ladder, badge, notifications, quiet hours, limits (the pause is at the top of the page). */
export function NudgesSection({ settings, save }: { settings: Settings; save: SaveSettings }) {
  const t = useT();
  const { nudges, detection } = settings;

  async function saveNotifications(on: boolean) {
    // The permission prompt must open in this click, before anything else is awaited.
    if (on && !(await requestNotifications())) throw new SaveRefused(t('notificationsDeclined'));
    await save({ nudges: { notifications: on } });
    if (!on) await releaseNotifications().catch(() => undefined);
  }

  return (
    <section id="nudges" class="card" aria-labelledby="nudges-heading">
      <h2 id="nudges-heading">{t('sectionNudges')}</h2>
      <h3>{t('nudgesWhenHeading')}</h3>
      <NumberSetting
        id="minutes-before-nudge"
        label={t('minutesBeforeNudgeLabel')}
        hint={t('minutesBeforeNudgeHint')}
        min={1}
        max={120}
        value={detection.minutesBeforeNudge}
        save={(minutesBeforeNudge) => save({ detection: { minutesBeforeNudge } })}
      />
      <ChoiceSetting
        id="sensitivity"
        legend={t('sensitivityLegend')}
        choices={[
          { value: 'low', label: t('sensitivityLow'), hint: t('sensitivityLowHint') },
          { value: 'normal', label: t('sensitivityNormal'), hint: t('sensitivityNormalHint') },
          { value: 'high', label: t('sensitivityHigh'), hint: t('sensitivityHighHint') },
        ]}
        value={detection.sensitivity}
        save={(sensitivity) => save({ detection: { sensitivity } })}
      />
      <h3>{t('nudgesHowHeading')}</h3>
      <StyleChoice legend={t('styleLegend')} value={nudges.style} save={(style) => save({ nudges: { style } })} />
      <NumberSetting
        id="escalate-after"
        label={t('escalateLabel')}
        hint={t('escalateHint')}
        min={1}
        max={120}
        value={nudges.escalateAfterMinutes}
        save={(escalateAfterMinutes) => save({ nudges: { escalateAfterMinutes } })}
      />
      <ToggleSetting
        id="pause-overlay"
        label={t('pauseOverlayLabel')}
        hint={nudges.style === 'firm' ? t('pauseOverlayHint') : `${t('pauseOverlayHint')} ${t('pauseOverlayNotFirm')}`}
        value={nudges.pauseOverlay}
        save={(pauseOverlay) => save({ nudges: { pauseOverlay } })}
      />
      <ToggleSetting
        id="badge"
        label={t('badgeLabel')}
        hint={t('badgeHint')}
        value={nudges.badge}
        save={(badge) => save({ nudges: { badge } })}
      />
      <ToggleSetting
        id="notifications"
        label={t('notificationsLabel')}
        hint={t('notificationsHint')}
        value={nudges.notifications}
        save={saveNotifications}
      />
      <ToggleSetting
        id="offer-in-popup"
        label={t('offerInPopupLabel')}
        hint={t('offerInPopupHint')}
        value={nudges.offerInPopup}
        save={(offerInPopup) => save({ nudges: { offerInPopup } })}
      />
      <h3>{t('nudgesLimitsHeading')}</h3>
      <QuietHoursSetting value={nudges.quietHours} save={(quietHours) => save({ nudges: { quietHours } })} />
      <NumberSetting
        id="daily-cap"
        label={t('dailyCapLabel')}
        hint={t('dailyCapHint')}
        min={1}
        max={20}
        value={nudges.dailyCap}
        save={(dailyCap) => save({ nudges: { dailyCap } })}
      />
      <NumberSetting
        id="site-cooldown"
        label={t('siteCooldownLabel')}
        hint={t('siteCooldownHint')}
        min={0}
        max={1440}
        value={nudges.siteCooldownMinutes}
        save={(siteCooldownMinutes) => save({ nudges: { siteCooldownMinutes } })}
      />
      <NumberSetting
        id="purpose-mute"
        label={t('purposeMuteLabel')}
        hint={t('purposeMuteHint')}
        min={5}
        max={1440}
        value={nudges.purposeMuteMinutes}
        save={(purposeMuteMinutes) => save({ nudges: { purposeMuteMinutes } })}
      />
    </section>
  );
}
