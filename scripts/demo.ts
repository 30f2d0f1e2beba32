/**
 * `npm run demo`: builds Outward and opens Chromium with it, a local demo feed on 127.0.0.1 and a
 * throwaway profile whose threshold is one minute, so a newcomer sees a nudge after about a minute
 * of scrolling. With a display it opens a window for you to scroll; without one (or with
 * `--headless`) it plays the scenario itself, logs each step and writes screenshots to
 * `demo-output/`. It never touches your own browser profile and never reaches the network.
 *
 * Options: --headless (play it even with a display), --no-history (skip the six weeks of example
 * history that make the journal worth a look), --readme (also copy the pictures the README shows
 * into docs/screenshots/).
 */
import { execSync } from 'node:child_process';
import { copyFile, mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Session } from '../tests/e2e/harness/extension';
import { seedHistory } from '../tests/e2e/harness/history-seed';
import { scrollFor, watchLocalSite } from '../tests/e2e/harness/watch';

const OUT = 'demo-output';
const README_SHOTS = 'docs/screenshots';
const CARD = 'outward-nudge [role="dialog"]';
const args = new Set(process.argv.slice(2));
const headed = Boolean(process.env.DISPLAY) && !args.has('--headless') && !process.env.CI;
const started = Date.now();

function step(text: string): void {
  const seconds = ((Date.now() - started) / 1000).toFixed(0).padStart(4);
  console.log(`[demo ${seconds}s] ${text}`);
}

async function main(): Promise<void> {
  step('building the extension (npm run build, about 20 s; its output follows)');
  // The build's own progress stays on screen, so the wait is visible and a failure says why.
  execSync('npm run build', { stdio: 'inherit' });
  step('built');
  await mkdir(OUT, { recursive: true });

  step(`starting Chromium ${headed ? 'in a window' : 'headless'} with Outward in a throwaway profile`);
  const session = await launchWithExtension({ headed, viewport: { width: 1280, height: 800 }, openCardRoot: true });
  // Nothing but the extension and the local demo site may load, whatever an act links to.
  await session.context.route(/^(https?|wss?):\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  try {
    step('setting the demo threshold: one minute of fast scrolling on the local feed');
    const setup = await watchLocalSite(session, { minutesBeforeNudge: 1 });
    if (!args.has('--no-history')) {
      step('adding six weeks of example history so the journal has something to show');
      await setup.goto(`chrome-extension://${session.extensionId}/journal.html`);
      await seedHistory(setup, 420, 42, Date.now());
    }
    await setup.close();
    const feed = await session.context.newPage();
    await feed.goto(session.server.url('/feed.html'));
    if (headed) await waitForPerson(session, feed);
    else await playScenario(session, feed);
  } finally {
    await session.close();
  }
}

/** With a window: the person scrolls; we only explain and wait until they close the browser. */
async function waitForPerson(session: Session, feed: Page): Promise<void> {
  step(`the demo feed is open at ${feed.url()}`);
  step('scroll it quickly for about a minute: a small card will offer one kind act');
  step('then click the Outward toolbar button (puzzle piece, pin it) for the popup, or open:');
  step(`  chrome-extension://${session.extensionId}/journal.html`);
  step('close the browser window to end the demo');
  await new Promise<void>((resolve) => session.context.on('close', () => resolve()));
}

/** Without a window: scroll, take the nudge, check in before and after, and photograph each page. */
async function playScenario(session: Session, feed: Page): Promise<void> {
  step('scrolling the feed the way a long doom-scroll goes (about a minute)');
  const deadline = Date.now() + 150_000;
  while (!(await feed.locator(CARD).isVisible()) && Date.now() < deadline) await scrollFor(feed, 5_000);
  if (!(await feed.locator(CARD).isVisible())) throw new Error('no nudge appeared within 150 s of scrolling');
  await feed.locator(CARD).evaluate((card) => Promise.all(card.getAnimations().map((a) => a.finished)));
  const title = (await feed.locator('outward-nudge .ow-title, outward-nudge h2').first().textContent())?.trim();
  step(`a nudge appeared: “${title}”`);
  await feed.screenshot({ path: `${OUT}/card.png` });
  await feed.locator('outward-nudge .ow-card').screenshot({ path: `${OUT}/card-close.png` });

  step('opening the popup to check in before acting: “Low”');
  const popup = await openPage(session, 'popup', { width: 380, height: 760 });
  const low = popup.getByRole('radio', { name: 'Low', exact: true });
  // The example history may hold a check-in from earlier today: the popup shows it and offers another.
  const again = popup.getByRole('button', { name: 'Check in again' });
  await low.or(again).first().waitFor();
  if (await again.isVisible()) await again.click();
  await low.check();
  await popup.getByText('Noted.', { exact: false }).waitFor();
  await popup.close();

  step('choosing “Do it” on the card');
  await feed.bringToFront();
  await feed.locator('outward-nudge').getByRole('button', { name: 'Do it' }).click();
  await feed.waitForTimeout(500);

  step('back in the popup the act is in progress; marking it done with a note, feeling “Good”');
  const done = await openPage(session, 'popup', { width: 380, height: 760 });
  await done.getByRole('heading', { name: 'In progress' }).waitFor();
  await done.screenshot({ path: `${OUT}/popup-in-progress.png`, fullPage: true });
  await done.getByRole('button', { name: 'Done' }).click();
  await done.getByLabel('A note for your journal (optional)').fill('It took two minutes and made my evening.');
  await done
    .getByRole('group', { name: 'How do you feel now?' })
    .getByRole('radio', { name: 'Good', exact: true })
    .check();
  await done.getByRole('button', { name: 'Save' }).click();
  await done.getByText('That was kind. It is in your journal.').waitFor();
  await done.reload();
  await done.getByRole('heading', { name: /A small kind thing|In progress/ }).waitFor();
  await done.screenshot({ path: `${OUT}/popup.png`, fullPage: true });

  for (const [name, scheme] of [
    ['journal', 'light'],
    ['journal', 'dark'],
    ['options', 'light'],
  ] as const) {
    step(`photographing the ${name} page (${scheme})`);
    const page = await openPage(session, name, { width: 1200, height: name === 'journal' ? 1250 : 900 }, scheme);
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${OUT}/${name}-${scheme}.png` });
  }
  if (args.has('--readme')) {
    await mkdir(README_SHOTS, { recursive: true });
    for (const name of [
      'card.png',
      'card-close.png',
      'popup.png',
      'journal-light.png',
      'journal-dark.png',
      'options-light.png',
    ]) {
      await copyFile(`${OUT}/${name}`, `${README_SHOTS}/${name}`);
    }
    step(`copied the README pictures to ${README_SHOTS}/`);
  }
  step(`done: screenshots in ${OUT}/ (card.png, popup-in-progress.png, popup.png, journal-*.png, options-light.png)`);
}

async function openPage(
  session: Session,
  name: 'popup' | 'options' | 'journal',
  size: { width: number; height: number },
  scheme: 'light' | 'dark' = 'light',
): Promise<Page> {
  const page = await session.openExtensionPage(name, scheme);
  await page.setViewportSize(size);
  await page.locator('h1').first().waitFor();
  return page;
}

main().catch((error: unknown) => {
  console.error(`[demo] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
