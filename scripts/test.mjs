#!/usr/bin/env node
// `npm test`: every suite, in order, then one closing line for the whole run.
// A failing step does not hide the others: type checks, lint and unit tests
// all run; the builds run, and the end-to-end tests run when both built. The
// closing lines say which steps failed and how many tests passed and failed,
// read from the JSON reports vitest and Playwright write into reports/ (removed
// first, so that no earlier run's report is counted). Exits 1 if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const STEPS = [
	{ script: 'check' },
	{ script: 'lint' },
	{ script: 'test:unit' },
	{ script: 'build' },
	{ script: 'build:subpath' },
	{ script: 'test:e2e', needs: ['build', 'build:subpath'] }
];

rmSync('reports', { recursive: true, force: true });
const outcome = new Map();
for (const { script, needs = [] } of STEPS) {
	const missing = needs.filter((n) => outcome.get(n) !== 'passed');
	if (missing.length) {
		outcome.set(script, `not run (${missing.join(', ')} failed)`);
		continue;
	}
	console.log(`\ntest: npm run ${script}`);
	const run = spawnSync('npm', ['run', script], { stdio: 'inherit' });
	outcome.set(script, run.status === 0 ? 'passed' : `failed (exit ${run.status ?? run.signal})`);
}

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
const unit = read('reports/vitest.json');
const e2e = read('reports/playwright.json');

console.log('\ntest: steps');
for (const [script, result] of outcome) console.log(`  ${script}: ${result}`);
const counts = [
	unit && {
		name: 'unit',
		passed: unit.numPassedTests,
		failed: unit.numFailedTests,
		skipped: unit.numPendingTests
	},
	e2e && {
		name: 'end-to-end',
		passed: e2e.stats.expected ?? 0,
		// A test that passed only on a retry is a failure here: retries are off, so none should.
		failed: (e2e.stats.unexpected ?? 0) + (e2e.stats.flaky ?? 0),
		skipped: e2e.stats.skipped ?? 0
	}
].filter(Boolean);
for (const c of counts) console.log(`${c.name}: ${c.passed} passed, ${c.failed} failed`);
const total = (key) => counts.reduce((sum, c) => sum + c[key], 0);
const skipped = total('skipped');
console.log(
	`${total('passed')} passed, ${total('failed')} failed${skipped ? `, ${skipped} skipped` : ''}`
);
const ok =
	[...outcome.values()].every((r) => r === 'passed') &&
	total('failed') === 0 &&
	total('passed') > 0;
process.exit(ok ? 0 : 1);
