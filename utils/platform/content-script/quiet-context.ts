import { samplerRuntime } from './runtime';

/** Where the running copy keeps its stop function: a global of the isolated world, never seen by the page. */
const RUNNING = Symbol.for('outward:content-script');

type Running = Record<string, () => void>;

/** The stop functions of the copies running in this isolated world, by script name. */
function runningCopies(): Running {
  const scope = globalThis as unknown as { [RUNNING]?: Running };
  return (scope[RUNNING] ??= {});
}

/**
 * Stands in for WXT's `ContentScriptContext` in the content-script build (`wxt.config.ts` aliases
 * `wxt/utils/content-script-context` here), with the same surface the scripts use: an abort signal,
 * `onInvalidated`, timers and listeners that end with it.
 *
 * WXT's context announces every start to the page (a `postMessage` and a `CustomEvent` named after
 * the extension id, on the page's own `document`) and stops when any event of that name arrives, so
 * a page could learn the id and silence the sampler with one forged event. This one says nothing to
 * the page: an older copy of the same script in this tab is stopped through a global of the
 * isolated world, which the page's scripts cannot reach; a copy orphaned by an extension update
 * stops itself when it sees the runtime gone.
 */
export class ContentScriptContext {
  /** Made at first use: a page nobody touches never needs one (see `get signal`). */
  #controller: AbortController | undefined;
  readonly #stop = () => this.notifyInvalidated();

  constructor(readonly contentScriptName: string) {
    const running = runningCopies();
    running[contentScriptName]?.(); // the older copy's stop also takes its entry out
    running[contentScriptName] = this.#stop;
  }

  /**
   * The context's abort signal, made the first time anything asks: at page load the sampler only
   * adds its first-input listeners, so the context costs the page nothing until the person scrolls.
   */
  get signal(): AbortSignal {
    return this.#made().signal;
  }

  #made(): AbortController {
    return (this.#controller ??= new AbortController());
  }

  get isInvalid(): boolean {
    if (samplerRuntime()?.id == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  /** Calls `cb` once the context ends; returns a function that forgets it. */
  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  /** A promise that never settles, for async work that must not go on after the context ended. */
  block<T>(): Promise<T> {
    return new Promise(() => {});
  }

  /**
   * Runs `handler` every `timeout` ms until the context ends. Each run checks only the context's own
   * signal: reading the extension runtime (as `isValid` does) at every tick cost the page 4–7 ms of
   * native time per 30 s of scrolling; an orphaned copy finds out at its next message instead.
   */
  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => {
      if (!this.signal.aborted) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  /** Runs `handler` once after `timeout` ms unless the context ended (see `setInterval`). */
  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => {
      if (!this.signal.aborted) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  addEventListener(
    target: EventTarget,
    type: string,
    handler: (event: Event) => void,
    options?: AddEventListenerOptions,
  ): void {
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  abort(reason?: unknown): void {
    const running = runningCopies();
    if (running[this.contentScriptName] === this.#stop) delete running[this.contentScriptName];
    this.#made().abort(reason);
  }

  /** Ends the context: every `onInvalidated` callback runs, every timer and listener goes. */
  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }
}
