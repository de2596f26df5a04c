import { PROGRESS_KEY } from '../../lib/progress/types';
import badgeUrl from 'virtual:progress-badge-url';

/** Loads and starts the header's progress indicator (its own chunk, with the summary code it needs). */
export function loadBadge() {
  void (import(/* @vite-ignore */ badgeUrl) as Promise<typeof import('./badge')>).then((m) => m.initProgressBadge());
}

/** On a device that already has progress, the header's indicator loads with the page. */
export function loadBadgeIfStored() {
  if (!document.querySelector('[data-progress-badge]')) return;
  let stored = false;
  try {
    stored = !!localStorage.getItem(PROGRESS_KEY);
  } catch {
    // Storage blocked: nothing is stored, so there is nothing to show.
  }
  if (stored) loadBadge();
}
