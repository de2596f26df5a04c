/**
 * The snippet text, split out of the index so the first search stays small. The index file keeps a
 * short lead per result; the full texts are in small static files, each holding a run of one
 * module's sections (or of the glossary, or of the help lines), fetched only when one of its
 * results is on screen. Parts smaller than a module keep a broad first query's text small: with one
 * file per module, a query whose first ten results span six modules needed about 44 KB of text.
 */
import { href } from '../url';
import type { SearchDoc, SearchTextFile, StoredDoc } from './types';

/** How many words of a result's text the index file keeps, to show before the rest arrives. */
export const LEAD_WORDS = 20;
/** Roughly how many characters of text one file holds (about 2 KB gzipped). */
export const PART_CHARS = 4000;
/** Where the text files are served (src/pages/search-text/[file].json.ts). */
export const TEXT_DIR = href('/search-text/');

export const textUrl = (name: string) => `${TEXT_DIR}${name}.json`;

/** A result's key in its text file: the anchor it leads to ("" for a module's opening). */
export const textKey = (url: string) => url.split('#')[1] ?? '';

/** The first words of a text, and whether the text goes on past them. */
export function leadOf(text: string): { lead: string; cut: boolean } {
  const words = text.split(' ').filter(Boolean);
  return { lead: words.slice(0, LEAD_WORDS).join(' '), cut: words.length > LEAD_WORDS };
}

/** Which file group a document's text belongs to. Module slugs are prefixed so none can take "glossary". */
function groupOf(doc: SearchDoc, modules: { slug: string }[]): string {
  if (doc.kind === 'glossary') return 'glossary';
  if (doc.kind === 'resource') return 'help';
  const module = modules[doc.module];
  return module ? `module-${module.slug}` : 'other';
}

export interface TextParts {
  /** The text files' names, in order; `partOf` gives positions in this list. */
  names: string[];
  /** Per document, the position of its text file, or undefined when the lead is the whole text. */
  partOf: (number | undefined)[];
  files: Map<string, SearchTextFile>;
}

/** Splits the texts that go on past their lead into files, keeping each group's documents in order. */
export function splitTexts(docs: SearchDoc[], modules: { slug: string }[]): TextParts {
  const names: string[] = [];
  const files = new Map<string, SearchTextFile>();
  const counts = new Map<string, number>();
  let open: { group: string; name: string; chars: number } | undefined;
  const partOf = docs.map((doc) => {
    if (!leadOf(doc.text).cut) return undefined;
    const group = groupOf(doc, modules);
    if (!open || open.group !== group || open.chars + doc.text.length > PART_CHARS) {
      const n = (counts.get(group) ?? 0) + 1;
      counts.set(group, n);
      open = { group, name: `${group}-${n}`, chars: 0 };
      names.push(open.name);
      files.set(open.name, {});
    }
    const texts = files.get(open.name)!;
    const key = textKey(doc.url);
    if (key in texts) throw new Error(`Two search results in ${open.name} lead to the same anchor "#${key}"`);
    texts[key] = doc.text;
    open.chars += doc.text.length;
    return names.length - 1;
  });
  return { names, partOf, files };
}

/** The text file that holds a result's full text, when its lead is not all of it. */
export function textFileOf(doc: Pick<StoredDoc, 'textFile'>): string | undefined {
  return doc.textFile;
}

/** Reads a fetched text file, refusing anything that is not one (an error page, another shape). */
export function parseTextFile(data: unknown): SearchTextFile {
  if (!data || typeof data !== 'object' || Array.isArray(data) || !Object.values(data).every((v) => typeof v === 'string')) {
    throw new Error('not a search text file');
  }
  return data as SearchTextFile;
}

/** Looks up a result's full text in the text files loaded so far. */
export function textLookup(loaded: ReadonlyMap<string, SearchTextFile>) {
  return (doc: Pick<StoredDoc, 'textFile' | 'url'>): string | undefined => {
    const file = textFileOf(doc);
    return file ? loaded.get(file)?.[textKey(doc.url)] : undefined;
  };
}
