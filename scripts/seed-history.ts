// Seeds a realistic, deterministic history (default: 100,000 records over three years) for the
// benchmark, end-to-end tests and screenshots. Run with vite-node, which understands TypeScript:
//
//   npx vite-node -c vitest.e2e.config.ts scripts/seed-history.ts -- --out bench/out/history-100k.json
//   npx vite-node -c vitest.e2e.config.ts scripts/seed-history.ts -- --profile /tmp/outward-profile   (needs `npm run build`)
//
// --out writes the records and their daily roll-ups as JSON, for `writeHistorySeed` in a page.
// --profile launches Chromium with the built extension in that profile and writes them into its
// IndexedDB. Roll-ups are placed on days in --time-zone (default: this machine's), which must be
// the browser's time zone for the figures to match.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { dayKeyOfZone } from '../utils/domain/stats/day-key';
import { HISTORY_DB_NAME } from '../utils/platform/db/schema';
import { launchWithExtension } from '../tests/e2e/harness/extension';
import { buildSeedData } from '../tests/fixtures/history/seed-data';
import { writeHistorySeed } from '../tests/fixtures/history/write-seed';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    count: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    days: { type: 'string', default: String(3 * 365) },
    end: { type: 'string' },
    'time-zone': { type: 'string', default: Intl.DateTimeFormat().resolvedOptions().timeZone },
    out: { type: 'string' },
    profile: { type: 'string' },
  },
});
if (!values.out && !values.profile) throw new Error('say where to seed: --out <file.json> and/or --profile <dir>');

const endAt = values.end ? Date.parse(values.end) : Date.now();
const options = { count: Number(values.count), seed: Number(values.seed), days: Number(values.days), endAt };
const data = buildSeedData(options, dayKeyOfZone(values['time-zone']));
const total = data.episodes.length + data.nudges.length + data.acts.length + data.checkins.length;
console.log(`${total} records on ${data.daily.length} days, ending ${new Date(endAt).toISOString()}`);

if (values.out) {
  await writeFile(values.out, JSON.stringify(data));
  console.log(`written to ${values.out}`);
}

if (values.profile) {
  const session = await launchWithExtension({ userDataDir: values.profile });
  try {
    const page = await session.openExtensionPage('journal');
    // The background opens (and so creates or upgrades) the database when asked about it.
    await page.evaluate(() => {
      const { chrome } = globalThis as unknown as {
        chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
      };
      return chrome.runtime.sendMessage({ type: 'history/status', data: {} });
    });
    const written = await page.evaluate(writeHistorySeed, {
      db: HISTORY_DB_NAME,
      data: JSON.stringify(data),
      replace: true,
    });
    console.log(`${written} rows written into the profile at ${values.profile}`);
  } finally {
    await session.close({ keepProfile: true });
  }
}
