import type { EntryChanges } from '@/components/journal/entry-actions';
import type { PastAct } from '@/utils/domain/history/entry-edits';
import { sendMessage } from '@/utils/platform/messaging/client';

/**
 * The journal's corrections, sent to the background (the only writer of history); once one is
 * stored, `refresh` reads the figures and the timeline again so every total shows the change.
 */
export function journalChanges(refresh: () => Promise<void>): EntryChanges & { add(act: PastAct): Promise<boolean> } {
  return {
    async edit(edit) {
      await sendMessage('history/edit-entry', edit);
      await refresh();
    },
    async remove(entry) {
      await sendMessage('history/delete-entry', { kind: entry.kind, id: entry.id });
      await refresh();
    },
    async add(act) {
      const { act: added } = await sendMessage('history/add-act', act);
      if (added) await refresh();
      return added !== null;
    },
  };
}
