/** The words of the price-agreement chart and table by hospital owner (ja, and en typed by it). */
import { formatDate, formatMonthShort } from '../../i18n/dates.ts';
import { dictionary } from '../../i18n/words.ts';

export const words = dictionary(
  {
    titleSplit: (period: string, high: number, low: number) => `${period}の妥結率：ほぼ全額（95%以上）が${high}主体、1割未満が${low}主体`,
    titleRange: (period: string, low: string, high: string) => `${period}の妥結率：設置主体により${low}から${high}まで`,
    titleNone: (period: string) => `${period}の妥結率：読み取れる値がない`,
    subtitle: (periods: string[], last: string) =>
      `200床以上の病院。設置主体別、${last}の高い順（値のない設置主体はそれ以前の値で）。（\u3000）内は病院数。${periods.length > 1 ? `${periods.join('・')}の値を点で示し、点のない期間は値が読めない` : ''}`,
    names: (names: string[]) => names.join('・'),
    ownerValue: (names: string, value: string, tie: boolean) => `${names}（${tie ? 'いずれも' : ''}${value}）`,
    summary: (p: {
      owners: number;
      periods: string[];
      last: string;
      top: string | null;
      bottom: string | null;
      all: string | null;
      missing: number;
      values: number;
    }) =>
      `200床以上の病院の設置主体${p.owners}について、${p.periods.join('・')}の妥結率。${p.last}に最も高いのは${p.top ?? '—'}、最も低いのは${p.bottom ?? '—'}。病院全体は${p.all ?? '欠損'}（破線）。${p.missing ? `${p.values}値のうち${p.missing}値はOCRで読めず、点がない。` : ''}`,
    ownerLabel: (name: string, hospitals: string | null) => `${name}（${hospitals ?? '病院数不明'}）`,
    noLatest: (period: string) => `\u3000${period}は値なし`,
    allHospitals: '病院全体（破線）',
    tableCaption: '設置主体別の妥結率（%）と病院数',
    owner: '設置者',
    number: '番号',
    hospitals: '病院数',
    hospitalsUnknown: '不明',
    /** An owner's hospital count, named in the list of values not read as printed. */
    hospitalsOf: (owner: string) => `${owner}の病院数`,
    periodHead: (iso: string) => formatDate(iso, 'ja'),
  },
  {
    titleSplit: (period, high, low) =>
      `Drug price agreement by hospital owner, ${period}: almost all (95% or more) for ${high} owners, under 10% for ${low}`,
    titleRange: (period, low, high) => `Drug price agreement by hospital owner, ${period}: from ${low} to ${high}`,
    titleNone: (period) => `Drug price agreement by hospital owner, ${period}: no legible value`,
    subtitle: (periods, last) =>
      `Hospitals with 200 or more beds, by owner, sorted by ${last} (an owner without one by its earlier value); hospitals in brackets.${periods.length > 1 ? ` ${periods.join(', ')} as points; a period without a point has no legible value` : ''}`,
    names: (names) => names.join(', '),
    ownerValue: (names, value, tie) => `${names} (${tie ? 'each ' : ''}${value})`,
    summary: (p) =>
      `Agreement rates of ${p.owners} owners of hospitals with 200 or more beds in ${p.periods.join(', ')}. In ${p.last} the highest is ${p.top ?? '—'}, the lowest ${p.bottom ?? '—'}. All hospitals: ${p.all ?? 'missing'} (dashed line).${p.missing ? ` ${p.missing} of ${p.values} values are illegible in the OCR and have no point.` : ''}`,
    ownerLabel: (name, hospitals) => `${name}\u00a0(${hospitals ?? 'hospitals unknown'})`, // the count never alone on a line
    noLatest: (period) => ` — no ${period} value`,
    allHospitals: 'All hospitals (dashed)',
    tableCaption: 'Agreement rate (%) and hospitals by owner',
    owner: 'Owner',
    number: 'No.',
    hospitals: 'Hospitals',
    hospitalsUnknown: 'unknown',
    hospitalsOf: (owner) => `${owner}, hospital count`,
    periodHead: (iso) => formatMonthShort(iso, 'en'),
  },
);
