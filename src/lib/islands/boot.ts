/**
 * The public story's only script tag. It is tiny and does nothing until the
 * page has loaded and the browser is idle: the text is read first, then the
 * islands (`start.ts`) are downloaded and brought to life. Without
 * JavaScript, nothing is missing but the motion.
 */
function whenIdle(run: () => void): void {
	if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 1500 });
	else setTimeout(run, 200);
}

function start(): void {
	whenIdle(() => void import('./start').then(({ startIslands }) => startIslands()));
}

if (document.readyState === 'complete') start();
else addEventListener('load', start, { once: true });
