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
   * Native time with no script URL anywhere on the stack, other than `(program)`, `(idle)` and
   * garbage collection: native callbacks the engine runs for some world (the content script's
   * included) with no script frame above them.
   */
  urlLess: number;
  /** `(garbage collector)`: collecting the renderer's one heap, which every world in the page shares. */
  gc: number;
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
    else if (name === '(garbage collector)') owner = 'gc';
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
  const out: Attribution = { extension: 0, page: 0, urlLess: 0, gc: 0, other: 0, idle: 0 };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i += 1) out[ownerOf(samples[i]!)] += (deltas[i + 1] ?? 0) / 1000;
  return out;
}

/** The parts of a DevTools `HeapProfiler.SamplingHeapProfile` the benchmark reads. */
export interface SamplingHeapProfile {
  head: SamplingHeapNode;
}
interface SamplingHeapNode {
  callFrame: { url: string };
  selfSize: number;
  children: SamplingHeapNode[];
}

/**
 * Bytes allocated in a sampling heap profile (taken with the objects every collection freed
 * included), in all and by code loaded from `chrome-extension://`: each allocation goes to the
 * nearest frame up its stack that has a URL, as CPU samples do in `attributeProfile`.
 */
export function attributeAllocations(profile: SamplingHeapProfile): { extension: number; total: number } {
  const out = { extension: 0, total: 0 };
  const walk = (node: SamplingHeapNode, owner: 'extension' | 'other' | null) => {
    const url = node.callFrame.url;
    const here = url ? (url.startsWith('chrome-extension://') ? 'extension' : 'other') : owner;
    out.total += node.selfSize;
    if (here === 'extension') out.extension += node.selfSize;
    for (const child of node.children) walk(child, here);
  };
  walk(profile.head, null);
  return out;
}
