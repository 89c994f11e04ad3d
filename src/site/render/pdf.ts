/**
 * A chart as a PDF for reports: vector, drawn from the standalone SVG by svg-to-pdfkit into PDFKit, one page
 * the size of the picture (1 SVG unit = 1 pt). Its text stays text (selectable, searchable): Noto Sans JP,
 * regular and bold (the files png.ts rasterises with), embedded as subsets of the glyphs used. The title,
 * the credits, the language and the dates are in the document's information; the dates are the build's
 * (the data's commit), so two builds of a commit give the same bytes.
 */
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { FONT_FILES } from './png.ts';

export interface PdfInfo {
  title: string;
  /** What the document is about (the chart's subtitle) and who made what (the credits). */
  subject: string;
  author: string;
  keywords: string;
  lang: string;
  /** The build's date, `YYYY-MM-DD`: creation and modification dates. */
  date: string;
}

let fonts: { regular: Buffer; bold: Buffer } | undefined;

export function renderPdf(svg: string, info: PdfInfo): Promise<Buffer> {
  fonts ??= { regular: readFileSync(FONT_FILES.regular), bold: readFileSync(FONT_FILES.bold) };
  const m = /viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(svg);
  if (!m) throw new Error('renderPdf: the SVG has no viewBox');
  const [width, height] = [Number(m[1]), Number(m[2])];
  const date = /^\d{4}-\d{2}-\d{2}$/.test(info.date) ? new Date(`${info.date}T00:00:00Z`) : new Date(0);
  const doc = new PDFDocument({
    size: [width, height],
    margin: 0,
    lang: info.lang,
    displayTitle: true,
    info: {
      Title: info.title,
      Subject: info.subject,
      Author: info.author,
      Keywords: info.keywords,
      Creator: info.author,
      CreationDate: date,
      ModDate: date,
    },
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  SVGtoPDF(doc, svg, 0, 0, {
    width,
    height,
    assumePt: true,
    fontCallback: (_family: string, bold: boolean) => (bold ? 'bold' : 'regular'),
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  return new Promise((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
