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
 * A lunr index over documents given as their analysed terms, per field in `fields` order (terms
 * may repeat). Document refs are positions in the list ("0", "1", …).
 */
export function buildIndex(docs: string[][][], fields: readonly string[] = FIELDS, boosts: number[] = FIELD_BOOSTS): lunr.Index {
  const counted = docs.map((d) =>
    fields.map((_, f) => {
      const tf = new Map<string, number>();
      for (const t of d[f] ?? []) tf.set(t, (tf.get(t) ?? 0) + 1);
      return { length: d[f]?.length ?? 0, tf };
    }),
  );
  const terms = [...new Set(counted.flatMap((d) => d.flatMap((f) => [...f.tf.keys()])))].sort();
  const docCount = docs.length;
  const average = fields.map((_, f) => counted.reduce((sum, d) => sum + d[f].length, 0) / docCount);
  // Per term, per field: the documents it occurs in.
  const inverted = new Map(terms.map((t) => [t, fields.map(() => [] as number[])]));
  counted.forEach((d, doc) => d.forEach(({ tf }, f) => tf.forEach((_, t) => inverted.get(t)![f].push(doc))));
  const idf = new Map(
    terms.map((t) => {
      const withTerm = inverted.get(t)!.reduce((n, docsWith) => n + docsWith.length, 0);
      return [t, Math.log(1 + Math.abs((docCount - withTerm + 0.5) / (withTerm + 0.5)))];
    }),
  );
  const position = new Map(terms.map((t, i) => [t, i]));
  const fieldVectors: [string, number[]][] = [];
  counted.forEach((d, doc) =>
    d.forEach(({ length, tf }, f) => {
      const norm = K1 * (1 - B + B * (length / average[f]));
      const elements = [...tf]
        .sort((a, b) => position.get(a[0])! - position.get(b[0])!)
        .flatMap(([t, n]) => {
          // The same operations in the same order as lunr.Builder, so the rounded scores match.
          let score = (idf.get(t)! * ((K1 + 1) * n)) / (norm + n);
          score *= boosts[f];
          return [position.get(t)!, Math.round(score * 1000) / 1000];
        });
      fieldVectors.push([`${fields[f]}/${doc}`, elements]);
    }),
  );
  const invertedIndex = terms.map((term, at) => {
    const posting: Record<string, unknown> = { _index: at };
    fields.forEach((f, i) => (posting[f] = Object.fromEntries(inverted.get(term)![i].map((doc) => [String(doc), {}]))));
    return [term, posting];
  });
  return lunr.Index.load({ version: lunr.version, fields, fieldVectors, invertedIndex, pipeline: ['stemmer'] });
}
