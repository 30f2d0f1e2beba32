import type { Page } from 'playwright-core';

/**
 * The "now" of every end-to-end test whose data or expectations depend on the date: a fixed instant,
 * so a test passes on every day the suite runs. `OUTWARD_E2E_NOW` (an ISO date-time) moves it, to run
 * the suite as if on another day (a Monday, 29 February, a daylight-saving change…); the default is
 * a Wednesday afternoon in June.
 */
export const E2E_NOW = parseNow(process.env.OUTWARD_E2E_NOW ?? '2026-06-17T14:30:00Z');

/**
 * The browser's time zone for the suite: `OUTWARD_E2E_TZ` (an IANA zone, e.g. `Europe/Madrid`), or
 * the machine's own when unset.
 */
export const E2E_TIME_ZONE = process.env.OUTWARD_E2E_TZ || undefined;

function parseNow(text: string): number {
  const at = Date.parse(text);
  if (!Number.isFinite(at)) throw new Error(`OUTWARD_E2E_NOW is not a date: ${text}`);
  return at;
}

/**
 * Makes `Date` in `page` start from `now` at each of its next page loads and tick on in real time, so
 * the page computes "today" and "this week" from the test's day. Only `Date` moves: timers and
 * `performance` stay real (Playwright's own clock fakes `performance` too, which hides the pages'
 * readiness marks).
 */
export async function fixPageClock(page: Page, now: number = E2E_NOW): Promise<void> {
  await page.addInitScript((anchor: number) => {
    const RealDate = Date;
    const offset = anchor - RealDate.now();
    class ShiftedDate extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(RealDate.now() + offset);
        else super(...(args as [string]));
      }
      static override now(): number {
        return RealDate.now() + offset;
      }
    }
    globalThis.Date = ShiftedDate as DateConstructor;
  }, now);
}
