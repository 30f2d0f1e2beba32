import { mountPage } from '@/components/mount';
import { sendMessage } from '@/utils/platform/messaging/client';
import { t } from '@/utils/platform/i18n';
import { prepareDocument } from '@/utils/platform/page';
import { App } from './App';
import { loadPopup } from './data';
import { readTodayCheckin } from './today-checkin';

prepareDocument('popupTitle');
// Start reading before the first render, so the data and the page are ready together.
const settings = sendMessage('settings/get', {}).then(({ settings }) => ({ pausedUntil: settings.nudges.pausedUntil }));
mountPage(<App popup={loadPopup()} checkin={readTodayCheckin()} settings={settings} />, t);
