import { describe, expect, it } from 'vitest';
import { statesOf } from '../catalog';
import { chapterText } from '../shared/chapter-text';
import { countIn, drawScene, textsIn } from '../shared/inspect';
import labels from './labels';

describe('the proposals scene (2013, Acte II)', () => {
	const fr = drawScene('proposals', 'fr');
	const en = drawScene('proposals', 'en');
	const textFr = chapterText('fr', 15);
	const textEn = chapterText('en', 15);

	it('opens on the follow-up committee at which the Conference is relaunched, in 2013', () => {
		expect(textsIn(fr, 'relaunch')).toEqual([
			'Conférence Permanente du Bassin Minier',
			'comité de suivi',
			'présidé par Jean-François Caron',
			'2013 : la relance'
		]);
		expect(textsIn(en, 'relaunch')).toContain('chaired by Jean-François Caron');
		expect(countIn(fr, 'relaunch', '.proposals__participants circle')).toBe(0);
		expect(countIn(fr, 'relaunch', '.proposals__table')).toBe(1);
	});

	it('gathers about 150 participants round the five workshops the chapter names', () => {
		expect(textsIn(fr, 'workshops')).toEqual(
			expect.arrayContaining([...labels.fr.workshops, 'environ 150 participants'])
		);
		expect(textsIn(en, 'workshops')).toEqual(
			expect.arrayContaining([...labels.en.workshops, 'about 150 participants'])
		);
		expect(countIn(fr, 'workshops', '.proposals__workshop')).toBe(5);
		expect(countIn(fr, 'workshops', '.proposals__participants circle')).toBe(150);
		expect(countIn(fr, 'workshops', '.proposals__table')).toBe(0);
	});

	it('turns them into 120 strategic proposals and concrete actions', () => {
		expect(textsIn(fr, 'proposals')).toEqual(
			expect.arrayContaining(['120 propositions stratégiques', 'et actions concrètes'])
		);
		expect(textsIn(en, 'proposals')).toEqual(
			expect.arrayContaining(['120 strategic proposals', 'and concrete actions'])
		);
		expect(countIn(fr, 'proposals', '.proposals__cards rect')).toBe(120);
		expect(countIn(fr, 'proposals', '.proposals__participants circle')).toBe(0);
	});

	it('binds them in a new white paper, Acte II, at the end of 2013', () => {
		expect(textsIn(fr, 'act-two')).toEqual(
			expect.arrayContaining(['fin 2013', 'événement de clôture', 'Acte II'])
		);
		expect(textsIn(en, 'act-two')).toEqual(expect.arrayContaining(['closing event', 'Act II']));
		expect(countIn(fr, 'act-two', '.proposals__cards rect')).toBe(0);
		expect(countIn(fr, 'act-two', '.proposals__booklet')).toBe(1);
	});

	it('ends on the two white papers, fifteen years apart, consultation at the heart', () => {
		expect(textsIn(fr, 'two-acts')).toEqual(
			expect.arrayContaining([
				'livre blanc',
				'1998',
				'Acte II',
				'2013',
				'quinze ans',
				'la concertation, au cœur de la méthode'
			])
		);
		expect(textsIn(en, 'two-acts')).toContain('consultation, at the heart of the method');
		expect(countIn(fr, 'two-acts', '.proposals__booklet')).toBe(2);
		expect(textsIn(fr, 'two-acts')).not.toContain('fin 2013');
	});

	it('says only what the chapter says', () => {
		const lower = (text: string) => text.toLowerCase();
		for (const theme of labels.fr.workshops) expect(lower(textFr)).toContain(lower(theme));
		for (const theme of labels.en.workshops) expect(lower(textEn)).toContain(lower(theme));
		for (const words of [
			'comité de suivi',
			'Jean-François Caron',
			'150 participants',
			'120 propositions stratégiques et actions concrètes',
			'fin de 2013',
			'événement de clôture',
			'Acte II',
			'1998',
			'Quinze ans',
			'au cœur de la méthode'
		]) {
			expect(textFr).toContain(words);
		}
		for (const words of [
			'follow-up committee chaired by Jean-François Caron',
			'150 participants',
			'120 strategic proposals and concrete actions',
			'end of 2013',
			'closing event',
			'Act II',
			'Fifteen years',
			'at the heart of the method'
		]) {
			expect(textEn).toContain(words);
		}
		for (const [scene, text] of [
			[fr, textFr],
			[en, textEn]
		] as const) {
			const shown = statesOf(scene.name).flatMap((state) => textsIn(scene, state));
			for (const number of shown.join(' ').match(/\d+/g) ?? []) expect(text).toContain(number);
		}
	});
});
