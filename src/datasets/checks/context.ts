/**
 * Where a context dataset (values from public sources) and the handout give the same series at the same
 * date, the two are compared, never merged: a check per pair, pass when they agree, fail (both values shown)
 * when they do not.
 */
import { keyOf } from '../../display/chart.ts';
import type { Dataset } from '../../pipeline/dataset.ts';
import type { CrossCheck } from '../../pipeline/reader.ts';
import type { Check } from '../../pipeline/types.ts';
import { FACILITY_SERIES } from '../price-agreement-context/index.ts';

interface HandoutValue {
  series: string;
  period: string;
  value: number;
  doc: string;
  line: number | null;
  what: string;
}

function compare(contextId: string, context: Dataset | undefined, handout: HandoutValue[]): Check[] {
  const out: Check[] = [];
  for (const r of context?.rows ?? []) {
    const cell = r.cells.value!;
    for (const h of handout.filter((x) => x.series === r.keys.series && x.period === r.keys.period)) {
      const agree = h.value === cell.value;
      out.push({
        id: `${contextId}-${String(r.keys.series)}-${h.period}-${h.what}`,
        doc: h.doc,
        title_ja: `公開資料と配布資料の同じ時点の値（${String(r.keys.series_ja)}、${h.period}）`,
        title_en: `A public source and the handout at the same date (${String(r.keys.series_en)}, ${h.period})`,
        result: agree ? 'pass' : 'fail',
        detail: `${String(r.keys.source_publisher)}: ${cell.value} (${cell.url}); the handout (${h.what}): ${h.value} (line ${h.line})${agree ? '' : ': they differ; both are published, neither overwrites the other'}`,
        detail_ja: `${String(r.keys.source_publisher)}：${cell.value}（${cell.url}）、配布資料（${h.what}）：${h.value}（${h.line}行）${agree ? '' : '。値が異なる。両方を公開し、一方で他方を上書きしない'}`,
        compared: { source: cell.value, handout: h.value, url: cell.url, line: h.line },
      });
    }
  }
  return out;
}

export const priceAgreementContextCheck: CrossCheck = {
  datasets: ['price-agreement-context', 'price-agreement-by-facility', 'price-agreement-by-owner'],
  run(datasets) {
    const handout: HandoutValue[] = [];
    for (const r of datasets.get('price-agreement-by-facility')?.rows ?? []) {
      const series = FACILITY_SERIES[keyOf(String(r.keys.facility_en))];
      const c = r.cells.rate_pct!;
      if (series && c.value !== null)
        handout.push({
          series,
          period: String(r.keys.period),
          value: c.value,
          doc: c.doc,
          line: c.line,
          what: 'price-agreement-by-facility',
        });
    }
    for (const r of datasets.get('price-agreement-by-owner')?.rows ?? []) {
      const c = r.cells.rate_pct!;
      if (r.keys.owner_no === 0 && c.value !== null)
        handout.push({
          series: 'hospitals-200-beds',
          period: String(r.keys.period),
          value: c.value,
          doc: c.doc,
          line: c.line,
          what: 'price-agreement-by-owner',
        });
    }
    return compare('price-agreement-context', datasets.get('price-agreement-context'), handout);
  },
};

export const clinicalLabsContextCheck: CrossCheck = {
  datasets: ['clinical-labs-context', 'clinical-labs-totals'],
  run(datasets) {
    const handout = (datasets.get('clinical-labs-totals')?.rows ?? []).flatMap((r) => {
      const c = r.cells.labs!;
      return c.value === null || c.status === 'sourced'
        ? []
        : [
            {
              series: 'registered-laboratories',
              period: String(r.keys.date),
              value: c.value,
              doc: c.doc,
              line: c.line,
              what: 'clinical-labs-totals',
            },
          ];
    });
    return compare('clinical-labs-context', datasets.get('clinical-labs-context'), handout);
  },
};

export const outsourcingContextCheck: CrossCheck = {
  datasets: ['outsourcing-context', 'outsourcing-rates'],
  run(datasets) {
    const handout = (datasets.get('outsourcing-rates')?.rows ?? []).flatMap((r) => {
      const c = r.cells.rate_pct!;
      return c.value === null || c.status === 'sourced'
        ? []
        : [
            {
              series: keyOf(String(r.keys.service_en), String(r.keys.service_ja)),
              period: String(r.keys.survey_year),
              value: c.value,
              doc: c.doc,
              line: c.line,
              what: 'outsourcing-rates',
            },
          ];
    });
    return compare('outsourcing-context', datasets.get('outsourcing-context'), handout);
  },
};
