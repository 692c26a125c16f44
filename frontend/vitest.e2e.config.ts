import { defineConfig } from 'vitest/config';

// Browser tests against the packaged app (see e2e/global-setup.ts); they share one app, so they run in order.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['./e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
