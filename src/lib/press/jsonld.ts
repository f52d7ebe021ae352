/**
 * JSON for a `<script type="application/ld+json">`: `<` and `>` are escaped so
 * that no text (a title with `</script>` in it) can close the element early,
 * `&` so that no entity is read, and the two line separators that older
 * JavaScript parsers choke on.
 */
export function jsonLdText(data: unknown): string {
	return JSON.stringify(data)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}
