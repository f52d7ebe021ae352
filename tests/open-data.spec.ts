/**
 * The open-data scene on the production build: the figures counted from INSEE
 * data at build time are in the page (without JavaScript too), and none of the
 * packages' raw records ever reaches the browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

/** The epilogue, whose scene is the seven agglomerations (slugs never change once published). */
const EPILOGUE = '#et-aujourd-hui';
/** The chapters whose scenes this work drew (chapters 7-9 and 11-16). */
const SCENE_CHAPTERS = [
	'une-idee-folle',
	'wingles-la-metropole-et-le-bassin',
	'le-seminaire-de-carvin',
	'bassin-minier-uni',
	'l-aire-metropolitaine',
	'patrimoine-mondial',
	'gestionnaire-du-bien',
	'acte-ii',
	'et-aujourd-hui'
];
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

async function expectAgglomerations(page: Page) {
	const figure = page.locator(`${EPILOGUE} svg.scene-svg`);
	await expect(figure).toBeVisible();
	await expect(figure).toContainText('1 212 037 habitants');
	await expect(figure).toContainText('287 communes');
	await expect(figure).toContainText('7 communautés d’agglomération');
	const labels = figure.locator('.agglomerations__label');
	await expect(labels).toHaveCount(7);
	for (const label of await labels.all()) {
		// A name, then a population in French format (thousands in narrow spaces).
		await expect(label).toHaveText(/^\D+\d{1,3}(\s\d{3})+$/);
	}
	await expect(figure).toContainText('Valenciennes');
	await expect(figure).toContainText('Hénin-Carvin');
}

test('the home page shows the agglomerations and totals computed at build time', async ({
	page
}) => {
	await page.goto('/');
	await expectAgglomerations(page);
});

test('the figures are there without JavaScript, on the story and on the permalink', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	await expectAgglomerations(page);
	for (const slug of SCENE_CHAPTERS) {
		const svg = page.locator(`#${slug} svg.scene-svg`);
		await expect(svg, slug).toBeVisible();
		await expect(svg, slug).toHaveAttribute('aria-hidden', 'true');
		await expect(svg, slug).toHaveAttribute('viewBox', '0 0 400 300');
	}
	await page.goto('/chapitres/et-aujourd-hui/');
	await expectAgglomerations(page);
	await context.close();
});

test('no raw package data in the JavaScript the page loads', async ({ page }) => {
	const scripts: Promise<string>[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script') scripts.push(response.text());
	});
	await page.goto('/');
	await page.locator(EPILOGUE).scrollIntoViewIfNeeded();
	await page.waitForLoadState('networkidle');
	const loaded = await Promise.all(scripts);
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
