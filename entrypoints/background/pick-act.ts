import { tallyActOutcomes } from '@/utils/domain/acts/outcomes';
import { givingContext } from '@/utils/domain/giving/plan';
import { uiLanguage } from '@/utils/platform/locale';
import { buildActPool } from '@/utils/domain/acts/personalise';
import { pickKindAct } from '@/utils/domain/acts/picker';
import type { ResolvedAct } from '@/utils/domain/acts/types';
import type { RandomSource } from '@/utils/domain/random';
import type { Settings } from '@/utils/domain/settings/schema';
import { actsRepo, nudgesRepo } from '@/utils/platform/db/repos';
import { getHistoryDb } from '@/utils/platform/history-status';
import { t } from '@/utils/platform/i18n';

/** Past outcomes older than this do not steer the picker any more (ms): 180 days. */
const OUTCOME_MEMORY_MS = 180 * 24 * 3600_000;

/**
 * Picks the act to offer on `site` (null: the popup, no site): the person's pool, weighted by the
 * site and by what they did with past offers (learned from history when it can be read), never
 * `exclude`. Null when nothing fits. Nudges and the popup both pick here.
 */
export async function pickAct(
  settings: Settings,
  site: string | null,
  exclude: string | null,
  now: number,
  random: RandomSource,
): Promise<ResolvedAct | null> {
  const history = await getHistoryDb();
  const range = { from: now - OUTCOME_MEMORY_MS, to: now };
  // Without history the picker still works, just without learning from the past.
  const [acts, nudges] = history.ok
    ? await Promise.all([actsRepo.between(history.db, range), nudgesRepo.between(history.db, range)])
    : [[], []];
  return pickKindAct({
    // Place links follow the person's country; giving acts rest once the month's gifts reach the limit.
    pool: buildActPool({
      acts: settings.acts,
      t,
      giving: givingContext(settings.giving, { locale: uiLanguage(), entries: acts, now: now }),
    }),
    settings: settings.acts,
    site,
    outcomes: tallyActOutcomes({ acts, nudges }),
    lastActId: exclude,
    random,
  });
}
