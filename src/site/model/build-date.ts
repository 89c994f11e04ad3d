/** The date of this build's data: the commit's date (stable for a commit), for citations and "updated" lines. */
import { execFileSync } from 'node:child_process';

let cached: string | undefined;

export function buildDate(): string {
  if (cached) return cached;
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch) return (cached = new Date(Number(epoch) * 1000).toISOString().slice(0, 10));
  try {
    cached = execFileSync('git', ['log', '-1', '--format=%cs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || 'n.d.';
  } catch {
    cached = 'n.d.';
  }
  return cached;
}
