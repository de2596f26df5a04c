import { href } from '../../lib/url';
import type { CourseOutline } from '../../lib/progress/outline';
import { createProgressStore, type ProgressStore } from '../../lib/progress/storage';
import { PROGRESS_KEY } from '../../lib/progress/types';
import { SITE_ERASED_EVENT } from '../../lib/storage/siteData';

/**
 * The page's one progress store, shared by the module tracker, the header and the islands (they
 * import this same module, so they get the same instance), kept in step with other tabs.
 */
let store: ProgressStore | undefined;

export function progressStore(): ProgressStore {
  if (store) return store;
  const s = (store = createProgressStore());
  window.addEventListener('storage', (e) => {
    if (e.key === null || e.key === PROGRESS_KEY) s.receive(e.key, e.newValue);
  });
  // The erase control on this page removed everything: start over instead of writing it back.
  window.addEventListener(SITE_ERASED_EVENT, () => s.reset());
  return s;
}

let outline: Promise<CourseOutline | null> | undefined;

/** The course outline, fetched once; null when it cannot be had (offline, say). */
export function fetchOutline(): Promise<CourseOutline | null> {
  outline ??= fetch(href('/progress-outline.json'))
    .then((r) => (r.ok ? (r.json() as Promise<CourseOutline>) : null))
    .catch(() => null);
  return outline;
}

/** Saves `text` as a file the learner downloads. */
export function downloadText(text: string, filename: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
