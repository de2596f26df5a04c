/**
 * A compact form of a lunr index, about a quarter of lunr's own JSON once gzipped.
 *
 * lunr serializes a score for every (term, field, document) triple, which is most of its size. Those
 * scores are a fixed function (BM25, lunr.Builder#createFieldVectors) of a few small integers: how
 * often each term occurs in a field and how long the field is. So the file keeps the analysed terms
 * and those integers, and `decodeIndex` recomputes the scores exactly as lunr.Builder does and hands
 * lunr the same JSON it would have written. The browser never tokenizes or stems the course text.
 */
import lunr from 'lunr';

export interface CompactIndex {
  fields: string[];
  boosts: number[];
  /**
   * Every indexed term, sorted as lunr sorts them, front-coded: each entry is one base-36 digit
   * (how many leading characters it shares with the previous term, at most 35) and the rest of
   * the term; entries are separated by spaces, which lunr's tokenizer never leaves in a term.
   */
  terms: string;
  /** Per document, per field: the number of terms in the field after lunr's pipeline. */
  lengths: number[][];
  /**
   * Per document, per field: the field's terms as ascending positions in `terms`, each written as
   * the gap from the previous one. A negative number -(gap + 1) means the term occurs more than
   * once, and the next number is how many times.
   */
  postings: number[][][];
}

/** lunr's defaults (lunr.Builder#k1 and #b). */
const K1 = 1.2;
const B = 0.75;

/** The analysed terms of one field, as lunr's English pipeline (the `lunr()` default) gives them. */
export function analyse(text: string): string[] {
  const pipeline = new lunr.Pipeline();
  pipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);
  return pipeline.run(lunr.tokenizer(text)).map(String);
}

export function encodeIndex(docs: Record<string, string>[], fields: string[], boosts: number[]): CompactIndex {
  const counted = docs.map((doc) =>
    fields.map((f) => {
      const terms = analyse(doc[f] ?? '');
      const tf = new Map<string, number>();
      for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
      return { length: terms.length, tf };
    }),
  );
  const terms = [...new Set(counted.flatMap((d) => d.flatMap((f) => [...f.tf.keys()])))].sort();
  const position = new Map(terms.map((t, i) => [t, i]));
  const postings = counted.map((d) =>
    d.map(({ tf }) => {
      const sorted = [...tf].map(([t, n]) => [position.get(t)!, n]).sort((a, b) => a[0] - b[0]);
      let previous = 0;
      return sorted.flatMap(([at, n]) => {
        const gap = at - previous;
        previous = at;
        return n > 1 ? [-gap - 1, n] : [gap];
      });
    }),
  );
  return { fields, boosts, terms: frontCode(terms), lengths: counted.map((d) => d.map((f) => f.length)), postings };
}

export function frontCode(sorted: string[]): string {
  let previous = '';
  return sorted
    .map((term) => {
      let shared = 0;
      while (shared < 35 && shared < previous.length && previous[shared] === term[shared]) shared++;
      previous = term;
      return shared.toString(36) + term.slice(shared);
    })
    .join(' ');
}

export function frontDecode(coded: string): string[] {
  let previous = '';
  return coded.split(' ').map((entry) => {
    previous = previous.slice(0, parseInt(entry[0], 36)) + entry.slice(1);
    return previous;
  });
}

/** Reads one gap-coded list back into [position, frequency] pairs (term positions, or document numbers in shards.ts). */
export function readPostings(list: number[]): [number, number][] {
  const out: [number, number][] = [];
  let at = 0;
  for (let i = 0; i < list.length; i++) {
    const v = list[i];
    if (v < 0) {
      at += -v - 1;
      out.push([at, list[++i]]);
    } else {
      at += v;
      out.push([at, 1]);
    }
  }
  return out;
}

/** A field's average length over every document, as lunr.Builder computes it. */
export function averageLengths(lengths: number[][], fieldCount: number): number[] {
  return Array.from({ length: fieldCount }, (_, f) => lengths.reduce((sum, l) => sum + l[f], 0) / lengths.length);
}

/** lunr.Builder's idf: `withTerm` counts each field a document has the term in. */
export const idfOf = (docCount: number, withTerm: number) => Math.log(1 + Math.abs((docCount - withTerm + 0.5) / (withTerm + 0.5)));

export const normOf = (length: number, average: number) => K1 * (1 - B + B * (length / average));

/** One term's score in one field of one document: the same operations in the same order as lunr.Builder, so the rounded scores match. */
export function fieldScore(idf: number, tf: number, norm: number, boost: number): number {
  let score = (idf * ((K1 + 1) * tf)) / (norm + tf);
  score *= boost;
  return Math.round(score * 1000) / 1000;
}

/** Rebuilds the lunr index; document refs are positions in the document list ("0", "1", …). */
export function decodeIndex(compact: CompactIndex): lunr.Index {
  const { fields, boosts, lengths, postings } = compact;
  const terms = frontDecode(compact.terms);
  const docCount = lengths.length;
  const average = averageLengths(lengths, fields.length);
  const inverted = terms.map(() => fields.map(() => [] as number[]));
  const read = postings.map((d, doc) =>
    d.map((list, f) => {
      const pairs = readPostings(list);
      for (const [at] of pairs) inverted[at][f].push(doc);
      return pairs;
    }),
  );
  const idf = inverted.map((byField) => idfOf(docCount, byField.reduce((n, docs) => n + docs.length, 0)));
  const fieldVectors: [string, number[]][] = [];
  read.forEach((d, doc) =>
    d.forEach((pairs, f) => {
      const norm = normOf(lengths[doc][f], average[f]);
      const elements = pairs.flatMap(([at, tf]) => [at, fieldScore(idf[at], tf, norm, boosts[f])]);
      fieldVectors.push([`${fields[f]}/${doc}`, elements]);
    }),
  );
  const invertedIndex = terms.map((term, at) => {
    const posting: Record<string, unknown> = { _index: at };
    fields.forEach((f, i) => (posting[f] = Object.fromEntries(inverted[at][i].map((doc) => [String(doc), {}]))));
    return [term, posting];
  });
  return lunr.Index.load({ version: lunr.version, fields, fieldVectors, invertedIndex, pipeline: ['stemmer'] });
}
