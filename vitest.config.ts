import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: lib/ and components/ in Node, with jsdom where a test asks for a DOM.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    setupFiles: ['fake-indexeddb/auto'],
    globalSetup: ['tests/setup/gazetteer.ts'],
    // A time-out catches a hang, not slowness: tests that read megabytes (5 MB texts, 50 MB files,
    // 100,000 events) took up to 40 s when CI shared a two-core machine with five busy processes.
    testTimeout: 120_000,
  },
});
