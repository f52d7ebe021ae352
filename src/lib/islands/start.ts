/**
 * Brings the page's islands to life (see `Island.svelte`): each
 * `<svelte-island>` names its component and carries its props; the component
 * is downloaded and hydrated over the server's markup, at once or when it
 * comes within a screen of the viewport (`data-when="near"`: the scenes).
 */
import { hydrate } from 'svelte';
import { ISLANDS, isIslandName } from './names';

const woken = new WeakSet<HTMLElement>();

/**
 * Islands come to life one per task: a dozen hydrations run back to back
 * would be one long task, holding up the first tap or scroll; one at a time,
 * the browser can answer the reader between them.
 */
const queue: HTMLElement[] = [];
let draining = false;

function drain(): void {
	const element = queue.shift();
	if (!element) {
		draining = false;
		return;
	}
	const name = element.dataset.island ?? '';
	if (isIslandName(name)) {
		const props = JSON.parse(element.dataset.props ?? '{}') as Record<string, unknown>;
		// An island that fails is reported (an unhandled rejection) and the others go on.
		void ISLANDS[name]()
			.then(({ default: component }) => {
				hydrate(component as never, { target: element, props });
			})
			.finally(() => setTimeout(drain));
	} else setTimeout(drain);
}

function wake(element: HTMLElement): void {
	if (woken.has(element)) return;
	woken.add(element);
	queue.push(element);
	if (!draining) {
		draining = true;
		setTimeout(drain);
	}
}

export function startIslands(): void {
	const islands = [...document.querySelectorAll<HTMLElement>('svelte-island')];
	// An island is `display: contents` (it has no box of its own): its content is watched.
	const owner = new Map<Element, HTMLElement>();
	const near = new IntersectionObserver(
		(entries) => {
			for (const entry of entries) {
				if (!entry.isIntersecting) continue;
				near.unobserve(entry.target);
				wake(owner.get(entry.target)!);
			}
		},
		{ rootMargin: '100% 0px' }
	);
	for (const island of islands) {
		const content = island.firstElementChild;
		if (island.dataset.when === 'near' && content) {
			owner.set(content, island);
			near.observe(content);
		} else wake(island);
	}
	// Printing shows every scene's last state: wake them all first.
	addEventListener(
		'beforeprint',
		() => {
			near.disconnect();
			islands.forEach(wake);
		},
		{ once: true }
	);
}
