/**
 * The provenance panel's file (`/evidence/<page>.json`, built from the same evidence as the evidence page):
 * what the server writes and the browser reads. Short names keep the file small; each document line is
 * given once.
 */
import type { ReportLabels } from './report.ts';

export interface PanelQuote {
  /** The source's own words, publisher, title, publication date, access date, address, and its kind (primary, secondary or tertiary) in the page's language. */
  words: string;
  publisher: string;
  title: string;
  published: string;
  accessed: string;
  url: string;
  kind: string;
}

export interface PanelValue {
  dataset: string;
  key: string;
  what: string;
  value: string;
  unit: string;
  /** The status in plain words. */
  status: string;
  applied: string;
  raw: string;
  doc: string;
  line: number | null;
  /** The numbers of the lines shown (the value's own is `line`). */
  around: number[];
  quote?: PanelQuote;
  original?: string;
  history?: { version: string; date: string; old: string; new: string; reason: string }[];
}

interface PanelWords {
  dialog: string;
  close: string;
  value: string;
  unit: string;
  what: string;
  status: string;
  ocr: string;
  applied: string;
  none: string;
  evidence: string;
  words: string;
  publisher: string;
  sourceTitle: string;
  /** Said for a publisher, title or date the source does not give. */
  unknown: string;
  published: string;
  accessed: string;
  key: string;
  original: string;
  /** `{line}` stands for the line number. */
  viewer: string;
  history: string;
  missing: string;
  report: string;
  reportCopy: string;
  copy: string;
  copied: string;
  /** `{dataset}` and `{key}` stand for the value's. */
  reportTitle: string;
  fields: ReportLabels;
  more: string;
  /** Between a label and its text (`：` in Japanese). */
  sep: string;
}

export interface PanelData {
  version: string;
  /** Where reports open (a new-issue URL), or null: the panel offers the text to copy. */
  reports: string | null;
  /** The source viewer's address of a document is `${sources}${doc}/`. */
  sources: string;
  /** The evidence page (absolute): a report names the value's anchor on it. */
  page: string;
  words: PanelWords;
  /** The lines shown, per document: line number → text. */
  lines: Record<string, Record<string, string>>;
  values: Record<string, PanelValue>;
}
