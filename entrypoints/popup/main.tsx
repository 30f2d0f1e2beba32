import { mountPage } from '@/components/mount';
import { t } from '@/utils/platform/i18n';
import { prepareDocument } from '@/utils/platform/page';
import { App } from './App';
import { loadPopup } from './data';

prepareDocument('popupTitle');
// Start reading before the first render, so the data and the page are ready together.
mountPage(<App popup={loadPopup()} />, t);
