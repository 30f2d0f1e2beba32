import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests in real Firefox ESR (Debian's package, headless), driven by puppeteer-core over
 * WebDriver BiDi, on the built `.output/firefox-mv3`. One file at a time, like the Chromium suite.
 */
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/e2e/firefox/**/*.e2e.ts'],
    environment: 'node',
    // Worker threads, as in the other suites (no forked worker process to lose at teardown).
    pool: 'threads',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
