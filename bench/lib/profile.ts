/** The parts of a DevTools `Profiler.Profile` the benchmark reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { url: string; functionName: string }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

/** Milliseconds of sampled CPU time by owner. */
export interface Attribution {
  /** Code loaded from `chrome-extension://` (the content script). */
  extension: number;
  /** Scripts served by the page's own origin. */
  page: number;
  /**
   * Native time with no script URL anywhere on the stack, other than `(program)` and `(idle)`:
   * garbage collection and native callbacks the engine runs for some world (the content script's
   * included) with no script frame above them.
   */
  urlLess: number;
  /** `(program)`: the engine and renderer outside JavaScript (style, layout, paint), and the bench's probe. */
  other: number;
  idle: number;
}

/** The source URL the benchmark gives its own injected probes, so their frames are not counted as anyone's. */
export const PROBE_URL = 'outward-bench-probe.js';

/**
 * Attributes each sample's time to the script that owns it: the nearest frame, from the sampled
 * function up its callers, that has a URL. So native work a script asks for (a layout flush from
 * reading `scrollTop`, a builtin like `forEach`) counts as that script's own time, as DevTools'
 * "self time by URL" does. A sample's time is the gap to the next sample.
 */
export function attributeProfile(profile: CpuProfile, pageOrigin: string): Attribution {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const ownerCache = new Map<number, keyof Attribution>();
  const ownerOf = (id: number): keyof Attribution => {
    const cached = ownerCache.get(id);
    if (cached) return cached;
    const node = byId.get(id);
    const name = node?.callFrame.functionName;
    let owner: keyof Attribution = name === '(program)' ? 'other' : 'urlLess';
    if (name === '(idle)') owner = 'idle';
    else {
      for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
        const url = byId.get(at)?.callFrame.url ?? '';
        if (!url) continue;
        if (url.startsWith('chrome-extension://')) owner = 'extension';
        else if (url.startsWith(pageOrigin)) owner = 'page';
        else owner = 'other'; // the bench's own probe (PROBE_URL)
        break;
      }
    }
    ownerCache.set(id, owner);
    return owner;
  };
  const out: Attribution = { extension: 0, page: 0, urlLess: 0, other: 0, idle: 0 };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i += 1) out[ownerOf(samples[i]!)] += (deltas[i + 1] ?? 0) / 1000;
  return out;
}
