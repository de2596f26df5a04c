/**
 * Fetches the search file once, on first use, and builds the index from it a slice at a time;
 * every search after that runs in the page.
 */
import { analyseInSlices } from '../../lib/search/lunrIndex';
import { createSearcher, type Searcher } from '../../lib/search/query';
import type { SearchIndexFile } from '../../lib/search/types';

export const INDEX_URL = '/search-index.json';

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

let loading: Promise<{ searcher: Searcher; file: SearchIndexFile }> | undefined;

export function loadSearcher(fetchIndex: (url: string) => Promise<Response> = (url) => fetch(url)) {
  loading ??= fetchIndex(INDEX_URL)
    .then((response) => {
      if (!response.ok) throw new Error(`${INDEX_URL} answered ${response.status}`);
      return response.json() as Promise<SearchIndexFile>;
    })
    // Between slices of the course, the page answers the learner (typing, scrolling).
    .then(async (file) => ({ searcher: createSearcher(file, await analyseInSlices(file.docs, nextTask)), file }))
    .catch((error: unknown) => {
      loading = undefined; // let the next attempt try again
      throw error;
    });
  return loading;
}
