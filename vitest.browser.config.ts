import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Real-browser tests against the built extension (`npm run build:test` first). One file at a
// time: each launches its own browser, and the machine has two cores.
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/browser/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // A poll waits for the browser, which a busy CI machine slows: it catches a hang, not slowness.
    expect: { poll: { timeout: 30_000 } },
  },
});
