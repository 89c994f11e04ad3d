/**
 * Per-chart data (/charts/<id>.csv, /en/charts/<id>.csv and the Excel forms): one row per cell the chart
 * draws, a stable ASCII `key` equal across languages, and the marks of the chart on its dataset page carry the
 * same keys and values. Reads dist/ (test/global-setup.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { availableCharts, chartEntry } from '../../src/site/model/charts.ts';
import { chartMetadata } from '../../src/site/publish/chart-meta.ts';
import { DIST, parseHeaders } from '../e2e/browser.ts';
import { records } from '../helpers.ts';
import { attrs, read } from './dist-helpers.ts';

const charts = availableCharts();
// the schema as published beside the metadata files
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(read(join(DIST, 'charts', 'metadata.schema.json'))));
const csvOf = (prefix: string, id: string) => records(read(join(DIST, prefix, 'charts', `${id}.csv`)));

describe('per-chart data', () => {
  it('every chart has its CSV in both languages, its Excel forms, its metadata and zip, sent as attachments', () => {
    expect(charts.length).toBeGreaterThan(3);
    const rules = parseHeaders(read(join(DIST, '_headers')));
    for (const c of charts)
      for (const prefix of ['', 'en/']) {
        for (const f of [`${c.id}.csv`, `${c.id}.excel-utf8.csv`, `${c.id}.excel-cp932.csv`]) {
          expect(readFileSync(join(DIST, prefix, 'charts', f)).length, f).toBeGreaterThan(50);
          const rule = rules.find((r) => r.source === `/${prefix}charts/${f}`);
          expect(Object.fromEntries(rule?.headers ?? [])['Content-Disposition'], f).toBe(`attachment; filename="${f}"`);
        }
        for (const f of [`${c.id}.xlsx`, `${c.id}.zip`]) {
          const rule = rules.find((r) => r.source === `/${prefix}charts/${f}`);
          expect(Object.fromEntries(rule?.headers ?? [])['Content-Disposition'], f).toBe(`attachment; filename="${f}"`);
        }
        // the metadata is valid against the published schema and lists the chart's files; its zip holds them (but
        // itself), in name order, with a README in both languages
        const meta = JSON.parse(read(join(DIST, prefix, 'charts', `${c.id}.metadata.json`))) as { files: Record<string, string> };
        expect(validate(meta), `${prefix}${c.id}: ${JSON.stringify(validate.errors)}`).toBe(true);
        const zip = unzipSync(readFileSync(join(DIST, prefix, 'charts', `${c.id}.zip`)));
        const zipped = Object.keys(zip);
        expect(zipped).toEqual([...zipped].sort());
        for (const [kind, url] of Object.entries(meta.files)) {
          expect(existsSync(join(DIST, new URL(url).pathname)), url).toBe(true);
          if (kind !== 'zip') expect(zipped).toContain(url.split('/').pop());
        }
        const readme = new TextDecoder().decode(zip['README.md']);
        for (const lang of ['ja', 'en'] as const) expect(readme).toContain(chartMetadata(c.id, lang)!.title);
        expect(read(join(DIST, prefix, 'charts', `${c.id}.csv`)).split('\n')[0]).toBe(
          'key,label,period,period_label,value,status,source_doc,source_line,source_url',
        );
      }
  });

  it.each(charts.map((c) => [c.id]))('%s: keys are ASCII, the same in both languages, one row per item and period', (id) => {
    const ja = csvOf('', id);
    const en = csvOf('en', id);
    expect(ja.length).toBeGreaterThan(0);
    expect(ja.map((r) => [r.key, r.period, r.value, r.status, r.source_line])).toEqual(
      en.map((r) => [r.key, r.period, r.value, r.status, r.source_line]),
    );
    for (const r of en) expect(r.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    // one row per value drawn: an item at a date once per source (a longer view may show the handout's value and a source's)
    const cells = en.map((r) => `${r.key}|${r.period}|${r.source_doc}|${r.source_url}`);
    expect(new Set(cells).size).toBe(cells.length);
    // a missing value is a row with an empty value and status missing, never dropped
    for (const r of en) expect(r.value === '', `${r.key} ${r.period}`).toBe(r.status === 'missing');
  });

  it.each(charts.map((c) => [c.id]))("%s: the CSV's values are the chart's marks, key by key", (id) => {
    const html = read(join(DIST, 'en/datasets', chartEntry(id).page, 'index.html'));
    const { document } = parseHTML(html);
    const svg = document.querySelector(`svg[data-chart="${id}"][data-layout="wide"]`)!;
    const marks = [...svg.querySelectorAll('.mark')];
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(m.getAttribute('data-key'), m.querySelector('title')?.textContent ?? '').toBeTruthy();
    const rows = csvOf('en', id).filter((r) => r.value !== '');
    const byKey = (k: string | undefined) => marks.filter((m) => m.getAttribute('data-key') === k);
    for (const key of new Set(rows.map((r) => r.key))) expect(byKey(key).length, key).toBe(rows.filter((r) => r.key === key).length);
    for (const r of rows) {
      const written = Number(r.value).toLocaleString('en-US', { maximumFractionDigits: 1 });
      expect(
        byKey(r.key).some((m) => (m.querySelector('title')?.textContent ?? '').includes(written)),
        `${id}: ${r.key} ${r.period} ${written}`,
      ).toBe(true);
    }
  });

  it('the Download tab links the chart data, the pictures and the whole dataset', () => {
    const html = read(join(DIST, 'datasets/price-agreement/index.html'));
    const links = attrs(html, 'a', 'href');
    for (const f of ['csv', 'excel-utf8.csv', 'excel-cp932.csv'])
      expect(links).toContain(f === 'csv' ? '/charts/price-agreement-by-owner.csv' : `/charts/price-agreement-by-owner.${f}`);
    expect(links).toContain('/charts/price-agreement-by-owner.svg');
    expect(links).toContain('/charts/price-agreement-by-owner.png');
    expect(links).toContain('/downloads/price-agreement-by-owner.csv');
  });

  it("the Table tab shows the chart's values, owners × periods, each linked to its evidence", () => {
    const { document } = parseHTML(read(join(DIST, 'en/datasets/price-agreement/index.html')));
    const table = document.querySelector('#panel-price-agreement-by-owner-table table')!;
    const rows = csvOf('en', 'price-agreement-by-owner');
    const keys = [...new Set(rows.map((r) => r.key))];
    const periods = [...new Set(rows.map((r) => r.period))];
    // a column of hospital counts, then one per period
    const head = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(head.length).toBe(periods.length + 1);
    expect(head[0]).toBe('Hospitals');
    for (const tr of table.querySelectorAll('tbody tr'))
      expect(tr.querySelector('td')!.textContent!.trim()).toMatch(/^(\d{1,3}(,\d{3})*|unknown)$/);
    expect([...table.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-key'))).toEqual(keys);
    const linked = [...table.querySelectorAll('tbody td a')].map((a) => a.getAttribute('href'));
    expect(linked.length).toBe(rows.filter((r) => r.source_line !== '' || r.source_url !== '').length);
    // each to its evidence (the OCR text, the source lines, the rule): the panel opens it
    for (const h of linked) expect(h).toMatch(/^\/en\/evidence\/price-agreement\/#v-[0-9a-f]{8}$/);
  });
});
