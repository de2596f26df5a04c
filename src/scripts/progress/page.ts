import type { ProgressStore } from '../../lib/progress/storage';
import { progressStore } from './client';
import { loadBadgeWithProgress, showNoticesWhenAny } from './deferred';

let started = false;

/**
 * Progress tracking for a page without the module tracker (the scenario and check pages): the
 * page's store, its storage notices, and the header's indicator once there is progress. It loads
 * with the page, like the module tracker, so a learner whose browser cannot keep progress is told
 * before starting; the quiz players then use the same store.
 */
export function initPageProgress(): ProgressStore {
  const store = progressStore();
  if (started) return store;
  started = true;
  showNoticesWhenAny(store);
  loadBadgeWithProgress(store);
  return store;
}
