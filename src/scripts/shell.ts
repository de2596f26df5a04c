import { loadServiceWorker } from './loadServiceWorker';
import { loadBadgeIfStored } from './progress/loadBadge';
import { initQuickExit } from './quickExit';
import { initSearchButton } from './search/button';
import { initThemeToggle } from './theme';

/**
 * What every page runs, in one module (src/layouts/BaseLayout.astro) rather than one script per shell
 * component: five small files each paid their own gzip overhead, and one of them sat inline in every
 * page with its own hash in the page's policy. Each part looks for its own elements, so a page without
 * them (the presenter view has no header) is left alone.
 */
initQuickExit();
initThemeToggle();
initSearchButton();
// The progress code loads only on a device that has progress to show.
loadBadgeIfStored();
loadServiceWorker();
