/** The site's words in English, typed by the Japanese dictionary: a missing or mistyped string fails the type check. */
import type { Words } from './words.ts';
import type { ja } from './ja.ts';

/** The repair rules by what they repaired, as a reader would say it (the rules themselves: src/pipeline/repair.ts). */
const RULES_EN: Record<string, string> = {
  'full-width-digits': 'full-width digits',
  'percent-sign-stand-in': 'a misread percent sign',
  'decimal-point-stand-in': 'a misread decimal point',
  'letter-for-one': 'a letter read for the digit 1',
  'one-for-decimal-point': 'a decimal point read as the digit 1',
  'circled-digit': 'a circled digit',
  'missing-closing-parenthesis': 'a lost closing parenthesis',
  'closing-parenthesis-as-one': 'a closing parenthesis read as the digit 1',
  'kokuritsu-confusion': 'a misread 国立',
  'one-character-edit': 'a label one character off',
  'truncated-label': 'a label cut at its end',
  correction: 'a reviewed correction',
  supplement: 'a value quoted from a public source',
};

export const en: Words<typeof ja> = {
  site: {
    name: 'MHLW handout data (unofficial)',
    independent: 'An independent site built from handouts of the Ministry of Health, Labour and Welfare; not a ministry site.',
    tagline: 'Statistics from Japanese health-ministry handouts, cleaned from OCR without guessing',
    trust:
      'Every value can be followed back to the line and the text of the handout it was read from. A value OCR did not preserve is not guessed: it is missing, with its raw text kept.',
    skip: 'Skip to content',
    nav: 'Site',
    home: 'Home',
    languageSwitch: '日本語',
    footer:
      'Sources: MHLW handouts (reused under the Government of Japan Standard Terms of Use 2.0, compatible with CC BY 4.0). The cleaned data is CC BY 4.0; the code is MIT-licensed.',
    footerNav: 'About the site',
    about: 'About',
    downloads: 'Downloads',
    changelog: 'Data versions and changes',
    repository: 'Source code',
    report: 'Report an error',
    sentenceEnd: '.',
  },
  status: {
    label: { read: 'read', repaired: 'repaired', corrected: 'corrected', sourced: 'sourced', missing: 'missing' },
    help: {
      read: 'as printed',
      repaired: 'an OCR repair rule with a single valid reading',
      corrected: 'corrected after review',
      sourced: 'absent from the text; quoted from a cited public source',
      missing: 'the text gives no single value; raw text kept',
    },
  },
  legend: { handout: 'value read in the handout', sourced: 'value from a cited public source' },
  value: {
    status: 'status',
    raw: 'raw',
    rule: 'rule',
    ruleName: (rule) =>
      rule
        .split('+')
        .map((r) => RULES_EN[r] ?? r)
        .join(' + '),
    line: 'line',
    sourceLine: 'source line',
    quoted: (text) => `“${text}”`,
    quotedFrom: (publisher, title, published) =>
      `Source: ${publisher}${title === 'unknown' ? '' : `, ‘${title}’`}${published === 'unknown' ? '' : ` (${published})`}`,
    missing: 'missing',
    none: '—',
    head: (label, value) => `${label}: ${value}`,
    provenance: (status, line, raw, rule) => {
      const where = line === null ? 'the document' : `line ${line} of the document`;
      const printed = raw ? `“${raw}”` : '';
      if (status === 'read') return `Read from ${where}${printed ? ` (printed ${printed})` : ''}`;
      if (status === 'repaired') return `Read again from ${printed || 'the text'} on ${where}: ${rule}`;
      if (status === 'corrected') return `Corrected after review from ${printed || 'the text'} on ${where}`;
      if (status === 'missing') return `No single value can be read from ${where}${printed ? ` (printed ${printed})` : ''}`;
      return 'Not in the document: quoted from a public source';
    },
  },
  table: {
    line: 'Source',
    lineLink: (line) => `line ${line}`,
    mostlyMissing: (missing, values) => `${missing} of ${values} values are missing: only the rows with a value are shown.`,
    noValues: (values) => `All ${values} values are missing.`,
    full: (rows) => `The whole table (${rows} rows, with the missing values)`,
  },
  home: {
    datasets: 'Datasets',
    statuses: 'Status of every value',
    qualityLink: 'Cross-table checks and the fragments whose column could not be told',
  },
  dataset: {
    breadcrumb: 'Datasets',
    charts: 'Charts',
    table: 'Data table',
    tableHelp:
      'The last column links each row to the line of the source it was read from; where a row was read from several lines, each value links to its own. A value from a public source links to it. “—” is a missing value.',
    labelsNote: 'Labels from the source are shown in English where a translation exists; the raw text stays Japanese.',
    notes: 'Notes printed in the source (as OCR’d)',
    notesIntro: 'The notes printed with the tables, exactly as the OCR gave them (garbled characters included).',
    quality: 'Data quality',
    sources: 'Sources',
    sourceViewer: 'Source text',
    cite: 'Cite',
    downloads: 'Downloads',
    toTable: 'See the data table',
    version: (version, date) => `Data version ${version}, updated ${date}`,
  },
  quality: {
    title: 'Data quality',
    description: 'The status of every value, the cross-table checks and the fragments whose column could not be told',
    statuses: 'Status of every value',
    checks: 'Cross-table checks',
    checksIntro: 'Where the same number appears in several tables, they are compared. Failed and incomplete checks are shown, not hidden.',
    check: 'Check',
    result: 'Result',
    compared: 'Values compared',
    results: { pass: 'pass', fail: 'fail', incomplete: 'incomplete' },
    fragments: 'Fragments whose column could not be told',
    fragmentsIntro: 'Text that belongs to a table but whose column cannot be told: kept here, not published as values.',
    dataset: 'Dataset',
    raw: 'raw OCR text',
    reason: 'reason or rule',
    source: 'Source',
    labelRepairs: 'Label repairs',
    repairedTo: 'Repaired to',
    rule: 'Rule',
    notRead: 'Values not simply read',
    notReadSummary: (n) => `Values not simply read (${n}): raw text and reason`,
    cell: 'Cell',
    status: 'status',
    value: 'value',
    sourceUrl: 'source URL',
  },
  source: {
    breadcrumb: 'Sources',
    known: 'What is known about this document',
    publisher: 'Issued by',
    date: 'Date',
    type: 'Kind',
    original: 'Original',
    originalUnknown: 'Where the original can be found is not known: this site received only the OCR text.',
    originalAt: 'The original',
    text: 'Text',
    asReceived: (sha) => `As received (OCR errors included). SHA-256: ${sha}`,
    titleNote: 'About the title',
    dateNote: 'About the date',
    licence: 'Terms of use',
    title: (title) => `Source text: ${title}`,
    description: (title) => `The text (OCR) of ${title}, with line numbers`,
    intro: (lines) =>
      `The text exactly as received (${lines} lines), in Japanese. A blue margin marks a line that a published value cites. Each line number links to the line (#L and its number).`,
  },
  export: {
    site: (name, url) => `${name} (cleaned data and charts): ${url}`,
    licence: 'Licence: CC BY 4.0 (the source documents are reused under the Government of Japan Standard Terms of Use 2.0)',
  },
  context: {
    item: 'Series and date',
    value: 'Value',
    source: 'Source',
    kind: 'Kind of source',
    kinds: {
      primary: 'primary source (ministry or survey body)',
      secondary: 'secondary source (press)',
      tertiary: 'tertiary source (encyclopaedia or a copy)',
    },
    legend: {
      handout: "The handout's values",
      primary: 'Primary sources',
      secondary: 'Press reports (secondary)',
      tertiary: 'Encyclopaedias (tertiary)',
    },
    fromHandout: (line) => (line === null ? 'The handout' : `The handout, line ${line}`),
    count: 'laboratories',
    title: (story, from, to) => `${story}: the longer view, ${from}–${to}`,
    titleNone: (story) => `${story}: no values at other dates`,
    subtitle: (handout, sourced) =>
      `${handout ? `${handout} values from the handout (filled), ${sourced} from` : `${sourced} values from`} public sources (hollow). Sources differ in reference dates and definitions: a line joins only values of one series from one source`,
    titleByMonth: (story, from, to) => `${story}, ${from}–${to}: each month of the cycle compared with itself`,
    monthPanel: (month, percent) =>
      `${new Date(Date.UTC(2000, month - 1, 1)).toLocaleDateString('en-GB', { timeZone: 'UTC', month: 'long' })} transactions${percent ? ' (%)' : ''}`,
    byMonth: 'Rates differ widely between months of the cycle: each month has its own panel',
    differ: (dates, gap) =>
      dates
        ? `${dates} dates have values from more than one source, differing by up to ${gap}`
        : 'No date has values from more than one source',
    points: (v) => `${v} percentage points`,
    hiddenNote: (values) => `Values hidden under other marks: ${values.join('; ')}`,
    agree: (dates) => `Where more than one source gives a value for the same date (${dates} dates), they agree`,
    sentenceGap: '. ',
    noteMark: '*',
    headlineNote: (mark, publisher, date, title) => `${mark}${publisher}${date ? ` (${date})` : ''} headlined: “${title}”`,
    seriesValues: (label, points) => `${label}: ${points.join(', ')}`,
    point: (date, value, handout) => `${date} ${value}${handout ? ' (handout)' : ''}`,
    summary: (series) => `${series.join('. ')}.`,
    about:
      "The longer-view charts add values of the same series at other dates, quoted from public sources (primary ones from the ministry or the survey body, the trade press, encyclopaedias), beside the handout's values. Each value is as its source states it, nothing is computed; values from public sources are drawn hollow and are never merged into the handout's tables. Where a source and the handout give the same date, the quality page compares them. Press reports and encyclopaedias are secondary and tertiary sources: trust them less than the handout.",
  },
  chartTools: {
    views: 'Chart views',
    chart: 'Chart',
    table: 'Table',
    download: 'Download',
    tableCaption: (title) => `${title} (the chart's values)`,
    tableHelp: 'Each value links to the line of the source it was read from.',
    highlight: 'Highlight',
    none: '(none)',
    share: 'Share this view',
    copied: 'Link copied',
    highlighted: 'Highlighted: ',
    cleared: 'Nothing highlighted',
    unknown: 'Not on this page (ignored): ',
    sort: 'Sort',
    sortDefault: 'As drawn (highest in the last period first)',
    sortName: 'By name',
    sortPeriod: (period) => `Highest in ${period} first`,
    data: "This chart's data",
    dataForms: {
      csv: 'CSV (UTF-8)',
      'excel-utf8': 'Excel (UTF-8 with BOM)',
      'excel-sjis': 'Excel (Shift_JIS)',
    },
    dataHelp:
      'One row per value the chart draws, missing ones included. Columns: key (a stable ASCII key of the item, the same in both languages and across versions), label, period, value, status, source line.',
    fullDataset: 'The whole dataset as CSV',
    files: 'Pictures',
  },
  embed: {
    backLink: 'Data, sources and downloads',
    title: 'Embed, export, cite',
    responsive: 'Embed code (adjusts its height)',
    plain: 'Embed code (fixed height)',
    copy: 'Copy',
    copied: 'Copied',
    files: 'Files',
    svg: 'SVG (vector, text as outlines: looks the same without our font; Word and PowerPoint import it)',
    png: 'PNG (2,400 px wide, for print)',
    pdf: 'PDF (vector, text selectable, font embedded)',
    preview: 'Preview the embed',
    cite: 'Cite this chart',
    builder: {
      lang: 'Language',
      langs: { ja: 'Japanese', en: 'English' },
      theme: 'Theme',
      themes: { light: 'Light', dark: 'Dark', auto: "Follow the reader's setting" },
      width: 'Width',
      widths: { phone: 'Phone (360 px)', column: 'Column (640 px)', full: (px: number) => `Full width (${px} px)` },
      preview: 'Preview of the embed at the chosen width',
      help: 'The fixed code is exactly as tall as the preview at this width; the responsive code fits any width.',
    },
    help: 'The responsive code loads a small script (under 1 KB) that sets the iframe to the height the chart page reports. Where scripts are not allowed, the chart shows at a default height.',
  },
  downloads: {
    forms: {
      csv: 'CSV (UTF-8): for code, R, pandas and most tools; the published data as is',
      'excel-utf8': 'Excel (UTF-8 with BOM, CRLF): Excel 2016+, Excel for Mac, Google Sheets',
      'excel-sjis': 'Excel (Windows, Shift_JIS/CP932, CRLF): older Excel on Windows that garbles UTF-8',
    },
    size: (size, replaced) => `(${size}${replaced ? `; ${replaced} characters CP932 lacks shown as "?"` : ''})`,
    datapackage: 'the description of every dataset (Frictionless Data Package: column types, ja/en titles, sources, licences)',
    excelNote:
      'In the two Excel forms, text cells that start with =, +, - or @ get a leading apostrophe so that Excel does not run them as formulas. An empty cell is a missing value.',
  },
  cite: {
    page: (site, title, date, sources, url) => `${site}, “${title}” (data of ${date}). Source: ${sources}. ${url}`,
    chart: (site, title, url, accessed, sources) => `${site}, “${title}”, ${url} (accessed ${accessed}). Source: ${sources}.`,
    bibNote: (accessed, sources) => `Accessed ${accessed}. Source: ${sources}`,
    bibLanguage: 'english',
  },
  about: {
    title: 'About this site',
    description: 'Who runs it, what it does and does not do, how values are read and repaired, how to report an error, licences',
    what: 'What this site is',
    whatText:
      'An independent site that turns the statistical tables of handouts of the Ministry of Health, Labour and Welfare (paper documents, scanned and OCR’d into text) into machine-readable tables and charts. It is not run or reviewed by the ministry, and its data are not official statistics.',
    operator: 'Run by',
    operatorUnset: '(not set for this build: SITE_OPERATOR)',
    repository: 'Source code and how the data are made',
    repositoryUnset: '(not set for this build: REPOSITORY_URL)',
    sources: 'The documents it is built from',
    does: 'What it does',
    doesList: [
      'Finds tables in the OCR text by their headings and labels, and reads their values.',
      'Records for every value the line and the text of the document it was read from, and shows that line in the source viewer.',
      'Where a number appears in several tables, checks them against each other and shows every result, failures included.',
      'Publishes CSV files, Excel-ready CSVs and a data package describing every column; charts can be embedded or downloaded.',
    ],
    doesNot: 'What it does not do',
    doesNotList: [
      'It never guesses, interpolates or estimates a value. What cannot be read as one value is missing, with its raw text kept.',
      'A value the document lacks is added only from a public source with its URL and own words (sourced, data/supplements).',
      'It is no substitute for official statistics: check a value against the original.',
      'It is not updated automatically. The data have versions, and every change is in the changelog.',
    ],
    statuses: 'How values are read and repaired',
    statusesIntro: 'Every value has a status. The examples are the first value of each status in this site’s data.',
    exampleIn: (dataset) => `Example (${dataset}): `,
    noExample: 'No value has this status in the current data.',
    exampleOf: (what, value, raw) => `${what}: ${value}${raw ? ` (raw “${raw}”)` : ''}`,
    report: 'Found an error?',
    reportText:
      'Report errors in values, translations or display as an issue in the repository. The place of the value (dataset and row) and the value you read in the original help most.',
    reportUnset: 'No repository to report to is set for this build.',
    licences: 'Licences',
    licencesList: [
      'Source documents: MHLW, reused under the Government of Japan Standard Terms of Use (Version 2.0), compatible with CC BY 4.0.',
      'Cleaned data and charts: CC BY 4.0. Credit the MHLW document by its title, and this site.',
      'Code: MIT licence.',
      'Text in the PNG files: Noto Sans JP (SIL Open Font License).',
    ],
  },
  changelog: {
    title: 'Data versions and changes',
    description: 'Each version of the published data: what changed, with counts',
    intro:
      'The published data (the CSVs and the data package) have versions: a correction raises the patch (1.0.1), new values or datasets the minor (1.1.0), a changed column the major version (2.0.0).',
    current: (version, date) => `Current version: ${version} (${date})`,
    none: 'The data of this build have no version.',
    counts: 'Status of the values in this version',
    dated: (date) => `(${date})`,
    change: (diff) => `Since the previous version: ${diff.join(', ')}`,
    unchanged: 'Status counts as in the previous version',
  },
  catalogue: {
    title: 'Downloads',
    description: 'Every data file: form, encoding, size, rows, licence',
    intro:
      'Every data file of the site. The CSVs are the data as published; the two Excel forms are the same tables made ready for spreadsheets.',
    version: (version, date) => `Data version ${version} (${date})`,
    file: 'File',
    dataset: 'Dataset',
    form: 'Form',
    encoding: 'Encoding',
    size: 'Size',
    rows: 'Rows',
    licence: 'Licence',
    forms: {
      csv: 'CSV',
      'excel-utf8': 'CSV for Excel',
      'excel-sjis': 'CSV for Excel (Windows)',
      datapackage: 'Data package (JSON)',
      quality: 'Quality record (JSON)',
      documents: 'Source documents (JSON)',
      changelog: 'Versions of the data (JSON)',
      text: 'Text of a source document',
    },
    encodings: {
      csv: 'UTF-8, LF',
      'excel-utf8': 'UTF-8 with BOM, CRLF',
      'excel-sjis': 'Shift_JIS (CP932), CRLF',
      json: 'UTF-8',
      text: 'UTF-8, LF',
    },
    all: 'All datasets',
    dataLicence: 'CC BY 4.0',
  },
  notFound: {
    title: 'Page not found',
    text: 'There is no page at this address: it may have moved, or the address may be mistyped.',
    home: 'Home',
    downloads: 'All downloads',
  },
  card: {
    site: (name) => `${name}: data and charts cleaned from handouts of Japan’s health ministry`,
    chart: (title) => `Chart: ${title}`,
  },
  pages: {
    outsourcing: {
      title: 'Hospital outsourcing of medical-related services',
      measures:
        'The share of hospitals that outsource each medical-related service (bedding laundry, specimen testing, patient meals …), per wave of the 医療関連サービス実態調査. In the handout the chart was an image: OCR lost its numbers.',
    },
    'clinical-labs': {
      title: 'Registered clinical laboratories',
      measures:
        "The number of registered clinical laboratories (衛生検査所, which run tests for medical institutions) on 1 January of each year, read from the total column of the handout's breakdowns and checked across them.",
    },
    'price-agreement': {
      title: 'Drug price-agreement rates',
      measures:
        'The share of prescription-drug sales (valued at NHI prices) whose price wholesalers and medical institutions or pharmacies had agreed, from the price-agreement survey (reports of the wholesalers). The owner table covers hospitals with 200 or more beds.',
    },
    'clinical-research-cases': {
      title: 'Which studies the Clinical Trials Act covers: the case examples',
      measures:
        'The official examples of whether a study falls under the Clinical Trials Act: the lists (specified clinical research, clinical research, not covered) with notes, the Q&A they cite, and what the revision changed (the underlined passages of the comparison table).',
    },
  },
};
