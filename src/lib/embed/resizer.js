/*
 * L’après-mines / After the Mines: /embed.js, for pages that frame one of the
 * site's embeds. Keeps each such frame exactly as tall as its content.
 *
 * It trusts only messages that come from the origin it was itself loaded from
 * (the site's) and from one of the frames on this page; it changes nothing but
 * those frames' height. Without it, a frame keeps its height attribute and
 * scrolls. Loaded twice (two frames, two tags), it runs once.
 *
 * The messages (src/lib/embed/protocol.ts):
 *   frame → page  { type: "apres-mines:height", version: 1, height: <px> }
 *   page → frame  { type: "apres-mines:ask", version: 1 }
 */
(function () {
	'use strict';
	var script = /** @type {HTMLScriptElement | null} */ (document.currentScript);
	var flags = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (window));
	if (!script || !script.src || flags.__apresMinesEmbed) return;
	flags.__apresMinesEmbed = true;
	var HEIGHT = 'apres-mines:height';
	var ASK = 'apres-mines:ask';
	var MAX_HEIGHT = 100000;
	var here = new URL(script.src, location.href);
	var origin = here.origin;
	// The site's root, deploy sub-path included: "https://example.org/histoire/".
	var root = origin + here.pathname.replace(/[^/]*$/, '');

	/** @param {HTMLIFrameElement} frame */
	function isOurs(frame) {
		var src = frame.src || '';
		return src.indexOf(root) === 0 && /(^|\/)embed\//.test(src.slice(root.length));
	}

	/** @param {MessageEventSource | null} source */
	function frameOf(source) {
		var frames = document.getElementsByTagName('iframe');
		for (var i = 0; i < frames.length; i++) {
			if (frames[i].contentWindow === source && isOurs(frames[i])) return frames[i];
		}
		return null;
	}

	/** @param {HTMLIFrameElement} frame */
	function ask(frame) {
		if (frame.contentWindow) {
			frame.contentWindow.postMessage({ type: ASK, version: 1 }, origin);
		}
	}

	window.addEventListener('message', function (event) {
		if (event.origin !== origin) return;
		var data = event.data;
		if (!data || typeof data !== 'object' || data.type !== HEIGHT || data.version !== 1) return;
		var height = data.height;
		if (typeof height !== 'number' || !isFinite(height) || height < 0 || height > MAX_HEIGHT) {
			return;
		}
		var frame = frameOf(event.source);
		if (frame) frame.style.height = Math.ceil(height) + 'px';
	});

	function askAll() {
		var frames = document.getElementsByTagName('iframe');
		for (var i = 0; i < frames.length; i++) {
			if (!isOurs(frames[i])) continue;
			ask(frames[i]);
			// A lazy frame may load later: it then says its height itself, and is asked once more.
			frames[i].addEventListener('load', ask.bind(null, frames[i]));
		}
	}

	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', askAll);
	else askAll();
})();
