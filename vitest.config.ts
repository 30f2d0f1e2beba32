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
    restoreMocks: true,
    clearMocks: true,
  },
});
