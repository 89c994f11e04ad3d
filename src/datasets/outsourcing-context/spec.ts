/** Outsourcing rates of a later wave of the survey, from a cited press report → outsourcing-context. */
import type { SeriesNames } from '../../pipeline/context.ts';
import { keyOf } from '../../pipeline/labels.ts';
import { contextSpec, type ContextOptions } from '../context/reader.ts';
import { SERVICES } from '../outsourcing-rates/glossary.ts';

/**
 * The series: the handout's services (its glossary), keyed by their English names (keyOf of service_en), and
 * one service later waves report that the handout does not list. A source that names a service otherwise
 * (患者等給食, 医療機器保守点検) says so in its row's note.
 */
export const SERIES: SeriesNames = {
  ...Object.fromEntries(SERVICES.map((s) => [keyOf(s.en), { ja: s.ja, en: s.en }])),
  'patient-transport': { ja: '患者搬送', en: 'Patient transport' },
};

export const options = {
  id: 'outsourcing-context',
  title: 'Hospital outsourcing rates of later survey waves, from public sources',
  title_ja: '医療関連サービスの委託率（後の調査回、公開資料から）',
  description:
    'Outsourcing rates per service from later waves of the same survey (医療関連サービス実態調査: 2012 and 2018), as public sources state them, with their words. Waves the handout does not have, kept apart from its table.',
  kind: 'rate',
  value: {
    title: 'Outsourcing rate (%)',
    title_ja: '委託率（％）',
    description: 'Share of hospitals that outsource the service, in percent.',
  },
  series: SERIES,
  period: 'year',
} satisfies ContextOptions<'outsourcing-context'>;

export const spec = contextSpec(options);
