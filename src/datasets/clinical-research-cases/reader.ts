/** 臨床研究法の対象となる臨床研究等の事例集 (2019 revision) → clinical-research-cases. */
import { defineReader } from '../reader.ts';
import { caseChecks } from './checks.ts';
import { extractClinicalResearchCases } from './extract.ts';
import { spec } from './spec.ts';

export const clinicalResearchCases = defineReader({
  spec,
  extract: (doc) => extractClinicalResearchCases(doc),
  checks: caseChecks,
});
