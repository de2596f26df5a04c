import badgeUrl from 'virtual:progress-badge-url';

/** Loads and starts the header's progress indicator (its own chunk, with the summary code it needs). */
export function loadBadge() {
  void (import(/* @vite-ignore */ badgeUrl) as Promise<typeof import('./badge')>).then((m) => m.initProgressBadge());
}
