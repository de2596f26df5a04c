/**
 * What a result list shows: the best hits, grouped by module, each with a marked snippet. A result
 * whose docs file has not arrived yet keeps its place, grouped, until its title does (docs.ts); the
 * snippet comes from the result's full text once its text file has loaded, and from the lead until
 * then, so results never wait for text.
 */
import { groupResults, type GroupLabels, type ResultGroup } from './group';
import { makeSnippet, markWords, type Segment } from './snippet';
import type { SearchHit } from './query';
import { textFileOf } from './texts';
import type { SearchKind, StoredDoc } from './types';

export interface ShownResult {
  /** The document's position in the course: a stable key while the list settles. */
  ref: number;
  url: string;
  kind: SearchKind;
  title: Segment[];
  /** The `##` section a `###` section sits in. */
  parent?: string;
  snippet: Segment[];
  /** The docs file holding this result's title, while it has not arrived (the result is a placeholder). */
  wantsDocs?: number;
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

export interface ResultSources {
  modules: { slug: string; title: string }[];
  /** A result's stored part, when its docs file has loaded (docs.ts docLookup). */
  docOf: (ref: number) => StoredDoc | undefined;
  /** A result's group, known from the start (docs.ts groupsOf). */
  groupOf: (ref: number) => { kind: SearchKind; module: number };
  /** The docs file of a result. */
  docsFileOf: (ref: number) => number;
  /** The full text of a result, when its text file has loaded (texts.ts textLookup). */
  textOf?: (doc: StoredDoc) => string | undefined;
}

export function presentResults(
  hits: SearchHit[],
  sources: ResultSources,
  matcher: (terms: Set<string>) => (word: string) => boolean,
  labels: GroupLabels,
  limit: number,
): ShownResults {
  const { docOf, groupOf, textOf = () => undefined } = sources;
  // Snippets are made only for the results shown, so a broad query stays quick.
  const shown = hits.slice(0, limit).map((hit): ShownResult => {
    const doc = docOf(hit.ref);
    if (!doc) {
      const group = groupOf(hit.ref);
      return { ref: hit.ref, url: '', kind: group.kind, title: [], snippet: [], wantsDocs: sources.docsFileOf(hit.ref), doc: group };
    }
    const isMatch = matcher(hit.terms);
    const text = textOf(doc);
    const wantsText = text === undefined ? textFileOf(doc) : undefined;
    return {
      ref: hit.ref,
      url: doc.url,
      kind: doc.kind,
      title: markWords(doc.title, isMatch),
      ...(doc.parent ? { parent: doc.parent } : {}),
      snippet: text !== undefined ? makeSnippet(text, isMatch) : leadSnippet(doc, isMatch),
      ...(wantsText ? { wantsText } : {}),
      doc: { kind: doc.kind, module: doc.module },
    };
  });
  return { total: hits.length, shown: shown.length, groups: groupResults(shown, sources.modules, labels) };
}

/** The lead, marked like a snippet, with an ellipsis where the text goes on. */
function leadSnippet(doc: StoredDoc, isMatch: (word: string) => boolean): Segment[] {
  const segments = markWords(doc.lead, isMatch);
  return doc.textFile !== undefined ? [...segments, { text: ' …' }] : segments;
}
