/** The words of the clinical-labs chart and table (ja, and en typed by it). */
import { dictionary } from '../../i18n/words.ts';

export const words = dictionary(
  {
    titleChange: (from: string, fromYear: string, to: string, toYear: string, change: 'fell' | 'rose' | 'same') =>
      change === 'same'
        ? `衛生検査所は${fromYear}年も${toYear}年も${from}か所`
        : `衛生検査所は${fromYear}年の${from}か所から${toYear}年の${to}か所へ${change === 'fell' ? '減少' : '増加'}`,
    titleOne: (value: string, year: string) => `衛生検査所は${year}年1月1日現在${value}か所`,
    titleNone: '衛生検査所数：資料から確定できる合計がない',
    subtitle: (missing: string[]) =>
      `登録衛生検査所の数（各年1月1日現在、内訳表の合計欄の値）${missing.length ? `。${missing.join('・')}年は合計が確定できず棒がない` : ''}`,
    yearValue: (year: string, value: string | null) => `${year}年 ${value === null ? '欠損' : `${value}か所`}`,
    summary: (years: string[], missing: string[]) =>
      `各年1月1日現在の登録衛生検査所数：${years.join('、')}。${missing.length ? `${missing.join('・')}年はOCRで表が崩れ、内訳表から合計を確定できないため棒がない。` : ''}`,
    axis: 'か所',
    tableCaption: '衛生検査所数（各年1月1日現在）',
    date: '日付',
    labs: '検査所数',
    confirmedBy: '合計を印刷している内訳表',
  },
  {
    titleChange: (from, fromYear, to, toYear, change) =>
      change === 'same'
        ? `Registered clinical laboratories: ${from} in ${fromYear} and in ${toYear}`
        : `Registered clinical laboratories ${change} from ${from} in ${fromYear} to ${to} in ${toYear}`,
    titleOne: (value, year) => `Registered clinical laboratories: ${value} on 1 January ${year}`,
    titleNone: 'Registered clinical laboratories: no total the handout settles',
    subtitle: (missing) =>
      `Registered clinical laboratories on 1 January, from the total column of the breakdowns${missing.length ? `; ${missing.join(', ')} has no bar: its total is not settled` : ''}`,
    yearValue: (year, value) => `${year}: ${value === null ? 'missing' : value}`,
    summary: (years, missing) =>
      `Registered clinical laboratories on 1 January: ${years.join('; ')}.${missing.length ? ` ${missing.join(', ')} has no bar: the OCR'd table does not settle its total.` : ''}`,
    axis: 'Laboratories',
    tableCaption: 'Registered clinical laboratories on 1 January',
    date: 'Date',
    labs: 'Laboratories',
    confirmedBy: 'Breakdowns printing this total',
  },
);
