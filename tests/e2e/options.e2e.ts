import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import { launchWithExtension, type Session } from './harness/extension';

const SHOTS = '/tmp/outward-shots';
const MINUTES = 'Minutes of fast scrolling before a nudge';
const STORES = ['episodes', 'nudges', 'acts', 'checkins'] as const;

let session: Session | undefined;
let downloads: string | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
  if (downloads) await rm(downloads, { recursive: true, force: true });
  downloads = undefined;
});

async function openOptions(scheme: 'light' | 'dark' = 'light'): Promise<Page> {
  session = await launchWithExtension();
  const page = await session.openExtensionPage('options', scheme);
  await page.getByLabel(MINUTES).waitFor();
  return page;
}

/** The four history stores as the page's IndexedDB holds them, each sorted by id. */
function readHistory(page: Page) {
  return page.evaluate(async (stores) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('outward-history');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const out: Record<string, Array<{ id: string }>> = {};
    for (const store of stores) {
      out[store] = await new Promise((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () =>
          resolve((request.result as Array<{ id: string }>).sort((a, b) => (a.id < b.id ? -1 : 1)));
        request.onerror = () => reject(request.error);
      });
    }
    db.close();
    return out;
  }, STORES);
}

/** Puts the history of the valid export fixture straight into the database, as if lived through. */
async function seedHistory(page: Page) {
  const fixture = JSON.parse(await readFile('tests/fixtures/exports/valid.json', 'utf8')) as {
    history: Record<string, unknown[]>;
  };
  // The worker creates the database at its current version before the page writes to it.
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'history/status', data: {} }));
  await page.evaluate(async (history) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('outward-history');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(Object.keys(history), 'readwrite');
    for (const [store, records] of Object.entries(history))
      for (const record of records) tx.objectStore(store).put(record);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, fixture.history);
}

function registeredMatches(s: Session) {
  return s.worker.evaluate(async () => {
    const scripts = await chrome.scripting.getRegisteredContentScripts();
    return scripts.flatMap((script) => script.matches ?? []);
  });
}

describe('options page in Chromium', () => {
  it('saves minutes before a nudge as it is edited and still has it after a reload', async () => {
    const page = await openOptions();
    const field = page.getByLabel(MINUTES);

    await field.fill('7');
    await field.press('Tab');
    await expect.poll(() => page.locator('#minutes-before-nudge-status').textContent()).toBe('Saved');
    await page.reload();

    await expect.poll(() => page.getByLabel(MINUTES).inputValue()).toBe('7');
  });

  it('puts Pause nudges first, in view without scrolling, and pauses from there', async () => {
    const page = await openOptions();
    await page.setViewportSize({ width: 1280, height: 720 });
    const today = page.getByRole('button', { name: 'Pause for the rest of today' });

    const bottom = await today.evaluate((button) => button.getBoundingClientRect().bottom);
    const beforeSites = await page
      .locator('#pause')
      .evaluate((pause) => Boolean(pause.compareDocumentPosition(document.getElementById('sites')!) & 4));
    await today.click();

    expect(bottom).toBeLessThanOrEqual(720);
    expect(beforeSites).toBe(true);
    await page
      .locator('#pause')
      .getByText(/^Nudges are paused until /)
      .waitFor();
  });

  it('shows a change made on another open page without a reload', async () => {
    const page = await openOptions();
    const other = await session!.openExtensionPage('options');
    await other.getByLabel(MINUTES).waitFor();

    await other.getByLabel(MINUTES).fill('42');
    await other.getByLabel(MINUTES).press('Tab');

    await expect.poll(() => page.getByLabel(MINUTES).inputValue()).toBe('42');
  });

  it('adds a site whose access is already allowed, watches it, and removes it again', async () => {
    const page = await openOptions();

    await page.getByLabel('Add a site').fill('http://127.0.0.1:8080/feed.html');
    await page.getByRole('button', { name: 'Add site' }).click();
    await expect.poll(() => page.locator('#sites-status').textContent()).toContain('Added 127.0.0.1.');
    await expect.poll(() => registeredMatches(session!)).toContain('http://127.0.0.1/*');
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { name: '127.0.0.1' }).count()).toBe(1);

    await page.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    await expect.poll(() => page.locator('#sites-status').textContent()).toContain('Removed 127.0.0.1.');
    await page.reload();
    await page.getByLabel('Add a site').waitFor();

    expect(await page.getByRole('heading', { name: '127.0.0.1' }).count()).toBe(0);
    await expect.poll(() => registeredMatches(session!)).not.toContain('http://127.0.0.1/*');
    expect(session!.errors).toEqual([]);
  });

  it('refuses a junk site with a message and adds nothing', async () => {
    const page = await openOptions();

    await page.getByLabel('Add a site').fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Add site' }).click();

    await expect
      .poll(() => page.locator('#site-add-error').textContent())
      .toBe('Only web sites (addresses starting with http or https) can be watched.');
    expect(await page.getByLabel('Add a site').getAttribute('aria-invalid')).toBe('true');
  });

  it('refuses a person whose link is javascript:, says why, and stores nothing', async () => {
    const page = await openOptions();

    await page.getByRole('button', { name: 'Add a person' }).click();
    await page.getByLabel('Name', { exact: true }).first().fill('Mallory');
    await page.getByLabel('How to reach them (optional)').fill('javascript:alert(document.cookie)');
    await page.getByRole('button', { name: 'Add person' }).click();

    await expect
      .poll(() => page.locator('#person-reach-error').textContent())
      .toBe('Outward only opens https, email (mailto:) and text-message (sms:) links, so it cannot keep this one.');
    await page.reload();
    await page.getByLabel(MINUTES).waitFor();
    expect(await page.getByText('No one added yet.').count()).toBe(1);
  });

  it('exports, deletes everything, imports the export back and has the same history', async () => {
    const page = await openOptions();
    downloads = await mkdtemp(join(tmpdir(), 'outward-downloads-'));
    await seedHistory(page);
    const before = await readHistory(page);
    expect(before.acts?.length).toBeGreaterThan(0);

    const jsonDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export everything (JSON)' }).click();
    const json = await jsonDownload;
    const exported = join(downloads, json.suggestedFilename());
    await json.saveAs(exported);
    expect(json.suggestedFilename()).toMatch(/^outward-export-\d{4}-\d\d-\d\d\.json$/);

    const csvNames: string[] = [];
    page.on('download', (download) => csvNames.push(download.suggestedFilename()));
    await page.getByRole('button', { name: 'Export history as spreadsheets (CSV)' }).click();
    await expect.poll(() => csvNames.length).toBe(4);
    expect(csvNames.map((name) => name.replace(/^outward-export-\d{4}-\d\d-\d\d-/, ''))).toEqual(
      STORES.map((store) => `${store}.csv`),
    );

    await page.getByRole('button', { name: 'Delete all my data…' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect.poll(() => page.getByText(/records were deleted/).textContent()).toContain('13 records');
    expect(Object.values(await readHistory(page)).flat()).toEqual([]);

    await page.getByLabel('Choose an export file').setInputFiles(exported);
    await page.getByRole('heading', { name: 'This file holds' }).waitFor();
    expect(await page.getByRole('table', { name: 'Records in the file' }).textContent()).toContain('Kind acts3');
    // The fixture was exported mid-episode: the preview says how that episode comes back.
    expect(await page.getByText(/^Episodes still open in this file/).textContent()).toContain(': 1.');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect
      .poll(() => page.getByText(/^Imported \d+ records/).textContent())
      .toBe('Imported 13 records; 0 were already here.');

    // Everything as it was, but the episode still open then, ended at its last activity as imported.
    const ended = (record: { id: string }) => {
      const episode = record as { id: string; endedAt: number | null; lastActivityAt: number };
      return episode.endedAt === null
        ? { ...episode, endedAt: episode.lastActivityAt, endReason: 'imported' }
        : episode;
    };
    expect(await readHistory(page)).toEqual({ ...before, episodes: before.episodes!.map(ended) });

    await page.getByLabel('Choose an export file').setInputFiles(exported);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect
      .poll(() => page.getByText(/^Imported \d+ records/).textContent())
      .toBe('Imported 0 records; 13 were already here.');
    expect(session!.errors).toEqual([]);
  });

  it.each(['light', 'dark'] as const)('has no axe-core violations, also mid-edit (%s scheme)', async (scheme) => {
    const page = await openOptions(scheme);
    await page.getByLabel('Add a site').waitFor();
    const clean = await axeViolations(page);

    await page.getByLabel('Add a site').fill('localhost');
    await page.getByRole('button', { name: 'Add site' }).click();
    await page.getByRole('button', { name: 'Add a person' }).click();
    await page.getByLabel('How to reach them (optional)').fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Add person' }).click();
    await page.getByRole('button', { name: 'Delete all my data…' }).click();
    await page.getByLabel('Choose an export file').setInputFiles('tests/fixtures/exports/valid.json');
    await page.getByRole('heading', { name: 'This file holds' }).waitFor();
    const editing = await axeViolations(page);

    expect({ clean, editing }).toEqual({ clean: [], editing: [] });
  });

  it.each(['light', 'dark'] as const)('saves a screenshot of the page (%s scheme)', async (scheme) => {
    const page = await openOptions(scheme);
    await page.setViewportSize({ width: 900, height: 900 });
    await page.getByRole('button', { name: 'Add a person' }).click();
    await page.getByLabel('Name', { exact: true }).first().fill('Ana');
    await page.getByLabel('How to reach them (optional)').fill('ana@example.com');
    await page.getByRole('button', { name: 'Add person' }).click();
    await page.getByText('Email: ana@example.com').waitFor();
    await mkdir(SHOTS, { recursive: true });
    await page.evaluate(() => window.scrollTo(0, 0));

    await page.screenshot({ path: join(SHOTS, `options-${scheme}.png`) });
    await page.screenshot({ path: join(SHOTS, `options-${scheme}-full.png`), fullPage: true });
    for (const section of ['pause', 'sites', 'nudges', 'acts', 'data', 'privacy']) {
      await page.locator(`#${section}`).screenshot({ path: join(SHOTS, `options-${scheme}-${section}.png`) });
    }
    await page.getByLabel('Choose an export file').setInputFiles('tests/fixtures/exports/valid.json');
    await page.getByRole('button', { name: 'Delete all my data…' }).click();
    await page.locator('#data').screenshot({ path: join(SHOTS, `options-${scheme}-data-confirming.png`) });

    expect(session!.errors).toEqual([]);
  });
});
