import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * End-to-end tests: the built extension in Debian's Chromium (headless), driven by playwright-core.
 * Three files at a time: most of a scenario is real time spent scrolling or waiting for the worker,
 * and each test starts its own browser in its own profile, so two files never share state.
 */
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    // The Firefox suite has its own config (vitest.e2e.firefox.config.ts) and browser.
    exclude: [...configDefaults.exclude, 'tests/e2e/firefox/**'],
    environment: 'node',
    pool: 'threads',
    maxWorkers: 3,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
