// `npm test`: every check the project has, on the production builds, in three lanes that run side
// by side: the static checks and unit tests (CPU-bound), the builds and the Chromium suite, and the
// Firefox suite (both mostly waiting on real time in the browser). Every step runs even when another fails; a step that needs
// a failed one is skipped and counted as failed. It prints a table and ends with
// `tests: N passed, N failed`, counted from the test runners' own JSON reports (unit, end to end)
// plus one test per Firefox-lint run. Exit code 1 if any step failed. Above the summary it repeats
// what each failed step said (CI shows the tail of the log).
//
// The Chromium lane prints as it goes; the other lanes' output is kept and printed whole when each
// of their steps ends, so lanes never interleave line by line.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const RESULTS = 'test-results';
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

const vitestReport = (name) => `--reporter=default --reporter=json --outputFile.json=${RESULTS}/${name}.json`;

/** Steps in the order of their lane; `needs` names steps (of either lane) that must have passed. */
const lanes = {
  browsers: [
    { name: 'build chrome', cmd: 'npx wxt build' },
    { name: 'build firefox', cmd: 'npx wxt build -b firefox' },
    {
      name: 'e2e',
      cmd: `npx vitest run --config vitest.e2e.config.ts ${vitestReport('e2e')}`,
      report: 'e2e.json',
      needs: ['build chrome', 'build firefox'],
    },
  ],
  firefox: [
    {
      name: 'e2e firefox',
      cmd: `npx vitest run --config vitest.e2e.firefox.config.ts ${vitestReport('e2e-firefox')}`,
      report: 'e2e-firefox.json',
      needs: ['build firefox'],
    },
  ],
  checks: [
    { name: 'typecheck', cmd: 'npx tsc --noEmit' },
    { name: 'lint', cmd: 'npx eslint . --max-warnings 0' },
    { name: 'format', cmd: 'npx prettier --check . --log-level warn' },
    { name: 'unit', cmd: `npx vitest run ${vitestReport('unit')}`, report: 'unit.json' },
    {
      name: 'firefox lint',
      cmd: `node scripts/lint-firefox.mjs ${RESULTS}/firefox-lint.json`,
      needs: ['build firefox'],
      countsAsTest: true,
    },
  ],
};
const LIVE_LANE = 'browsers';
const order = Object.values(lanes).flat();

/** Runs a command, showing its output as it comes (`live`) or not, and keeping its last megabyte. */
function run(cmd, live) {
  return new Promise((resolve) => {
    const child = spawn(cmd, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (stream, sink) =>
      stream.on('data', (chunk) => {
        if (live) sink.write(chunk);
        output = (output + chunk.toString()).slice(-1_000_000);
      });
    keep(child.stdout, process.stdout);
    keep(child.stderr, process.stderr);
    child.on('close', (status) => resolve({ status: status ?? 1, output }));
  });
}

/**
 * What a failed step said about its failure, short enough to sit above the summary (CI shows the
 * tail of the log): vitest's failure and unhandled-error blocks, else the step's last lines.
 */
function failureExcerpt(output) {
  // eslint-disable-next-line no-control-regex
  const lines = output.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
  const start = lines.findIndex((line) => /⎯⎯ (Failed Tests|Unhandled Errors?)|FAIL /.test(line));
  const end = lines.findIndex((line, index) => index > start && /^\s*Test Files\s/.test(line));
  const picked = start >= 0 ? lines.slice(start, end > start ? end : undefined) : lines.slice(-40);
  return picked
    .filter((line) => line.trim() !== '')
    .slice(0, 80)
    .join('\n');
}

/** Steps settle here as they end, so a step of one lane can wait for a step of the other. */
const settled = new Map();
const waiters = new Map();
const outcomeOf = (name) =>
  settled.has(name) ? Promise.resolve(settled.get(name)) : new Promise((resolve) => waiters.set(name, resolve));
function settle(name, outcome) {
  settled.set(name, outcome);
  waiters.get(name)?.(outcome);
}

const counts = new Map();
const failures = [];

async function runStep(step, lane) {
  const needed = await Promise.all((step.needs ?? []).map(outcomeOf));
  if (needed.some((outcome) => outcome !== 'ok')) {
    counts.set(step.name, { passed: 0, failed: 1 });
    return settle(step.name, 'skipped (a step it needs failed)');
  }
  const live = lane === LIVE_LANE;
  if (live) console.log(`\n=== ${step.name}: ${step.cmd}`);
  const started = Date.now();
  const result = await run(step.cmd, live);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const outcome = result.status === 0 ? 'ok' : `FAILED (exit ${result.status})`;
  if (!live) console.log(`\n=== ${step.name} (${lane} lane): ${step.cmd}\n${result.output.trimEnd()}`);
  console.log(`=== ${step.name}: ${outcome} in ${seconds}s`);
  if (result.status !== 0) failures.push({ name: step.name, excerpt: failureExcerpt(result.output) });

  let passed = 0;
  let failed = 0;
  if (step.report) {
    try {
      const report = JSON.parse(readFileSync(`${RESULTS}/${step.report}`, 'utf8'));
      passed = report.numPassedTests;
      failed = report.numFailedTests;
      if (report.numTotalTests === 0) {
        failed += 1;
        console.log(`=== ${step.name}: ran no test`);
      } else if (result.status !== 0 && report.numFailedTests === 0) {
        // A runner can fail with every test passing (an unhandled error); the count must show it.
        failed += 1;
      }
    } catch {
      failed = 1;
      console.log(`=== ${step.name}: no report (the runner did not finish)`);
    }
  } else if (step.countsAsTest) {
    if (result.status === 0) passed = 1;
    else failed = 1;
  } else if (result.status !== 0) {
    failed = 1;
  }
  counts.set(step.name, { passed, failed });
  settle(step.name, outcome);
}

const started = Date.now();
await Promise.all(
  Object.entries(lanes).map(async ([lane, steps]) => {
    for (const step of steps) await runStep(step, lane);
  }),
);

for (const failure of failures) console.log(`\n=== what ${failure.name} said\n${failure.excerpt}`);
console.log(`\n=== summary (${((Date.now() - started) / 1000).toFixed(0)}s)`);
for (const step of order) console.log(`${step.name.padEnd(14)} ${settled.get(step.name)}`);
const passed = order.reduce((sum, step) => sum + counts.get(step.name).passed, 0);
const failed = order.reduce((sum, step) => sum + counts.get(step.name).failed, 0);
const allOk = order.every((step) => settled.get(step.name) === 'ok');
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(allOk ? 0 : 1);
