/**
 * The longer views compare like with like: a line joins only values of one series from one source (in the
 * price-agreement view: at one month of the cycle), each series is named at its line's end, labels never
 * overlap, values hidden under other marks are listed, and an event (未妥結減算) is marked with its source.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { symbolStyle } from '../../../src/display/chart.ts';
import { eventRules, segmentsOf, type LongerPoint } from '../../../src/datasets/context/chart.ts';
import { priceAgreementContextView } from '../../../src/datasets/price-agreement-context/view.ts';
import { priceAgreementByOwnerChart } from '../../../src/datasets/price-agreement-by-owner/chart.ts';
import { makeChart } from '../../../src/site/model/charts.ts';
import { eventsOf, loadRows } from '../../../src/site/model/data.ts';
import { renderSvg } from '../../../src/site/render/svg.ts';

const svgOf = (id: string, lang: 'ja' | 'en', layout: 'wide' | 'narrow') => {
  const spec = makeChart(id, lang)!;
  const { document } = parseHTML(`<html><body>${renderSvg(spec, { layout })}</body></html>`);
  return { spec, svg: document.querySelector('svg')! };
};

describe('the price-agreement longer view', () => {
  it('draws one panel per month of the cycle, and joins only values of one series, one source, one month', () => {
    const { spec } = svgOf('price-agreement-longer-view', 'en', 'wide');
    const layout = spec.layouts.wide as { fy?: { domain: number[] } };
    const months = [...new Set(spec.cells.map((c) => Number(c.period.slice(5, 7))))];
    // one panel per month drawn, in the order of the fiscal year (April first)
    expect(layout.fy!.domain).toEqual(months.sort((a, b) => ((a + 8) % 12) - ((b + 8) % 12)));
    expect(layout.fy!.domain.length).toBeGreaterThan(1);
  });

  it('marks 未妥結減算 where it starts in every panel, between the values taken before and after, and names its source', () => {
    const event = eventsOf('price-agreement-context').find((e) => e.id === 'low-agreement-penalty')!;
    expect(event).toBeDefined();
    for (const lang of ['ja', 'en'] as const)
      for (const layout of ['wide', 'narrow'] as const) {
        const { spec, svg } = svgOf('price-agreement-longer-view', lang, layout);
        const panels = (spec.layouts[layout] as { fy: { domain: number[] } }).fy.domain;
        // a dashed rule in every panel whose years reach across the start, and the label once
        expect(svg.querySelectorAll('.event line').length, `${lang} ${layout}`).toBe(panels.length);
        expect(svg.querySelector('.event')!.getAttribute('stroke-dasharray')).toBeTruthy();
        expect(svg.querySelectorAll('.event-label text').length).toBe(1);
        expect(svg.querySelector('.event-label')!.textContent!.replace(/\s+/g, '')).toContain(event.label[lang].replace(/\s+/g, ''));
        // the note under the chart: the site's words and the source's publisher, in the picture and in the words
        const text = svg.textContent!.replace(/\s+/g, '');
        expect(text).toContain(event.note[lang].replace(/\s+/g, ''));
        expect(text).toContain(event.source.publisher);
        expect(spec.summary).toContain(event.note[lang]);
      }
  });

  it('places an event between the last value before it and the first after it, in each month of the cycle', () => {
    const { spec } = svgOf('price-agreement-longer-view', 'en', 'wide');
    const panels = (spec.layouts.wide as { fy: { domain: number[] } }).fy.domain;
    const years = spec.cells.map((c) => Number(c.period.slice(0, 4)));
    const [from, to] = [Math.min(...years), Math.max(...years)];
    for (const starts of ['2014-04', '2012-10', '2011-01', '2009-12']) {
      const rules = eventRules(starts, panels, from, to);
      for (const r of rules)
        for (const c of spec.cells.filter((c) => Number(c.period.slice(5, 7)) === r.fy)) {
          const year = Number(c.period.slice(0, 4));
          // a value taken on or after the start lies right of the rule; one taken before, left of it
          expect(year > r.x, `${starts} ${c.period}`).toBe(c.period.slice(0, 7) >= starts);
        }
      expect(rules.map((r) => r.fy)).toEqual(panels.filter((p) => rules.some((r) => r.fy === p)));
    }
    // an event outside the years drawn is not marked
    expect(eventRules('1990-04', panels, from, to)).toEqual([]);
    expect(eventRules(`${to + 2}-04`, panels, from, to)).toEqual([]);
  });

  it('draws no event for a chart given none', () => {
    const def = priceAgreementContextView.charts.find((c) => c.id === 'price-agreement-longer-view')!;
    const made = def.make(loadRows('price-agreement-context') as never[], {
      lang: 'en',
      rowsOf: (d) => loadRows(d as 'price-agreement-by-facility'),
    });
    expect(made.summary).not.toContain(eventsOf('price-agreement-context')[0]!.note.en);
  });

  it('names each series at its line end, labels never overlapping within a panel', () => {
    for (const lang of ['ja', 'en'] as const)
      for (const layout of ['wide', 'narrow'] as const) {
        const { svg } = svgOf('price-agreement-longer-view', lang, layout);
        // end labels: text marks with a data-key, anchored at the start, in the right margin
        const labels = [...svg.querySelectorAll('.end-label text[data-key]')];
        expect(labels.length).toBeGreaterThanOrEqual(4);
        // each label: <g transform="translate(0,panel top)"><text transform="translate(x,centre)"> (Plot's structure), lines of 15 units
        const ty = (e: Element | null) => Number(/translate\([^,]+,([^)]+)\)/.exec(e?.getAttribute('transform') ?? '')?.[1] ?? 0);
        const boxes = labels.map((t) => {
          const centre = ty(t.parentElement) + ty(t);
          const half = ((t.querySelectorAll('tspan').length || 1) * 15) / 2;
          return { top: centre - half, bottom: centre + half };
        });
        for (const [i, a] of boxes.entries())
          for (const b of boxes.slice(i + 1)) expect(a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5, `${lang} ${layout}`).toBe(true);
      }
  });

  it('says how far apart the sources are where they give the same date', () => {
    const en = makeChart('price-agreement-longer-view', 'en')!;
    expect(en.subtitle).toMatch(/(agree|differing by up to [\d.]+ percentage points|No date has values from more than one source)/);
    expect(en.subtitle).toMatch(/reference dates and definitions/);
  });
});

describe('the lines of a longer view', () => {
  const point = (key: string, period: string, status: LongerPoint['status'], source = 'handout'): LongerPoint => ({
    key,
    label: key,
    period,
    value: 1,
    origin: source === 'handout' ? 'handout' : 'secondary',
    status,
    source,
    source_doc: '',
    source_line: null,
    source_url: '',
  });

  it('are segments between neighbours of one group, each with the status of its weaker end', () => {
    const pts = [
      point('a', '2010-01', 'read'),
      point('a', '2011-01', 'repaired'),
      point('a', '2012-01', 'read'),
      point('a', '2013-01', 'read'),
      point('a', '2011-06', 'sourced', 'press'),
      point('b', '2010-01', 'read'),
    ];
    const segs = segmentsOf(pts, (p) => `${p.key}|${p.source}`);
    expect(segs.map((s) => [s.a.period, s.b.period, s.status])).toEqual([
      ['2010-01', '2011-01', 'repaired'],
      ['2011-01', '2012-01', 'repaired'],
      ['2012-01', '2013-01', 'read'],
    ]);
  });

  it('carry their status into the SVG, so that as printed a segment to a hidden value is hidden with it', () => {
    for (const id of ['price-agreement-longer-view', 'clinical-labs-longer-view', 'outsourcing-longer-view']) {
      const { svg } = svgOf(id, 'en', 'wide');
      const segs = [...svg.querySelectorAll('g.segment > *')];
      expect(segs.length, id).toBeGreaterThan(0);
      for (const e of segs) {
        expect(e.getAttribute('data-status'), id).toMatch(/^(read|repaired|corrected|sourced)$/);
        // one straight piece: from one value to the next
        expect(e.getAttribute('d'), id).toMatch(/^M[\d.,-]+L[\d.,-]+$/);
      }
    }
  });
});

describe('the outsourcing longer view', () => {
  it('lists the values hidden under other marks below the chart', () => {
    const { svg } = svgOf('outsourcing-longer-view', 'en', 'wide');
    expect(svg.textContent).toMatch(/Values hidden under other marks: /);
    // a year-only period is written as a year, not as the January of it
    expect(svg.textContent).toMatch(/ 2012 \d+(\.\d)?%/);
    expect(svg.textContent).not.toMatch(/Jan 2012/);
    const ja = makeChart('outsourcing-longer-view', 'ja')!;
    // no "0 values from the handout" when the chart draws none of them
    expect(ja.subtitle).not.toMatch(/配布資料の値0点/);
  });
});

describe('legend swatches look like the marks they explain', () => {
  it('a dashed line only where the mark is dashed', () => {
    expect(symbolStyle({ label: 'a', color: '#000', symbol: 'line' }).dash).toBeUndefined();
    expect(symbolStyle({ label: 'a', color: '#000', symbol: 'line', dashed: true }).dash).toBe('4,3');
    const owner = priceAgreementByOwnerChart.make(loadRows('price-agreement-by-owner'), { lang: 'en' });
    expect(owner.legend.find((l) => l.symbol === 'line')?.dashed).toBe(true);
    for (const id of ['price-agreement-longer-view', 'outsourcing-longer-view', 'clinical-labs-longer-view'])
      expect(makeChart(id, 'en')!.legend.every((l) => l.symbol !== 'line')).toBe(true);
  });
});
