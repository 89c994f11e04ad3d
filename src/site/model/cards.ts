/** The social card of each page: a chart's page shows its (first) chart's card, every other page the site's. */
import { t, type Lang } from '../../i18n/index.ts';
import { availableCharts } from './charts.ts';
import { absolute, href } from '../publish/urls.ts';

/** The size of every card: the one the big previews of X, LINE, Slack and Facebook use. */
export const CARD = { width: 1200, height: 630 } as const;

/** The cards of the build: `site`, then every chart's id. */
export function cardIds(): string[] {
  const charts = availableCharts().map((c) => c.id);
  if (charts.includes('site')) throw new Error('a chart may not be called "site": that is the name of the site’s card');
  return ['site', ...charts];
}

export interface Card {
  /** The image's absolute URL, its size and its text alternative. */
  image: string;
  width: number;
  height: number;
  alt: string;
}

/** The card of a page: a chart's (with the chart's title) or the site's. */
export function cardOf(lang: Lang, chart?: { id: string; title: string }): Card {
  const w = t(lang);
  return {
    image: absolute(href(lang, `cards/${chart ? chart.id : 'site'}.png`)),
    ...CARD,
    alt: chart ? w.card.chart(chart.title) : w.card.site(w.site.name),
  };
}
