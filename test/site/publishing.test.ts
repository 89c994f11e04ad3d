/**
 * Ready to publish: the address comes from SITE_URL and BASE_PATH (normalised), every page has a social
 * card whose image is in the build, a 404 page, About pages linked from every page, a downloads catalogue
 * of every file, and the data's version on the dataset pages. Reads dist/ (test/builds.ts `main`: built
 * without SITE_URL, whose warning is read here) and the fixture site (`fixture`: built for
 * https://charts.example.org/ with BASE_PATH=mhlw and a repository URL).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteAddress } from '../../src/site/publish/address.ts';
import { run, type Built } from '../builds.ts';
import { built } from '../built.ts';
import { DIST, parseHeaders } from '../e2e/browser.ts';
import { ROOT } from '../helpers.ts';
import { attrs, fileOf, pages, read, urlOf, walk } from './dist-helpers.ts';
import { FIXTURE_ENV, REPOSITORY, SITE } from './fixture-site.ts';

let fixture: Built;
let slashed: string;
let localBuild: Built['build'];

beforeAll(async () => {
  fixture = await built('fixture');
  slashed = fixture.out;
  localBuild = (await built('main')).build;
});

const meta = (html: string, key: string): string | undefined =>
  new RegExp(`<meta (?:property|name)="${key.replace(/[:]/g, '\\$&')}" content="([^"]*)"`).exec(html)?.[1]?.replace(/&amp;/g, '&');

describe('the address', () => {
  it('a build for https://charts.example.org under /mhlw/ has no localhost anywhere, and does not warn about SITE_URL', () => {
    const hits = walk(slashed).filter((f) => readFileSync(f).toString('latin1').includes('localhost'));
    expect(hits.map((f) => relative(slashed, f))).toEqual([]);
    expect(fixture.build.stderr + fixture.build.stdout).not.toContain('SITE_URL');
    const home = read(join(slashed, 'index.html'));
    expect(home).toContain(`<link rel="canonical" href="${SITE}/mhlw/">`);
    expect(meta(home, 'og:url')).toBe(`${SITE}/mhlw/`);
    expect(read(join(slashed, 'sitemap.xml'))).toContain(`<loc>${SITE}/mhlw/datasets/outsourcing/</loc>`);
    expect(read(join(slashed, 'robots.txt'))).toContain(`Sitemap: ${SITE}/mhlw/sitemap.xml`);
    const oembed = JSON.parse(read(join(slashed, 'oembed/outsourcing-trends.json'))) as Record<string, string>;
    expect(oembed.provider_url).toBe(`${SITE}/mhlw/`);
    expect(oembed.html).toContain(`src="${SITE}/mhlw/embed/outsourcing-trends/"`);
  });

  // The fixture site is built with the settings spelled BASE_PATH=mhlw and SITE_URL=https://charts.example.org/;
  // the test above reads /mhlw/ and https://charts.example.org in what it built.
  it('BASE_PATH=mhlw and SITE_URL with a trailing slash build the very same site as BASE_PATH=/mhlw/', () => {
    expect(FIXTURE_ENV).toMatchObject({ SITE_URL: `${SITE}/`, BASE_PATH: 'mhlw' });
    expect(siteAddress(FIXTURE_ENV)).toEqual(siteAddress({ ...FIXTURE_ENV, SITE_URL: SITE, BASE_PATH: '/mhlw/' }));
    // and the build reads the two settings nowhere but through siteAddress, so the same address is the same site
    const sources = walk(join(ROOT, 'src'))
      .filter((f) => /\.(ts|mjs|astro)$/.test(f))
      .concat(join(ROOT, 'astro.config.mjs'));
    const readers = sources.filter((f) => /\b(SITE_URL|BASE_PATH)\b/.test(read(f).replace(/\/\*[^]*?\*\/|(^|\s)\/\/.*/g, '')));
    expect(readers.map((f) => relative(ROOT, f))).toEqual(
      sources.filter((f) => read(f).includes('export function siteAddress')).map((f) => relative(ROOT, f)),
    );
    // and the security headers match the paths under the base, including the files at its top
    const rules = parseHeaders(read(join(slashed, '_headers'))).map((r) => r.source);
    for (const p of ['/mhlw/*', '/mhlw/embed.js', '/mhlw/favicon.svg', '/mhlw/sitemap.xml', '/mhlw/robots.txt']) expect(rules).toContain(p);
    expect(rules.filter((p) => !p.startsWith('/mhlw/'))).toEqual([]);
  });

  it('a build without SITE_URL says so once, naming SITE_URL and what it affects', () => {
    const warnings = (localBuild.stderr + localBuild.stdout).split('\n').filter((l) => l.includes('SITE_URL'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^warning: SITE_URL is not set: canonical .*oEmbed.*sitemap.*citations/);
    expect(read(join(DIST, 'index.html'))).toContain('<link rel="canonical" href="http://localhost:4321/">');
  });

  it('a publishing build refuses to run without SITE_URL, before touching any data', async () => {
    const tsx = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
    const env = { ...process.env, PUBLISH: '1', SITE_URL: '', REPOSITORY_URL: 'https://github.com/o/r' };
    const r = await run(process.execPath, [tsx, 'scripts/build.ts', '--quiet'], { cwd: ROOT, env });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^SITE_URL: not set; a publishing build \(PUBLISH=1\)/m);
    const bad = await run(process.execPath, [tsx, 'scripts/build.ts', '--quiet'], {
      cwd: ROOT,
      env: { ...env, SITE_URL: 'https://x.org', BASE_PATH: '/a/../b/' },
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^BASE_PATH: "\/a\/..\/b\/" is not a path/m);
  });
});

const all = pages(DIST);
const isEmbed = (file: string) => urlOf(DIST, file).match(/^\/(en\/)?embed\//);

describe('social cards', () => {
  it.each(all.filter((f) => !isEmbed(f)).map((f) => [urlOf(DIST, f), f]))(
    '%s has the full card, with an image in the build',
    (url, file) => {
      const html = read(file);
      for (const key of ['og:title', 'og:description', 'og:image', 'og:image:alt', 'og:locale', 'og:locale:alternate'])
        expect(meta(html, key), key).toMatch(/\S/);
      expect(meta(html, 'twitter:card')).toBe('summary_large_image');
      expect(meta(html, 'og:image:width')).toBe('1200');
      expect(meta(html, 'og:image:height')).toBe('630');
      expect(meta(html, 'og:locale')).toBe(url.startsWith('/en/') ? 'en_US' : 'ja_JP');
      // the 404 page is served at any missing address: it has no address of its own to give
      if (url !== '/404.html') expect(meta(html, 'og:url')).toBe(new URL(url, 'http://localhost:4321').href);
      const image = new URL(meta(html, 'og:image')!);
      expect(image.origin).toBe('http://localhost:4321');
      const png = fileOf(DIST, image.pathname);
      expect(png, image.pathname).not.toBeNull();
      const bytes = readFileSync(png!);
      expect(bytes.subarray(1, 4).toString()).toBe('PNG');
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
    },
  );

  it("a dataset page's card is its first chart; other pages have the site card", () => {
    for (const [page, prefix] of [
      ['datasets/price-agreement/index.html', ''],
      ['en/datasets/price-agreement/index.html', 'en/'],
    ] as const) {
      const html = read(join(DIST, page));
      const first = /<figure class="chart" id="chart-([^"]+)"/.exec(html)?.[1];
      expect(first).toBeTruthy();
      expect(meta(html, 'og:image')).toBe(`http://localhost:4321/${prefix}cards/${first}.png`);
    }
    expect(meta(read(join(DIST, 'about/index.html')), 'og:image')).toBe('http://localhost:4321/cards/site.png');
  });
});

describe('pages of a published site', () => {
  it('404.html: both languages, each with links back', () => {
    const html = read(join(DIST, '404.html'));
    expect(html).toMatch(/<h1[^>]*>ページが見つかりません<\/h1>/);
    expect(html).toMatch(/<section lang="en"[^>]*>\s*<h2[^>]*>Page not found<\/h2>/);
    for (const h of ['/', '/en/', '/about/', '/en/about/', '/downloads/', '/en/downloads/']) expect(attrs(html, 'a', 'href')).toContain(h);
    expect(html).toContain('<meta name="robots" content="noindex">');
  });

  it('every page but the embeds links the About page of its language, and both About pages exist', () => {
    for (const about of ['about/index.html', 'en/about/index.html']) expect(read(join(DIST, about))).toMatch(/<h1[^>]*>/);
    const missing = all
      .filter((f) => !isEmbed(f))
      .filter((f) => !attrs(read(f), 'a', 'href').includes(urlOf(DIST, f).startsWith('/en/') ? '/en/about/' : '/about/'))
      .map((f) => urlOf(DIST, f));
    expect(missing).toEqual([]);
  });

  it('the About page says the site is independent, and how to report an error', () => {
    const ja = read(join(DIST, 'about/index.html'));
    const en = read(join(DIST, 'en/about/index.html'));
    expect(ja).toContain('厚生労働省が運営・監修するものではなく');
    expect(en).toContain('It is not run or reviewed by the ministry');
    for (const status of ['read', 'repaired', 'corrected', 'sourced', 'missing'])
      expect(en).toMatch(new RegExp(`<dt> <span class="st st-${status}">${status}</span>`));
    // with a repository set, the issues are where errors are reported
    expect(attrs(read(join(slashed, 'en/about/index.html')), 'a', 'href')).toContain(`${REPOSITORY}/issues`);
  });

  it('the downloads catalogue links every file of dist/downloads/, with its size and rows, in both languages', () => {
    const files = readdirSync(join(DIST, 'downloads')).filter((f) => f !== 'index.html');
    expect(files.length).toBeGreaterThan(10);
    for (const page of ['downloads/index.html', 'en/downloads/index.html']) {
      const links = attrs(read(join(DIST, page)), 'a', 'href');
      for (const f of files) expect(links, `${page} → ${f}`).toContain(`/downloads/${f}`);
    }
    const datapackage = JSON.parse(read(join(DIST, 'downloads/datapackage.json'))) as { version: string };
    expect(read(join(DIST, 'en/downloads/index.html'))).toContain(`Data version ${datapackage.version}`);
  });

  it('the downloads catalogue is a page; the files are attachments', () => {
    const headers = parseHeaders(read(join(DIST, '_headers')));
    const rule = (p: string) => Object.fromEntries(headers.find((r) => r.source === p)?.headers ?? []);
    expect(rule('/downloads/outsourcing-rates.csv')['Content-Disposition']).toBe('attachment; filename="outsourcing-rates.csv"');
    // no rule makes the catalogue page itself a download
    const onCatalogue = headers.filter((r) => r.pattern.test('/downloads/')).flatMap((r) => r.headers.map(([k]) => k));
    expect(onCatalogue).not.toContain('Content-Disposition');
  });

  it("the datapackage's version and date are shown on every dataset page, and the changelog page has it", () => {
    const datapackage = JSON.parse(read(join(ROOT, 'data/clean/datapackage.json'))) as { version: string; created: string };
    expect(datapackage.version).toMatch(/^\d+\.\d+\.\d+$/);
    // the date as each language writes it (2026年12月3日, 3 December 2026)
    const [y, m, d] = datapackage.created.slice(0, 10).split('-').map(Number) as [number, number, number];
    const month = new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', { timeZone: 'UTC', month: 'long' });
    for (const f of all.filter((f) => /\/datasets\/[^/]+\/index\.html$/.test(f))) {
      const html = read(f);
      expect(html, urlOf(DIST, f)).toContain(
        urlOf(DIST, f).startsWith('/en/')
          ? `Data version ${datapackage.version}, updated ${d} ${month} ${y}`
          : `データ版 ${datapackage.version}（${y}年${m}月${d}日更新）`,
      );
    }
    expect(read(join(DIST, 'changelog/index.html'))).toContain(datapackage.version);
    expect(read(join(DIST, 'en/changelog/index.html'))).toContain(datapackage.version);
  });

  it('the source viewer says what is known about the original', () => {
    const en = read(join(DIST, 'en/sources/mhlw-2011-keizaika-handout/index.html'));
    expect(en).toContain('What is known about this document');
    expect(en).toContain('Where the original can be found is not known');
    expect(en).toMatch(/As received \(OCR errors included\)\. SHA-256: [0-9a-f]{64}/);
    expect(en).toMatch(/the title is this project(&#39;|')s description/);
    const ja = read(join(DIST, 'sources/mhlw-2011-keizaika-handout/index.html'));
    expect(ja).toContain('本プロジェクトが資料の内容から付けた説明');
  });
});
