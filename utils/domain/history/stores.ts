/**
 * Store names of the history database, in one place. Apart from the record schemas (`records.ts`
 * re-exports them), so opening the database does not bring the schema library into a page.
 */
export const HISTORY_STORES = ['episodes', 'nudges', 'acts', 'checkins'] as const;
export type HistoryStoreName = (typeof HISTORY_STORES)[number];
