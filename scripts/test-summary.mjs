#!/usr/bin/env node
// Prints one closing line for the whole test run ("N passed, N failed"), from
// the JSON reports that vitest and Playwright write into reports/.
import { existsSync, readFileSync } from 'node:fs';

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
const unit = read('reports/vitest.json');
const e2e = read('reports/playwright.json');
if (!unit || !e2e) {
	console.error('test-summary: a report is missing in reports/ (did every suite run?)');
	process.exit(1);
}
const passed = unit.numPassedTests + (e2e.stats.expected ?? 0);
const failed = unit.numFailedTests + (e2e.stats.unexpected ?? 0) + (e2e.stats.flaky ?? 0);
const skipped = unit.numPendingTests + (e2e.stats.skipped ?? 0);
console.log(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`);
console.log(`end-to-end: ${e2e.stats.expected} passed, ${e2e.stats.unexpected} failed`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
