/**
 * Fetches the always-needed part of the index once, on first use, then the shard and docs files a
 * query needs as it needs them (src/lib/search/shards.ts, docs.ts): each once per page, kept in
 * memory only. A failed fetch is forgotten, so a later search tries again.
 */
import { createShardedSearcher, type ShardedSearcher } from '../../lib/search/shards';
import { docsUrl, parseDocsFile, parseShardFile, shardUrl } from '../../lib/search/docs';
import type { SearchDocsFile, SearchIndexFile, SearchShardFile } from '../../lib/search/types';
import { href } from '../../lib/url';

export const INDEX_URL = href('/search-index.json');

type Fetch = (url: string) => Promise<Response>;
const browserFetch: Fetch = (url) => fetch(url);

let loading: Promise<{ searcher: ShardedSearcher; file: SearchIndexFile }> | undefined;

export function loadSearcher(fetchIndex: Fetch = browserFetch) {
  loading ??= fetchIndex(INDEX_URL)
    .then((response) => {
      if (!response.ok) throw new Error(`${INDEX_URL} answered ${response.status}`);
      return response.json() as Promise<SearchIndexFile>;
    })
    .then((file) => {
      if (file.version !== 3) throw new Error(`search index version ${String(file.version)} is not one this page can read`);
      return { searcher: createShardedSearcher(file), file };
    })
    // Rebuilding the vocabulary and drawing the first results are each a long piece of work on a
    // slow phone: let the page answer the learner in between (Lighthouse's Total Blocking Time).
    .then((loaded) => new Promise<typeof loaded>((resolve) => setTimeout(() => resolve(loaded), 0)))
    .catch((error: unknown) => {
      loading = undefined; // let the next attempt try again
      throw error;
    });
  return loading;
}

/** Fetches a JSON file once per page; forgets a failure. */
function loader<T>(urlOf: (n: number) => string, parse: (data: unknown) => T) {
  const pending = new Map<number, Promise<T>>();
  return (n: number, fetchFile: Fetch = browserFetch): Promise<T> => {
    let p = pending.get(n);
    if (!p) {
      const url = urlOf(n);
      p = fetchFile(url)
        .then((response) => {
          if (!response.ok) throw new Error(`${url} answered ${response.status}`);
          return response.json();
        })
        .then(parse)
        .catch((error: unknown) => {
          pending.delete(n);
          throw error;
        });
      pending.set(n, p);
    }
    return p;
  };
}

export const loadShard: (n: number, fetchFile?: Fetch) => Promise<SearchShardFile> = loader(shardUrl, parseShardFile);
export const loadDocs: (n: number, fetchFile?: Fetch) => Promise<SearchDocsFile> = loader(docsUrl, parseDocsFile);
