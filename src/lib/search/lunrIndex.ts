/**
 * Builds the lunr index in the browser from the text the index file carries anyway for snippets.
 *
 * The file used to carry a compact lunr index as well (terms and per-field counts), about 21 KB
 * gzipped of a 73 KB file: the same words twice. Now the file holds each result's text once, plus
 * the analysed terms of what is searched but never shown (passages behind a content note, help
 * lines' numbers), and the page counts the terms itself. The scores are a fixed function of those
 * counts (BM25, lunr.Builder#createFieldVectors), computed here exactly as lunr.Builder does, so
 * results rank as an index lunr built itself. Analysing the course costs the page a few tens of
 * milliseconds on its first search: cheaper, on a slow connection, than 20 KB more to download.
 */
import lunr from 'lunr';
import type { StoredDoc } from './types';

/** The fields searched, and how much a word in each counts: a heading match outranks a passing mention. */
export const FIELDS = ['title', 'parent', 'body'] as const;
export const FIELD_BOOSTS = [10, 1, 1];

/** lunr's defaults (lunr.Builder#k1 and #b). */
const K1 = 1.2;
const B = 0.75;

const stems = new Map<string, string>();
/** lunr's English stemmer, remembered: the course uses the same words again and again. */
export function stemWord(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) stems.set(word, (stem = lunr.stemmer(new lunr.Token(word, {})).toString()));
  return stem;
}

/** The analysed terms of a text, as lunr's English pipeline (the `lunr()` default) gives them. */
export function analyse(text: string): string[] {
  const out: string[] = [];
  for (const token of lunr.tokenizer(text)) {
    const trimmed = lunr.trimmer(token) as lunr.Token;
    // Like lunr.Pipeline#run, which keeps a token trimmed to nothing ("—"): it counts in a field's length.
    if (lunr.stopWordFilter(trimmed)) out.push(stemWord(trimmed.toString()));
  }
  return out;
}

/** A stored document's terms per field (FIELDS): its body is the shown text plus the unshown terms. */
export function docTerms(doc: StoredDoc): string[][] {
  const body = analyse(doc.text);
  if (doc.also !== undefined) body.push(...doc.also.split(' '));
  return [analyse(doc.title), analyse(doc.parent ?? ''), body];
}

/**
 * `docTerms` of every document, a slice at a time, waiting on `pause` between slices: analysing
 * the whole course at once would hold up the page (a long task) on a slow phone.
 */
export async function analyseInSlices(docs: StoredDoc[], pause: () => Promise<unknown>, size = 25): Promise<string[][][]> {
  const out: string[][][] = [];
  for (let i = 0; i < docs.length; i += size) {
    if (i > 0) await pause();
    out.push(...docs.slice(i, i + size).map(docTerms));
  }
  return out;
}

/**
 * A lunr index over documents given as their analysed terms, per field in `fields` order (terms
 * may repeat). Document refs are positions in the list ("0", "1", …).
 */
export function buildIndex(docs: string[][][], fields: readonly string[] = FIELDS, boosts: number[] = FIELD_BOOSTS): lunr.Index {
  // Terms become numbers (their place in lunr's sorted order) so the counting below is cheap.
  const all = new Set<string>();
  for (const d of docs) for (const list of d) for (const t of list) all.add(t);
  const terms = [...all].sort();
  const position = new Map(terms.map((t, i) => [t, i]));
  const docCount = docs.length;
  const lengthSum = fields.map(() => 0);
  // Per term, per field: the documents it occurs in (lunr's inverted index).
  const inverted = terms.map(() => fields.map(() => [] as number[]));
  const counted = docs.map((d, doc) =>
    fields.map((_, f) => {
      const list = d[f] ?? [];
      lengthSum[f] += list.length;
      const tf = new Map<number, number>();
      for (const t of list) {
        const at = position.get(t)!;
        tf.set(at, (tf.get(at) ?? 0) + 1);
      }
      const ats = [...tf.keys()].sort((a, b) => a - b);
      for (const at of ats) inverted[at][f].push(doc);
      return { length: list.length, ats, tf };
    }),
  );
  const average = lengthSum.map((sum) => sum / docCount);
  const idf = inverted.map((byField) => {
    const withTerm = byField.reduce((n, docsWith) => n + docsWith.length, 0);
    return Math.log(1 + Math.abs((docCount - withTerm + 0.5) / (withTerm + 0.5)));
  });
  const fieldVectors: [string, number[]][] = [];
  counted.forEach((d, doc) =>
    d.forEach(({ length, ats, tf }, f) => {
      const norm = K1 * (1 - B + B * (length / average[f]));
      const elements: number[] = [];
      for (const at of ats) {
        const n = tf.get(at)!;
        // The same operations in the same order as lunr.Builder, so the rounded scores match.
        let score = (idf[at] * ((K1 + 1) * n)) / (norm + n);
        score *= boosts[f];
        elements.push(at, Math.round(score * 1000) / 1000);
      }
      fieldVectors.push([`${fields[f]}/${doc}`, elements]);
    }),
  );
  const invertedIndex = terms.map((term, at) => {
    const posting: Record<string, unknown> = { _index: at };
    fields.forEach((field, f) => {
      const docsWith: Record<string, object> = {};
      for (const doc of inverted[at][f]) docsWith[doc] = {};
      posting[field] = docsWith;
    });
    return [term, posting];
  });
  return lunr.Index.load({ version: lunr.version, fields, fieldVectors, invertedIndex, pipeline: ['stemmer'] });
}
