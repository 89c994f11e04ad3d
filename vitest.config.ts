import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Browser tests build the site once; keep them in one worker so the build is shared.
    fileParallelism: true,
  },
});
