/** data/events.yml: events marked on the charts, each with a cited source and its own words; checked when read. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEvents } from '../../../src/pipeline/events.ts';

const event = (over: Record<string, string> = {}) => {
  const f = {
    id: 'a-rule',
    starts: '2014-04',
    datasets: '[price-agreement-context]',
    url: 'https://example.org/rule',
    quote: 'この制度は2014年度に導入された。',
    published: '2015-02',
    kind: 'secondary',
    ...over,
  };
  return `- id: ${f.id}
  starts: ${f.starts}
  datasets: ${f.datasets}
  label: { ja: 規則, en: A rule }
  note: { ja: 破線：規則が始まった。, en: 'Dashed rule: a rule starts.' }
  source:
    url: ${f.url}
    quote: ${f.quote}
    accessed: 2026-12-03
    publisher: 協会
    title: 用語解説
    published: ${f.published}
    kind: ${f.kind}
`;
};
const known = ['price-agreement-context', 'outsourcing-rates'];

describe('parseEvents', () => {
  it('reads each event with its source', () => {
    const [e] = parseEvents(event(), 'events.yml', known);
    expect(e).toMatchObject({ id: 'a-rule', starts: '2014-04', datasets: ['price-agreement-context'] });
    expect(e!.source).toMatchObject({ quote: 'この制度は2014年度に導入された。', kind: 'secondary', published: '2015-02' });
  });

  it('reads an empty file as no events', () => {
    expect(parseEvents('', 'events.yml', known)).toEqual([]);
  });

  it.each([
    [event({ datasets: '[no-such-dataset]' }), /^events.yml: a-rule: no such dataset: no-such-dataset/],
    [event() + event(), /a-rule is listed twice/],
    [event({ starts: '2014-13' }), /starts is YYYY-MM or YYYY-MM-DD/],
    [event({ starts: '2014' }), /0.starts: Expected string/],
    [event({ starts: "'2014-4'" }), /starts is YYYY-MM or YYYY-MM-DD/],
    [event({ url: 'not a url' }), /source.url/],
    [event({ quote: "''" }), /source.quote/],
    [event({ kind: 'hearsay' }), /source.kind/],
    [event({ published: 'last year' }), /published is YYYY-MM, YYYY-MM-DD or unknown/],
    [event({ datasets: '[]' }), /datasets names at least one dataset/],
    [event({ id: 'A Rule' }), /id is lower-case/],
    [event().replace('  label:', '  colour: red\n  label:'), /Unrecognized key/],
    ['- id: [', /not valid YAML/],
  ])('refuses %#', (text, message) => {
    expect(() => parseEvents(text, 'events.yml', known)).toThrow(message);
  });

  it("accepts the project's own file, every quote given", () => {
    const events = parseEvents(readFileSync('data/events.yml', 'utf8'), 'data/events.yml', ['price-agreement-context']);
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.source.quote.length).toBeGreaterThan(20);
  });
});
