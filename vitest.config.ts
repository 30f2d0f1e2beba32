import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const DOMAIN_TESTS = 'tests/unit/utils/domain/**/*.test.ts';

/**
 * Unit and component tests, in two projects: the pure domain in plain Node (DESIGN.md §7: no DOM,
 * no browser, so none is set up), and everything else with fake browser APIs, fake IndexedDB and
 * happy-dom. One run, one report (`npm test` reads its JSON).
 */
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  resolve: { alias: [{ find: /^wxt\/testing$/, replacement: 'wxt/testing/fake-browser' }] },
  test: {
    // Worker threads, not child processes: vitest 4.1's forks pool can lose a worker process after
    // every test in it has passed (vitest-dev/vitest#10079, #10543), and threads start faster.
    pool: 'threads',
    // Property tests run hundreds of generated cases; on a busy two-core machine a few take seconds.
    testTimeout: 30_000,
    restoreMocks: true,
    clearMocks: true,
    projects: [
      { extends: true, test: { name: 'domain', include: [DOMAIN_TESTS], environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'extension',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          exclude: [DOMAIN_TESTS],
          environment: 'happy-dom',
          setupFiles: ['fake-indexeddb/auto', './tests/unit/setup.ts'],
          // The card's stylesheet is imported as text and checked by tests; other CSS stays stubbed.
          css: { include: [/nudge-card\.css/] },
        },
      },
    ],
  },
});
