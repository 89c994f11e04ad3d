/** Every chart's oEmbed answer, in both languages, against the oEmbed 1.0 spec (test/unit/site/oembed-spec.ts). */
import { describe, expect, it } from 'vitest';
import { CHARTS, makeChart } from '../../../src/site/model/charts.ts';
import { oembed } from '../../../src/site/publish/embed.ts';
import { iframeSize, oembedErrors } from './oembed-spec.ts';

describe('the oEmbed checker', () => {
  const good = { version: '1.0', type: 'rich', html: '<iframe width="10" height="20"></iframe>', width: 10, height: 20 };
  it('passes a minimal rich answer and fails what the spec forbids', () => {
    expect(oembedErrors(good)).toEqual([]);
    expect(oembedErrors({ ...good, version: '2.0' })).toEqual(['version must be "1.0"']);
    expect(oembedErrors({ ...good, width: undefined, html: undefined })).toContain('html must be a non-empty string');
    const { height: _h, ...noHeight } = good;
    expect(oembedErrors(noHeight)).toEqual(['type rich requires height']);
    expect(oembedErrors({ ...good, thumbnail_url: 'https://x.org/a.png' })[0]).toMatch(/come together/);
    expect(oembedErrors({ ...good, thumbnail_url: 'https://x.org/a.png', thumbnail_width: 2, thumbnail_height: 1 })).toEqual([]);
    expect(oembedErrors({ ...good, width: '100%' })).toEqual(['width must be a positive integer']);
    expect(oembedErrors({ ...good, provider_url: '/relative/' })).toEqual(['provider_url must be an absolute http(s) URL']);
    expect(oembedErrors({ ...good, width: 900 }, { maxwidth: 800 })).toEqual(['width exceeds maxwidth']);
    expect(oembedErrors({ version: '1.0', type: 'photo' })).toEqual([
      'type photo requires url',
      'type photo requires width',
      'type photo requires height',
    ]);
    expect(iframeSize(good.html)).toEqual({ width: 10, height: 20 });
  });
});

describe('oembed()', () => {
  for (const c of CHARTS) {
    for (const lang of ['ja', 'en'] as const) {
      it(`${lang} ${c.id}: valid oEmbed 1.0; the snippet's iframe is the answer's width × height`, () => {
        const o = oembed(makeChart(c.id, lang)!, 'https://example.org');
        expect(oembedErrors(o)).toEqual([]);
        expect(iframeSize(o.html)).toEqual({ width: o.width, height: o.height });
        expect(o.thumbnail_url).toBe(`https://example.org/${lang === 'en' ? 'en/' : ''}cards/${c.id}.png`);
      });
    }
  }
});
