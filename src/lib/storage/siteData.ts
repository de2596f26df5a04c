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
