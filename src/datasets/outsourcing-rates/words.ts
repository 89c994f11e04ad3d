/** The words of the outsourcing charts and table (ja, and en typed by it). */
import { dictionary } from '../../i18n/words.ts';

export const words = dictionary(
  {
    // The chart of the rates that exist.
    trendsTitleOne: (service: string, from: string, fromYear: number, to: string, toYear: number) =>
      `${service}の委託率：${fromYear}年${from} → ${toYear}年${to}`,
    trendsTitleMany: (n: number) => `医療関連サービスの委託率：値のある${n}サービス`,
    trendsTitleNone: '医療関連サービスの委託率：資料には値が残っていない',
    trendsSubtitle: (sourcedOnly: boolean) =>
      sourcedOnly
        ? '資料のグラフは画像で、OCRで委託率が失われた。点は公開情報から引用した値（外部出典）のみ'
        : '病院が外部に委託している割合（%）。点のない調査回は値が不明',
    point: (year: number, value: string) => `${year}年 ${value}`,
    trendsSummary: (p: { shown: string[]; withValues: string[]; without: number; services: number; waves: number }) =>
      `${p.services}サービス×${p.waves}回の調査のうち、値があるのは${p.withValues.join('・')}だけ：${p.shown.join('。')}。資料のグラフは画像で、OCRで委託率が失われたため、残る${p.without}サービスには値がない。点のない調査回は値が不明。`,
    trendsNone: (services: number, waves: number) =>
      `${services}サービス×${waves}回の調査の委託率は、資料のグラフが画像でOCRで失われたため、一つも残っていない。`,
    serviceValues: (name: string, values: string[]) => `${name}は${values.join('、')}`,
    rateAxis: '委託率（%）',
    // The chart of the survey waves.
    respondentsTitle: (min: string, max: string, waves: number) => `医療関連サービス実態調査：${waves}回の調査に${min}〜${max}病院が回答`,
    respondentsSubtitle: '調査回ごとの回答病院数（資料のグラフの凡例から）',
    respondentsSummary: (waves: string[], missing: number) =>
      `回答病院数：${waves.join('、')}。${missing ? `${missing}回は病院数が読めず、棒がない。` : ''}`,
    waveValue: (wave: string, value: string) => `${wave} ${value}病院`,
    wave: (_year: number, ja: string) => ja,
    waveTick: (year: number, ja: string) => `${ja}\n(${year})`,
    waveShort: (year: number) => String(year),
    respondentsAxis: '病院数',
    hospitals: (n: string) => `${n}病院`,
    /** A column head: the wave and the hospitals that answered it. */
    waveHead: (wave: string, hospitals: string) => `${wave}（${hospitals}）`,
    // The table.
    tableCaption: '委託率（%）。列見出しは調査年と回答病院数',
    service: 'サービス',
    tableShown: (shown: number, all: number, missing: number) =>
      `値のある${shown}サービスを示しています（${all}値のうち${missing}値は欠損）。`,
    tableFull: (services: number) => `全${services}サービスの表（欠損を含む）`,
  },
  {
    trendsTitleOne: (service, from, fromYear, to, toYear) =>
      `${service}: outsourced by ${from} of hospitals in ${fromYear}, ${to} in ${toYear}`,
    trendsTitleMany: (n) => `Outsourcing rates: the ${n} services with values`,
    trendsTitleNone: 'Outsourcing rates: no value survives in the handout',
    trendsSubtitle: (sourcedOnly) =>
      sourcedOnly
        ? "The handout's chart was an image and OCR lost its rates; the points are values from cited public sources only"
        : 'Share of hospitals that outsource the service (%); a wave without a point has no known value',
    point: (year, value) => `${value} in ${year}`,
    trendsSummary: (p) =>
      `Of ${p.services} services × ${p.waves} survey waves, only ${p.withValues.join(', ')} has values: ${p.shown.join('; ')}. The handout's chart was an image and OCR lost its rates, so the other ${p.without} services have none. A wave without a point has no known value.`,
    trendsNone: (services, waves) =>
      `None of the rates of ${services} services × ${waves} survey waves survives: the handout's chart was an image and OCR lost them.`,
    serviceValues: (name, values) => `${name}: ${values.join(', ')}`,
    rateAxis: 'Outsourced (%)',
    respondentsTitle: (min, max, waves) => `The outsourcing survey: ${min} to ${max} hospitals answered each of ${waves} waves`,
    respondentsSubtitle: "Hospitals answering each survey wave (from the legend of the handout's chart)",
    respondentsSummary: (waves, missing) =>
      `Hospitals answering: ${waves.join('; ')}.${missing ? ` ${missing} waves have no legible count and no bar.` : ''}`,
    waveValue: (wave, value) => `${wave}: ${value}`,
    wave: (year) => String(year),
    waveTick: (year) => String(year),
    waveShort: (year) => String(year),
    respondentsAxis: 'Hospitals',
    hospitals: (n) => `${n} hospitals`,
    waveHead: (wave, hospitals) => `${wave} (${hospitals})`,
    tableCaption: 'Outsourcing rate (%); columns are survey waves with hospitals answering',
    service: 'Service',
    tableShown: (shown, all, missing) => `The ${shown} services with values are shown (${missing} of ${all} values are missing).`,
    tableFull: (services) => `The table of all ${services} services (with the missing values)`,
  },
);
