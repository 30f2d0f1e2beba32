import { mountPage } from '@/components/mount';
import { t } from '@/utils/platform/i18n';
import { prepareDocument } from '@/utils/platform/page';
import { App } from './App';

prepareDocument('welcomeTitle');
mountPage(<App />, t);
