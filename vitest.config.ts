import { defineConfig } from 'vitest/config';

/**
 * Three projects: `unit` (pipeline, datasets, charts, data: no site build; `npm run test:unit`), `cli` (the
 * command line as operators use it, killed runs included) and `site` (the built dist/ and Chromium; the site
 * is built once first). `npm test` runs them all.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    maxConcurrency: 4,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'test/data/**/*.test.ts'] } },
      { extends: true, test: { name: 'cli', include: ['test/cli/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'site', include: ['test/site/**/*.test.ts', 'test/e2e/**/*.test.ts'], globalSetup: ['test/global-setup.ts'] },
      },
    ],
  },
});
