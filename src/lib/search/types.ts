/** The shapes search works with, from content on disk to results on screen. */
import type { CompactIndex } from './codec';

/** What kind of thing a result is; the UI words for each live in src/config.ts. */
export type SearchKind = 'section' | 'glossary' | 'resource' | 'scenario' | 'check';

/** The course content search reads, already validated by the build. */
export interface SearchSource {
  modules: { slug: string; title: string; summary: string; order: number; objectives: string[]; takeaways: string[]; body: string }[];
  glossary: { id: string; term: string; definition: string }[];
  resources: { id: string; name: string; summary: string; notes?: string[]; contacts: { value: string; note?: string }[] }[];
  quizzes: { id: string; kind: 'scenario' | 'check'; title: string; module: string }[];
}

/** One searchable thing, as stored in the index file: only what ranking and the result list need. */
export interface StoredDoc {
  kind: SearchKind;
  /** Position of the module in `SearchIndexFile.modules`, or -1 (glossary, help lines). */
  module: number;
  /** The section heading, term, service or quiz title. */
  title: string;
  /** For a `###` section, the `##` section it sits in. */
  parent?: string;
  /** Where the result leads: a page and, for a section, its anchor. */
  url: string;
  /**
   * The first words of the text (texts.ts LEAD_WORDS), shown at once while the rest of the text
   * loads. Passages behind a content note are left out on purpose, as in the text.
   */
  lead: string;
  /** Set when the text goes on past the lead: the position in `SearchIndexFile.texts` of the file holding it. */
  part?: number;
}

/** A document as it is indexed: the stored part plus text that is searched but never shown. */
export interface SearchDoc extends Omit<StoredDoc, 'lead' | 'part'> {
  /** Plain text for the snippet. Passages behind a content note are left out on purpose. */
  text: string;
  /** The full prose, content-noted passages included, so those sections can still be found. */
  body: string;
}

/** The static file the site serves at /search-index.json. */
export interface SearchIndexFile {
  /** Bumped whenever the shape changes, so an old cached file is not misread. */
  version: 2;
  modules: { slug: string; title: string }[];
  docs: StoredDoc[];
  /** The names of the text files (texts.ts textUrl gives each one's address). */
  texts: string[];
  /** The lunr index in compact form (codec.ts). */
  index: CompactIndex;
}

/**
 * One of the static files at /search-text/<name>.json: the snippet text of one module's sections
 * (or of the glossary, or of the help lines), by the anchor each result leads to.
 */
export type SearchTextFile = Record<string, string>;
