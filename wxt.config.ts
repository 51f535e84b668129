import { defineConfig } from 'wxt';
import { licenceFiles } from './scripts/package/licence-files';

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
  manifest: ({ browser, mode }) => ({
    name: 'Conflict Reader',
    description:
      "Read conflict news with a coder's eye: capture the article, review proposed events and keep your own ACLED-style event log. Everything stays on your machine.",
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      browser === 'firefox' ? undefined : 'sidePanel',
    ].filter((p): p is string => p !== undefined),
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    host_permissions: mode === 'test' ? ['http://127.0.0.1/*'] : [],
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
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
