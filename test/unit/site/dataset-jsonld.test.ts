/**
 * schema.org Dataset data of every dataset page, checked against what Google's Dataset Search requires
 * (name; description of 50–5000 characters) and recommends (license, creator, temporalCoverage,
 * spatialCoverage, distribution with encodingFormat and contentUrl, isBasedOn, version, keywords,
 * variableMeasured, url, isAccessibleForFree). https://developers.google.com/search/docs/appearance/structured-data/dataset
 */
import { describe, expect, it } from 'vitest';
import { availablePages } from '../../../src/site/model/dataset-pages.ts';
import { datasetJsonLd, jsonLdText } from '../../../src/site/publish/dataset-jsonld.ts';
import { downloads } from '../../../src/site/publish/downloads.ts';
import { xlsxName } from '../../../src/site/publish/files.ts';

const pages = availablePages().flatMap((p) => (['ja', 'en'] as const).map((lang) => [p.id, lang, p] as const));
const absolute = (u: unknown) => typeof u === 'string' && /^https?:\/\/[^\s]+$/.test(u);

describe('Dataset JSON-LD', () => {
  it.each(pages)('%s (%s): the required and recommended properties, well formed', (_, lang, page) => {
    const d = JSON.parse(jsonLdText(datasetJsonLd(page, lang))) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(d['@context']).toBe('https://schema.org/');
    expect(d['@type']).toBe('Dataset');
    expect(typeof d.name).toBe('string');
    expect(d.description.length).toBeGreaterThanOrEqual(50);
    expect(d.description.length).toBeLessThanOrEqual(5000);
    expect(d.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(d.creator['@type']).toBe('Organization');
    expect(d.creator.name).toBeTruthy();
    expect(absolute(d.url)).toBe(true);
    expect(d.temporalCoverage).toMatch(/^\d{4}(-\d{2}){0,2}(\/\d{4}(-\d{2}){0,2})?$/);
    const [from, to] = String(d.temporalCoverage).split('/');
    if (to) expect(from! <= to).toBe(true);
    expect(d.spatialCoverage['@type']).toBe('Place');
    expect(d.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(d.keywords.length).toBeGreaterThan(2);
    expect(d.variableMeasured.length).toBeGreaterThan(0);
    // every file of the page's datasets, each with its format and an address that is a published file
    const published = new Set([...downloads().map((x) => x.file), ...page.datasets.map((id) => xlsxName(id, lang))]);
    expect(d.distribution.length).toBe(page.datasets.length * 4);
    // the CSV for Excel on Windows says its encoding
    const formats = d.distribution.map((x: { encodingFormat: string }) => x.encodingFormat);
    expect(formats.filter((f: string) => f.endsWith('windows-31j')).length).toBe(page.datasets.length);
    for (const dist of d.distribution) {
      expect(dist['@type']).toBe('DataDownload');
      expect(dist.encodingFormat).toMatch(
        /^(text\/csv; charset=(utf-8|windows-31j)|application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet)$/,
      );
      expect(absolute(dist.contentUrl)).toBe(true);
      expect(published.has(String(dist.contentUrl).split('/downloads/')[1] ?? '')).toBe(true);
    }
    expect(d.isBasedOn.length).toBeGreaterThan(0);
    for (const s of d.isBasedOn) {
      expect(s['@type']).toBe('CreativeWork');
      expect(s.name).toBeTruthy();
      expect(s.author.name).toBeTruthy();
    }
  });

  it('no text can close its element', () => {
    expect(jsonLdText({ name: '</script><script>alert(1)</script>' })).not.toContain('<');
    expect(JSON.parse(jsonLdText({ name: '</script>' })).name).toBe('</script>');
  });
});
