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
 * Test files share their worker (`isolate: false`): a worker runs file after file with the modules it has loaded
 * (Plot, d3, linkedom, zod, the data and the charts), instead of a fresh worker loading them all again for each
 * file, which was most of the unit project's time (a serial run: 22 s of tests, 66 s of loading). No test mocks a
 * module, stubs the environment or changes global state; one that must would need a run of its own. The option
 * is the whole run's: vitest starts one pool for every project and does not read `isolate` per project
 * (vitest-dev/vitest#6258), so it is set here, not in a project.
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
    pool: 'threads',
    isolate: false,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/data/**/*.test.ts'],
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
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
