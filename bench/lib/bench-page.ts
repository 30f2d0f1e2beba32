import { copyFile, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { BENCH_PAGE_DIR } from './browser';

/**
 * Bundles `bench/pages/idb-bench.ts` (with Outward's own database code) into `bench.js`, next to
 * `bench.html`, for `prepareBenchExtension` to copy into the benchmark's extension.
 */
export async function buildBenchPage(): Promise<void> {
  await mkdir(BENCH_PAGE_DIR, { recursive: true });
  await build({
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    // The page imports Outward's code through the `@/` alias, like the extension itself.
    resolve: { alias: { '@': resolve('.') } },
    build: {
      outDir: BENCH_PAGE_DIR,
      emptyOutDir: true,
      minify: false,
      target: 'esnext',
      lib: { entry: resolve('bench/pages/idb-bench.ts'), formats: ['es'], fileName: () => 'bench.js' },
    },
  });
  await copyFile(resolve('bench/pages/bench.html'), join(BENCH_PAGE_DIR, 'bench.html'));
}
