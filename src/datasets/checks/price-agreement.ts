/**
 * Checks between the two price-agreement tables of a handout: the owner table's all-hospitals rate equals
 * the facility table's 200床以上 rate in each period both print, and the owners' hospital counts sum to the
 * all-hospitals count.
 */
import { rowsByDoc, type Dataset } from '../../pipeline/dataset.ts';
import type { CrossCheck } from '../../pipeline/reader.ts';
import type { Check, CheckResult } from '../../pipeline/quality.ts';
import { spec as facilitySpec } from '../price-agreement-by-facility/spec.ts';
import { spec as ownerSpec } from '../price-agreement-by-owner/spec.ts';

/** The facility category the owner table covers (its heading: 対象 200床以上の医療機関). */
const OWNER_TABLE_CATEGORY = '200床以上';

function priceAgreementChecks(owner: Dataset | undefined, facility: Dataset | undefined): Check[] {
  const out: Check[] = [];
  const facilityByDoc = rowsByDoc(facility?.rows ?? []);
  for (const [doc, rows] of rowsByDoc(owner?.rows ?? [])) {
    const all = rows.filter((r) => r.keys.owner_no === 0);
    const fac = (facilityByDoc.get(doc) ?? []).filter((r) => r.keys.facility_ja === OWNER_TABLE_CATEGORY);
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
        detail_ja: `設置主体別の病院計：${a ?? '欠損'}（${o.cells.rate_pct!.line}行）、区分別の200床以上：${b ?? '欠損'}（${f.cells.rate_pct!.line}行）`,
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
    let detailJa: string;
    if (total === null) {
      result = 'incomplete';
      detail = 'the all-hospitals count is missing';
      detailJa = '病院計の病院数が欠損';
    } else if (missing.length === 0) {
      result = sum === total ? 'pass' : 'fail';
      detail = `owners sum to ${sum}; all hospitals: ${total}`;
      detailJa = `設置主体の合計${sum}、病院計${total}`;
    } else {
      result = sum > total ? 'fail' : 'incomplete';
      detail = `${known.length} of ${owners.length} owner counts known, summing to ${sum} of ${total} (${total - sum} for ${missing.join('、')})`;
      detailJa = `${owners.length}設置主体のうち${known.length}の病院数が判明し、合計${sum}（病院計${total}。残り${total - sum}は${missing.join('、')}）`;
    }
    out.push({
      id: 'price-agreement-hospital-counts',
      doc,
      title_ja: '設置主体別の病院数の合計が病院計に一致',
      title_en: 'Hospital counts per owner sum to the all-hospitals count',
      result,
      detail,
      detail_ja: detailJa,
      compared: { total, sum, known: known.length, owners: owners.length, missing },
    });
  }
  return out;
}

export const priceAgreementCrossCheck: CrossCheck = {
  datasets: [ownerSpec.id, facilitySpec.id],
  run: (datasets) => priceAgreementChecks(datasets.get(ownerSpec.id), datasets.get(facilitySpec.id)),
};
