import type { Browser } from '@wxt-dev/browser';

declare global {
  /** The `chrome` global inside extension pages and the worker, for code run there with `evaluate`. */
  const chrome: typeof Browser;
}
