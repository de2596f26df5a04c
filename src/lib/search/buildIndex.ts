/**
 * Writes the search file at build time: each result's text, plus the analysed terms of what is
 * searched but not shown. The page builds its lunr index from these (lunrIndex.ts).
 */
import { buildDocuments } from './documents';
import { analyse } from './lunrIndex';
import type { SearchIndexFile, SearchSource, StoredDoc } from './types';

export { FIELDS, FIELD_BOOSTS } from './lunrIndex';

/** The terms of `searched` beyond those of `shown`, counted with repeats, sorted. */
export function unshownTerms(searched: string, shown: string): string[] {
  const left = new Map<string, number>();
  for (const t of analyse(searched)) left.set(t, (left.get(t) ?? 0) + 1);
  for (const t of analyse(shown)) left.set(t, (left.get(t) ?? 0) - 1);
  return [...left].flatMap(([t, n]) => Array<string>(Math.max(0, n)).fill(t)).sort();
}

export function buildSearchIndex(source: SearchSource): SearchIndexFile {
  const { modules, docs } = buildDocuments(source);
  const stored: StoredDoc[] = docs.map(({ body, ...doc }) => {
    const also = unshownTerms(body, doc.text);
    return also.length ? { ...doc, also: also.join(' ') } : doc;
  });
  return { version: 2, modules, docs: stored };
}

/** The file's text exactly as served. */
export function serializeSearchIndex(file: SearchIndexFile): string {
  return JSON.stringify(file);
}
