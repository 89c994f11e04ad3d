/** Who runs the site and where errors are reported: the environment, else package.json, else a warning. */
import { describe, expect, it } from 'vitest';
import { repositoryUrl, siteIdentity } from '../../../src/site/publish/identity.ts';

describe('site identity', () => {
  it('takes the repository and operator from the environment first', () => {
    const id = siteIdentity(
      { REPOSITORY_URL: 'https://github.com/someone/mhlw-charts', SITE_OPERATOR: 'Someone' },
      { repository: 'github:other/repo', author: 'Other' },
    );
    expect(id).toEqual({
      operator: 'Someone',
      repository: 'https://github.com/someone/mhlw-charts',
      issues: 'https://github.com/someone/mhlw-charts/issues',
      reports: 'https://github.com/someone/mhlw-charts/issues/new',
      warnings: [],
    });
  });

  it('falls back to package.json, and names the repository owner when no one is named', () => {
    expect(siteIdentity({}, { repository: { url: 'git+https://github.com/o/r.git' }, author: { name: 'A. Person' } })).toMatchObject({
      operator: 'A. Person',
      repository: 'https://github.com/o/r',
    });
    expect(siteIdentity({}, { repository: 'github:o/r' }).operator).toBe('o');
  });

  it('without a repository: a warning, and a publishing build refuses', () => {
    const id = siteIdentity({}, {});
    expect(id.repository).toBeNull();
    expect(id.issues).toBeNull();
    expect(id.warnings.join()).toMatch(/^REPOSITORY_URL is not set/);
    expect(() => siteIdentity({ PUBLISH: '1' }, {})).toThrow(/^REPOSITORY_URL: not set/);
  });

  it.each([
    ['https://github.com/o/r/', 'https://github.com/o/r'],
    ['git+https://github.com/o/r.git', 'https://github.com/o/r'],
    ['github:o/r', 'https://github.com/o/r'],
  ])('%s → %s', (raw, url) => expect(repositoryUrl(raw)).toBe(url));

  it.each(['not a url', 'http://github.com/o/r', 'https://user@github.com/o/r', 'javascript:alert(1)'])('%s is refused', (raw) => {
    expect(() => repositoryUrl(raw)).toThrow(/^REPOSITORY_URL: /);
  });
});
