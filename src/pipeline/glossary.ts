/**
 * Row labels the extractors recognise, with their English names. These are vocabularies of the survey's
 * categories (labels, never values): an OCR'd label is matched to one of them by `matchLabel`.
 */

export interface GlossaryEntry {
  ja: string;
  en: string;
}

/** 医療関連サービス (the outsourcing survey's services). */
export const SERVICES: readonly GlossaryEntry[] = [
  { ja: '寝具類洗濯・賃貸', en: 'Bedding laundry and rental' },
  { ja: '医療廃棄物処理', en: 'Medical waste disposal' },
  { ja: '検体検査', en: 'Specimen (laboratory) testing' },
  { ja: '院内清掃', en: 'Hospital cleaning' },
  { ja: '医療用ガス供給設備保守点検', en: 'Maintenance of medical gas supply systems' },
  { ja: '院内医療機器保守点検・修理', en: 'Maintenance and repair of medical equipment' },
  { ja: '在宅酸素供給装置保守点検', en: 'Maintenance of home oxygen equipment' },
  { ja: '患者給食', en: 'Patient meals' },
  { ja: '医療事務', en: 'Medical clerical work' },
  { ja: '院内情報コンピュータ・システム', en: 'Hospital information systems' },
  { ja: '滅菌・消毒', en: 'Sterilisation and disinfection' },
  { ja: '医業経営コンサルティング', en: 'Hospital management consulting' },
  { ja: '院内物品管理', en: 'Supplies management' },
  { ja: '在宅医療サポート', en: 'Home-care support' },
  { ja: '医療情報サービス', en: 'Medical information services' },
];

/** 医療機関・薬局区分 (price-agreement survey, by facility category). */
export const FACILITIES: readonly GlossaryEntry[] = [
  { ja: '病院（総計）', en: 'Hospitals (total)' },
  { ja: '200床以上', en: 'Hospitals with 200 or more beds' },
  { ja: 'その他', en: 'Other hospitals (under 200 beds)' },
  { ja: '診療所', en: 'Clinics' },
  { ja: '（医療機関 計）', en: '(Medical institutions, subtotal)' },
  { ja: 'チェーン薬局（20店舗以上）', en: 'Chain pharmacies (20 or more stores)' },
  { ja: 'その他の薬局', en: 'Other pharmacies' },
  { ja: '（保険薬局 計）', en: '(Insurance pharmacies, subtotal)' },
  { ja: '総合計', en: 'Grand total' },
];

/** 設置主体 (price-agreement survey, by hospital owner; hospitals with 200 or more beds). */
export const OWNERS: readonly GlossaryEntry[] = [
  { ja: '病院', en: 'All hospitals' },
  { ja: '国（厚生労働省、国立高度専門医療研究センター）', en: 'National: MHLW and national centres for advanced and specialised medical care' },
  { ja: '国（（独）国立病院機構）', en: 'National: National Hospital Organization' },
  { ja: '国（国立大学法人）', en: 'National: national university corporations' },
  { ja: '国（（独）労働者健康福祉機構）', en: 'National: Japan Labour Health and Welfare Organization' },
  { ja: '国（その他）', en: 'National: other' },
  { ja: '都道府県', en: 'Prefectures' },
  { ja: '市町村', en: 'Municipalities' },
  { ja: '地方独立行政法人', en: 'Local incorporated administrative agencies' },
  { ja: '日赤', en: 'Japanese Red Cross Society' },
  { ja: '済生会', en: 'Saiseikai' },
  { ja: '北海道社会事業協会', en: 'Hokkaido Social Work Association' },
  { ja: '厚生連', en: 'Koseiren (agricultural co-operative health federations)' },
  { ja: '全社連', en: 'Zensharen (Japan Social Insurance Association)' },
  { ja: '厚生団', en: 'Koseidan (Welfare Pension Foundation)' },
  { ja: '船員保険会', en: "Seamen's Insurance Association" },
  { ja: '健保組合・その連合会', en: 'Health insurance societies and their federations' },
  { ja: '共済組合・その連合会', en: 'Mutual aid associations and their federations' },
  { ja: '国民健康保険組合', en: 'National health insurance societies' },
  { ja: '公益法人', en: 'Public-interest corporations' },
  { ja: '医療法人', en: 'Medical corporations' },
  { ja: '学校法人', en: 'Educational corporations' },
  { ja: '会社', en: 'Companies' },
  { ja: 'その他の法人', en: 'Other corporations' },
  { ja: '個人', en: 'Individuals' },
];

/** 衛生検査所の推移: the breakdowns (their printed headings end in 別). */
export const LAB_BREAKDOWNS: readonly GlossaryEntry[] = [
  { ja: '経営主体別', en: 'by operator' },
  { ja: '従事者数別', en: 'by number of staff' },
  { ja: '登録検査業務別', en: 'by registered type of test' },
  { ja: '登録検査業務数別', en: 'by number of registered test types' },
];
