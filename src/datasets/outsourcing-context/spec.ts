/** Outsourcing rates of a later wave of the survey, from a cited press report → outsourcing-context. */
import { contextSpec, type ContextOptions } from '../context/reader.ts';

/** The services, keyed as the handout names them in English (keyOf of service_en), and one it does not list. */
export const SERIES = {
  'bedding-laundry-and-rental': { ja: '寝具類洗濯・賃貸', en: 'Bedding laundry and rental' },
  'medical-waste-disposal': { ja: '医療廃棄物処理', en: 'Medical waste disposal' },
  'specimen-laboratory-testing': { ja: '検体検査', en: 'Specimen (laboratory) testing' },
  'maintenance-of-medical-gas-supply-systems': { ja: '医療用ガス供給設備保守点検', en: 'Maintenance of medical gas supply systems' },
  'hospital-cleaning': { ja: '院内清掃', en: 'Hospital cleaning' },
  'maintenance-and-repair-of-medical-equipment': { ja: '院内医療機器保守点検・修理', en: 'Maintenance and repair of medical equipment' },
  'patient-meals': { ja: '患者給食', en: 'Patient meals' },
  'patient-transport': { ja: '患者搬送', en: 'Patient transport' },
  'medical-information-services': { ja: '医療情報サービス', en: 'Medical information services' },
} as const;

export const options = {
  id: 'outsourcing-context',
  title: 'Hospital outsourcing rates of a later survey wave, from a press report',
  title_ja: '医療関連サービスの委託率（後の調査回、報道から）',
  description:
    'Outsourcing rates per service from a later wave of the same survey (医療関連サービス実態調査), as a press report states them, with its words. A wave the handout does not have, kept apart from its table.',
  kind: 'rate',
  value: {
    title: 'Outsourcing rate (%)',
    title_ja: '委託率（％）',
    description: 'Share of hospitals that outsource the service, in percent.',
  },
  series: SERIES,
} satisfies ContextOptions<'outsourcing-context'>;

export const spec = contextSpec(options);
