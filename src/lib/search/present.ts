/** What a result list shows: the best hits, grouped by module, each with a marked snippet. */
import { groupResults, type GroupLabels, type ResultGroup } from './group';
import { makeSnippet, markWords, type Segment } from './snippet';
import type { SearchHit } from './query';
import type { SearchIndexFile, SearchKind } from './types';

export interface ShownResult {
  url: string;
  kind: SearchKind;
  title: Segment[];
  /** The `##` section a `###` section sits in. */
  parent?: string;
  snippet: Segment[];
  doc: { kind: SearchKind; module: number };
}

export interface ShownResults {
  /** Every result found, shown or not. */
  total: number;
  shown: number;
  groups: ResultGroup<ShownResult>[];
}

export function presentResults(
  hits: SearchHit[],
  file: Pick<SearchIndexFile, 'modules'>,
  matcher: (terms: Set<string>) => (word: string) => boolean,
  labels: GroupLabels,
  limit: number,
): ShownResults {
  // Snippets are made only for the results shown, so a broad query stays quick.
  const shown = hits.slice(0, limit).map((hit): ShownResult => {
    const isMatch = matcher(hit.terms);
    const { doc } = hit;
    return {
      url: doc.url,
      kind: doc.kind,
      title: markWords(doc.title, isMatch),
      ...(doc.parent ? { parent: doc.parent } : {}),
      snippet: makeSnippet(doc.text, isMatch),
      doc: { kind: doc.kind, module: doc.module },
    };
  });
  return { total: hits.length, shown: shown.length, groups: groupResults(shown, file.modules, labels) };
}
