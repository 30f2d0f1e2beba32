// `npm run bench`: builds Outward for Chrome and Firefox from a snapshot of the working tree, measures
// every performance budget of DESIGN.md §8 on this machine's headless Chromium and Node, prints a table
// (median, min, max, budget, pass/miss) and writes the same figures to bench/results.json. See README, "Performance".
import { spawnSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { CHROMIUM_PATH } from '../tests/e2e/harness/extension';
import { startStaticServer } from '../tests/e2e/harness/server';
import { buildBenchPage } from './lib/bench-page';
import { prepareBenchExtension } from './lib/browser';
import { buildSnapshot, type Builds } from './lib/snapshot';
import { parseOptions, SECTIONS, USAGE, type Section } from './lib/options';
import { formatNotes, formatTable, meetsBudget, toResults, type Metric } from './lib/report';
import { measureCardPaint } from './measure/card-paint';
import { measureContentScript } from './measure/content-script';
import { measureDetector } from './measure/detector';
import { measureEpisode } from './measure/episode';
import { measureHistoryPages } from './measure/history-pages';
import { measureImport } from './measure/import';
import { startIdleWorker } from './measure/idle-worker';
import { measurePageLoad } from './measure/page-load';
import { measureSizes } from './measure/sizes';

const options = parseOptions(process.argv.slice(2));
if (process.argv.includes('--help')) {
  console.log(USAGE);
  process.exit(0);
}
const started = Date.now();
const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
const metrics: Metric[] = [];
const temporary: string[] = [];

/** Runs one section; a failure becomes an n/a row with the reason, and the other sections go on. */
async function section(name: Section, work: () => Promise<Metric[]> | Metric[]): Promise<void> {
  if (!options.sections.has(name)) return;
  log(`${name}…`);
  try {
    metrics.push(...(await work()));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    log(`${name} FAILED: ${reason}`);
    metrics.push({
      key: `${name}.error`,
      label: `${name} (failed)`,
      unit: '',
      values: [],
      na: `n/a (${reason.split('\n')[0]})`,
    });
  }
}

await buildBenchPage();
const server = await startStaticServer(resolve('tests/e2e/site'));
const load = loadavg()[0]!;

try {
  let builds: Omit<Builds, 'root'> = { chrome: resolve('.output/chrome-mv3'), firefox: resolve('.output/firefox-mv3') };
  if (options.build) {
    const snapshot = await buildSnapshot(log);
    temporary.push(snapshot.root);
    builds = snapshot;
  }
  const extensionDir = await prepareBenchExtension(builds.chrome);
  temporary.push(extensionDir);
  const idleExtensionDir = await prepareBenchExtension(builds.chrome, { alarmProbe: true });
  temporary.push(idleExtensionDir);

  await section('sizes', () => measureSizes({ chrome: builds.chrome, firefox: builds.firefox }));
  // The idle browser only counts wake-ups, and sits idle unless Outward misbehaves, so the
  // measurements below run while it waits rather than adding its two minutes to the run.
  if (options.sections.has('idle')) log('idle (watched in the background while the sections below run)…');
  const idle = options.sections.has('idle')
    ? startIdleWorker({ extensionDir: idleExtensionDir, idleMs: options.idleMs, log })
    : null;
  await idle?.catch(() => undefined); // its start-up phase; a failure is reported in its section below
  await section('detector', () => measureDetector({ runs: options.detectorRuns }));
  await section('history', () => measureHistoryPages({ extensionDir, runs: options.pageRuns, log }));
  await section('import', () => measureImport({ server, extensionDir, log }));
  await section('episode', () =>
    measureEpisode({ server, extensionDir, episodeMs: options.episodeMs, withCard: options.card, log }),
  );
  await section('idle', async () => (idle ? (await idle).result : []));
  await section('card', () => measureCardPaint({ server, extensionDir, runs: options.cardRuns, log }));
  await section('load', () =>
    measurePageLoad({
      server,
      extensionDir,
      rounds: options.loadRounds,
      profileDir: options.profiles ? resolve('bench/out/profiles') : undefined,
      log,
    }),
  );
  await section('content', () =>
    measureContentScript({
      server,
      extensionDir,
      rounds: options.contentRounds,
      scrollMs: options.scrollMs,
      profileDir: options.profiles ? resolve('bench/out/profiles') : undefined,
      log,
    }),
  );
} finally {
  await server.close();
  for (const dir of temporary) await rm(dir, { recursive: true, force: true });
}

const chromium = spawnSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).stdout.trim();
const missed = metrics.filter((metric) => meetsBudget(metric) === false);
console.log(`\n${formatTable(metrics)}\n\n${formatNotes(metrics)}`);
console.log(
  `\n${missed.length === 0 ? 'every budget met' : `budgets missed: ${missed.map((m) => m.label).join('; ')}`} ` +
    `(${((Date.now() - started) / 60_000).toFixed(1)} min; ${chromium}; load average at start ${load.toFixed(2)})`,
);

const full = !options.quick && options.sections.size === SECTIONS.length;
const target = full
  ? resolve('bench/results.json')
  : resolve(`bench/out/results-${options.quick ? 'quick' : 'partial'}.json`);
await mkdir(resolve('bench/out'), { recursive: true });
await writeFile(
  target,
  `${JSON.stringify(
    {
      generatedAt: new Date().toISOString(),
      command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
      environment: {
        node: process.version,
        chromium,
        cpus: cpus().length,
        loadAverageAtStart: Number(load.toFixed(2)),
        minutes: Number(((Date.now() - started) / 60_000).toFixed(1)),
      },
      metrics: toResults(metrics),
    },
    null,
    2,
  )}\n`,
);
log(`figures written to ${target}`);
