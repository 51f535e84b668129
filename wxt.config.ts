import { defineConfig } from 'wxt';
import { licenceFiles } from './scripts/package/licence-files';
import { OSM_TILE_ORIGIN } from './components/map/tile-origin';

/**
 * The extension's pages run only their own scripts and load images only from the package, from
 * data they make, and from the OpenStreetMap tile server (the opt-in online map); nothing may frame
 * them from a web page. `wxt` (serve) adds its dev server to script-src and needs its websocket, so
 * connect-src is pinned only in builds.
 */
export function extensionPagesCsp(command: 'build' | 'serve'): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'self'",
    // Leaflet positions its panes and icons through style attributes.
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${OSM_TILE_ORIGIN}`,
    ...(command === 'build' ? ["connect-src 'self'"] : []),
  ].join('; ');
}

// Test builds (`--mode test`) add host access to the local test server and
// compile in test-only hooks; release builds never contain either.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifestVersion: 3,
  outDir: '.output',
  // Mozilla's reviewers rebuild from the sources zip, so generated files stay out of it.
  zip: {
    name: 'conflict-reader',
    excludeSources: ['public/gazetteer/**', 'tests/artifacts/**', 'docs/screenshots/**'],
  },
  hooks: {
    // LICENSE, NOTICE (data licences, the gazetteer's ODbL) and the bundled packages' licence texts
    // go into every build, and so into the store packages `wxt zip` makes of it.
    'build:publicAssets': (wxt, files) => {
      files.push(...licenceFiles(wxt.config.root));
    },
    'entrypoints:resolved': (wxt, entrypoints) => {
      if (wxt.config.mode === 'test') return;
      const index = entrypoints.findIndex((entry) => entry.name === 'test-bridge');
      if (index >= 0) entrypoints.splice(index, 1);
    },
  },
  manifest: ({ browser, mode, command }) => ({
    name: 'Conflict Reader',
    description:
      "Read conflict news with a coder's eye: capture the article, review proposed events and keep your own ACLED-style event log. Everything stays on your machine.",
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      browser === 'firefox' ? undefined : 'sidePanel',
      // Chrome: the extractor's host document (entrypoints/extraction-host), which outlives the
      // service worker's sleeps; Firefox's event page extracts itself.
      browser === 'firefox' ? undefined : 'offscreen',
    ].filter((p): p is string => p !== undefined),
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    host_permissions: mode === 'test' ? ['http://127.0.0.1/*'] : [],
    content_security_policy: { extension_pages: extensionPagesCsp(command) },
    action: { default_title: 'Analyse this page' },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+A' },
        description: 'Analyse this page',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'conflict-reader@conflict-reader.local',
              strict_min_version: '140.0',
              // Nothing leaves the machine unless the user turns on the log's online map: its tiles
              // come from OpenStreetMap's server, which learns which map areas are viewed.
              data_collection_permissions: { required: ['none'], optional: ['locationInfo'] },
            },
          },
        }
      : // runtime.getContexts, with which the background finds the extractor's host, came in 116.
        { minimum_chrome_version: '116' }),
  }),
});
