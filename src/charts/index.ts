/** Every chart of the site: its id, its dataset page, and how to make it from data/clean. */
import type { Lang } from '../lib/i18n.ts';
import { loadFacility, loadLabs, loadOutsourcing, loadOwner } from '../lib/load.ts';
import { clinicalLabsChart } from './clinical-labs-totals.ts';
import { outsourcingRespondentsChart } from './outsourcing-respondents.ts';
import { outsourcingTrendsChart } from './outsourcing-trends.ts';
import { priceAgreementByFacilityChart } from './price-agreement-by-facility.ts';
import { priceAgreementByOwnerChart } from './price-agreement-by-owner.ts';
import type { ChartSpec } from './types.ts';

export interface ChartEntry {
  id: string;
  page: string;
  dataset: string;
  make: (lang: Lang, source: string) => ChartSpec | null;
}

export const CHARTS: ChartEntry[] = [
  { id: 'outsourcing-trends', page: 'outsourcing', dataset: 'outsourcing-rates', make: (l, s) => (loadOutsourcing().length ? outsourcingTrendsChart(loadOutsourcing(), l, s) : null) },
  { id: 'outsourcing-respondents', page: 'outsourcing', dataset: 'outsourcing-rates', make: (l, s) => (loadOutsourcing().length ? outsourcingRespondentsChart(loadOutsourcing(), l, s) : null) },
  { id: 'clinical-labs-totals', page: 'clinical-labs', dataset: 'clinical-labs-totals', make: (l, s) => (loadLabs().length ? clinicalLabsChart(loadLabs(), l, s) : null) },
  { id: 'price-agreement-by-owner', page: 'price-agreement', dataset: 'price-agreement-by-owner', make: (l, s) => (loadOwner().length ? priceAgreementByOwnerChart(loadOwner(), l, s) : null) },
  { id: 'price-agreement-by-facility', page: 'price-agreement', dataset: 'price-agreement-by-facility', make: (l, s) => (loadFacility().length ? priceAgreementByFacilityChart(loadFacility(), l, s) : null) },
];
