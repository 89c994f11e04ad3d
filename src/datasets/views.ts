/**
 * The registry of dataset views, what the site shows: one line per dataset of the readers' registry
 * (readers.ts). Typed by `DatasetId`: a dataset without a view, or a view of another dataset's columns,
 * fails the type check.
 */
import { clinicalLabsContextView } from './clinical-labs-context/view.ts';
import { clinicalLabsTotalsView } from './clinical-labs-totals/view.ts';
import { clinicalResearchCasesView } from './clinical-research-cases/view.ts';
import { outsourcingContextView } from './outsourcing-context/view.ts';
import { outsourcingRatesView } from './outsourcing-rates/view.ts';
import { priceAgreementByFacilityView } from './price-agreement-by-facility/view.ts';
import { priceAgreementByOwnerView } from './price-agreement-by-owner/view.ts';
import { priceAgreementContextView } from './price-agreement-context/view.ts';
import type { DatasetId, SpecOf } from './readers.ts';
import type { DatasetView } from './view.ts';

export const VIEWS: { readonly [K in DatasetId]: DatasetView<SpecOf<K>> } = {
  'outsourcing-rates': outsourcingRatesView,
  'clinical-labs-totals': clinicalLabsTotalsView,
  'price-agreement-by-facility': priceAgreementByFacilityView,
  'price-agreement-by-owner': priceAgreementByOwnerView,
  'clinical-research-cases': clinicalResearchCasesView,
  'outsourcing-context': outsourcingContextView,
  'clinical-labs-context': clinicalLabsContextView,
  'price-agreement-context': priceAgreementContextView,
};
