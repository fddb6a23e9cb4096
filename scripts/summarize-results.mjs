// Sums the results of every suite scripts/test.sh ran into one line,
// "N passed, N failed[, N skipped]", and exits non-zero if anything failed.
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];

/** Each reader turns one suite's own report into counts. */
const readers = {
  // backstage-cli repo test --json: jest's aggregated results.
  'jest.raw.json': report => ({
    suite: 'jest',
    passed: report.numPassedTests,
    failed:
      report.numFailedTests +
      report.numRuntimeErrorTestSuites +
      (report.numTotalTests === 0 ? 1 : 0),
    skipped: report.numPendingTests + report.numTodoTests,
  }),
  // Playwright's JSON reporter; a flaky test passed on retry.
  'playwright.json': report => ({
    suite: 'playwright',
    passed: report.stats.expected + report.stats.flaky,
    failed: report.stats.unexpected + (report.errors?.length ?? 0),
    skipped: report.stats.skipped,
  }),
};

function readTap(text, suite) {
  const count = name =>
    Number(text.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  const tests = count('tests');
  return {
    suite,
    passed: count('pass'),
    failed: count('fail') + count('cancelled') + (tests === 0 ? 1 : 0),
    skipped: count('skipped') + count('todo'),
  };
}

const totals = { passed: 0, failed: 0, skipped: 0 };
for (const file of fs.readdirSync(dir).sort()) {
  const text = fs.readFileSync(path.join(dir, file), 'utf8');
  let result;
  if (file.endsWith('.tap')) {
    result = readTap(text, path.basename(file, '.tap'));
  } else if (readers[file]) {
    result = readers[file](JSON.parse(text));
  } else if (file.endsWith('.json')) {
    result = JSON.parse(text);
  } else {
    continue;
  }
  totals.passed += result.passed;
  totals.failed += result.failed;
  totals.skipped += result.skipped ?? 0;
  console.log(
    `  ${result.suite.padEnd(12)} ${result.passed} passed, ${
      result.failed
    } failed` + (result.skipped ? `, ${result.skipped} skipped` : ''),
  );
}

console.log(
  `${totals.passed} passed, ${totals.failed} failed` +
    (totals.skipped ? `, ${totals.skipped} skipped` : ''),
);
process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
