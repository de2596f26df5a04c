import noticesUrl from 'virtual:progress-notices-url';
import { hasProgress } from '../../lib/progress/record';
import type { ProgressStore } from '../../lib/progress/storage';
import { loadBadge } from './loadBadge';

/**
 * Progress code a page needs only sometimes, loaded when it is needed, so that module pages and the
 * quiz players stay light on a first visit (issue 8's page weight budget).
 */

/**
 * The header's indicator stays hidden until the record holds progress; its code (and the course
 * outline it fetches) loads then. A device that already has progress loads it with the page
 * (src/components/ProgressBadge.astro).
 */
export function loadBadgeWithProgress(store: ProgressStore) {
  if (hasProgress(store.get())) return loadBadge();
  const stop = store.subscribe(() => {
    if (!hasProgress(store.get())) return;
    stop();
    loadBadge();
  });
}

/** Storage problems are rare: the code and the words that show them load when there is one. */
export function showNoticesWhenAny(store: ProgressStore) {
  let loading = false;
  const check = () => {
    if (loading || store.notices().length === 0) return;
    loading = true;
    stop();
    void (import(/* @vite-ignore */ noticesUrl) as Promise<typeof import('./notices')>).then((m) => m.showNotices(store));
  };
  const stop = store.subscribe(check);
  check();
}
