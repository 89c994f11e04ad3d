import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // The site is built once into dist/ for the tests that read it.
    globalSetup: ['test/global-setup.ts'],
  },
});
