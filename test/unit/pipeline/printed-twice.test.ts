/**
 * A table printed twice in one document is refused, for every table reader (issue 27.2). The documents are
 * the real ones of data/raw: each followed by a copy of itself with its decimal numbers changed (so the copy
 * is another printing, not the same bytes), and, for each table alone, the lines of that table and a changed
 * copy of them. The seed documents as they are still pass, the clinical-research notice's two printings of
 * its case list included.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { READERS } from '../../../src/datasets/readers.ts';
import { eraOfDate } from '../../../src/pipeline/eras.ts';
import { linesRead, secondCopy } from '../../../src/pipeline/printed-twice.ts';
import { CASES, docOf, runTexts, SEED } from '../../helpers.ts';

const handout = readFileSync(SEED, 'utf8');
const notice = readFileSync(CASES, 'utf8');
/** Another printing: every digit after a decimal point one higher (9 → 0). */
const changed = (text: string) => text.replace(/(\d[.．])(\d)/g, (_, a: string, d: string) => `${a}${(Number(d) + 1) % 10}`);
// the readers of tables in documents (a dataset no document holds makes its rows from its sources: rowFor)
const readers = Object.values(READERS).filter((d) => !('rowFor' in d));
const ctx = { era: eraOfDate('2011') };
const tablesOf = (text: string) => readers.filter((r) => r.extract(docOf(text), ctx)).map((r) => r.spec.id);

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (err) {
    return String((err as Error).message);
  }
  return 'not refused';
}

describe('a table printed twice', () => {
  it('the seed documents hold each of their tables once', () => {
    for (const text of [handout, notice]) {
      const doc = docOf(text);
      for (const r of readers) {
        const found = r.extract(doc, ctx);
        if (found)
          expect(
            secondCopy(doc, (d) => r.extract(d, ctx), found),
            r.spec.id,
          ).toBeNull();
      }
    }
    expect(tablesOf(handout).length + tablesOf(notice).length).toBe(readers.length);
  });

  it.each([
    ['the handout', handout],
    ['the clinical-research notice', notice],
  ])('%s followed by a changed copy of itself is refused for each of its tables', (_, text) => {
    const twice = `${text}\n${changed(text)}`;
    const lines = `${text}\n`.split('\n').length - 1; // where the copy starts: after the text and a newline
    const message = refusal(() => runTexts({ 'twice.txt': twice }, { 'twice.txt': tablesOf(text) }));
    for (const id of tablesOf(text)) {
      const m = new RegExp(
        `twice\\.txt: the ${id} table appears twice \\(lines (\\d+) and (\\d+)\\); a document holds each table once`,
      ).exec(message);
      expect(m, `${id}: ${message}`).not.toBeNull();
      // Each copy is named by the line of the heading the reader finds it by: the same line of each copy.
      expect(Number(m![1])).toBeLessThanOrEqual(lines);
      expect(Number(m![2]) - Number(m![1])).toBe(lines);
    }
  });

  it.each(readers.filter((r) => r.extract(docOf(handout), ctx)).map((r) => [r.spec.id, r] as const))(
    'the %s table alone, printed twice, is refused',
    (id, reader) => {
      // The lines of this table, from the first line it reads back to the previous section, through its last.
      const doc = docOf(handout);
      const read = linesRead(reader.extract(doc, ctx)!.dataset);
      const from = Math.max(0, Math.min(...read) - 20);
      const part = handout
        .split('\n')
        .slice(from, Math.max(...read) + 2)
        .join('\n');
      expect(tablesOf(part), `${id} is read from its part alone`).toContain(id);
      const twice = docOf(`${part}\n${changed(part)}\n`);
      const found = reader.extract(twice, ctx)!;
      expect(secondCopy(twice, (d) => reader.extract(d, ctx), found)).not.toBeNull();
    },
  );

  it('the seed documents as they are still pass', () => {
    expect(() => runTexts({ 'handout.txt': handout, 'notice.txt': notice })).not.toThrow();
  });
});
