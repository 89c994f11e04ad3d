/**
 * Context datasets: the same series at other dates, from cited public sources, kept apart from the
 * handout's tables (`data/supplements/<id>.csv`, one row per value). Every row goes through the checks of a
 * supplement — an http(s) URL, a quote that states the number (full-width digits and `・` as the decimal point
 * read as such), an ISO access date, the value within the column's constraints — and names its source: the
 * publisher, the title and date of publication (or `unknown`), and its kind (`primary`: the ministry or the
 * survey body; `secondary`: press; `tertiary`: encyclopaedias and their copies). No value is computed.
 */
import Papa from 'papaparse';
import { z } from 'zod';
import { isIsoDate, parseFieldNumber, provenance, textKey, valueField, VALUE_KINDS, type AnyField, type Field } from './contract.ts';
import { emptyDataset, type Dataset, type Row } from './dataset.ts';
import { httpUrl, quoteStates } from './fixes.ts';
import { note } from './messages.ts';
import { PipelineError } from './types.ts';

const SOURCE_KINDS = ['primary', 'secondary', 'tertiary'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** The names of a context dataset's series, keyed by their stable ASCII key. */
export type SeriesNames = Record<string, { ja: string; en: string }>;

const COLUMNS = ['series', 'period', 'value', 'url', 'quote', 'accessed', 'publisher', 'title', 'published', 'kind', 'note', 'note_ja'];
/** A period as precise as the source says it: a year (a survey wave), a month or a day. */
const PERIOD = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function sourceField<N extends string>(
  name: N,
  title: string,
  title_ja: string,
  description: string,
  get: (r: Row) => string,
): Field<N, string> {
  return {
    name,
    type: 'string',
    role: 'source',
    of: 'value',
    constraints: { required: true },
    title,
    title_ja,
    description,
    get,
    read: z.string().min(1),
  };
}

/** The columns of a context dataset: series, period, value with its provenance, and the source. */
export function contextFields(
  series: SeriesNames,
  kind: keyof typeof VALUE_KINDS,
  value: { title: string; title_ja: string; description: string },
) {
  return [
    textKey(
      'series',
      { title: 'Series', title_ja: '系列', description: 'A stable ASCII key of the series.' },
      { enum: Object.keys(series), required: true },
    ),
    textKey('series_ja', { title: 'Series (Japanese)', title_ja: '系列名', description: 'The series in Japanese.' }, { required: true }),
    textKey(
      'series_en',
      { title: 'Series (English)', title_ja: '系列名（英語）', description: 'The series in English.' },
      { required: true },
    ),
    textKey(
      'period',
      {
        title: 'Date or period',
        title_ja: '時点',
        description: 'As precise as the source says it: YYYY (a survey wave), YYYY-MM (a month of transactions) or YYYY-MM-DD.',
      },
      { required: true },
    ),
    valueField('value', kind, value),
    ...provenance('value', 'the value'),
    sourceField('source_url', 'Source URL', '出典URL', 'The public page that states the value.', (r) => r.cells.value!.url ?? ''),
    sourceField('source_publisher', 'Publisher', '発行者', 'Who published the source.', (r) => String(r.keys.source_publisher)),
    sourceField('source_title', 'Title', '題名', 'The title of the source, or "unknown".', (r) => String(r.keys.source_title)),
    sourceField('source_published', 'Published', '公開日', 'When the source was published (YYYY-MM-DD), or "unknown".', (r) =>
      String(r.keys.source_published),
    ),
    {
      ...sourceField(
        'source_kind',
        'Kind of source',
        '出典の種類',
        'primary (the ministry or the survey body), secondary (press) or tertiary (encyclopaedias and their copies).',
        (r) => String(r.keys.source_kind),
      ),
      constraints: { required: true, enum: SOURCE_KINDS },
      read: z.enum(SOURCE_KINDS),
    } as Field<'source_kind', SourceKind>,
    sourceField('source_quote', 'Quote', '引用', "The source's own words that state the value.", (r) => r.cells.value!.quote ?? ''),
    {
      ...sourceField('source_accessed', 'Accessed', '参照日', 'When the source was consulted.', (r) => r.cells.value!.accessed ?? ''),
      type: 'date',
    } as Field<'source_accessed', string>,
  ] as const;
}

/** Reads a context dataset's file: one row per value, each checked as a supplement is. */
export function readContext(id: string, text: string, file: string, series: SeriesNames, valueDef: AnyField): Dataset {
  const res = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), {
    header: true,
    skipEmptyLines: true,
  });
  if (res.errors.length) throw new PipelineError(file, `CSV error on row ${res.errors[0]!.row}: ${res.errors[0]!.message}`);
  const columns = res.meta.fields ?? [];
  const missing = COLUMNS.filter((c) => !c.startsWith('note') && !columns.includes(c));
  if (missing.length) throw new PipelineError(file, `the header lacks ${missing.join(', ')} (a context value gives ${COLUMNS.join(', ')})`);
  const extra = columns.filter((c) => !COLUMNS.includes(c) && c !== 'field');
  if (extra.length) throw new PipelineError(file, `unknown column ${extra.join(', ')} (the columns: ${COLUMNS.join(', ')})`);
  const ds = emptyDataset(id);
  const seen = new Set<string>();
  res.data.forEach((r, i) => {
    const where = `row ${i + 2}`;
    const fail = (why: string) => {
      throw new PipelineError(file, `${where}: ${why}`);
    };
    const s = series[r.series ?? ''];
    if (!s) fail(`series "${r.series ?? ''}" is not one of ${Object.keys(series).join(', ')}`);
    const period = (r.period ?? '').trim();
    if (!PERIOD.test(period) || (period.length === 10 && !isIsoDate(period)) || (period.length === 7 && !isIsoDate(`${period}-01`)))
      fail(`period must be YYYY, YYYY-MM or YYYY-MM-DD, not "${period}"`);
    if (seen.has(`${r.series}|${period}`)) fail(`a second value for ${r.series} at ${period}`);
    seen.add(`${r.series}|${period}`);
    const value = parseFieldNumber(valueDef, r.value ?? '');
    if ('problem' in value) return fail(value.problem);
    const url = httpUrl.safeParse(r.url ?? '');
    if (!url.success) fail(`url must be an http or https address, not "${r.url ?? ''}"`);
    const quote = (r.quote ?? '').trim();
    if (!quote) fail("quote is empty; give the source's own words that state the value");
    if (!quoteStates(quote, value.value)) fail(`the quote does not state ${value.value}: "${quote}"`);
    const accessed = (r.accessed ?? '').trim();
    if (!isIsoDate(accessed)) fail(`accessed must be a date YYYY-MM-DD, not "${accessed}"`);
    const published = (r.published ?? '').trim();
    if (published !== 'unknown' && !isIsoDate(published)) fail(`published must be a date YYYY-MM-DD or "unknown", not "${published}"`);
    const kind = (r.kind ?? '').trim();
    if (!(SOURCE_KINDS as readonly string[]).includes(kind)) fail(`kind must be one of ${SOURCE_KINDS.join(', ')}, not "${kind}"`);
    for (const c of ['publisher', 'title'] as const)
      if (!(r[c] ?? '').trim()) fail(`${c} is empty (write "unknown" for a title the source does not show)`);
    if (!r.note !== !r.note_ja) fail('a note is given in both languages (note and note_ja), or not at all');
    ds.rows.push({
      keys: {
        series: r.series!,
        series_ja: s!.ja,
        series_en: s!.en,
        period,
        source_publisher: r.publisher!.trim(),
        source_title: r.title!.trim(),
        source_published: published,
        source_kind: kind,
      },
      cells: {
        value: {
          value: value.value,
          status: 'sourced',
          raw: '',
          rule: 'supplement',
          note: r.note ? note(r.note, r.note_ja!) : note('', ''),
          doc: '',
          line: null,
          url: url.data!,
          quote,
          accessed,
        },
      },
    });
  });
  return ds;
}
