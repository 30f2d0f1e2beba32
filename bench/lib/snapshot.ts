import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

/** What is not source: dependencies, builds, reports and history. */
const SKIP = new Set([
  'node_modules',
  '.git',
  '.output',
  '.wxt',
  'bench/out',
  'test-results',
  'demo-output',
  'coverage',
  'web-ext-artifacts',
]);

/** Where the snapshot's two builds are. */
export interface Builds {
  /** The snapshot's root (a temporary folder); remove it when done. */
  root: string;
  chrome: string;
  firefox: string;
}

/**
 * Copies the working tree's sources to a temporary folder (dependencies linked, not copied) and
 * builds both targets there. Others may edit or rebuild this checkout while the benchmark runs;
 * the snapshot keeps every measurement on one build of one state of the code.
 */
export async function buildSnapshot(log: (line: string) => void): Promise<Builds> {
  const root = await mkdtemp(join(tmpdir(), 'outward-bench-src-'));
  const source = resolve('.');
  await cp(source, root, { recursive: true, filter: (path) => !SKIP.has(relative(source, path)) });
  await symlink(join(source, 'node_modules'), join(root, 'node_modules'), 'dir');
  for (const command of ['npx wxt build', 'npx wxt build -b firefox']) {
    log(command);
    // A production build, as `npm run build` makes: the bench runs under vite-node, which sets
    // NODE_ENV=development, and a build that inherits it is larger (about 1.7 kB more popup gzip).
    const env = { ...process.env, NODE_ENV: 'production' };
    const result = spawnSync(command, { cwd: root, shell: true, encoding: 'utf8', env });
    if (result.status !== 0)
      throw new Error(`${command} failed (exit ${result.status})\n${result.stdout}${result.stderr}`);
  }
  return { root, chrome: join(root, '.output/chrome-mv3'), firefox: join(root, '.output/firefox-mv3') };
}
