import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '@/components/i18n';
import { SaveRefused } from '@/components/options/save-status';
import { applySettingsPatch, type SettingsPatch } from '@/utils/domain/settings/patch';
import type { Settings } from '@/utils/domain/settings/schema';
import { sendMessage } from '@/utils/platform/messaging/client';
import { watchSettings } from '@/utils/platform/storage/settings-store';

/** A change to the settings, or a function that words it from the latest settings. */
export type SettingsChange = SettingsPatch | ((current: Settings) => SettingsPatch);

/** Saves a change; rejects with a worded reason (nothing is sent when the schema refuses it). */
export type SaveSettings = (change: SettingsChange) => Promise<Settings>;

export type LiveSettings =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; settings: Settings; repaired: string[]; save: SaveSettings };

/**
 * The settings as the background has them, kept fresh when any page or the worker changes them,
 * with a `save` that checks a change against the settings schema before sending it.
 */
export function useLiveSettings(): LiveSettings {
  const t = useT();
  const [state, setState] = useState<
    { status: 'loading' | 'failed' } | { status: 'ready'; settings: Settings; repaired: string[] }
  >({ status: 'loading' });
  const latest = useRef<Settings | null>(null);

  useEffect(() => {
    let live = true;
    const show = (settings: Settings) => {
      latest.current = settings;
      setState((current) => (current.status === 'ready' ? { ...current, settings } : current));
    };
    sendMessage('settings/get', {}).then(
      ({ settings, repaired }) => {
        if (!live) return;
        latest.current = settings;
        setState({ status: 'ready', settings, repaired });
      },
      () => live && setState({ status: 'failed' }),
    );
    const stop = watchSettings((settings) => live && show(settings));
    return () => {
      live = false;
      stop();
    };
  }, []);

  const save: SaveSettings = async (change) => {
    const current = latest.current;
    if (!current) throw new Error('settings are not loaded yet');
    const patch = typeof change === 'function' ? change(current) : change;
    const checked = applySettingsPatch(current, patch);
    if (!checked.ok) throw new SaveRefused(t('settingInvalid', checked.problems.join('; ')));
    const { settings } = await sendMessage('settings/update', { patch });
    latest.current = settings;
    setState((s) => (s.status === 'ready' ? { ...s, settings } : s));
    return settings;
  };

  return state.status === 'ready' ? { ...state, save } : state;
}
