// `npm run bench`: measurements of the claims the README makes. Prints a table and writes
// bench/results/latest.json. Not a test: numbers depend on the machine, so nothing here fails the suite.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { measureStartup } from './startup.mjs';
import { measureValidate } from './validate.mjs';

const bin = fileURLToPath(new URL('../bin/scm.js', import.meta.url));
const results = {};

const startup = measureStartup(bin, [
  { name: 'scm explain SCM.0014', args: ['explain', 'SCM.0014'], target: 1.35 },
  { name: 'scm --help', args: ['--help'], target: 1.35 },
]);
results.startup = startup;

console.log(`start-up (median, ${startup.tool}; bare node ${startup.baseline.toFixed(1)} ms)`);
for (const row of startup.rows) {
  console.log(`  ${row.name.padEnd(28)} ${String(row.medianMs).padStart(7)} ms  ${row.ratio.toFixed(2)}x  target <= ${row.target}x  ${row.ok ? 'ok' : 'MISSED'}`);
}

const many = measureValidate(bin);
results.validateMany = many;
console.log(`validate ${many.bundles} bundles: scm ${many.scmMs} ms in one process, openssl recipe ${many.opensslMs} ms  ${many.ratio}x  target >= ${many.target}x  ${many.ok ? 'ok' : 'MISSED'}`);

mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(new URL('./results/latest.json', import.meta.url), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, ...results }, null, 2)}\n`);
console.log('written bench/results/latest.json');
