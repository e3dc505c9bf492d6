// Prints one closing line, "N passed, N failed, N skipped", summed over every test runner's JSON
// report (Vitest and Playwright). A runner whose report is missing counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const reports = [
  {
    name: 'vitest',
    file: 'test-results/vitest.json',
    count: (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + (r.numTodoTests ?? 0) }),
  },
  {
    name: 'playwright',
    file: 'test-results/playwright.json',
    count: (r) => ({
      passed: r.stats.expected + r.stats.flaky,
      failed: r.stats.unexpected + (r.errors?.length ?? 0),
      skipped: r.stats.skipped,
    }),
  },
];

const total = { passed: 0, failed: 0, skipped: 0 };
for (const report of reports) {
  if (!existsSync(report.file)) {
    console.log(`${report.name}: no report (${report.file}) — counted as 1 failed`);
    total.failed += 1;
    continue;
  }
  const counts = report.count(JSON.parse(readFileSync(report.file, 'utf8')));
  console.log(`${report.name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  for (const key of Object.keys(total)) total[key] += counts[key];
}
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exitCode = total.failed > 0 ? 1 : 0;
