// Lints the Firefox build with web-ext (as addons.mozilla.org would) and fails on any error.
// Usage: node scripts/lint-firefox.mjs [report.json]. Warnings are printed but do not fail.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const run = spawnSync(
  'npx',
  ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--output', 'json', '--no-input'],
  {
    encoding: 'utf8',
  },
);
let report;
try {
  report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{')));
} catch {
  console.error('web-ext lint produced no report:', run.stdout, run.stderr);
  process.exit(1);
}
if (process.argv[2]) writeFileSync(process.argv[2], JSON.stringify(report, null, 2));
const { errors, warnings, notices } = report.summary ?? {};
for (const kind of ['errors', 'warnings', 'notices']) {
  for (const item of report[kind] ?? [])
    console.log(`${kind.slice(0, -1)}: ${item.code}: ${item.message} ${item.file ?? ''}`);
}
console.log(`web-ext lint: ${errors} errors, ${warnings} warnings, ${notices} notices`);
process.exit(errors === 0 ? 0 : 1);
