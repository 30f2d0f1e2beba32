import * as v from 'valibot';
import { browser } from 'wxt/browser';

/**
 * Reads `local:<key>` and checks it against `schema`. Missing → null. Broken (an older or damaged
 * value) → removed with a console warning, then null, so a bad value is reported once, never reused.
 */
export async function readValidLocal<T>(key: string, schema: v.GenericSchema<unknown, T>): Promise<T | null> {
  const stored = (await browser.storage.local.get(key))[key];
  if (stored === undefined) return null;
  const parsed = v.safeParse(schema, stored);
  if (parsed.success) return parsed.output;
  console.warn(`[outward] dropped a broken ${key} from storage`);
  await browser.storage.local.remove(key);
  return null;
}
