import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Metric } from '../lib/report';

/** Files a page loads up front: its `<script src>` and `modulepreload` links, and what those import statically. */
async function pageScripts(buildDir: string, html: string): Promise<string[]> {
  const text = await readFile(join(buildDir, html), 'utf8');
  const queue = [...text.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map(
    (match) => match[1]!.replace(/^\//, ''),
  );
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = await readFile(join(buildDir, file), 'utf8');
    // Static imports only: `import("…")` loads later, when (and if) it is used.
    for (const match of code.matchAll(/(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["']([^"']+\.js)["']/g)) {
      const target = match[1]!;
      queue.push(target.startsWith('/') ? target.slice(1) : join(file, '..', target));
    }
  }
  return [...seen];
}

/** Gzip size in kB (1000 bytes, as Vite reports it: the stricter reading of the budgets' "KB"). */
async function gzipKb(buildDir: string, files: string[]): Promise<number> {
  let bytes = 0;
  for (const file of files) bytes += gzipSync(await readFile(join(buildDir, file))).length;
  return bytes / 1000;
}

/**
 * Gzip sizes (default level, kB) of what each build loads: the content script, the popup (its
 * entry chunk and every chunk it imports statically), the worker, and the other pages. `builds`
 * are copies of `.output/chrome-mv3` and `.output/firefox-mv3` taken right after building.
 */
export async function measureSizes(builds: { chrome: string; firefox: string }): Promise<Metric[]> {
  const metrics: Metric[] = [];
  for (const [browser, dir] of Object.entries(builds) as ['chrome' | 'firefox', string][]) {
    if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no ${browser} build in ${dir}`);
    const popup = await pageScripts(dir, 'popup.html');
    const Browser = browser === 'chrome' ? 'Chrome' : 'Firefox';
    metrics.push(
      {
        key: `size.${browser}.contentScript`,
        label: `${Browser}: content script`,
        unit: 'kB gzip',
        values: [await gzipKb(dir, ['content-scripts/scroll.js'])],
        budget: { op: '<=', value: 6 },
        note: 'the sampler alone, loaded on every watched page',
      },
      {
        key: `size.${browser}.card`,
        label: `${Browser}: card script`,
        unit: 'kB gzip',
        values: [await gzipKb(dir, ['nudge-card.js'])],
        note: 'run in a tab only when a nudge is shown there',
      },
      {
        key: `size.${browser}.popup`,
        label: `${Browser}: popup scripts`,
        unit: 'kB gzip',
        values: [await gzipKb(dir, popup)],
        budget: { op: '<=', value: 25 },
        note: popup.join(', '),
      },
      {
        key: `size.${browser}.background`,
        label: `${Browser}: background`,
        unit: 'kB gzip',
        values: [await gzipKb(dir, ['background.js'])],
      },
    );
    for (const page of ['options', 'journal', 'welcome']) {
      metrics.push({
        key: `size.${browser}.${page}`,
        label: `${Browser}: ${page} page scripts`,
        unit: 'kB gzip',
        values: [await gzipKb(dir, await pageScripts(dir, `${page}.html`))],
      });
    }
  }
  return metrics;
}
