import { readdir, readFile } from 'node:fs/promises';

/** CPU time used so far by the extension's renderer process, in ms. */
export interface CpuReading {
  /** The service worker's thread(s) ("ServiceWorker thread"). */
  workerMs: number;
  /** Every thread of the process: the worker, any extension page, and the renderer's own upkeep. */
  processMs: number;
}

/**
 * The pid of the extension's renderer process among the descendants of the browser process
 * `browserPid`: Chromium runs extension pages and the worker in a renderer started with
 * `--extension-process`. Linux only.
 */
export async function findExtensionProcess(browserPid: number): Promise<number | null> {
  const parents = new Map<number, number>();
  const commands = new Map<number, string[]>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const [stat, args] = await Promise.all([
      readFile(`/proc/${entry}/stat`, 'utf8').catch(() => ''),
      readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => ''),
    ]);
    // The parent pid is the second field after the command name, which may itself hold spaces.
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    parents.set(Number(entry), parent);
    // Chromium rewrites a child's command line into one space-separated title.
    commands.set(Number(entry), args.split(/[\0 ]/));
  }
  const descends = (pid: number): boolean => {
    for (let at = parents.get(pid); at !== undefined && at > 1; at = parents.get(at))
      if (at === browserPid) return true;
    return false;
  };
  for (const [pid, args] of commands) if (args.includes('--extension-process') && descends(pid)) return pid;
  return null;
}

/**
 * Reads per-thread CPU time from `/proc/<pid>/task/<tid>/schedstat` (nanoseconds on CPU), so the
 * worker's own thread can be told apart from the rest of the process. Each thread's latest value
 * is kept, so a thread that ends still counts with what it had used when last seen: read often
 * (every few seconds) to lose little.
 */
export function createCpuMeter(pid: number): { read(): Promise<CpuReading> } {
  const threads = new Map<string, { worker: boolean; ns: number }>();
  return {
    async read() {
      const tids = await readdir(`/proc/${pid}/task`).catch(() => [] as string[]);
      await Promise.all(
        tids.map(async (tid) => {
          const [name, stat] = await Promise.all([
            readFile(`/proc/${pid}/task/${tid}/comm`, 'utf8'),
            readFile(`/proc/${pid}/task/${tid}/schedstat`, 'utf8'),
          ]).catch(() => ['', ''] as const);
          if (!stat) return;
          // Thread names are cut to 15 characters by the kernel: "ServiceWorker t".
          threads.set(tid, { worker: name.startsWith('ServiceWorker'), ns: Number(stat.split(' ')[0]) });
        }),
      );
      let workerNs = 0;
      let processNs = 0;
      for (const thread of threads.values()) {
        processNs += thread.ns;
        if (thread.worker) workerNs += thread.ns;
      }
      return { workerMs: workerNs / 1e6, processMs: processNs / 1e6 };
    },
  };
}
