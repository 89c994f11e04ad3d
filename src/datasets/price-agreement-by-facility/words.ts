/** The words of the price-agreement chart and table by facility category (ja, and en typed by it). */
import { dictionary } from '../../i18n/words.ts';

export const words = dictionary(
  {
    title: (period: string, low: string, lowNames: string[], high: string, highNames: string[]) =>
      `医薬品の価格妥結率（${period}）：${lowNames.join('・')}の${low}から${highNames.join('・')}の${high}まで`,
    titleNone: (period: string) => `医薬品の価格妥結率（${period}）：読み取れる値がない`,
    subtitle: '区分別。取引高（薬価ベース）のうち価格が妥結した割合。濃い棒は計',
    summary: (n: number, values: string[], missing: number) =>
      `${n}区分の妥結率：${values.join('、')}。${missing ? `${missing}区分は値が読めず、棒がない。` : ''}`,
    categoryValue: (name: string, value: string) => `${name} ${value}`,
    tableCaption: (period: string) => `区分別の妥結率（%）、${period}`,
    category: '区分',
    rate: '妥結率',
  },
  {
    title: (period, low, lowNames, high, highNames) =>
      `Drug price agreement in ${period}: from ${low} (${lowNames.join(', ')}) to ${high} (${highNames.join(', ')})`,
    titleNone: (period) => `Drug price agreement in ${period}: no legible value`,
    subtitle: 'By facility category: the share of sales (at NHI prices) whose price was agreed; dark bars are totals',
    summary: (n, values, missing) =>
      `Agreement rates of ${n} categories: ${values.join('; ')}.${missing ? ` ${missing} categories have no legible value and no bar.` : ''}`,
    categoryValue: (name, value) => `${name} ${value}`,
    tableCaption: (period) => `Agreement rate (%) by category, ${period}`,
    category: 'Category',
    rate: 'Rate',
  },
);
