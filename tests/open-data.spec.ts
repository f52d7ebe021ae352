/**
 * The open-data scene on the production build: the figures counted from INSEE
 * data at build time are in the page (without JavaScript too), and none of the
 * packages' raw records ever reaches the browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { islandsLive } from './helpers';

/** The epilogue, whose scene is the seven agglomerations (slugs never change once published). */
const EPILOGUE = '#et-aujourd-hui';
/**
 * Communes of the seven agglomerations that no label or story of the site
 * names, and field names of the packages' files: finding one in shipped
 * JavaScript would mean raw data leaked into the bundle.
 */
const RAW_DATA = [
	'Abscon',
	'Bruay-la-Buissière',
	'Courrières',
	'Nœux-les-Mines',
	'populationMunicipale',
	'codesPostaux',
	'muniSub'
];

/** The epilogue's figures, as text under its chapter: seven rows and the totals. */
async function expectAgglomerations(page: Page) {
	const table = page.locator(`${EPILOGUE} .scene-data table`);
	await expect(table).toHaveCount(1);
	await expect(table.locator('caption')).toHaveText(
		'Les sept communautés d’agglomération du bassin minier'
	);
	const rows = table.locator('tbody tr');
	await expect(rows).toHaveCount(7);
	for (const row of await rows.all()) {
		// A name, its communes, its inhabitants in French format (thousands in narrow spaces).
		await expect(row.locator('td').nth(1)).toHaveText(/^\d{1,3}(\u202f\d{3})+$/);
	}
	await expect(table.locator('tfoot')).toHaveText(/Ensemble\s*287\s*1\u202f212\u202f037/);
	await expect(table).toContainText('Valenciennes');
	await expect(table).toContainText('Hénin-Carvin');
	await expect(page.locator(`${EPILOGUE} .scene-data`)).toContainText('INSEE');
}

test('the epilogue gives the agglomerations and totals computed at build time, as text', async ({
	page
}) => {
	await page.goto('/');
	const details = page.locator(`${EPILOGUE} .scene-data`);
	await details.locator('summary').click();
	await expect(details.locator('table')).toBeVisible();
	await expectAgglomerations(page);
});

test('the figures are there without JavaScript, on the story and on the permalink', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	await expectAgglomerations(page);
	await page.goto('/chapitres/et-aujourd-hui/');
	await expectAgglomerations(page);
	await context.close();
});

test('the English edition writes them the English way', async ({ page }) => {
	await page.goto('/en/');
	await expect(page.locator('.scene-data tfoot')).toHaveText(/Total\s*287\s*1,212,037/);
});

test('no raw package data in the JavaScript the page loads', async ({ page }) => {
	// The addresses of the scripts the page loads, read again afterwards: a
	// response's body may no longer be held by the browser once the page has
	// moved on, which would fail the test for the wrong reason.
	const scripts = new Set<string>();
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script') scripts.add(response.url());
	});
	await page.goto('/');
	await page.locator(EPILOGUE).scrollIntoViewIfNeeded();
	// Every island, and the epilogue's scene, has run (they wake one per task,
	// maybe after the network has fallen quiet); then nothing more is on its way.
	await islandsLive(page);
	await page.waitForLoadState('networkidle');
	const loaded = await Promise.all(
		[...scripts].map(async (url) => (await page.request.get(url)).text())
	);
	expect(loaded.length).toBeGreaterThan(0);
	for (const code of loaded) {
		for (const word of RAW_DATA) expect(code).not.toContain(word);
	}
});

test('no raw package data in any JavaScript the site ships', async () => {
	const files = (readdirSync('build/_app', { recursive: true }) as string[]).filter((file) =>
		file.endsWith('.js')
	);
	expect(files.length).toBeGreaterThan(0);
	for (const file of files) {
		const code = readFileSync(join('build/_app', file), 'utf8');
		for (const word of RAW_DATA) expect(code, `${file} contains ${word}`).not.toContain(word);
	}
});
