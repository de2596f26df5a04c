/**
 * Builds the search index at build time and writes it as static files. The browser only loads
 * them (see codec.ts and shards.ts); it never analyses the course text itself. The always-needed
 * part is /search-index.json; the postings go to shard files, the results' titles and leads to
 * docs files, and the snippet text to text files (texts.ts), each fetched only when needed.
 */
import { buildDocuments } from './documents';
import { encodeIndex, type CompactIndex } from './codec';
import { splitPostings } from './shards';
import { leadOf, splitTexts } from './texts';
import type { SearchDocsFile, SearchIndexFile, SearchShardFile, SearchSource, SearchTextFile, StoredDoc } from './types';

/** How much a word in each field counts: a heading match outranks a passing mention. */
export const FIELDS = ['title', 'parent', 'body'] as const;
export const FIELD_BOOSTS = [10, 1, 1];
/**
 * How many consecutive documents (so mostly one module's sections) a docs file holds. Small,
 * because a first screen of ten results often spans as many files: 4 keeps that to about 4 KB.
 */
export const DOCS_PER_FILE = 4;

export interface BuiltSearch {
  index: SearchIndexFile;
  /** By file name (the number as a string): /search-shard/<name>.json. */
  shards: Map<string, SearchShardFile>;
  /** By file name: /search-docs/<name>.json. */
  docs: Map<string, SearchDocsFile>;
  texts: Map<string, SearchTextFile>;
  /** Every document's stored part, and the whole index, for the tests and the benchmark. */
  stored: StoredDoc[];
  whole: CompactIndex;
}

/** Where a document's results are grouped (group.ts): see SearchIndexFile.groups. */
function groupCode(doc: Pick<StoredDoc, 'kind' | 'module'>, moduleCount: number): number {
  if (doc.module >= 0 && doc.module < moduleCount) return doc.module;
  return doc.kind === 'glossary' ? -1 : doc.kind === 'resource' ? -2 : -3;
}

/** Every file search serves, from one reading of the course so they always agree. */
export function buildSearch(source: SearchSource): BuiltSearch {
  const { modules, docs } = buildDocuments(source);
  const parts = splitTexts(docs, modules);
  const whole = encodeIndex(
    docs.map((d) => ({ title: d.title, parent: d.parent ?? '', body: d.body })),
    [...FIELDS],
    FIELD_BOOSTS,
  );
  const stored = docs.map(({ body: _searchedOnly, text, ...doc }, i): StoredDoc => {
    const part = parts.partOf[i];
    return { ...doc, lead: leadOf(text).lead, ...(part === undefined ? {} : { textFile: parts.names[part] }) };
  });
  const postings = splitPostings(whole);
  const groups: [number, number][] = [];
  for (const doc of stored) {
    const code = groupCode(doc, modules.length);
    const last = groups.at(-1);
    if (last && last[0] === code) last[1] += 1;
    else groups.push([code, 1]);
  }
  const docFiles = new Map<string, SearchDocsFile>();
  for (let at = 0; at < stored.length; at += DOCS_PER_FILE) docFiles.set(String(at / DOCS_PER_FILE), stored.slice(at, at + DOCS_PER_FILE));
  const index: SearchIndexFile = {
    version: 3,
    modules,
    fields: whole.fields,
    boosts: whole.boosts,
    terms: whole.terms,
    lengths: whole.lengths,
    shards: postings.counts,
    docsPerFile: DOCS_PER_FILE,
    groups,
  };
  return { index, shards: new Map(postings.files.map((f, n) => [String(n), f])), docs: docFiles, texts: parts.files, stored, whole };
}

export const buildSearchIndex = (source: SearchSource): SearchIndexFile => buildSearch(source).index;

/** A file's text exactly as served. */
export function serializeSearchIndex(file: SearchIndexFile | SearchShardFile | SearchDocsFile | SearchTextFile): string {
  return JSON.stringify(file);
}
