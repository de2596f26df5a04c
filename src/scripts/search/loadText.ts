/**
 * Fetches a snippet text file when one of its results is first on screen, once per page: kept in
 * memory only, never written anywhere. A failed fetch is forgotten, so a later search tries again;
 * until then the result keeps the lead it already shows.
 */
import { parseTextFile, textUrl } from '../../lib/search/texts';
import type { SearchTextFile } from '../../lib/search/types';

const loading = new Map<string, Promise<SearchTextFile>>();

export function loadText(name: string, fetchText: (url: string) => Promise<Response> = (url) => fetch(url)): Promise<SearchTextFile> {
  let pending = loading.get(name);
  if (!pending) {
    const url = textUrl(name);
    pending = fetchText(url)
      .then((response) => {
        if (!response.ok) throw new Error(`${url} answered ${response.status}`);
        return response.json();
      })
      .then(parseTextFile)
      .catch((error: unknown) => {
        loading.delete(name);
        throw error;
      });
    loading.set(name, pending);
  }
  return pending;
}
