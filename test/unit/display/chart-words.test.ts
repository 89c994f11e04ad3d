/**
 * The words of the charts are computed from the rows, and say only what the chart shows: titles state the
 * finding of whatever data they get (the committed data/clean, changed here to other numbers), summaries
 * of bar charts never speak of lines, ties are named as ties, legends list only what is drawn.
 */
import { describe, expect, it } from 'vitest';
import { clinicalLabsChart } from '../../../src/datasets/clinical-labs-totals/chart.ts';
import { outsourcingRespondentsChart } from '../../../src/datasets/outsourcing-rates/chart-respondents.ts';
import { outsourcingTrendsChart } from '../../../src/datasets/outsourcing-rates/chart-trends.ts';
import { priceAgreementByFacilityChart } from '../../../src/datasets/price-agreement-by-facility/chart.ts';
import { priceAgreementByOwnerChart } from '../../../src/datasets/price-agreement-by-owner/chart.ts';
import { t } from '../../../src/i18n/index.ts';
import { loadRows } from '../../../src/site/model/data.ts';
import type { ChartDraft } from '../../../src/display/chart.ts';
import { renderSvg } from '../../../src/site/render/svg.ts';

const ctx = (lang: 'ja' | 'en') => ({ lang });
/** Every text a reader gets from a chart besides its marks. */
const words = (s: ChartDraft) => [s.title, s.subtitle, s.summary, ...s.legend.map((l) => l.label)].join('\n');

describe('chart titles are findings computed from the rows', () => {
  it('clinical labs: rose, fell or stayed, with the first and last totals', () => {
    const rows = loadRows('clinical-labs-totals');
    const rising = rows.map((r, i) => ({ ...r, labs: r.labs === null ? null : 100 + i * 10 }));
    const withValues = rising.filter((r) => r.labs !== null);
    const [first, last] = [withValues[0]!, withValues[withValues.length - 1]!];
    const en = clinicalLabsChart.make(rising, ctx('en'));
    expect(en.title).toBe(
      `Registered clinical laboratories rose from ${first.labs} in ${first.date.slice(0, 4)} to ${last.labs} in ${last.date.slice(0, 4)}`,
    );
    expect(clinicalLabsChart.make(rising, ctx('ja')).title).toContain('増加');
    const falling = rows.map((r, i) => ({ ...r, labs: r.labs === null ? null : 900 - i * 10 }));
    expect(clinicalLabsChart.make(falling, ctx('en')).title).toContain(' fell from ');
    expect(clinicalLabsChart.make(falling, ctx('ja')).title).toContain('減少');
    const none = rows.map((r) => ({ ...r, labs: null }));
    expect(clinicalLabsChart.make(none, ctx('en')).title).toBe('Registered clinical laboratories: no total the handout settles');
  });

  it('price agreement by facility: the lowest and highest categories, totals left out', () => {
    const rows = loadRows('price-agreement-by-facility').map((r, i) => ({ ...r, rate_pct: 40 + i }));
    const plain = rows.filter((r) => !/計/.test(r.facility_ja));
    const spec = priceAgreementByFacilityChart.make(rows, ctx('en'));
    const at = (r: (typeof rows)[number]) => `${(40 + rows.indexOf(r)).toFixed(1)}%`;
    const [low, high] = [plain[0]!, plain[plain.length - 1]!];
    expect(spec.title).toBe(
      `Drug price agreement in ${spec.title.split(' in ')[1]!.split(':')[0]}: from ${at(low)} (${low.facility_en}) to ${at(high)} (${high.facility_en})`,
    );
  });

  it('price agreement by owner: the split title only when some owners agreed almost all and some hardly any', () => {
    const rows = loadRows('price-agreement-by-owner');
    const middling = rows.map((r) => ({ ...r, rate_pct: r.rate_pct === null ? null : 50 + (r.owner_no % 7) }));
    const spec = priceAgreementByOwnerChart.make(middling, ctx('en'));
    expect(spec.title).toMatch(/: from 5\d\.\d% to 5\d\.\d%$/);
    expect(priceAgreementByOwnerChart.make(rows, ctx('en')).title).toMatch(/almost all \(95% or more\) for \d+ owners, under 10% for \d+/);
  });

  it('outsourcing: one service with values is named with its first and last value', () => {
    const rows = loadRows('outsourcing-rates');
    const service = rows[0]!.service_ja;
    const one = rows.map((r) => ({
      ...r,
      rate_pct: r.service_ja === service ? 10 + r.survey_year - 1990 : null,
      status: r.service_ja === service ? ('read' as const) : ('missing' as const),
    }));
    const years = [...new Set(rows.map((r) => r.survey_year))].sort();
    const en = outsourcingTrendsChart.make(one, ctx('en'));
    expect(en.title).toBe(
      `${rows[0]!.service_en}: outsourced by ${(10 + years[0]! - 1990).toFixed(1)}% of hospitals in ${years[0]}, ${(10 + years[years.length - 1]! - 1990).toFixed(1)}% in ${years[years.length - 1]}`,
    );
    const none = rows.map((r) => ({ ...r, rate_pct: null, status: 'missing' as const }));
    expect(outsourcingTrendsChart.make(none, ctx('en')).title).toBe('Outsourcing rates: no value survives in the handout');
  });
});

describe('summaries say what the chart shows', () => {
  const bars = [
    () => clinicalLabsChart.make(loadRows('clinical-labs-totals'), ctx('en')),
    () => outsourcingRespondentsChart.make(loadRows('outsourcing-rates'), ctx('en')),
    () => priceAgreementByFacilityChart.make(loadRows('price-agreement-by-facility'), ctx('en')),
  ];
  const barsJa = [
    () => clinicalLabsChart.make(loadRows('clinical-labs-totals'), ctx('ja')),
    () => outsourcingRespondentsChart.make(loadRows('outsourcing-rates'), ctx('ja')),
    () => priceAgreementByFacilityChart.make(loadRows('price-agreement-by-facility'), ctx('ja')),
  ];

  it('a bar chart never speaks of lines or points', () => {
    for (const make of bars) expect(words(make())).not.toMatch(/\b(lines?|points?|dots?|dashed)\b/i);
    for (const make of barsJa) expect(words(make())).not.toMatch(/線|点/);
  });

  it('a missing value is said to have no bar, and a chart without one does not say so', () => {
    const rows = loadRows('clinical-labs-totals');
    const whole = rows.map((r, i) => ({ ...r, labs: 500 + i }));
    expect(clinicalLabsChart.make(whole, ctx('en')).summary).not.toMatch(/no bar/);
    const gap = whole.map((r, i) => (i === 1 ? { ...r, labs: null } : r));
    const spec = clinicalLabsChart.make(gap, ctx('en'));
    expect(spec.summary).toContain(`${gap[1]!.date.slice(0, 4)} has no bar`);
    expect(spec.summary).toContain(`${gap[1]!.date.slice(0, 4)}: missing`);
  });

  it('tied owners are named together as a tie', () => {
    const rows = loadRows('price-agreement-by-owner');
    const last = [...new Set(rows.map((r) => r.period))].pop()!;
    const owners = [...new Set(rows.filter((r) => r.owner_no !== 0).map((r) => r.owner_no))];
    const [a, b] = [owners[0]!, owners[1]!];
    const tied = rows.map((r) =>
      r.owner_no === 0 || r.period !== last ? r : { ...r, rate_pct: r.owner_no === a || r.owner_no === b ? 99.9 : 20 + (r.owner_no % 50) },
    );
    const name = (no: number) => rows.find((r) => r.owner_no === no)!.owner_en;
    const en = priceAgreementByOwnerChart.make(tied, ctx('en'));
    expect(en.summary).toContain(`the highest is ${name(a)}, ${name(b)} (each 99.9%)`);
    const ja = priceAgreementByOwnerChart.make(tied, ctx('ja'));
    const nameJa = (no: number) => rows.find((r) => r.owner_no === no)!.owner_ja;
    expect(ja.summary).toContain(`最も高いのは${nameJa(a)}・${nameJa(b)}（いずれも99.9%）`);
  });
});

describe('legends list only what the chart draws', () => {
  it('the outsourcing chart shows the handout symbol only when a handout value is drawn', () => {
    const rows = loadRows('outsourcing-rates');
    const sourcedOnly = outsourcingTrendsChart.make(rows, ctx('en'));
    const statuses = new Set(rows.filter((r) => r.rate_pct !== null).map((r) => r.status));
    const label = t('en').legend;
    expect(sourcedOnly.legend.map((l) => l.label)).toEqual([
      ...(['read', 'repaired', 'corrected'].some((s) => statuses.has(s as never)) ? [label.handout] : []),
      ...(statuses.has('sourced') ? [label.sourced] : []),
    ]);
    const service = rows[0]!.service_ja;
    const mixed = rows.map((r) => (r.service_ja === service ? { ...r, rate_pct: 30, status: 'read' as const } : r));
    expect(outsourcingTrendsChart.make(mixed, ctx('en')).legend.map((l) => l.label)).toEqual([label.handout, label.sourced]);
    const none = rows.map((r) => ({ ...r, rate_pct: null, status: 'missing' as const }));
    expect(outsourcingTrendsChart.make(none, ctx('en')).legend).toEqual([]);
  });

  it('the owner chart places an owner without a latest value by its earlier one, and says the value is missing', () => {
    const rows = loadRows('price-agreement-by-owner');
    const periods = [...new Set(rows.map((r) => r.period))];
    const last = periods[periods.length - 1]!;
    // one owner loses its latest value and has the highest earlier one: it is drawn first, its label says so
    const target = rows.find((r) => r.owner_no !== 0)!;
    const changed = rows.map((r) =>
      r.owner_no === target.owner_no
        ? { ...r, rate_pct: r.period === last ? null : 100, status: r.period === last ? ('missing' as const) : r.status }
        : r,
    );
    for (const lang of ['ja', 'en'] as const) {
      const spec = priceAgreementByOwnerChart.make(changed, ctx(lang));
      const svg = renderSvg({ ...spec, source: '' }, { layout: 'narrow' });
      const flat = (x: string) => x.replace(/<[^>]+>/g, '').replace(/[\s\u00a0\u3000]+/g, '');
      const firstLabel = flat(/<text[^>]*data-span="[^"]*"[^>]*>(.*?)<\/text>/s.exec(svg)![1]!);
      const name = lang === 'ja' ? target.owner_ja : target.owner_en;
      expect(firstLabel).toContain(flat(name));
      expect(firstLabel).toMatch(lang === 'ja' ? /は値なし/ : /no.*value/);
      // the table keeps the hospital counts, for every owner and all hospitals
      const counts = spec.itemColumns![0]!.byKey;
      expect(Object.keys(counts).length).toBe(new Set(rows.map((r) => r.owner_no)).size);
      expect(Object.values(counts)).toContain(
        lang === 'ja' ? (target.hospitals?.toLocaleString('ja') ?? '不明') : (target.hospitals?.toLocaleString('en') ?? 'unknown'),
      );
      // taller than a phone's screen: an x-axis at the top and at the foot
      expect((svg.match(/>100%</g) ?? []).length).toBe(2);
    }
  });

  it('the owner chart has a dashed-line entry only when the all-hospitals value exists', () => {
    const rows = loadRows('price-agreement-by-owner');
    expect(priceAgreementByOwnerChart.make(rows, ctx('en')).legend.map((l) => l.label)).toContain('All hospitals (dashed)');
    const noAll = rows.map((r) => (r.owner_no === 0 ? { ...r, rate_pct: null } : r));
    const spec = priceAgreementByOwnerChart.make(noAll, ctx('en'));
    expect(spec.legend.map((l) => l.label)).not.toContain('All hospitals (dashed)');
  });
});
