import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The floor every content script pays: an extension whose only content script is one passive
 * listener that counts (DESIGN.md §8's reference), matching 127.0.0.1, with an empty worker so the
 * bench can tell it has loaded. With `messaging`, the listener also sends one message to the worker
 * at its first scroll, as any content script that reports to its background must: the floor of a
 * content script that uses the extension runtime at all. Written to a temporary folder; returns it.
 */
export async function writeReferenceExtension({ messaging = false } = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'outward-bench-reference-'));
  const manifest = {
    manifest_version: 3,
    name: 'Reference content script',
    version: '1.0.0',
    background: { service_worker: 'worker.js' },
    host_permissions: ['http://127.0.0.1/*'],
    content_scripts: [{ matches: ['http://127.0.0.1/*'], js: ['count.js'], run_at: 'document_idle' }],
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(join(dir, 'worker.js'), messaging ? 'chrome.runtime.onMessage.addListener(() => {});\n' : '');
  const onScroll = messaging ? 'n += 1; if (n === 1) chrome.runtime.sendMessage({ n }).catch(() => {});' : 'n += 1;';
  await writeFile(
    join(dir, 'count.js'),
    `let n = 0; document.addEventListener("scroll", () => { ${onScroll} }, { capture: true, passive: true });\n`,
  );
  return dir;
}
