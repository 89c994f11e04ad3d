/** Cross-table checks (DESIGN.md: tables check each other) and per-dataset status counts. */
import { rowDoc, type Dataset } from './dataset.ts';
import { STATUSES, type Status } from './types.ts';

export type CheckResult = 'pass' | 'fail' | 'incomplete';

export interface Check {
  id: string;
  doc: string;
  title_ja: string;
  title_en: string;
  result: CheckResult;
  detail: string;
  compared: Record<string, unknown>;
}

interface TotalCheck {
  date: string;
  value: number | null;
  status: Status;
  candidates: { breakdown: string; value: number; line: number; strength: string; agrees: boolean }[];
}

function labChecks(labs: Dataset | undefined): Check[] {
  const out: Check[] = [];
  const docs = (labs?.meta.breakdowns as { doc: string }[] | undefined)?.map((b) => b.doc) ?? [];
  const totals = (labs?.meta.totals as TotalCheck[] | undefined) ?? [];
  // meta.totals is concatenated in document order; rows carry the document.
  const rows = labs?.rows ?? [];
  totals.forEach((t, idx) => {
    const doc = rows[idx]?.cells.labs?.doc ?? docs[0] ?? '';
    const agree = t.candidates.filter((c) => c.agrees).map((c) => c.breakdown);
    const disagree = t.candidates.filter((c) => !c.agrees);
    const strongDisagree = disagree.filter((c) => c.strength === 'strong');
    const result: CheckResult = t.value === null ? (strongDisagree.length ? 'fail' : 'incomplete') : strongDisagree.length ? 'fail' : 'pass';
    const detail =
      t.value === null
        ? strongDisagree.length
          ? `breakdowns disagree: ${disagree.map((c) => `${c.breakdown} ${c.value} (line ${c.line})`).join(', ')}`
          : `no certain total for ${t.date}${t.candidates.length ? `; unconfirmed: ${t.candidates.map((c) => `${c.breakdown} ${c.value} (line ${c.line})`).join(', ')}` : ''}`
        : `${t.value} printed alike in ${agree.join(', ')}${disagree.length ? `; not counted (a lone value whose column cannot be told): ${disagree.map((c) => `${c.breakdown} ${c.value} (line ${c.line})`).join(', ')}` : ''}`;
    out.push({
      id: `clinical-labs-total-${t.date}`,
      doc,
      title_ja: `衛生検査所数の合計の一致（${t.date}）`,
      title_en: `Clinical-lab total agrees across breakdowns (${t.date})`,
      result,
      detail,
      compared: { value: t.value, candidates: t.candidates },
    });
  });
  return out;
}

function byDoc(ds: Dataset | undefined): Map<string, Dataset['rows']> {
  const out = new Map<string, Dataset['rows']>();
  for (const r of ds?.rows ?? []) {
    const doc = rowDoc(r);
    const list = out.get(doc);
    if (list) list.push(r);
    else out.set(doc, [r]);
  }
  return out;
}

function priceChecks(owner: Dataset | undefined, facility: Dataset | undefined): Check[] {
  const out: Check[] = [];
  const facilityByDoc = byDoc(facility);
  for (const [doc, rows] of byDoc(owner)) {
    const all = rows.filter((r) => r.keys.owner_no === 0);
    const fac = (facilityByDoc.get(doc) ?? []).filter((r) => r.keys.facility_ja === '200床以上');
    for (const f of fac) {
      const o = all.find((r) => r.keys.period === f.keys.period);
      if (!o) continue;
      const a = o.cells.rate_pct!.value;
      const b = f.cells.rate_pct!.value;
      out.push({
        id: `price-agreement-all-hospitals-${f.keys.period}`,
        doc,
        title_ja: `設置主体別の病院計と区分別の200床以上の妥結率の一致（${f.keys.period_ja}）`,
        title_en: `Owner table's all-hospitals rate equals the facility table's 200+ beds rate (${f.keys.period})`,
        result: a === null || b === null ? 'incomplete' : a === b ? 'pass' : 'fail',
        detail: `by owner, all hospitals: ${a ?? 'missing'} (line ${o.cells.rate_pct!.line}); by facility, 200床以上: ${b ?? 'missing'} (line ${f.cells.rate_pct!.line})`,
        compared: { owner_all_hospitals: a, facility_200_beds: b },
      });
    }
    const firstPeriod = all[0]?.keys.period;
    const owners = rows.filter((r) => r.keys.period === firstPeriod && r.keys.owner_no !== 0);
    const total = all[0]?.cells.hospitals?.value ?? null;
    const known = owners.filter((r) => r.cells.hospitals!.value !== null);
    const sum = known.reduce((s, r) => s + r.cells.hospitals!.value!, 0);
    const missing = owners.filter((r) => r.cells.hospitals!.value === null).map((r) => String(r.keys.owner_ja));
    let result: CheckResult;
    let detail: string;
    if (total === null) {
      result = 'incomplete';
      detail = 'the all-hospitals count is missing';
    } else if (missing.length === 0) {
      result = sum === total ? 'pass' : 'fail';
      detail = `owners sum to ${sum}; all hospitals: ${total}`;
    } else {
      result = sum > total ? 'fail' : 'incomplete';
      detail = `${known.length} of ${owners.length} owner counts known, summing to ${sum} of ${total} (${total - sum} for ${missing.join('、')})`;
    }
    out.push({
      id: 'price-agreement-hospital-counts',
      doc,
      title_ja: '設置主体別の病院数の合計が病院計に一致',
      title_en: 'Hospital counts per owner sum to the all-hospitals count',
      result,
      detail,
      compared: { total, sum, known: known.length, owners: owners.length, missing },
    });
  }
  return out;
}

interface CaseCheck {
  doc: string;
  cases: number;
  compared: number;
  mismatches: { case_id: string; revised_list: string; comparison: string }[];
  repairs: { case_id: string; part: string; at: number }[];
  missingInComparison: string[];
}

function caseChecks(ds: Dataset | undefined): Check[] {
  return ((ds?.meta.caseCheck as CaseCheck[] | undefined) ?? []).map((c) => ({
    id: 'clinical-research-cases-two-printings',
    doc: c.doc,
    title_ja: '新旧対照表（改正後）と改正後の事例集で事例の文言が一致',
    title_en: 'Each case reads the same in the comparison table (revised column) and in the revised case list',
    result: c.mismatches.length || c.missingInComparison.length ? 'fail' : 'pass',
    detail: [
      `${c.cases} cases in the revised list, ${c.compared} in the comparison table`,
      ...c.repairs.map((r) => `${r.case_id}: a character doubled at a line break of the ${r.part} dropped`),
      ...c.mismatches.map((m) => `${m.case_id} differs: 事例集 “${m.revised_list}” / 新旧対照表 “${m.comparison}”`),
      ...(c.missingInComparison.length ? [`not in the comparison table: ${c.missingInComparison.join(', ')}`] : []),
    ].join('; '),
    compared: { ...c },
  }));
}

export function runChecks(datasets: Map<string, Dataset>): Check[] {
  return [
    ...caseChecks(datasets.get('clinical-research-cases')),
    ...labChecks(datasets.get('clinical-labs-totals')),
    ...priceChecks(datasets.get('price-agreement-by-owner'), datasets.get('price-agreement-by-facility')),
  ];
}

export type StatusCounts = Record<Status, number>;

/**
 * Counts each value cell once. A secondary value (a hospital count) repeats on each period's row of its
 * owner: it counts once per document and owner, i.e. per row keys other than the period.
 */
export function countStatuses(ds: Dataset, primary: string): Record<string, StatusCounts> {
  const out: Record<string, StatusCounts> = {};
  const seen = new Set<string>();
  for (const r of ds.rows) {
    for (const [field, cell] of Object.entries(r.cells)) {
      if (field !== primary) {
        const { period: _p, period_ja: _pj, ...rest } = r.keys;
        const id = `${field}|${cell.doc}|${JSON.stringify(rest)}`;
        if (seen.has(id)) continue;
        seen.add(id);
      }
      const c = (out[field] ??= Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts);
      c[cell.status] += 1;
    }
  }
  return out;
}
