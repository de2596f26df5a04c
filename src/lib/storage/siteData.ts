/** Everything the site keeps on the device lives in localStorage under this prefix. */
export const STORAGE_PREFIX = 'steady-ground:';

/** The subset of the Web Storage API the site uses, so tests can pass a plain object. */
export interface KeyValueStore {
  readonly length: number;
  key(index: number): string | null;
  removeItem(key: string): void;
}

/** The keys this site has stored on this device. */
export function siteKeys(store: KeyValueStore): string[] {
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const k = store.key(i);
    if (k?.startsWith(STORAGE_PREFIX)) keys.push(k);
  }
  return keys.sort();
}

/** Removes everything this site stored, and nothing that belongs to anyone else. Returns what went. */
export function eraseSiteData(store: KeyValueStore): string[] {
  const keys = siteKeys(store);
  keys.forEach((k) => store.removeItem(k));
  return keys;
}

/** Sent on `window` after the erase control removed everything, so open features start over. */
export const SITE_ERASED_EVENT = 'steady-ground:erased';

/** What a stored key holds, in words a learner can check before erasing it. */
export function describeKey(key: string): string {
  const name = key.slice(STORAGE_PREFIX.length);
  if (name === 'progress') return 'your course progress: sections read, scenario endings, check scores, your learning path, scenarios in progress and any name you saved for certificates';
  if (name.startsWith('progress-backup:')) return `a copy of earlier progress that could not be read (kept ${name.slice('progress-backup:'.length, 'progress-backup:'.length + 10)})`;
  if (name === 'theme') return 'your light or dark mode choice';
  if (name.startsWith('quiz:')) return `where you were in “${name.slice(5)}” (saved by an earlier version)`;
  if (name.startsWith('quiz-backup:')) return `a copy of a saved place in “${name.slice(12)}” that could not be read`;
  return name;
}
