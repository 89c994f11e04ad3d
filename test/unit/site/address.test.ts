/** SITE_URL and BASE_PATH: normalised, or refused with a message naming the setting. */
import { describe, expect, it } from 'vitest';
import { SettingError, LOCAL_SITE, normaliseBase, siteAddress } from '../../../src/site/publish/address.ts';

describe('BASE_PATH', () => {
  it.each([
    ['', '/'],
    ['/', '/'],
    ['mhlw', '/mhlw/'],
    ['/mhlw', '/mhlw/'],
    ['mhlw/', '/mhlw/'],
    ['//mhlw//', '/mhlw/'],
    [' /a/b ', '/a/b/'],
    ['a//b', '/a/b/'],
  ])('%j → %j', (raw, base) => expect(normaliseBase(raw)).toBe(base));

  it.each(['..', '/a/../b', 'a b', '/ä/', '/a?x', '/a#b'])('%j is refused', (raw) => {
    expect(() => normaliseBase(raw)).toThrow(/^BASE_PATH: /);
  });
});

describe('SITE_URL', () => {
  it('without it: localhost, and a warning that names SITE_URL and what it affects', () => {
    const a = siteAddress({});
    expect(a.site).toBe(LOCAL_SITE);
    expect(a.base).toBe('/');
    expect(a.warnings).toHaveLength(1);
    expect(a.warnings[0]).toMatch(/^SITE_URL is not set: canonical .*social cards.*oEmbed.*sitemap.*snippets.*citations/);
  });

  it('a publishing build refuses to run without it', () => {
    expect(() => siteAddress({ PUBLISH: '1' })).toThrow(SettingError);
    expect(() => siteAddress({ PUBLISH: '1' })).toThrow(/^SITE_URL: not set/);
  });

  it.each([
    [{ SITE_URL: 'https://charts.example.org' }, 'https://charts.example.org', '/'],
    [{ SITE_URL: 'https://charts.example.org/' }, 'https://charts.example.org', '/'],
    [{ SITE_URL: 'https://charts.example.org', BASE_PATH: 'mhlw' }, 'https://charts.example.org', '/mhlw/'],
    [{ SITE_URL: 'https://charts.example.org/', BASE_PATH: '/mhlw/' }, 'https://charts.example.org', '/mhlw/'],
    [{ SITE_URL: 'https://example.github.io/mhlw' }, 'https://example.github.io', '/mhlw/'],
    [{ SITE_URL: 'https://example.github.io/mhlw/', BASE_PATH: 'mhlw' }, 'https://example.github.io', '/mhlw/'],
    [{ SITE_URL: 'HTTPS://Charts.Example.org:443' }, 'https://charts.example.org', '/'],
  ])('%j → %s + %s, no warning', (env, site, base) => {
    expect(siteAddress(env)).toEqual({ site, base, warnings: [] });
  });

  it.each([
    [{ SITE_URL: 'charts.example.org' }, /^SITE_URL: "charts.example.org" is not an absolute URL/],
    [{ SITE_URL: 'ftp://example.org' }, /^SITE_URL: .* must start with https:\/\//],
    [{ SITE_URL: 'https://example.org/?x=1' }, /^SITE_URL: .* without a query/],
    [{ SITE_URL: 'https://user:pw@example.org' }, /^SITE_URL: .* credentials/],
    [{ SITE_URL: 'https://example.org/a/', BASE_PATH: '/b/' }, /^SITE_URL: its path \/a\/ differs from BASE_PATH \/b\//],
    [{ SITE_URL: 'https://example.org', BASE_PATH: '../x' }, /^BASE_PATH: /],
  ])('%j is refused', (env, message) => {
    expect(() => siteAddress(env)).toThrow(message);
  });
});
