/**
 * 医療関連サービス (the outsourcing survey's services): the vocabulary of the table's row labels (labels, never values), with English names. An OCR'd
 * label is matched to one of them by `matchLabel`.
 */
import type { GlossaryEntry } from '../../pipeline/labels.ts';

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
