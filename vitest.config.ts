import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** Unit and component tests: fake browser APIs, fake IndexedDB, happy-dom for components. */
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  resolve: { alias: [{ find: /^wxt\/testing$/, replacement: 'wxt/testing/fake-browser' }] },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto', './tests/unit/setup.ts'],
    // The card's stylesheet is imported as text and checked by tests; other CSS stays stubbed.
    css: { include: [/nudge-card\.css/] },
    // Worker threads, not child processes: vitest 4.1's forks pool can lose a worker process after
    // every test in it has passed (vitest-dev/vitest#10079, #10543), and threads start faster.
    pool: 'threads',
    // Property tests run hundreds of generated cases; on a busy two-core machine a few take seconds.
    testTimeout: 30_000,
    restoreMocks: true,
    clearMocks: true,
  },
});
