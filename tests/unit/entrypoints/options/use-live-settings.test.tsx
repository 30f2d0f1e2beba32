import { screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SaveRefused } from '@/components/options/save-status';
import { useLiveSettings, type LiveSettings } from '@/entrypoints/options/use-live-settings';
import { createDefaultSettings } from '@/utils/domain/settings/defaults';
import { renderWithI18n } from '@/tests/unit/helpers/render';

let live: LiveSettings = { status: 'loading' };
function Probe() {
  live = useLiveSettings();
  return <p>{live.status === 'ready' ? `cap ${live.settings.nudges.dailyCap}` : live.status}</p>;
}

beforeEach(() => {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((message: unknown) => {
    if ((message as { type: string }).type === 'settings/get') {
      return Promise.resolve({ ok: true, data: { settings: createDefaultSettings(), repaired: [] } });
    }
    const settings = createDefaultSettings();
    settings.nudges.dailyCap = 5;
    return Promise.resolve({ ok: true, data: { settings } });
  });
});

describe('useLiveSettings', () => {
  it('loads the settings from the background', async () => {
    renderWithI18n(<Probe />);

    expect(await screen.findByText('cap 3')).toBeTruthy();
  });

  it('sends a valid change and shows what the background stored', async () => {
    renderWithI18n(<Probe />);
    await screen.findByText('cap 3');

    if (live.status === 'ready') await live.save({ nudges: { dailyCap: 5 } });

    expect(await screen.findByText('cap 5')).toBeTruthy();
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({
      type: 'settings/update',
      data: { patch: { nudges: { dailyCap: 5 } } },
    });
  });

  it('never sends a change the settings schema refuses', async () => {
    renderWithI18n(<Probe />);
    await screen.findByText('cap 3');

    const saving = live.status === 'ready' ? live.save({ nudges: { dailyCap: 99 } }) : Promise.resolve();

    await expect(saving).rejects.toBeInstanceOf(SaveRefused);
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledTimes(1);
  });

  it('follows a change made by another page', async () => {
    renderWithI18n(<Probe />);
    await screen.findByText('cap 3');
    const changed = createDefaultSettings();
    changed.nudges.dailyCap = 7;

    await fakeBrowser.storage.sync.set({ settings: changed });

    await waitFor(() => expect(screen.getByText('cap 7')).toBeTruthy());
  });
});
