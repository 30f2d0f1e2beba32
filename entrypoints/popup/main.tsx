import { mountPage } from '@/components/mount';
import { t } from '@/utils/platform/i18n';
import { prepareDocument } from '@/utils/platform/page';
import { App } from './App';
import { loadPopup } from './data';
import { readTodayCheckin } from './today-checkin';

prepareDocument('popupTitle');
// Start reading before the first render, so the data and the page are ready together.
const popup = loadPopup();
// The pause is read with everything else, from storage: opening the popup does not wake the worker for it.
const pause = popup.then(({ pausedUntil }) => ({ pausedUntil }));
mountPage(<App popup={popup} checkin={readTodayCheckin()} settings={pause} />, t);
