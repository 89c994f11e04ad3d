/**
 * Where a context dataset (values from public sources) and the handout give the same series at the same
 * date, the two are compared, never merged: a check per pair, pass when they agree, fail (both values shown)
 * when they do not.
 */
import { keyOf } from '../../pipeline/labels.ts';
import type { Dataset } from '../../pipeline/dataset.ts';
import type { CrossCheck } from '../../pipeline/reader.ts';
import type { Check } from '../../pipeline/quality.ts';
import { FACILITY_SERIES } from '../price-agreement-context/spec.ts';

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
    for (const h of handout.filter((x) => x.series === r.keys.series && x.period === (r.keys.period_date || r.keys.period))) {
      const agree = h.value === cell.value;
      out.push({
        id: `${contextId}-${String(r.keys.series)}-${h.period}-${h.what}`,
        doc: h.doc,
        title_ja: `公開資料と配布資料の同じ時点の値（${String(r.keys.series_ja)}、${h.period}）`,
        title_en: `A public source and the handout at the same date (${String(r.keys.series_en)}, ${h.period})`,
        result: agree ? 'pass' : 'fail',
        detail: `${cell.source?.publisher ?? ''}: ${cell.value} (${cell.url}); the handout (${h.what}): ${h.value} (line ${h.line})${agree ? '' : ': they differ; both are published, neither overwrites the other'}`,
        detail_ja: `${cell.source?.publisher ?? ''}：${cell.value}（${cell.url}）、配布資料（${h.what}）：${h.value}（${h.line}行）${agree ? '' : '。値が異なる。両方を公開し、一方で他方を上書きしない'}`,
        compared: { source: cell.value, handout: h.value, url: cell.url, line: h.line },
      });
    }
  }
  return out;
}

/**
 * The values a handout dataset read from its document (a sourced supplement is not the handout's), each with
 * the context series and period it stands for; rows `seriesOf` gives no series for are not compared.
 */
function handoutValues(
  dataset: Dataset | undefined,
  what: string,
  cell: string,
  seriesOf: (keys: Record<string, unknown>) => string | undefined,
  periodKey: string,
): HandoutValue[] {
  return (dataset?.rows ?? []).flatMap((r) => {
    const c = r.cells[cell]!;
    const series = seriesOf(r.keys);
    return series === undefined || c.value === null || c.status === 'sourced'
      ? []
      : [{ series, period: String(r.keys[periodKey]), value: c.value, doc: c.doc, line: c.line, what }];
  });
}

export const priceAgreementContextCheck: CrossCheck = {
  datasets: ['price-agreement-context', 'price-agreement-by-facility', 'price-agreement-by-owner'],
  run(datasets) {
    const handout = [
      ...handoutValues(
        datasets.get('price-agreement-by-facility'),
        'price-agreement-by-facility',
        'rate_pct',
        (k) => FACILITY_SERIES[keyOf(String(k.facility_en))],
        'period',
      ),
      ...handoutValues(
        datasets.get('price-agreement-by-owner'),
        'price-agreement-by-owner',
        'rate_pct',
        (k) => (k.owner_no === 0 ? 'hospitals-200-beds' : undefined),
        'period',
      ),
    ];
    return compare('price-agreement-context', datasets.get('price-agreement-context'), handout);
  },
};

export const clinicalLabsContextCheck: CrossCheck = {
  datasets: ['clinical-labs-context', 'clinical-labs-totals'],
  run(datasets) {
    const handout = handoutValues(
      datasets.get('clinical-labs-totals'),
      'clinical-labs-totals',
      'labs',
      () => 'registered-laboratories',
      'date',
    );
    return compare('clinical-labs-context', datasets.get('clinical-labs-context'), handout);
  },
};

export const outsourcingContextCheck: CrossCheck = {
  datasets: ['outsourcing-context', 'outsourcing-rates'],
  run(datasets) {
    const handout = handoutValues(
      datasets.get('outsourcing-rates'),
      'outsourcing-rates',
      'rate_pct',
      (k) => keyOf(String(k.service_en), String(k.service_ja)),
      'survey_year',
    );
    return compare('outsourcing-context', datasets.get('outsourcing-context'), handout);
  },
};
