import { mountPage } from '@/components/mount';
import { t } from '@/utils/platform/i18n';
import { prepareDocument } from '@/utils/platform/page';
import { App } from './App';
import { readTodayCheckin } from './today-checkin';

prepareDocument('popupTitle');
// Start reading before the first render, so the data and the page are ready together. The code that
// reads storage (and validates what it finds there) loads beside the page instead of before it: the
// check-in, which needs only the history database, is drawn without waiting for it.
const popup = import('./data').then(({ loadPopup }) => loadPopup());
// The pause is read with everything else, from storage: opening the popup does not wake the worker for it.
const pause = popup.then(({ pausedUntil }) => ({ pausedUntil }));
mountPage(<App popup={popup} checkin={readTodayCheckin()} settings={pause} />, t);
