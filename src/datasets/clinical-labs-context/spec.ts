/** Registered clinical laboratories at other dates than the handout's, from cited public sources → clinical-labs-context. */
import { contextSpec, type ContextOptions } from '../context/reader.ts';

export const KEY = 'registered-laboratories';

export const options = {
  id: 'clinical-labs-context',
  title: 'Registered clinical laboratories at other dates, from public sources',
  title_ja: '衛生検査所数（別の時点、公開資料から）',
  description:
    'The number of registered clinical laboratories (衛生検査所) at dates the handout does not cover, as public sources state it, with their words. Kept apart from the handout’s table.',
  kind: 'count',
  value: { title: 'Clinical laboratories', title_ja: '衛生検査所数', description: 'Number of registered clinical laboratories.' },
  series: { [KEY]: { ja: '衛生検査所数', en: 'Registered clinical laboratories' } },
  period: 'month',
} satisfies ContextOptions<'clinical-labs-context'>;

export const spec = contextSpec(options);
