import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MessageKey } from '@/utils/domain/i18n';
import { translate } from './helpers/translate';

/*
 * What fakeBrowser leaves unimplemented (it throws) is stood in for once per test file, not with
 * spies: `restoreMocks` takes spies away between tests, and a page a test has unmounted can still
 * run a Preact timer after that (an effect's clean-up unsubscribing from permission events, a late
 * render asking for a message). Tests may still spy on these to observe or change them.
 */

// No i18n: answer from the English messages, as Chromium would in an English UI.
Object.assign(fakeBrowser.i18n, {
  getMessage: (key: string, substitutions?: string | string[]) =>
    key.startsWith('@@') ? '' : translate(key as MessageKey, substitutions),
  getUILanguage: () => 'en',
});

// No permission events: listeners are kept, never called (tests call them when they need to).
const permissionListeners = new Map<object, Set<unknown>>();
for (const event of [fakeBrowser.permissions.onAdded, fakeBrowser.permissions.onRemoved]) {
  const listeners = new Set<unknown>();
  permissionListeners.set(event, listeners);
  Object.assign(event, {
    addListener: (listener: unknown) => void listeners.add(listener),
    removeListener: (listener: unknown) => void listeners.delete(listener),
    hasListener: (listener: unknown) => listeners.has(listener),
  });
}

// No content-script registry: nothing is registered, as in a fresh profile; a script run in a tab
// (the nudge card's) runs without a word, as in a tab whose host access is granted.
Object.assign(fakeBrowser.scripting, {
  getRegisteredContentScripts: () => Promise.resolve([]),
  executeScript: () => Promise.resolve([]),
});

beforeEach(() => {
  fakeBrowser.reset();
  for (const listeners of permissionListeners.values()) listeners.clear();
});

afterEach(() => {
  cleanup();
});
