/** The committed data/clean is exactly what the pipeline produces; sources.json records the raw documents. */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { receivedLines } from '../../src/pipeline/decode.ts';
import { ChangelogSchema, DatapackageSchema, documentLines, DocumentsSchema, documentTextFile, readPublished } from '../../src/pipeline/published.ts';
import { QualitySchema } from '../../src/pipeline/quality.ts';
import { parseRegister } from '../../src/pipeline/register.ts';
import { dataHash, parseChangelog } from '../../src/pipeline/release.ts';
import { sumCounts, type StatusCounts } from '../../src/pipeline/types.ts';
import { ROOT, runProject } from '../helpers.ts';

describe('data/clean', () => {
  const out = runProject();
  it('holds exactly the files a fresh run gives', () => {
    expect(
      readdirSync(join(ROOT, 'data/clean'))
        .filter((f) => !f.startsWith('.'))
        .sort(),
    ).toEqual([...out.files.keys()].sort());
  });
  for (const [name, content] of out.files) {
    it(`${name} is byte-identical to a fresh run`, () => {
      expect(readFileSync(join(ROOT, 'data/clean', name), 'utf8')).toBe(content);
    });
  }
  it('two runs give the same bytes', () => {
    const again = runProject();
    expect([...again.files]).toEqual([...out.files]);
  });
  it('CSVs are UTF-8 with \\n, a header row and no BOM', () => {
    for (const [name, content] of out.files) {
      if (!name.endsWith('.csv')) continue;
      expect(content.includes('\r')).toBe(false);
      expect(content.charCodeAt(0)).not.toBe(0xfeff);
      expect(content.endsWith('\n')).toBe(true);
    }
  });
});

describe('data/CHANGELOG.yml: the data are versioned', () => {
  const entries = parseChangelog(readFileSync(join(ROOT, 'data/CHANGELOG.yml'), 'utf8'), 'data/CHANGELOG.yml');
  const newest = entries[0]!;
  const out = runProject();
  it('its newest version is the one datapackage.json carries, with its date', () => {
    const pkg = JSON.parse(out.files.get('datapackage.json')!) as { version: string; created: string };
    expect(pkg.version).toBe(newest.version);
    expect(pkg.created).toBe(`${newest.date}T00:00:00Z`);
  });
  it('its newest version is the data as they are (a change of the data needs a new version)', () => {
    const hash = dataHash(out.files, (b) => createHash('sha256').update(b).digest('hex'));
    expect(hash, `the data changed: add a version to data/CHANGELOG.yml with data_sha256: ${hash}`).toBe(newest.data_sha256);
  });
  it('its newest counts are the status counts of all values now', () => {
    const q = JSON.parse(out.files.get('quality.json')!) as { datasets: Record<string, { statuses: Record<string, StatusCounts> }> };
    expect(newest.counts).toEqual(sumCounts(Object.values(q.datasets).flatMap((d) => Object.values(d.statuses))));
  });
});

describe('data/raw/sources.json', () => {
  const sources = parseRegister(readFileSync(join(ROOT, 'data/raw/sources.json'), 'utf8'), 'sources.json');
  const txt = readdirSync(join(ROOT, 'data/raw')).filter((f) => f.endsWith('.txt')).sort();
  it('describes every raw document', () => {
    expect(sources.documents.map((d) => d.file).sort()).toEqual(txt);
  });
  for (const d of sources.documents) {
    it(`${d.file}: sha256 matches`, () => {
      expect(createHash('sha256').update(readFileSync(join(ROOT, 'data/raw', d.file))).digest('hex')).toBe(d.sha256);
    });
  }
});

describe('datapackage.json', () => {
  const out = runProject();
  const dp = readPublished(DatapackageSchema, out.files.get('datapackage.json')!, 'datapackage.json');
  const tables = dp.resources.filter((r) => r.profile === 'tabular-data-resource');
  it('describes every published file but itself, once: the CSVs as tables, the rest as files', () => {
    expect(dp.resources.map((r) => r.path).sort()).toEqual([...out.files.keys()].filter((f) => f !== 'datapackage.json').sort());
    expect(tables.map((r) => r.path).sort()).toEqual([...out.files.keys()].filter((f) => f.endsWith('.csv')).sort());
    expect(new Set(dp.resources.map((r) => r.name)).size).toBe(dp.resources.length);
  });
  it('has a resource with a table schema per CSV, in the CSV\'s column order', () => {
    for (const r of tables) {
      const header = out.files.get(r.path)!.split('\n')[0]!.split(',');
      expect(r.schema.fields.map((f: { name: string }) => f.name)).toEqual(header);
      expect(r.schema.missingValues).toEqual(['']);
      for (const f of r.schema.fields) {
        expect(f.title).toBeTruthy();
        expect(f.title_ja).toBeTruthy();
        expect(['string', 'integer', 'number', 'date']).toContain(f.type);
      }
      expect(r.sources.length).toBeGreaterThan(0);
    }
    expect(dp.licenses[0]!.name).toBe('CC-BY-4.0');
    expect(dp.profile).toBe('data-package');
  });
  it('integer and number columns hold plain numbers; date columns ISO dates', () => {
    for (const r of tables) {
      const lines = out.files.get(r.path)!.trim().split('\n');
      const header = lines[0]!.split(',');
      for (const f of r.schema.fields) {
        if (f.type === 'string') continue;
        const i = header.indexOf(f.name);
        const re = f.type === 'integer' ? /^-?\d+$/ : f.type === 'number' ? /^-?\d+(\.\d+)?$/ : /^\d{4}-\d{2}-\d{2}$/;
        for (const line of lines.slice(1)) {
          // These columns never hold commas or quotes, so a plain split reaches them when they come before any quoted text.
          const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, ''));
          const v = cells[i]!;
          if (v !== '') expect(v, `${r.path} ${f.name}`).toMatch(re);
        }
      }
    }
  });
});

describe('the other published files: what the site shows besides values comes from data/clean only', () => {
  const out = runProject();
  const register = parseRegister(readFileSync(join(ROOT, 'data/raw/sources.json'), 'utf8'), 'sources.json');
  it('quality.json, documents.json and changelog.json fit the schemas the site reads them with', () => {
    expect(readPublished(QualitySchema, out.files.get('quality.json')!, 'quality.json').documents.length).toBe(register.documents.length);
    expect(readPublished(DocumentsSchema, out.files.get('documents.json')!, 'documents.json')).toEqual(register.documents);
    const changelog = readPublished(ChangelogSchema, out.files.get('changelog.json')!, 'changelog.json');
    expect(changelog).toEqual(parseChangelog(readFileSync(join(ROOT, 'data/CHANGELOG.yml'), 'utf8'), 'data/CHANGELOG.yml'));
  });
  it("each document's text has exactly the lines of the document as received", () => {
    for (const d of register.documents) {
      const published = documentLines(out.files.get(documentTextFile(d.id))!);
      expect(published).toEqual(receivedLines(new Uint8Array(readFileSync(join(ROOT, 'data/raw', d.file))), d.file));
      expect(published.length).toBeGreaterThan(100);
    }
  });
  it('a published file that does not fit its schema fails naming it', () => {
    expect(() => readPublished(QualitySchema, '{"documents": 1}', 'quality.json')).toThrow(/^quality\.json: documents: /);
    expect(() => readPublished(ChangelogSchema, 'not json', 'changelog.json')).toThrow(/^changelog\.json: not valid JSON/);
  });
});
