// Measures the JavaScript a first visit downloads before anything is clicked: the entry script and the
// chunks index.html preloads. Lazily loaded pages and charts are not counted. Fails above the budget.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 350;
const dist = new URL('../dist/', import.meta.url).pathname;
const indexHtml = join(dist, 'index.html');
if (!existsSync(indexHtml)) {
  console.error('dist/index.html is missing: run `npm run build` first.');
  process.exit(1);
}

const html = readFileSync(indexHtml, 'utf8');
const scripts = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g)].map(
  (match) => match[1],
);
let total = 0;
for (const src of new Set(scripts)) {
  const bytes = gzipSync(readFileSync(join(dist, src.replace(/^\//, '')))).length;
  total += bytes;
  console.log(`${(bytes / 1000).toFixed(1).padStart(8)} kB  ${src}`);
}
const totalKb = total / 1000;
console.log(`${totalKb.toFixed(1).padStart(8)} kB  initial JavaScript, gzip (budget ${BUDGET_KB} kB)`);
if (totalKb > BUDGET_KB) {
  console.error(`Initial JavaScript is over budget: lazy-load more.`);
  process.exit(1);
}
