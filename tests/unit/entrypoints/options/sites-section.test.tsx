import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SitesSection } from '@/entrypoints/options/sites-section';
import type { SettingsChange } from '@/entrypoints/options/use-live-settings';
import { createDefaultSettings } from '@/utils/domain/settings/defaults';
import type { Settings } from '@/utils/domain/settings/schema';
import { renderWithI18n } from '@/tests/unit/helpers/render';

const REQUIRED = ['http://127.0.0.1/*'];
let granted: string[];
let calls: string[];

beforeEach(() => {
  granted = [...REQUIRED];
  calls = [];
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Outward',
    version: '0.1.0',
    host_permissions: REQUIRED,
  });
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockImplementation(() => Promise.resolve({ origins: [...granted] }));
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation((request) => {
    calls.push('request');
    granted.push(...(request.origins ?? []));
    return Promise.resolve(true);
  });
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation((request) => {
    calls.push('remove');
    granted = granted.filter((origin) => !request.origins?.includes(origin));
    return Promise.resolve(true);
  });
  for (const event of [fakeBrowser.permissions.onAdded, fakeBrowser.permissions.onRemoved]) {
    vi.spyOn(event, 'addListener').mockImplementation(() => undefined);
    vi.spyOn(event, 'removeListener').mockImplementation(() => undefined);
  }
});

function setup(hosts: string[]) {
  let settings: Settings = {
    ...createDefaultSettings(),
    watchedSites: hosts.map((host) => ({ host, enabled: true, minutesBeforeNudge: null })),
  };
  const save = vi.fn((change: SettingsChange) => {
    calls.push('save');
    const patch = typeof change === 'function' ? change(settings) : change;
    settings = { ...settings, ...(patch as Partial<Settings>) };
    return Promise.resolve(settings);
  });
  renderWithI18n(<SitesSection settings={settings} save={save} />);
  return { save, current: () => settings };
}

async function add(text: string) {
  fireEvent.input(await screen.findByLabelText('Add a site'), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
}

describe('SitesSection', () => {
  it('asks for access to a new site first, in the same click, then stores it', async () => {
    const { current } = setup(['reddit.com']);

    await add('https://www.example.org/feed');

    await waitFor(() => expect(screen.getByText('Added example.org. Outward can watch it now.')).toBeTruthy());
    expect(calls).toEqual(['request', 'save']);
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({
      origins: ['https://example.org/*', 'https://*.example.org/*', 'http://example.org/*', 'http://*.example.org/*'],
    });
    expect(current().watchedSites.map((site) => site.host)).toEqual(['reddit.com', 'example.org']);
  });

  it('adds an address that is already partly granted without a prompt', async () => {
    const { current } = setup([]);

    await add('127.0.0.1');

    await waitFor(() =>
      expect(screen.getByText(/Added 127.0.0.1. Outward can watch some of its addresses/)).toBeTruthy(),
    );
    expect(fakeBrowser.permissions.request).not.toHaveBeenCalled();
    expect(current().watchedSites).toEqual([{ host: '127.0.0.1', enabled: true, minutesBeforeNudge: null }]);
  });

  it('revokes a removed site and takes it off the list', async () => {
    granted.push('https://example.org/*', 'https://*.example.org/*');
    const { current } = setup(['example.org', 'reddit.com']);

    fireEvent.click(await screen.findByRole('button', { name: 'Remove example.org' }));

    await waitFor(() => expect(current().watchedSites.map((site) => site.host)).toEqual(['reddit.com']));
    expect(calls).toEqual(['remove', 'save']);
    expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({
      origins: ['https://example.org/*', 'https://*.example.org/*', 'http://example.org/*', 'http://*.example.org/*'],
    });
  });

  it('never asks the browser to remove a host permission the manifest requires', async () => {
    const { current } = setup(['127.0.0.1']);

    fireEvent.click(await screen.findByRole('button', { name: 'Remove 127.0.0.1' }));

    await waitFor(() => expect(current().watchedSites).toEqual([]));
    expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({ origins: ['https://127.0.0.1/*'] });
  });

  it('shows which listed sites are granted, from the browser’s own list', async () => {
    granted.push('https://*/*', 'http://*/*');
    setup(['reddit.com']);

    expect(await screen.findByText('Access granted')).toBeTruthy();
  });
});
