import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { E2E_NOW } from './harness/clock';
import { launchWithExtension, type Session } from './harness/extension';
import { journalReadyAt, seedHistory } from './harness/history-seed';

/**
 * What the person sees must come back with their history: after export → delete all → import,
 * the journal's totals and the popup's figures read as before (import once filled the stores but
 * not the daily roll-ups those pages read, so the journal said 0 kind acts).
 */

let session: Session | undefined;
let downloads: string | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
  if (downloads) await rm(downloads, { recursive: true, force: true });
  downloads = undefined;
});

async function journalFigures(s: Session): Promise<string[]> {
  const page = await s.openExtensionPage('journal', 'light', { now: E2E_NOW });
  await journalReadyAt(page);
  if ((await page.locator('.totals-headline').count()) === 0) {
    await page.close();
    return ['(no history)'];
  }
  const figures = [
    (await page.locator('.totals-headline').textContent()) ?? '',
    ...(await page.locator('.journal .figures dd').allTextContents()),
  ];
  await page.close();
  return figures;
}

async function popupFigures(s: Session): Promise<string> {
  const page = await s.openExtensionPage('popup', 'light', { now: E2E_NOW });
  await page.locator('section.today dl').waitFor();
  const figures = (await page.locator('section.today').textContent()) ?? '';
  await page.close();
  return figures;
}

describe('export, delete all, import', () => {
  it('shows the same journal totals and popup figures as before', async () => {
    session = await launchWithExtension();
    downloads = await mkdtemp(join(tmpdir(), 'outward-downloads-'));
    const journal = await session.openExtensionPage('journal', 'light', { now: E2E_NOW });
    await journalReadyAt(journal);
    await seedHistory(journal, 300, 30, E2E_NOW);
    await journal.close();
    const journalBefore = await journalFigures(session);
    const popupBefore = await popupFigures(session);

    const options = await session.openExtensionPage('options');
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export everything (JSON)' }).click();
    const exported = join(downloads, (await download).suggestedFilename());
    await (await download).saveAs(exported);
    await options.getByRole('button', { name: 'Delete all my data…' }).click();
    await options.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect.poll(() => options.getByText(/records were deleted/).count()).toBe(1);
    const journalEmptied = await journalFigures(session);
    await options.getByLabel('Choose an export file').setInputFiles(exported);
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => options.getByText(/^Imported \d+ records/).textContent()).toMatch(/^Imported 300 records/);

    expect(journalBefore[0]).toMatch(/^[1-9][\d,.]* kind acts since/);
    expect(journalEmptied).toEqual(['(no history)']);
    expect(await journalFigures(session)).toEqual(journalBefore);
    expect(await popupFigures(session)).toBe(popupBefore);
    expect(session.errors).toEqual([]);
  }, 120_000);
});
