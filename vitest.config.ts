import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Three projects: `unit` (pipeline, datasets, charts, data: no site build; `npm run test:unit`), `cli` (the
 * command line as operators use it, killed runs included) and `site` (built sites and Chromium). `npm test`
 * runs them all.
 *
 * The site builds (three: test/builds.ts) start in the global setup and run while the unit and command-line
 * tests do; the site project's group runs after theirs (`groupOrder`), each file waiting for the build it
 * reads. No test file blocks its worker for long (a build is never spawned synchronously in a worker): a
 * worker that cannot answer vitest's RPC for a minute fails the run with `Timeout calling "onTaskUpdate"`.
 *
 * The unit and site files share their worker's module cache (`isolate: false`): they mock nothing and set no
 * global state, and loading Plot, d3, linkedom and zod once instead of once per file is most of the unit
 * project's time (46 s → ~13 s on this machine, busy). A test that mocks a module or changes globals must go in
 * a project that isolates its files (like `cli`).
 *
 * Two workers at least, also on a 2-core machine (vitest's default there is one): most of a browser test's time
 * is Chromium's, in its own processes, and most of the command-line tests' is their child processes', so a
 * second worker overlaps that waiting with another file's work instead of running every file in turn.
 */
export default defineConfig({
  test: {
    maxWorkers: Math.max(2, availableParallelism() - 1),
    minWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    maxConcurrency: 4,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/data/**/*.test.ts'],
          pool: 'threads',
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
      // The command-line tests run the pipeline in child processes beside the site builds: on a busy machine a
      // run of a 200-document corpus can take minutes, so they get more time than the default minute.
      {
        extends: true,
        test: { name: 'cli', include: ['test/cli/**/*.test.ts'], testTimeout: 240_000, sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          setupFiles: ['test/site/setup.ts'],
          isolate: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
