import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENES, SCENE_NAMES } from '$lib/scenes/catalog';

const README = readFileSync(join(import.meta.dirname, '../../../stories/README.md'), 'utf8');

describe('stories/README.md, the writers’ guide', () => {
	it('lists every scene with its states, in order, as the scenes declare them', () => {
		const rows = [...README.matchAll(/^\s*\| `([a-z-]+)` \| (.+) \|$/gm)].map(
			([, name, states]) => [
				name,
				[...states.matchAll(/`([a-z0-9-]+)`/g)].map(([, state]) => state)
			]
		);
		expect(rows).toEqual(SCENE_NAMES.map((name) => [name, [...SCENES[name].states]]));
	});
});
