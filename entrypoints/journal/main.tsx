import { mountPage } from '@/components/mount';
import { t } from '@/utils/platform/i18n';
import { prepareDocument } from '@/utils/platform/page';
import { App } from './App';
import { loadJournal } from './load-journal';

prepareDocument('journalTitle');
mountPage(<App journal={loadJournal()} />, t);
