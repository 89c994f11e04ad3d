/** Languages of the site: Japanese first, every page also in English. Strings, URLs and number/date formats. */

export type Lang = 'ja' | 'en';
export const LANGS: readonly Lang[] = ['ja', 'en'];

/** The site's base path with a trailing slash (`/` or `/sub/`). */
export function basePath(): string {
  return (import.meta.env.BASE_URL ?? '/').replace(/\/?$/, '/');
}

/** A path of the site in a language: `/datasets/x/` (ja) or `/en/datasets/x/` (en), under the base. */
export function href(lang: Lang, path = ''): string {
  const p = path.replace(/^\//, '');
  return `${basePath()}${lang === 'en' ? 'en/' : ''}${p}`;
}

/** A file under the base path, the same in both languages (downloads, scripts). */
export function asset(path: string): string {
  return `${basePath()}${path.replace(/^\//, '')}`;
}

const LOCALE: Record<Lang, string> = { ja: 'ja-JP', en: 'en-GB' };

export function formatNumber(v: number | null, lang: Lang, decimals = 0): string {
  if (v === null) return lang === 'ja' ? '—' : '—';
  return v.toLocaleString(LOCALE[lang], { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

const ERA_STARTS: [string, number][] = [
  ['令和', 2019],
  ['平成', 1989],
  ['昭和', 1926],
];

function eraYear(year: number): string {
  for (const [name, start] of ERA_STARTS) if (year >= start) return `${name}${year === start ? '元' : year - start + 1}年`;
  return `${year}年`;
}

/** `2010-12` → 平成22年（2010年）12月 / December 2010; `2007-01-01` → 平成19年（2007年）1月1日 / 1 January 2007. */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (lang === 'ja') return `${eraYear(y)}（${y}年）${m ? `${m}月` : ''}${d ? `${d}日` : ''}`;
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  return date.toLocaleDateString('en-GB', { timeZone: 'UTC', year: 'numeric', ...(m ? { month: 'long' } : {}), ...(d ? { day: 'numeric' } : {}) });
}

/** A short month label for charts: `H22.6` style stays Japanese; English gets `Jun 2010`. */
export function formatMonthShort(iso: string, lang: Lang): string {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  if (lang === 'ja') return `${y}年${m}月`;
  return new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString('en-GB', { timeZone: 'UTC', month: 'short', year: 'numeric' });
}

export const STATUS_LABEL: Record<Lang, Record<string, string>> = {
  ja: { read: '読み取り', repaired: '修復', corrected: '訂正', sourced: '外部出典', missing: '欠損' },
  en: { read: 'read', repaired: 'repaired', corrected: 'corrected', sourced: 'sourced', missing: 'missing' },
};

export const STATUS_HELP: Record<Lang, Record<string, string>> = {
  ja: {
    read: '資料に印刷されたとおり',
    repaired: 'OCRの誤りを規則で修復（読み方が一つに定まる場合のみ）',
    corrected: '確認済みの訂正（data/corrections）',
    sourced: '資料にない値を公開情報から引用（data/supplements）',
    missing: '資料から一つの値に読めない。原文を保持',
  },
  en: {
    read: 'as printed',
    repaired: 'an OCR repair rule with a single valid reading',
    corrected: 'a reviewed correction (data/corrections)',
    sourced: 'absent from the text; from a cited public source (data/supplements)',
    missing: 'the text gives no single value; raw text kept',
  },
};

/** UI strings. */
export const T = {
  ja: {
    siteName: '厚生労働省 調査データとグラフ',
    siteTagline: '厚生労働省の配布資料（OCR）から、推測せずに整備した統計データとグラフ',
    trust: '値はすべて、資料の何行目のどの文字列から読んだかをたどれます。OCRで読めない値は推測せず「欠損」とし、原文を残しています。',
    datasets: 'データセット',
    quality: 'データの品質',
    qualitySummary: 'すべての値の状態',
    sources: '出典',
    sourceViewer: '原文',
    language: 'English',
    languageName: 'English',
    skip: '本文へ移動',
    charts: 'グラフ',
    table: 'データ表',
    notes: '資料の注記',
    downloads: 'ダウンロード',
    cite: '引用',
    line: '行',
    raw: 'OCR原文',
    status: '状態',
    reason: '理由・規則',
    value: '値',
    checks: '表どうしの検算',
    fragments: '列を特定できなかった断片',
    labelRepairs: 'ラベルの修復',
    home: 'ホーム',
    missingInChart: '欠損値はグラフ上で空白（線の切れ目）として表示しています。',
  },
  en: {
    siteName: 'MHLW survey charts',
    siteTagline: 'Statistics from Japanese health-ministry handouts, cleaned from OCR without guessing',
    trust: 'Every value can be followed back to the line and the text of the handout it was read from. A value OCR did not preserve is not guessed: it is missing, with its raw text kept.',
    datasets: 'Datasets',
    quality: 'Data quality',
    qualitySummary: 'Status of every value',
    sources: 'Sources',
    sourceViewer: 'Source text',
    language: '日本語',
    languageName: 'Japanese',
    skip: 'Skip to content',
    charts: 'Charts',
    table: 'Data table',
    notes: 'Notes printed in the source',
    downloads: 'Downloads',
    cite: 'Cite',
    line: 'line',
    raw: 'raw OCR text',
    status: 'status',
    reason: 'reason or rule',
    value: 'value',
    checks: 'Cross-table checks',
    fragments: 'Fragments whose column could not be told',
    labelRepairs: 'Label repairs',
    home: 'Home',
    missingInChart: 'Missing values are gaps in the charts (breaks in the lines), never zeros.',
  },
} as const;
