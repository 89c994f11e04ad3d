/**
 * Who runs the site and where its code and issues are: SITE_OPERATOR and REPOSITORY_URL from the
 * environment (the deploy workflow sets both from the repository), else package.json's `author` and
 * `repository`. The About page names them, and errors are reported to the repository's issues. A
 * publishing build (PUBLISH=1) refuses to run without a repository: readers must have somewhere to report.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SettingError } from './address.ts';

export interface SiteIdentity {
  /** Who runs this copy of the site, or null when not set. */
  operator: string | null;
  /** The repository's web address (https), or null when not set. */
  repository: string | null;
  /** Where errors are reported: the repository's issues. */
  issues: string | null;
  /**
   * Where a reader's report of a misread value opens, pre-filled with `title` and `body` (REPORT_URL, else
   * the repository's new-issue page on GitHub), or null: the panel then offers the report's text to copy.
   */
  reports: string | null;
  warnings: string[];
}

interface PackageJson {
  author?: string | { name?: string };
  repository?: string | { url?: string };
}

/** `git+https://github.com/o/r.git`, `github:o/r`, `https://github.com/o/r/` → `https://github.com/o/r`. */
export function repositoryUrl(raw: string, name = 'REPOSITORY_URL'): string {
  const s = raw.trim().replace(/^git\+/, '');
  const short = /^github:([\w.-]+\/[\w.-]+)$/.exec(s);
  const url = short ? `https://github.com/${short[1]}` : s;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new SettingError(`${name}: "${raw}" is not the web address of a repository, such as https://github.com/owner/name`);
  }
  if (u.protocol !== 'https:' || u.search || u.hash || u.username)
    throw new SettingError(`${name}: "${raw}" must be an https address of the repository, such as https://github.com/owner/name`);
  return `${u.origin}${u.pathname.replace(/\.git$/, '').replace(/\/+$/, '')}`;
}

export function siteIdentity(env: Record<string, string | undefined>, pkg: PackageJson = {}): SiteIdentity {
  const pkgRepo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const rawRepo = env.REPOSITORY_URL?.trim() || pkgRepo?.trim() || '';
  const repository = rawRepo ? repositoryUrl(rawRepo, env.REPOSITORY_URL?.trim() ? 'REPOSITORY_URL' : 'package.json repository') : null;
  const pkgAuthor = typeof pkg.author === 'string' ? pkg.author : pkg.author?.name;
  // The repository's owner (github.com/<owner>/…) when no one is named.
  const owner = repository ? new URL(repository).pathname.split('/').filter(Boolean)[0] : undefined;
  const operator = env.SITE_OPERATOR?.trim() || pkgAuthor?.trim() || owner || null;
  const warnings: string[] = [];
  if (!repository) {
    if (env.PUBLISH === '1' || env.PUBLISH === 'true')
      throw new SettingError('REPOSITORY_URL: not set (nor "repository" in package.json); a published site says where errors are reported');
    warnings.push(
      'REPOSITORY_URL is not set (nor "repository" in package.json): the About page cannot say who runs the site or where to report errors.',
    );
  }
  const reports = env.REPORT_URL?.trim()
    ? repositoryUrl(env.REPORT_URL, 'REPORT_URL')
    : repository && new URL(repository).hostname === 'github.com'
      ? `${repository}/issues/new`
      : null;
  return { operator, repository, issues: repository ? `${repository}/issues` : null, reports, warnings };
}

let cached: SiteIdentity | undefined;
/** This build's identity (the environment and the project's package.json). */
export function identity(): SiteIdentity {
  return (cached ??= siteIdentity(process.env, JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as PackageJson));
}
