/** The shapes search works with, from content on disk to results on screen. */

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
  /** Set when the text goes on past the lead: the name of the text file holding it (texts.ts textUrl). */
  textFile?: string;
}

/** A document as it is indexed: the stored part plus text that is searched but never shown. */
export interface SearchDoc extends Omit<StoredDoc, 'lead' | 'textFile'> {
  /** Plain text for the snippet. Passages behind a content note are left out on purpose. */
  text: string;
  /** The full prose, content-noted passages included, so those sections can still be found. */
  body: string;
}

/**
 * The static file the site serves at /search-index.json: the part of the index every query needs
 * (shards.ts). The postings are in shard files and the results' titles and leads in docs files,
 * fetched for the query's terms and for the results on screen.
 */
export interface SearchIndexFile {
  /** Bumped whenever the shape changes, so an old cached file is not misread. */
  version: 3;
  modules: { slug: string; title: string }[];
  fields: string[];
  boosts: number[];
  /** Every indexed term, front-coded (codec.ts frontCode): prefix, typo and exact matching run on it. */
  terms: string;
  /** Per document, per field: the number of terms in the field, for lunr's scores. */
  lengths: number[][];
  /** How many terms each shard file holds, in term order: shard n holds the next `shards[n]` terms. */
  shards: number[];
  /** How many documents each docs file holds: document d is in docs file floor(d / docsPerFile). */
  docsPerFile: number;
  /**
   * The result group of every document, run-length coded as [group, count] pairs: a module's
   * position in `modules`, or -1 glossary, -2 help lines, -3 a quiz whose module is unknown. So the
   * list is grouped and laid out before the documents' titles arrive.
   */
  groups: [number, number][];
}

/** One of the files at /search-shard/<n>.json: per term of the shard, per field, its documents gap-coded (codec.ts readPostings). */
export type SearchShardFile = number[][][];

/** One of the files at /search-docs/<n>.json: the stored part of `docsPerFile` consecutive documents. */
export type SearchDocsFile = StoredDoc[];

/**
 * One of the static files at /search-text/<name>.json: the snippet text of one module's sections
 * (or of the glossary, or of the help lines), by the anchor each result leads to.
 */
export type SearchTextFile = Record<string, string>;
