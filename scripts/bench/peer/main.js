// The peer of the benchmark: the site's price-agreement-by-owner chart drawn in the browser by Plot, as a
// Datawrapper-style embed or a Plot notebook export would (the whole library shipped to the reader).
import * as Plot from '@observablehq/plot';
import csv from '../../../data/clean/price-agreement-by-owner.csv?raw';
import { csvParse } from 'd3';

const rows = csvParse(csv, (d) => ({ ...d, owner_no: +d.owner_no, rate_pct: d.rate_pct === '' ? null : +d.rate_pct }));
const owners = rows.filter((r) => r.owner_no !== 0);
const last = '2010-12';
const order = [...new Set(owners.map((r) => r.owner_ja))].sort((a, b) => {
  const v = (n) => owners.find((r) => r.owner_ja === n && r.period === last)?.rate_pct ?? -1;
  return v(b) - v(a);
});
document.getElementById('chart').append(
  Plot.plot({
    width: 780,
    height: 70 + order.length * 24,
    marginLeft: 250,
    x: { domain: [0, 100], grid: true, label: '妥結率（%）→' },
    y: { domain: order, label: null },
    color: { legend: true },
    marks: [
      Plot.ruleX(
        rows.filter((r) => r.owner_no === 0 && r.rate_pct !== null),
        { x: 'rate_pct', stroke: 'period', strokeDasharray: '4,3' },
      ),
      Plot.line(owners, { x: 'rate_pct', y: 'owner_ja', z: 'owner_no', stroke: '#999' }),
      Plot.dot(
        owners.filter((r) => r.rate_pct !== null),
        { x: 'rate_pct', y: 'owner_ja', fill: 'period', symbol: 'period', r: 4, title: (r) => `${r.owner_ja} ${r.period}: ${r.rate_pct}%` },
      ),
    ],
  }),
);
