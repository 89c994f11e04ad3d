/** How clinical-research-cases is shown: a text table with its own list view, no chart. */
import { defineView } from '../view.ts';
import { caseListView } from './list.ts';
import { spec } from './spec.ts';

export const clinicalResearchCasesView = defineView(spec, {
  page: 'clinical-research-cases',
  charts: [],
  list: caseListView,
  describe: (row) => row.case_id,
});
