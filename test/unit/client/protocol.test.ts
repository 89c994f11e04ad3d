/**
 * The browser's code without a browser (src/client/): public/ holds no hand-written script, the height
 * message is one constant both sides use, and the pure parts — parameters, heights, announcements, keys —
 * behave on hostile input.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { searchWords } from '../../../src/client/case-filter.ts';
import { acceptedHeight, frameOrigin, heightMessage } from '../../../src/client/height.ts';
import { unknownNote } from '../../../src/client/highlight.ts';
import { highlightKeys, shown, SHOWN_CHARS, sortParam, unknownThemes, withHighlight, withSort } from '../../../src/client/params.ts';
import {
  EMBED_FRAME_ATTR,
  HEIGHT_MAX,
  HEIGHT_MESSAGE,
  HEIGHT_MIN,
  STATUS_ATTR,
  statusAttrs,
  statusWordsOf,
} from '../../../src/client/protocol.ts';
import { sortRows } from '../../../src/client/sort.ts';
import { tabStep } from '../../../src/client/tabs.ts';
import { step } from '../../../src/client/tooltips.ts';
import { bundleClient, CLIENT_SCRIPTS } from '../../../src/site/publish/client-bundle.ts';
import { snippets } from '../../../src/site/publish/embed.ts';
import { makeChart } from '../../../src/site/model/charts.ts';
import { ROOT } from '../../helpers.ts';

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));

describe('the browser code’s sources', () => {
  it('public/ holds no script (they are bundled from src/client/)', () => {
    expect(walk(join(ROOT, 'public')).filter((f) => /\.[cm]?js$/.test(f))).toEqual([]);
    const tracked = execFileSync('git', ['ls-files', 'public'], { cwd: ROOT, encoding: 'utf8' }).split('\n');
    expect(tracked.filter((f) => /\.[cm]?js$/.test(f))).toEqual([]);
  });

  it('the height message is written once, in src/client/protocol.ts, and both sides’ scripts carry it', async () => {
    const src = join(ROOT, 'src');
    const copies = walk(src)
      .filter((f) => readFileSync(f, 'utf8').includes(HEIGHT_MESSAGE))
      .map((f) => relative(ROOT, f));
    expect(copies).toEqual(['src/client/protocol.ts']);
    for (const path of ['scripts/embed-page.js', 'embed.js'] as const) {
      expect(CLIENT_SCRIPTS[path]).toBeDefined();
      expect((await bundleClient(CLIENT_SCRIPTS[path])).code, path).toContain(JSON.stringify(HEIGHT_MESSAGE));
    }
  });

  it('the host script looks for the attribute the server writes into the responsive snippet', async () => {
    const snippet = snippets(makeChart('clinical-labs-totals', 'en')!, 'https://example.org/').responsive;
    expect(snippet).toContain(` ${EMBED_FRAME_ATTR}>`);
    expect((await bundleClient(CLIENT_SCRIPTS['embed.js'])).code).toContain(EMBED_FRAME_ATTR);
  });

  it('bundles are the same bytes each time, within the 10 KB gzip script budget, and free of paths', async () => {
    for (const entry of Object.values(CLIENT_SCRIPTS)) {
      const [a, b] = await Promise.all([bundleClient(entry), bundleClient(entry)]);
      expect(a.code).toBe(b.code);
      expect(a.code).not.toContain(ROOT);
      expect(gzipSync(a.code).length).toBeLessThanOrEqual(10 * 1024);
    }
  });
});

describe('acceptedHeight', () => {
  it('takes a finite height within bounds, rounded up', () => {
    expect(acceptedHeight(heightMessage('c', 300.2))).toBe(301);
    expect(acceptedHeight(heightMessage('c', HEIGHT_MIN))).toBe(HEIGHT_MIN);
    expect(acceptedHeight(heightMessage('c', HEIGHT_MAX))).toBe(HEIGHT_MAX);
  });
  it.each([NaN, Infinity, -Infinity, -1, 0, HEIGHT_MIN - 0.5, HEIGHT_MAX + 0.5, 1e12])('ignores height %s', (h) => {
    expect(acceptedHeight(heightMessage('c', h))).toBeNull();
  });
  it.each([
    null,
    undefined,
    'mhlw-charts:height',
    300,
    { type: HEIGHT_MESSAGE, height: '300' },
    { type: 'x', height: 300 },
    { height: 300 },
    [300],
  ])('ignores %j', (m) => expect(acceptedHeight(m)).toBeNull());
});

describe('frameOrigin', () => {
  it('resolves a src against the host page', () => {
    expect(frameOrigin('/embed/x/', 'https://host.example/a/b')).toBe('https://host.example');
    expect(frameOrigin('https://site.example:8443/embed/x/', 'https://host.example/')).toBe('https://site.example:8443');
    expect(frameOrigin('//site.example/embed/', 'https://host.example/')).toBe('https://site.example');
  });
  it('gives null for no src or one that is not a URL', () => {
    expect(frameOrigin(null, 'https://host.example/')).toBeNull();
    expect(frameOrigin('', 'https://host.example/')).toBeNull();
    expect(frameOrigin('http://[bad', 'https://host.example/')).toBeNull();
  });
});

describe('URL parameters', () => {
  it('highlight keys: every parameter, split on commas, empty ones dropped, anything else kept as text', () => {
    expect(highlightKeys('?highlight=a,,b&highlight=c')).toEqual(['a', 'b', 'c']);
    expect(highlightKeys('?highlight=%0A')).toEqual(['\n']);
    expect(highlightKeys('?highlight=k%0A,%22%5D,%5C')).toEqual(['k\n', '"]', '\\']);
    expect(highlightKeys('?highlight=%E0%A4%A')).toHaveLength(1);
    expect(highlightKeys('?highlight=&x=1')).toEqual([]);
    expect(highlightKeys('')).toEqual([]);
  });
  it('themes other than light, dark and auto are unknown', () => {
    expect(unknownThemes('?theme=dark&theme=light&theme=auto')).toEqual([]);
    expect(unknownThemes('?theme=Dark&theme=%0A&theme=')).toEqual(['Dark', '\n', '']);
  });
  it('the address keeps the other parameters and the hash, and sets or removes highlight', () => {
    const here = { pathname: '/en/embed/c/', search: '?theme=dark&highlight=%0A', hash: '#x' };
    expect(withHighlight(here, ['a', 'b'])).toBe('/en/embed/c/?theme=dark&highlight=a,b#x');
    expect(withHighlight(here, [])).toBe('/en/embed/c/?theme=dark#x');
    expect(withHighlight({ pathname: '/p/', search: '', hash: '' }, ['a b'])).toBe('/p/?highlight=a%20b');
  });
  it('the sort of a sortable chart is in the address: read back as written, set or removed, the rest kept', () => {
    expect(sortParam('?highlight=a&sort=period%3A2010-09')).toBe('period:2010-09');
    expect(sortParam('?sort=name&sort=x')).toBe('name');
    expect(sortParam('')).toBe('');
    const here = { pathname: '/datasets/price-agreement/', search: '?highlight=a&sort=name', hash: '#chart-x' };
    expect(withSort(here, 'period:2010-09')).toBe('/datasets/price-agreement/?highlight=a&sort=period%3A2010-09#chart-x');
    expect(withSort(here, '')).toBe('/datasets/price-agreement/?highlight=a#chart-x');
    expect(sortParam(new URL(`https://x${withSort({ pathname: '/', search: '', hash: '' }, 'period:2010-12')}`).search)).toBe(
      'period:2010-12',
    );
  });
  it('a value is repeated with its control characters as typed and cut when long', () => {
    expect(shown('a\nb\r\f\u0000\u007f')).toBe('a%0Ab%0D%0C%00%7F');
    expect(Array.from(shown('あ'.repeat(10_000)))).toHaveLength(SHOWN_CHARS + 1);
    expect(unknownNote('Ignored: ', ['\n', '\n', 'x'])).toBe('Ignored: %0A, x');
    expect(unknownNote('Ignored: ', ['1', '2', '3', '4', '5', '6'])).toBe('Ignored: 1, 2, 3, 4, 5, …');
    expect(unknownNote('Ignored: ', [])).toBe('');
  });
});

describe('keys between marks, tabs and rows', () => {
  it('marks: arrows step without wrapping, Home and End jump', () => {
    expect([step('ArrowRight', 4, 5), step('ArrowDown', 0, 5), step('ArrowLeft', 0, 5), step('Home', 3, 5), step('End', 0, 5)]).toEqual([
      4, 1, 0, 0, 4,
    ]);
    expect(step('Enter', 1, 5)).toBeUndefined();
  });
  it('tabs: arrows wrap', () => {
    expect([tabStep('ArrowRight', 2, 3), tabStep('ArrowLeft', 0, 3), tabStep('End', 0, 3), tabStep('Home', 2, 3)]).toEqual([0, 2, 2, 0]);
    expect(tabStep('x', 0, 3)).toBeUndefined();
  });
  it('rows sort by a period’s value (missing last, ties as drawn), by name, or as drawn', () => {
    const rows = [
      { key: 'a', i: 0, name: 'b' },
      { key: 'b', i: 1, name: 'a' },
      { key: 'c', i: 2, name: 'c' },
    ];
    const v = (k: string, p: string) => (p === 'P' ? ({ a: 1, b: NaN, c: 3 } as Record<string, number>)[k]! : NaN);
    expect(sortRows(rows, 'period:P', v, 'en').map((r) => r.key)).toEqual(['c', 'a', 'b']);
    expect(sortRows(rows, 'name', v, 'en').map((r) => r.key)).toEqual(['b', 'a', 'c']);
    expect(sortRows(rows, '', v, 'en').map((r) => r.key)).toEqual(['a', 'b', 'c']);
    expect(sortRows(rows, 'period:%0A', v, 'en').map((r) => r.key)).toEqual(['a', 'b', 'c']);
  });
});

describe('the live region’s words', () => {
  /** An element with just the attributes given (the unit project has no DOM). */
  const element = (attrs: Record<string, string | undefined>) => ({ getAttribute: (n: string) => attrs[n] ?? null }) as unknown as Element;

  it('are read back as the server wrote them, markup and quotes included', () => {
    const words = { on: '強調：', off: '"]<b>', unknown: 'このページにない項目（無視）：' };
    const attrs = statusAttrs(words);
    expect(Object.keys(attrs)).toContain(STATUS_ATTR);
    expect(statusWordsOf(element(attrs))).toEqual(words);
  });
  it.each([
    {},
    { 'data-words': 'not json' },
    { 'data-words': '{"on":"a","off":"b"}' },
    { 'data-words': '{"on":1,"off":"b","unknown":"c"}' },
    { 'data-words': 'null' },
  ])('are null when missing or malformed: %j', (attrs) => expect(statusWordsOf(element(attrs))).toBeNull());
});

describe('case search words', () => {
  it('are lower-cased, blanks (full-width ones too) collapsed', () => {
    expect(searchWords('  Foo\u3000BAR\n baz ')).toEqual(['foo', 'bar', 'baz']);
    expect(searchWords(' \t ')).toEqual([]);
  });
});
