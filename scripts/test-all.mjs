// `npm test`: every check the project has, in order, on the production builds. Runs all steps even
// when one fails, prints a table, and ends with `tests: N passed, N failed` counted from the test
// runners' own JSON reports (unit, end to end) plus one test per Firefox-lint run. Exit code 1 if
// any step failed. Above the summary it repeats what each failed step said (CI shows the tail of
// the log). A vitest step whose only error is its pool losing a worker process after every test
// passed is run once more, and the summary says so.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const RESULTS = 'test-results';
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

const steps = [
  { name: 'typecheck', cmd: 'npx tsc --noEmit' },
  { name: 'lint', cmd: 'npx eslint . --max-warnings 0' },
  { name: 'format', cmd: 'npx prettier --check . --log-level warn' },
  {
    name: 'unit',
    cmd: `npx vitest run --reporter=default --reporter=json --outputFile.json=${RESULTS}/unit.json`,
    report: 'unit.json',
  },
  { name: 'build chrome', cmd: 'npx wxt build' },
  { name: 'build firefox', cmd: 'npx wxt build -b firefox' },
  {
    name: 'e2e',
    cmd: `npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=${RESULTS}/e2e.json`,
    report: 'e2e.json',
    needs: ['build chrome', 'build firefox'],
  },
  {
    name: 'e2e firefox',
    cmd: `npx vitest run --config vitest.e2e.firefox.config.ts --reporter=default --reporter=json --outputFile.json=${RESULTS}/e2e-firefox.json`,
    report: 'e2e-firefox.json',
    needs: ['build firefox'],
  },
  { name: 'firefox lint', cmd: `node scripts/lint-firefox.mjs ${RESULTS}/firefox-lint.json`, needs: ['build firefox'] },
];

/** Runs a command with its output shown as it comes and kept (its last megabyte) for the summary. */
function runTee(cmd) {
  return new Promise((resolve) => {
    const child = spawn(cmd, { shell: true, stdio: ['inherit', 'pipe', 'pipe'] });
    let output = '';
    const keep = (stream, sink) =>
      stream.on('data', (chunk) => {
        sink.write(chunk);
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

/**
 * Whether a vitest run failed only because its pool lost a worker process: every test passed by
 * the report, and each unhandled error vitest printed is the pool's own (`[vitest-pool]`,
 * `[vitest-worker]`, "Worker exited unexpectedly"), none raised by our code or tests.
 */
function poolCrashOnly(output, report) {
  try {
    const result = JSON.parse(readFileSync(`${RESULTS}/${report}`, 'utf8'));
    // Every file ran to its end and passed: a worker that died mid-file leaves a failed suite.
    if (result.numFailedTests !== 0 || result.numFailedTestSuites !== 0 || result.numTotalTests === 0) return false;
    if (!result.testResults.every((file) => file.status === 'passed')) return false;
  } catch {
    return false;
  }
  // eslint-disable-next-line no-control-regex
  const text = output.replace(/\x1b\[[0-9;]*m/g, '');
  const poolError = /\[vitest-pool\]|\[vitest-worker\]|Worker exited unexpectedly/;
  const section = text.split(/⎯+ Unhandled Errors ⎯+/)[1];
  if (section === undefined) return false;
  // Each error in the section starts with its own banner (⎯⎯ Unhandled Error ⎯⎯, ⎯⎯ Unhandled Rejection ⎯⎯).
  const errors = section.split(/⎯+ [A-Za-z ]+ ⎯+/).slice(1);
  return errors.length > 0 && errors.every((error) => poolError.test(error.split('\n').slice(0, 6).join('\n')));
}

const notes = [];
const failures = [];
const outcome = new Map();
let passed = 0;
let failed = 0;
for (const step of steps) {
  if ((step.needs ?? []).some((need) => outcome.get(need) !== 'ok')) {
    outcome.set(step.name, 'skipped (a step it needs failed)');
    failed += 1;
    continue;
  }
  console.log(`\n=== ${step.name}: ${step.cmd}`);
  const started = Date.now();
  let run = await runTee(step.cmd);
  let note = '';
  if (step.report && run.status !== 0 && poolCrashOnly(run.output, step.report)) {
    // vitest's forks pool can lose a worker process after every test in it has passed (a teardown
    // crash of the pool, not of a test). Said plainly, and the step runs once more; a second
    // failure of any kind stands.
    console.log(`\n=== ${step.name}: a test worker process crashed after its tests passed; running the step again`);
    console.log(failureExcerpt(run.output));
    run = await runTee(step.cmd);
    note = ' (second run: the first lost a worker process after all its tests passed)';
  }
  if (run.status !== 0) failures.push({ name: step.name, excerpt: failureExcerpt(run.output) });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  outcome.set(step.name, run.status === 0 ? 'ok' : `FAILED (exit ${run.status})`);
  if (note) notes.push(`${step.name}${note}`);
  console.log(`=== ${step.name}: ${outcome.get(step.name)} in ${seconds}s`);
  if (step.report) {
    try {
      const report = JSON.parse(readFileSync(`${RESULTS}/${step.report}`, 'utf8'));
      passed += report.numPassedTests;
      failed += report.numFailedTests + (report.numTotalTests === 0 ? 1 : 0);
      if (report.numTotalTests === 0) console.log(`=== ${step.name}: ran no test`);
      // A runner can fail with every test passing (an unhandled error); the count must show it.
      else if (run.status !== 0 && report.numFailedTests === 0) failed += 1;
    } catch {
      failed += 1;
      console.log(`=== ${step.name}: no report (the runner did not finish)`);
    }
  } else if (step.name === 'firefox lint') {
    if (run.status === 0) passed += 1;
    else failed += 1;
  } else if (run.status !== 0) {
    failed += 1;
  }
}

for (const failure of failures) console.log(`\n=== what ${failure.name} said\n${failure.excerpt}`);
console.log('\n=== summary');
for (const line of notes) console.log(`note: ${line}`);
for (const [name, result] of outcome) console.log(`${name.padEnd(14)} ${result}`);
const allOk = [...outcome.values()].every((result) => result === 'ok');
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(allOk ? 0 : 1);
