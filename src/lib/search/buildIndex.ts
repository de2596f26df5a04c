/**
 * Builds the search index at build time and serializes it with the stored documents. The browser
 * only loads this file (see codec.ts); it never analyses the course text itself.
 */
import { buildDocuments } from './documents';
import { encodeIndex } from './codec';
import type { SearchIndexFile, SearchSource, StoredDoc } from './types';

/** How much a word in each field counts: a heading match outranks a passing mention. */
export const FIELDS = ['title', 'parent', 'body'] as const;
export const FIELD_BOOSTS = [10, 1, 1];

export function buildSearchIndex(source: SearchSource): SearchIndexFile {
  const { modules, docs } = buildDocuments(source);
  const index = encodeIndex(
    docs.map((d) => ({ title: d.title, parent: d.parent ?? '', body: d.body })),
    [...FIELDS],
    FIELD_BOOSTS,
  );
  const stored: StoredDoc[] = docs.map(({ body: _searchedOnly, ...doc }) => doc);
  return { version: 1, modules, docs: stored, index };
}

/** The file's text exactly as served. */
export function serializeSearchIndex(file: SearchIndexFile): string {
  return JSON.stringify(file);
}
