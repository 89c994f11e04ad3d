/** clinical-labs-context on the clinical-labs page: the longer view beside the handout's totals. */
import type { LabsRow } from '../clinical-labs-totals/spec.ts';
import { handoutPoint, longerViewChart } from '../context/chart.ts';
import { contextView } from '../context/view.ts';
import { KEY, options, spec } from './spec.ts';

export const clinicalLabsContextView = contextView(
  spec,
  'clinical-labs',
  longerViewChart({
    id: 'clinical-labs-longer-view',
    dataset: spec.id,
    draws: ['clinical-labs-totals'],
    keys: [KEY],
    unit: 'count',
    story: { ja: '衛生検査所数', en: 'Registered clinical laboratories' },
    handout: (rowsOf, lang) =>
      (rowsOf('clinical-labs-totals') as LabsRow[])
        .filter((r) => r.labs !== null)
        .map((r) => handoutPoint(KEY, options.series[KEY][lang], r.date, r.labs!, r)),
  }),
);
