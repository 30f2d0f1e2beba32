import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * Outward's build. One source tree, two targets: Chromium-family browsers (MV3 service worker)
 * and Firefox (MV3 event page). Host access is never required: every watched site is an optional
 * host permission granted one at a time, and content scripts are registered at run time.
 */
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
    resolve: {
      alias: [
        // WXT's content-script context announces itself to the page and stops on a forged event of the
        // same name; Outward's content script uses one that says nothing to the page (see the file).
        {
          find: /^wxt\/utils\/content-script-context$/,
          replacement: fileURLToPath(new URL('./utils/platform/content-script/quiet-context.ts', import.meta.url)),
        },
      ],
    },
  }),
  // The sources zip that addons.mozilla.org asks for: everything needed to rebuild, nothing generated.
  zip: {
    excludeSources: ['test-results/**', 'bench/out/**', 'demo-output/**', 'coverage/**', 'web-ext-artifacts/**'],
  },
  hooks: {
    // WXT 0.20 writes `content_scripts: []` even when every content script is registered at run time.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.content_scripts?.length === 0) delete manifest.content_scripts;
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Outward',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // The no-network promise enforced by the browser: extension pages may load and fetch only their own files.
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; connect-src 'self'",
    },
    permissions: ['storage', 'alarms', 'idle', 'scripting'],
    optional_permissions: ['notifications'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    icons: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'outward@outward.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
