/**
 * Events that change what a series' values mean — a rule that starts to apply, a new definition — marked on
 * the charts of their datasets (`data/events.yml`, published as events.json). An event is not a value: it
 * enters the data like a supplement does, only with a cited source and the source's own words stating it.
 * The label and the note are this site's words (in both languages); the quote is the source's.
 */
import { parse } from 'yaml';
import { z } from 'zod';
import { isIsoDate } from './contract.ts';
import { PipelineError, SOURCE_KINDS } from './types.ts';

const words = z.object({ ja: z.string().min(1), en: z.string().min(1) }).strict();
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const isMonthOrDay = (s: string) => MONTH.test(s) || isIsoDate(s);

const ChartEventSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'id is lower-case letters, digits and hyphens'),
    /** The month (YYYY-MM) or day from which values are taken under the event. */
    starts: z.string().refine(isMonthOrDay, 'starts is YYYY-MM or YYYY-MM-DD'),
    /** The datasets whose charts mark it. */
    datasets: z.array(z.string().min(1)).min(1, 'datasets names at least one dataset'),
    /** A few words beside the mark on the chart. */
    label: words,
    /** The sentence under the chart: what the event is and what it means for the values. */
    note: words,
    source: z
      .object({
        url: z.string().url(),
        /** The source's own words stating the event, verbatim. */
        quote: z.string().min(1),
        accessed: z.string().refine(isIsoDate, 'accessed is YYYY-MM-DD'),
        publisher: z.string().min(1),
        title: z.string().min(1),
        published: z.string().refine((s) => s === 'unknown' || isMonthOrDay(s), 'published is YYYY-MM, YYYY-MM-DD or unknown'),
        kind: z.enum(SOURCE_KINDS),
      })
      .strict(),
  })
  .strict();
export type ChartEvent = z.infer<typeof ChartEventSchema>;

export const EventsSchema = z.array(ChartEventSchema);

/** The events of a file, checked: each id once, and (given the datasets the pipeline knows) each dataset known. */
export function parseEvents(text: string, file: string, datasets?: readonly string[]): ChartEvent[] {
  let data: unknown;
  try {
    data = parse(text);
  } catch (e) {
    throw new PipelineError(file, `not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  const parsed = EventsSchema.safeParse(data ?? []);
  if (!parsed.success)
    throw new PipelineError(file, parsed.error.issues.map((i) => `${i.path.join('.') || 'top'}: ${i.message}`).join('; '));
  const seen = new Set<string>();
  for (const e of parsed.data) {
    if (seen.has(e.id)) throw new PipelineError(file, `${e.id} is listed twice`);
    seen.add(e.id);
    const unknown = datasets ? e.datasets.filter((d) => !datasets.includes(d)) : [];
    if (unknown.length) throw new PipelineError(file, `${e.id}: no such dataset: ${unknown.join(', ')}`);
  }
  return parsed.data;
}
