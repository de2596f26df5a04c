import { href } from '../url';
/**
 * The results' titles, addresses and leads, in small static files of consecutive documents
 * (buildIndex.ts DOCS_PER_FILE), fetched for the results on screen only: a course ten times the
 * size would otherwise put 200 KB of titles and leads in front of its first result.
 */
import type { SearchDocsFile, SearchIndexFile, SearchKind, StoredDoc } from './types';

/** Where the shard and docs files are served (src/pages/search-shard/, src/pages/search-docs/). */
export const SHARD_DIR = href('/search-shard/');
export const DOCS_DIR = href('/search-docs/');
export const shardUrl = (n: number) => `${SHARD_DIR}${n}.json`;
export const docsUrl = (n: number) => `${DOCS_DIR}${n}.json`;

/** The docs file that holds a document. */
export const docsFileOf = (ref: number, file: Pick<SearchIndexFile, 'docsPerFile'>) => Math.floor(ref / file.docsPerFile);

/** A document's group, known before its docs file arrives (SearchIndexFile.groups), in the shape group.ts reads. */
export function groupsOf(file: Pick<SearchIndexFile, 'groups'>): (ref: number) => { kind: SearchKind; module: number } {
  const codes: number[] = file.groups.flatMap(([code, count]) => Array<number>(count).fill(code));
  return (ref) => {
    const code = codes[ref] ?? -3;
    return code >= 0 ? { kind: 'section', module: code } : { kind: code === -1 ? 'glossary' : code === -2 ? 'resource' : 'scenario', module: -1 };
  };
}

/** Looks up a document in the docs files loaded so far. */
export function docLookup(loaded: ReadonlyMap<number, SearchDocsFile>, file: Pick<SearchIndexFile, 'docsPerFile'>) {
  return (ref: number): StoredDoc | undefined => loaded.get(docsFileOf(ref, file))?.[ref % file.docsPerFile];
}

/** Reads a fetched docs file, refusing anything that is not one. */
export function parseDocsFile(data: unknown): SearchDocsFile {
  if (!Array.isArray(data) || !data.every((d) => d && typeof d === 'object' && typeof d.url === 'string' && typeof d.title === 'string')) {
    throw new Error('not a search docs file');
  }
  return data as SearchDocsFile;
}

/** Reads a fetched shard file, refusing anything that is not one. */
export function parseShardFile(data: unknown): number[][][] {
  if (!Array.isArray(data) || !data.every((t) => Array.isArray(t) && t.every((f) => Array.isArray(f)))) throw new Error('not a search shard file');
  return data as number[][][];
}
