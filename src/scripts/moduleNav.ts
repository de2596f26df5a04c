import { href } from '../lib/url';
import type { Neighbours } from '../lib/course/navigation';

/**
 * Shows previous/next for the path the learner arrived from (`?path=`), if it includes this module.
 * The progress tracker calls it again with the path the learner chose earlier, for visits without `?path=`.
 */
export function initModuleNav(wanted = new URLSearchParams(location.search).get('path')) {
  const nav = document.querySelector<HTMLElement>('.module-nav[data-options]');
  if (!nav || !wanted) return;
  const options = JSON.parse(nav.dataset.options ?? '[]') as Neighbours[];
  const chosen = options.find((o) => o.pathId === wanted);
  if (!chosen) return;
  nav.querySelector('[data-position]')!.textContent = `Module ${chosen.position} of ${chosen.total} in ${chosen.pathTitle}`;
  for (const [key, link] of [['prev', chosen.prev], ['next', chosen.next]] as const) {
    const item = nav.querySelector<HTMLElement>(`[data-${key}]`)!;
    item.hidden = !link;
    if (!link) continue;
    item.querySelector('a')!.href = href(`/modules/${link.slug}/?path=${chosen.pathId}`);
    item.querySelector('[data-title]')!.textContent = link.title;
  }
}
