/** Registered clinical laboratories at other dates than the handout's, from cited public sources → clinical-labs-context. */
import type { LabsRow } from '../clinical-labs-totals/spec.ts';
import { handoutPoint, longerViewChart } from '../context/chart.ts';
import { contextDataset, contextSpec, type ContextOptions } from '../context/define.ts';

const KEY = 'registered-laboratories';

const options = {
  id: 'clinical-labs-context',
  page: 'clinical-labs',
  title: 'Registered clinical laboratories at other dates, from public sources',
  title_ja: '衛生検査所数（別の時点、公開資料から）',
  description:
    'The number of registered clinical laboratories (衛生検査所) at dates the handout does not cover, as public sources state it, with their words. Kept apart from the handout’s table.',
  kind: 'count',
  value: { title: 'Clinical laboratories', title_ja: '衛生検査所数', description: 'Number of registered clinical laboratories.' },
  series: { [KEY]: { ja: '衛生検査所数', en: 'Registered clinical laboratories' } },
} satisfies ContextOptions<'clinical-labs-context'>;

export const spec = contextSpec(options);

export const clinicalLabsContext = contextDataset(
  spec,
  options,
  longerViewChart({
    id: 'clinical-labs-longer-view',
    dataset: spec.id,
    keys: [KEY],
    unit: 'count',
    story: { ja: '衛生検査所数', en: 'Registered clinical laboratories' },
    handout: (rowsOf, lang) =>
      (rowsOf('clinical-labs-totals') as LabsRow[])
        .filter((r) => r.labs !== null)
        .map((r) => handoutPoint(KEY, options.series[KEY][lang], r.date, r.labs!, r)),
  }),
);
