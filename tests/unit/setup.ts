import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MessageKey } from '../../utils/domain/i18n';
import { translate } from './helpers/translate';

beforeEach(() => {
  fakeBrowser.reset();
  // fakeBrowser has no i18n: answer from the English messages, as Chromium would in an English UI.
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, substitutions?: string | string[]) =>
    key.startsWith('@@') ? '' : translate(key as MessageKey, substitutions),
  );
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
  // fakeBrowser cannot remove permission listeners; pages unsubscribe when a test unmounts them.
  vi.spyOn(fakeBrowser.permissions.onAdded, 'removeListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'removeListener').mockImplementation(() => undefined);
  // fakeBrowser has no content-script registry: nothing is registered, as in a fresh profile.
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([]);
});

afterEach(() => {
  cleanup();
});
