/** The part of the extension runtime the sampler uses. */
export interface SamplerRuntime {
  /** Undefined once the extension was reloaded, updated or removed: this copy is orphaned. */
  readonly id?: string;
  sendMessage(message: unknown): Promise<unknown>;
}

/**
 * The extension's runtime as the content script sees it, read from the global every time (it goes
 * away when the extension is reloaded). Not the promise polyfill behind `wxt/browser`: that is
 * about 3 kB gzip of the sampler's 6 kB budget (DESIGN.md §8), and both browsers' own runtime
 * already returns promises in MV3 (`browser` in Firefox, `chrome` in Chromium).
 */
export function samplerRuntime(): SamplerRuntime | undefined {
  const scope = globalThis as { browser?: { runtime?: SamplerRuntime }; chrome?: { runtime?: SamplerRuntime } };
  return scope.browser?.runtime ?? scope.chrome?.runtime;
}

/**
 * Hands one message to the background and forgets it: a refused or undelivered message (the worker
 * restarting, the extension gone) is not worth a word in the page's console.
 */
export function sendQuietly(message: unknown): void {
  try {
    samplerRuntime()
      ?.sendMessage(message)
      .catch(() => undefined);
  } catch {
    // An orphaned copy's runtime throws at once; `ContentScriptContext.isInvalid` stops it soon after.
  }
}
