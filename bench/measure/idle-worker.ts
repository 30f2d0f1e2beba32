import {
  closeTab,
  isWorker,
  launchBrowser,
  openExtensionPage,
  watchLocalSite,
  type BenchBrowser,
  type ExtensionGlobal,
} from '../lib/browser';
import type { Metric } from '../lib/report';
import { sleep } from '../lib/stats';

/** Alarms scheduled now, and those the probe in the worker saw fire. */
interface AlarmState {
  scheduled: { name: string; scheduledTime: number }[];
  fired: { name: string; at: number }[];
}

/** Worker starts and stops, in seconds after the browser was launched. */
interface WorkerLife {
  starts: number[];
  stops: number[];
}

async function readAlarms(browser: BenchBrowser): Promise<AlarmState> {
  const page = await openExtensionPage(browser, 'bench.html');
  const state = await page.evaluate(async () => {
    const { chrome: ext } = globalThis as unknown as ExtensionGlobal;
    const scheduled = (await ext.alarms.getAll()).map(({ name, scheduledTime }) => ({ name, scheduledTime }));
    const { benchAlarms } = await ext.storage.session.get('benchAlarms');
    return { scheduled, fired: (benchAlarms ?? []) as AlarmState['fired'] };
  });
  await closeTab(browser, page);
  return state;
}

/** Notes every service-worker target the browser reports (a start) and every one that goes away (a stop). */
function watchWorker(browser: BenchBrowser, launchedAt: number): WorkerLife {
  const life: WorkerLife = { starts: [], stops: [] };
  const known = new Set<string>();
  const seconds = () => Math.round((Date.now() - launchedAt) / 100) / 10;
  const record = () => {
    for (const target of browser.pipe.targets().filter(isWorker)) {
      if (known.has(target.targetId)) continue;
      known.add(target.targetId);
      life.starts.push(seconds());
    }
  };
  record();
  browser.pipe.onEvent((event) => {
    if (event.method === 'Target.targetCreated') record();
    if (event.method === 'Target.targetDestroyed' && known.has(event.params.targetId as string)) {
      life.stops.push(seconds());
    }
  });
  return life;
}

function idleMetrics(idleMs: number, life: WorkerLife, before: AlarmState, after: AlarmState): Metric[] {
  const window = `${Math.round(idleMs / 1000)} s after start-up`;
  const names = (state: AlarmState) => state.scheduled.map((alarm) => alarm.name).join(', ') || 'none';
  return [
    {
      key: 'idle.workerStarts',
      label: 'Worker starts after the first, idle',
      unit: `starts in ${window}`,
      values: [Math.max(0, life.starts.length - 1)],
      budget: { op: '<=', value: 0 },
      note:
        `first start at ${life.starts[0] ?? '–'} s (browser start-up); ` +
        (life.stops.length > 0 ? `stopped at ${life.stops.join(', ')} s` : 'still running at the end'),
    },
    {
      key: 'idle.alarmFirings',
      label: 'Alarm firings, idle',
      unit: `firings in ${window}`,
      values: [after.fired.length],
      budget: { op: '<=', value: 0 },
      note: `alarms scheduled at start: ${names(before)}; at the end: ${names(after)}`,
    },
  ];
}

/**
 * Idle worker (DESIGN.md §8: no background wake-ups with no watched site open). Installs Outward,
 * makes it watch 127.0.0.1 (registered, never opened), restarts the browser on the same profile,
 * and then watches for `idleMs` with nothing attached to the worker: every service-worker target
 * the browser reports is a start. Alarm firings are recorded by a listener the bench copy adds to
 * the worker (see `prepareBenchExtension`); `alarms.getAll` is read before and after from an
 * extension page, which neither messages nor wakes the worker. Resolves once the restarted
 * browser is up; `result` settles when the idle time is over, so other work can run meanwhile.
 */
export async function startIdleWorker(options: {
  extensionDir: string;
  idleMs: number;
  log: (line: string) => void;
}): Promise<{ result: Promise<Metric[]> }> {
  const install = await launchBrowser({ extensionDir: options.extensionDir });
  await watchLocalSite(install);
  await install.close({ keepProfile: true });
  if (!install.extensionId) throw new Error('no extension id');

  const launchedAt = Date.now();
  const browser = await launchBrowser({
    extensionDir: options.extensionDir,
    restart: { userDataDir: install.userDataDir, extensionId: install.extensionId },
  });
  const life = watchWorker(browser, launchedAt);
  const finish = async (): Promise<Metric[]> => {
    try {
      const before = await readAlarms(browser);
      await sleep(launchedAt + options.idleMs - Date.now());
      const after = await readAlarms(browser);
      options.log(
        `idle ${Math.round(options.idleMs / 1000)} s: worker started at ${life.starts.join(', ') || 'never'} s, ` +
          `stopped at ${life.stops.join(', ') || 'never'} s; alarms fired: ${JSON.stringify(after.fired)}`,
      );
      return idleMetrics(options.idleMs, life, before, after);
    } finally {
      await browser.close();
    }
  };
  const result = finish();
  // Awaited later by the caller; until then a failure must not count as unhandled.
  result.catch(() => undefined);
  return { result };
}
