/** 臨床研究法の対象となる臨床研究等の事例集 (2019 revision) → clinical-research-cases: a text table with its own view. */
import { defineDataset } from '../definition.ts';
import { caseChecks } from './checks.ts';
import { extractClinicalResearchCases } from './extract.ts';
import { spec } from './spec.ts';
import { caseListView } from './view.ts';

export const clinicalResearchCases = defineDataset({
  spec,
  extract: (doc) => extractClinicalResearchCases(doc),
  checks: caseChecks,
  page: 'clinical-research-cases',
  charts: [],
  list: caseListView,
  describe: (row) => row.case_id,
});
