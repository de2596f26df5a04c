/**
 * Builds the search index at build time and serializes it with the stored documents. The browser
 * only loads this file (see codec.ts); it never analyses the course text itself. The snippet text
 * goes to separate files (texts.ts), so the index file carries only a short lead per result.
 */
import { buildDocuments } from './documents';
import { encodeIndex } from './codec';
import { leadOf, splitTexts } from './texts';
import type { SearchIndexFile, SearchSource, SearchTextFile, StoredDoc } from './types';

/** How much a word in each field counts: a heading match outranks a passing mention. */
export const FIELDS = ['title', 'parent', 'body'] as const;
export const FIELD_BOOSTS = [10, 1, 1];

/** The index file and the text files, from one reading of the course so the two always agree. */
export function buildSearch(source: SearchSource): { index: SearchIndexFile; texts: Map<string, SearchTextFile> } {
  const { modules, docs } = buildDocuments(source);
  const parts = splitTexts(docs, modules);
  const compact = encodeIndex(
    docs.map((d) => ({ title: d.title, parent: d.parent ?? '', body: d.body })),
    [...FIELDS],
    FIELD_BOOSTS,
  );
  const stored = docs.map(({ body: _searchedOnly, text, ...doc }, i): StoredDoc => {
    const part = parts.partOf[i];
    return { ...doc, lead: leadOf(text).lead, ...(part === undefined ? {} : { part }) };
  });
  return { index: { version: 2, modules, docs: stored, texts: parts.names, index: compact }, texts: parts.files };
}

export const buildSearchIndex = (source: SearchSource): SearchIndexFile => buildSearch(source).index;

/** A file's text exactly as served (the index or a text file). */
export function serializeSearchIndex(file: SearchIndexFile | SearchTextFile): string {
  return JSON.stringify(file);
}
