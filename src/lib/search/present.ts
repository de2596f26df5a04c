/**
 * What a result list shows: the best hits, grouped by module, each with a marked snippet. The
 * snippet comes from the result's full text once its text file has loaded, and from the lead in
 * the index until then, so results never wait for text.
 */
import { groupResults, type GroupLabels, type ResultGroup } from './group';
import { makeSnippet, markWords, type Segment } from './snippet';
import type { SearchHit } from './query';
import { textFileOf } from './texts';
import type { SearchIndexFile, SearchKind, StoredDoc } from './types';

export interface ShownResult {
  url: string;
  kind: SearchKind;
  title: Segment[];
  /** The `##` section a `###` section sits in. */
  parent?: string;
  snippet: Segment[];
  /** The text file this result's snippet comes from, while it is still the lead (texts.ts). */
  wantsText?: string;
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
  file: Pick<SearchIndexFile, 'modules' | 'texts'>,
  matcher: (terms: Set<string>) => (word: string) => boolean,
  labels: GroupLabels,
  limit: number,
  /** The full text of a result, when its text file has loaded (texts.ts textLookup). */
  textOf: (doc: StoredDoc) => string | undefined = () => undefined,
): ShownResults {
  // Snippets are made only for the results shown, so a broad query stays quick.
  const shown = hits.slice(0, limit).map((hit): ShownResult => {
    const isMatch = matcher(hit.terms);
    const { doc } = hit;
    const text = textOf(doc);
    const wantsText = text === undefined ? textFileOf(doc, file.texts) : undefined;
    return {
      url: doc.url,
      kind: doc.kind,
      title: markWords(doc.title, isMatch),
      ...(doc.parent ? { parent: doc.parent } : {}),
      snippet: text !== undefined ? makeSnippet(text, isMatch) : leadSnippet(doc, isMatch),
      ...(wantsText ? { wantsText } : {}),
      doc: { kind: doc.kind, module: doc.module },
    };
  });
  return { total: hits.length, shown: shown.length, groups: groupResults(shown, file.modules, labels) };
}

/** The lead, marked like a snippet, with an ellipsis where the text goes on. */
function leadSnippet(doc: StoredDoc, isMatch: (word: string) => boolean): Segment[] {
  const segments = markWords(doc.lead, isMatch);
  return doc.part !== undefined ? [...segments, { text: ' …' }] : segments;
}
