/**
 * Copies text to the clipboard, from a click. The asynchronous Clipboard API
 * first; where it is missing or refused (in-app browsers of social networks,
 * pages served over plain http), a selected hidden text field and the older
 * copy command, which those browsers still honour. Resolves to whether it worked.
 */
export async function copyText(text: string): Promise<boolean> {
	try {
		if (navigator.clipboard?.writeText) {
			await navigator.clipboard.writeText(text);
			return true;
		}
	} catch {
		// Refused: try the older way below.
	}
	// Selecting the field takes the focus: it goes back to the button afterwards.
	const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
	const field = document.createElement('textarea');
	field.value = text;
	field.setAttribute('readonly', '');
	field.style.position = 'fixed';
	field.style.opacity = '0';
	document.body.append(field);
	field.select();
	try {
		return document.execCommand('copy');
	} catch {
		return false;
	} finally {
		field.remove();
		focused?.focus();
	}
}
