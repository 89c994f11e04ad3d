/** The words of the outsourcing lead chart: rates by service at the survey's later waves (ja, and en typed by it). */
import { dictionary } from '../../i18n/words.ts';

export const words = dictionary(
  {
    title: (year: number, above: number, services: number) =>
      `病院の医療関連サービス委託率：${year}年度、${services}サービスのうち${above}サービスで9割を超える`,
    titleNone: '病院の医療関連サービス委託率：後の調査回の値はない',
    subtitle: (waves: string) =>
      `外部に委託している病院の割合（%）、サービス別。医療関連サービス振興会の調査（${waves}）の値を、報道・記事が引用したもの。調査回ごとに出典が異なるため、点を線で結ばない`,
    wave: (year: number, publisher: string) => `${year}年度（${publisher}）`,
    waves: (years: number[]) => years.map((y) => `${y}年度`).join('・'),
    point: (year: number, value: string) => `${year}年度 ${value}`,
    serviceValues: (name: string, values: string[]) => `${name}：${values.join('、')}`,
    summary: (n: number, lines: string[], renamed: string) => `${n}サービスの委託率。${lines.join('。')}。${renamed}`,
    renamed: 'サービス名が資料と異なる出典（患者等給食・医療機器保守点検など）は、各値の注記に両方の名称を記載。',
  },
  {
    title: (year, above, services) => `Hospital outsourcing by service: in ${year}, ${above} of ${services} services above 90%`,
    titleNone: 'Hospital outsourcing by service: no values of later waves',
    subtitle: (waves) =>
      `Share of hospitals that outsource each service (%), from the 医療関連サービス振興会 survey (${waves}) as the press and an article cite it. Each wave has its own source, so the dots are not joined`,
    wave: (year, publisher) => `${year} (${publisher})`,
    waves: (years) => years.join(' and '),
    point: (year, value) => `${year}: ${value}`,
    serviceValues: (name, values) => `${name}: ${values.join(', ')}`,
    summary: (n, lines, renamed) => `Outsourcing rates of ${n} services. ${lines.join('. ')}. ${renamed}`,
    renamed:
      'Where a source names a service otherwise than the handout (患者等給食, 医療機器保守点検 …), the value’s note gives both names.',
  },
);
