/**
 * The registry of dataset readers, what the pipeline runs: one line per dataset, keyed by its id (the name of
 * its CSV and of its folder), in the order of the outputs. The site's half of each dataset is registered
 * apart (views.ts), typed by `DatasetId`, so a dataset missing there fails the type check. Nothing imported
 * from here may reach a view, a chart or the dictionaries (test/unit/layers.test.ts).
 */
import type { AnyTableReader, CrossCheck } from '../pipeline/reader.ts';
import type { Catalogue } from '../pipeline/run.ts';
import { clinicalLabsContextCheck, outsourcingContextCheck, priceAgreementContextCheck } from './checks/context.ts';
import { priceAgreementCrossCheck } from './checks/price-agreement.ts';
import { clinicalLabsContext } from './clinical-labs-context/reader.ts';
import { clinicalLabsTotals } from './clinical-labs-totals/reader.ts';
import { clinicalResearchCases } from './clinical-research-cases/reader.ts';
import { outsourcingContext } from './outsourcing-context/reader.ts';
import { outsourcingRates } from './outsourcing-rates/reader.ts';
import { priceAgreementByFacility } from './price-agreement-by-facility/reader.ts';
import { priceAgreementByOwner } from './price-agreement-by-owner/reader.ts';
import { priceAgreementContext } from './price-agreement-context/reader.ts';

/** Each entry's key is its spec's id. */
function registry<T extends { [K in keyof T]: AnyTableReader & { spec: { id: K } } }>(readers: T): T {
  return readers;
}

export const READERS = registry({
  'outsourcing-rates': outsourcingRates,
  'clinical-labs-totals': clinicalLabsTotals,
  'price-agreement-by-facility': priceAgreementByFacility,
  'price-agreement-by-owner': priceAgreementByOwner,
  'clinical-research-cases': clinicalResearchCases,
  'outsourcing-context': outsourcingContext,
  'clinical-labs-context': clinicalLabsContext,
  'price-agreement-context': priceAgreementContext,
});

export type DatasetId = keyof typeof READERS;
export const DATASET_IDS = Object.keys(READERS) as DatasetId[];

/** The spec (the CSV's contract) of a dataset. */
export type SpecOf<K extends DatasetId> = (typeof READERS)[K]['spec'];

/** Checks that compare datasets with each other; each names the datasets it compares. */
const CROSS_CHECKS: readonly CrossCheck[] = [
  priceAgreementCrossCheck,
  priceAgreementContextCheck,
  clinicalLabsContextCheck,
  outsourcingContextCheck,
];

export function isDatasetId(id: string): id is DatasetId {
  return Object.hasOwn(READERS, id);
}

/** What the pipeline runs: every dataset's reader, in registry order, and the cross-dataset checks. */
export const CATALOGUE: Catalogue = { readers: Object.values(READERS), crossChecks: CROSS_CHECKS };
