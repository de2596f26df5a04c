/** Fetches the prebuilt index once, on first use; every search after that runs in the page. */
import { href } from '../../lib/url';
import { createSearcher, type Searcher } from '../../lib/search/query';
import type { SearchIndexFile } from '../../lib/search/types';

export const INDEX_URL = href('/search-index.json');

let loading: Promise<{ searcher: Searcher; file: SearchIndexFile }> | undefined;

export function loadSearcher(fetchIndex: (url: string) => Promise<Response> = (url) => fetch(url)) {
  loading ??= fetchIndex(INDEX_URL)
    .then((response) => {
      if (!response.ok) throw new Error(`${INDEX_URL} answered ${response.status}`);
      return response.json() as Promise<SearchIndexFile>;
    })
    .then((file) => ({ searcher: createSearcher(file), file }))
    // Rebuilding the index and drawing the first results are each a long piece of work on a slow
    // phone: let the page answer the learner in between (Lighthouse's Total Blocking Time).
    .then((loaded) => new Promise<typeof loaded>((resolve) => setTimeout(() => resolve(loaded), 0)))
    .catch((error: unknown) => {
      loading = undefined; // let the next attempt try again
      throw error;
    });
  return loading;
}
