import { describe, expect, it } from 'vitest';
import { readPressContact } from './contact';

describe('readPressContact', () => {
	it('gives no contact when the address is not set, or blank', () => {
		expect(readPressContact({})).toBeNull();
		expect(readPressContact({ PRESS_CONTACT_EMAIL: '  ' })).toBeNull();
	});

	it('reads the address and the optional label, trimmed', () => {
		expect(readPressContact({ PRESS_CONTACT_EMAIL: ' presse@mission.test ' })).toEqual({
			email: 'presse@mission.test',
			label: ''
		});
		expect(
			readPressContact({
				PRESS_CONTACT_EMAIL: 'presse@mission.test',
				PRESS_CONTACT_LABEL: '  Service   communication '
			})
		).toEqual({ email: 'presse@mission.test', label: 'Service communication' });
	});

	it('stops the build on an address that is not one, or a label without an address', () => {
		expect(() => readPressContact({ PRESS_CONTACT_EMAIL: 'presse' })).toThrow(
			/PRESS_CONTACT_EMAIL: "presse" is not an email address/
		);
		expect(() => readPressContact({ PRESS_CONTACT_LABEL: 'Service communication' })).toThrow(
			/PRESS_CONTACT_EMAIL is not/
		);
	});
});
