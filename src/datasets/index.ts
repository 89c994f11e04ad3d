/**
 * The registry of datasets: one line per dataset, keyed by its id (the name of its CSV and of its folder).
 * Everything else that is keyed by dataset (the site's pages, the words) is typed by `DatasetId`, so a
 * dataset missing from any of them fails the type check.
 */
import type { CrossCheck } from '../pipeline/reader.ts';
import type { Catalogue } from '../pipeline/run.ts';
import { clinicalLabsContextCheck, outsourcingContextCheck, priceAgreementContextCheck } from './checks/context.ts';
import { priceAgreementCrossCheck } from './checks/price-agreement.ts';
import type { DatasetDefinition } from './definition.ts';
import { clinicalLabsContext } from './clinical-labs-context/index.ts';
import { clinicalLabsTotals } from './clinical-labs-totals/index.ts';
import { clinicalResearchCases } from './clinical-research-cases/index.ts';
import { outsourcingContext } from './outsourcing-context/index.ts';
import { outsourcingRates } from './outsourcing-rates/index.ts';
import { priceAgreementByFacility } from './price-agreement-by-facility/index.ts';
import { priceAgreementByOwner } from './price-agreement-by-owner/index.ts';
import { priceAgreementContext } from './price-agreement-context/index.ts';

/** Each entry's key is its spec's id. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function registry<T extends { [K in keyof T]: DatasetDefinition<any, any> & { spec: { id: K } } }>(datasets: T): T {
  return datasets;
}

/** In the order of the outputs (CSV resources of the datapackage, status tables). */
export const DATASETS = registry({
  'outsourcing-rates': outsourcingRates,
  'clinical-labs-totals': clinicalLabsTotals,
  'price-agreement-by-facility': priceAgreementByFacility,
  'price-agreement-by-owner': priceAgreementByOwner,
  'clinical-research-cases': clinicalResearchCases,
  'outsourcing-context': outsourcingContext,
  'clinical-labs-context': clinicalLabsContext,
  'price-agreement-context': priceAgreementContext,
});

export type DatasetId = keyof typeof DATASETS;
export const DATASET_IDS = Object.keys(DATASETS) as DatasetId[];

/** Checks that compare datasets with each other; each names the datasets it compares. */
export const CROSS_CHECKS: readonly CrossCheck[] = [
  priceAgreementCrossCheck,
  priceAgreementContextCheck,
  clinicalLabsContextCheck,
  outsourcingContextCheck,
];

export function isDatasetId(id: string): id is DatasetId {
  return Object.hasOwn(DATASETS, id);
}

/** What the pipeline runs: every dataset's reader, in registry order, and the cross-dataset checks. */
export const CATALOGUE: Catalogue = { readers: Object.values(DATASETS), crossChecks: CROSS_CHECKS };
