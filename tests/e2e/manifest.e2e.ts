import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Manifest = Record<string, unknown> & { permissions?: string[] };

const read = (target: string) => JSON.parse(readFileSync(`.output/${target}/manifest.json`, 'utf8')) as Manifest;

/**
 * Any widening of what Outward may access must be a deliberate change to this file: the built
 * manifests' permissions are pinned here for both browsers.
 */
describe('built manifests', () => {
  it.each(['chrome-mv3', 'firefox-mv3'])('%s asks for exactly the pinned permissions', (target) => {
    const manifest = read(target);

    expect({
      manifest_version: manifest.manifest_version,
      permissions: manifest.permissions,
      optional_permissions: manifest.optional_permissions,
      host_permissions: manifest.host_permissions,
      optional_host_permissions: manifest.optional_host_permissions,
      content_scripts: manifest.content_scripts,
      externally_connectable: manifest.externally_connectable,
      web_accessible_resources: manifest.web_accessible_resources,
    }).toEqual({
      manifest_version: 3,
      permissions: ['storage', 'alarms', 'idle', 'scripting'],
      optional_permissions: ['notifications'],
      host_permissions: undefined,
      optional_host_permissions: ['https://*/*', 'http://*/*'],
      content_scripts: undefined,
      externally_connectable: undefined,
      web_accessible_resources: undefined,
    });
  });

  it.each(['chrome-mv3', 'firefox-mv3'])('%s lets extension pages reach nothing but their own files', (target) => {
    expect(read(target).content_security_policy).toEqual({
      extension_pages: "script-src 'self'; object-src 'self'; connect-src 'self'",
    });
  });

  it('gives Firefox its add-on id, no data collection and the minimum versions', () => {
    expect(read('firefox-mv3').browser_specific_settings).toEqual({
      gecko: {
        id: 'outward@outward.invalid',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    });
  });

  it('runs the Chrome background as a service worker and the Firefox one as an event page', () => {
    expect(read('chrome-mv3').background).toEqual({ service_worker: 'background.js' });
    expect(read('firefox-mv3').background).toEqual({ scripts: ['background.js'] });
  });
});
