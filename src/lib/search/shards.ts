/**
 * The index split so that a query fetches only what it needs. Every query needs the vocabulary
 * (prefix and one-typo matching must see every term, and a typo can change a word's first letter)
 * and the field lengths (a score depends on them); those stay in /search-index.json. The postings,
 * which are most of the index, are cut into shards of consecutive terms, about SHARD_CHARS each:
 * a query's words, their prefix matches and their typo variants are looked up in the vocabulary
 * first, and only the shards holding those terms are fetched.
 *
 * Scores do not change: lunr scores a result from the query's terms, the field lengths and each
 * matched term's postings (its idf counts them), all of which the loaded part holds; terms the
 * query does not match add nothing. So the lunr index rebuilt from the shards a query needs ranks
 * exactly as the whole one does (shards.test.ts proves it on the real course).
 */
import lunr from 'lunr';
import { averageLengths, fieldScore, frontDecode, idfOf, normOf, readPostings, type CompactIndex } from './codec';
import { addClauses, queryWords, rank, type QueryWord, type SearchHit } from './query';
import type { SearchIndexFile, SearchShardFile } from './types';

/** Roughly how many characters of postings a shard holds (about 1 KB gzipped). */
export const SHARD_CHARS = 3000;

/** lunr.TokenSet's builders that its typings leave out. */
const TokenSets = lunr.TokenSet as unknown as {
  fromArray(sorted: string[]): lunr.TokenSet;
  fromClause(clause: lunr.Query.Clause): lunr.TokenSet;
};

/** Cuts the postings into shards of consecutive terms; returns how many terms each holds, and the files. */
export function splitPostings(compact: CompactIndex, target = SHARD_CHARS): { counts: number[]; files: SearchShardFile[] } {
  const termCount = frontDecode(compact.terms).length;
  const byTerm = Array.from({ length: termCount }, () => compact.fields.map(() => [] as [number, number][]));
  compact.postings.forEach((d, doc) => d.forEach((list, f) => {
    for (const [at, tf] of readPostings(list)) byTerm[at][f].push([doc, tf]);
  }));
  const coded = byTerm.map((fields) =>
    fields.map((pairs) => {
      let previous = 0;
      return pairs.flatMap(([doc, tf]) => {
        const gap = doc - previous;
        previous = doc;
        return tf > 1 ? [-gap - 1, tf] : [gap];
      });
    }),
  );
  const files: SearchShardFile[] = [];
  let open: SearchShardFile = [];
  let chars = 0;
  for (const term of coded) {
    const size = JSON.stringify(term).length;
    if (open.length && chars + size > target) {
      files.push(open);
      open = [];
      chars = 0;
    }
    open.push(term);
    chars += size;
  }
  if (open.length) files.push(open);
  return { counts: files.map((f) => f.length), files };
}

export interface ShardedSearcher {
  /** The shard files a query needs that have not been added yet. */
  missing(query: string): number[];
  /** Adds a fetched shard file. */
  add(shard: number, file: SearchShardFile): void;
  /** Ranks with the shards added so far; `complete` once every shard the query needs is in, and then the order is final. */
  search(query: string): { hits: SearchHit[]; complete: boolean };
}

export function createShardedSearcher(file: Pick<SearchIndexFile, 'fields' | 'boosts' | 'terms' | 'lengths' | 'shards'>): ShardedSearcher {
  const { fields, boosts, lengths } = file;
  const terms = frontDecode(file.terms);
  const position = new Map(terms.map((t, i) => [t, i]));
  const vocabulary = TokenSets.fromArray(terms);
  const pipeline = lunr.Pipeline.load(['stemmer']);
  const starts: number[] = [];
  file.shards.reduce((at, count) => (starts.push(at), at + count), 0);
  const shardOf = (term: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= term) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const docCount = lengths.length;
  const average = averageLengths(lengths, fields.length);

  // The shards a word needs depend only on the word; a learner types the same words again and again.
  const planned = new Map<string, number[]>();
  const shardsOf = (w: QueryWord): number[] => {
    const key = `${w.raw} ${w.partial}`;
    let shards = planned.get(key);
    if (!shards) {
      const q = new lunr.Query(fields);
      addClauses(q, w);
      const needed = new Set<number>();
      // Expanded against the whole vocabulary exactly as lunr.Index#query expands a clause.
      for (const clause of q.clauses) {
        const words = clause.usePipeline ? pipeline.runString(clause.term) : [clause.term];
        for (const term of words) {
          const set = TokenSets.fromClause({ ...clause, term });
          for (const t of vocabulary.intersect(set).toArray()) needed.add(shardOf(position.get(t)!));
        }
      }
      planned.set(key, (shards = [...needed].sort((a, b) => a - b)));
    }
    return shards;
  };

  const added = new Set<number>();
  const loadedTerms: number[] = [];
  const invertedIndex: Record<string, Record<string, unknown>> = Object.create(null);
  const fieldVectors: Record<string, lunr.Vector> = Object.create(null);
  let index: lunr.Index | undefined;

  return {
    missing(query) {
      return [...new Set(queryWords(query).flatMap(shardsOf))].filter((s) => !added.has(s));
    },
    add(shard, postings) {
      if (added.has(shard)) return;
      if (postings.length !== file.shards[shard]) throw new Error(`search shard ${shard} holds ${postings.length} terms, not ${file.shards[shard]}`);
      added.add(shard);
      postings.forEach((byField, i) => {
        const at = starts[shard] + i;
        const docs = byField.map((list) => readPostings(list));
        const idf = idfOf(docCount, docs.reduce((n, pairs) => n + pairs.length, 0));
        const posting: Record<string, unknown> = { _index: at };
        docs.forEach((pairs, f) => {
          posting[fields[f]] = Object.fromEntries(pairs.map(([doc]) => [String(doc), {}]));
          for (const [doc, tf] of pairs) {
            const ref = `${fields[f]}/${doc}`;
            (fieldVectors[ref] ??= new lunr.Vector([])).insert(at, fieldScore(idf, tf, normOf(lengths[doc][f], average[f]), boosts[f]));
          }
        });
        invertedIndex[terms[at]] = posting;
        loadedTerms.push(at);
      });
      loadedTerms.sort((a, b) => a - b);
      // lunr's own constructor (its typings call the vectors documentVectors; lunr reads fieldVectors).
      index = new lunr.Index({
        invertedIndex,
        fieldVectors,
        // Only terms whose postings are here: a clause expands to what can be scored.
        tokenSet: TokenSets.fromArray(loadedTerms.map((t) => terms[t])),
        fields,
        pipeline,
      } as unknown as lunr.Index.Attributes);
    },
    search(query) {
      const words = queryWords(query);
      const complete = words.flatMap(shardsOf).every((s) => added.has(s));
      return { hits: index ? rank(index, words) : [], complete };
    },
  };
}
