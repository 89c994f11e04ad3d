/** outsourcing-context on the outsourcing page: the longer view beside the handout's services. */
import { localName } from '../../i18n/index.ts';
import { keyOf } from '../../pipeline/labels.ts';
import { handoutPoint, longerViewChart } from '../context/chart.ts';
import { contextView } from '../context/view.ts';
import type { OutsourcingRow } from '../outsourcing-rates/spec.ts';
import { SERIES, spec } from './spec.ts';

export const outsourcingContextView = contextView(
  spec,
  'outsourcing',
  longerViewChart({
    id: 'outsourcing-longer-view',
    dataset: spec.id,
    draws: ['outsourcing-rates'],
    keys: [
      'patient-meals',
      'bedding-laundry-and-rental',
      'specimen-laboratory-testing',
      'medical-waste-disposal',
      'hospital-cleaning',
      'medical-information-services',
    ],
    unit: 'percent',
    story: { ja: '医療関連サービスの委託率', en: 'Hospital outsourcing rates' },
    // The handout's own series has rates only where public sources gave them (its supplements): drawn as the press values they are.
    handout: (rowsOf, lang) =>
      (rowsOf('outsourcing-rates') as OutsourcingRow[])
        .filter((r) => r.rate_pct !== null && keyOf(r.service_en) in SERIES)
        .map((r) => handoutPoint(keyOf(r.service_en), localName(lang, r.service_ja, r.service_en), String(r.survey_year), r.rate_pct!, r)),
  }),
);
