/**
 * Never exit 0 with less data than the documents declare: for random truncations of each source document
 * (fast-check), the run either fails naming the document, or every declared table is whole — the same CSVs
 * as the whole document gives.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED_TABLES } from '../../scripts/lib/synthetic.ts';
import { CASES, runTexts, SEED } from '../helpers.ts';

const cut = (text: string, lines: number) => `${text.split('\n').slice(0, lines).join('\n')}\n`;
const csvs = (files: Map<string, string>) => [...files].filter(([f]) => f.endsWith('.csv'));

// The case list ends the notice, so every cut loses cases; the handout has text after its last table.
const documents: [string, string, string[], boolean][] = [
  ['handout.txt', readFileSync(SEED, 'utf8'), SEED_TABLES, true],
  ['cases.txt', readFileSync(CASES, 'utf8'), ['clinical-research-cases'], false],
];

describe('a truncated document', () => {
  for (const [file, text, tables, someCutsPass] of documents) {
    const whole = csvs(runTexts({ [file]: text }, { [file]: tables }).files);
    const lines = text.split('\n').length;
    it(`${file}: fails naming it, or gives every declared table whole`, () => {
      let failed = 0;
      let passed = 0;
      fc.assert(
        fc.property(fc.integer({ min: 1, max: lines - 1 }), (n) => {
          let out;
          try {
            out = runTexts({ [file]: cut(text, n) }, { [file]: tables });
          } catch (e) {
            failed++;
            expect((e as Error).message).toMatch(new RegExp(`^${file.replace('.', '\\.')}: `, 'm'));
            return;
          }
          passed++;
          expect(csvs(out.files)).toEqual(whole);
        }),
        { numRuns: 150, seed: 20261123 },
      );
      // Cuts inside the tables fail; cuts after the last one pass.
      expect(failed).toBeGreaterThan(0);
      if (someCutsPass) expect(passed).toBeGreaterThan(0);
      else expect(passed).toBe(0);
    });
  }
});
