/**
 * Searching a loaded index: the learner's words become lunr clauses that rank an exact (stemmed)
 * match first, then a prefix of a word still being typed, then a word with one typo.
 */
import lunr from 'lunr';
import { decodeIndex, type CompactIndex } from './codec';

/** How much each way of matching a word counts; exact beats prefix beats typo. */
export const MATCH_BOOST = { exact: 10, prefix: 3, stem: 2, typo: 1 } as const;
/** Words this long or longer also match with one typo (lunr `~1`). */
export const TYPO_MIN_LENGTH = 5;
/** Words this long or longer also match as the start of a longer word (lunr `*`). */
export const PREFIX_MIN_LENGTH = 2;

export interface QueryWord {
  /** The word as typed, lower-cased and trimmed of punctuation. */
  raw: string;
  /** Its stem, as lunr indexes words. */
  stem: string;
  /** True for the last word when the learner has not typed a space after it yet. */
  partial: boolean;
}

export interface SearchHit {
  /** The document's position in the course's document list. */
  ref: number;
  score: number;
  /** How many of the learner's words this result matches. */
  covered: number;
  /** The indexed terms that matched: snippets highlight the words that stem to these. */
  terms: Set<string>;
}

/** The words of a query that can match anything: stop words ("the", "how") are dropped. */
export function queryWords(query: string): QueryWord[] {
  const tokens = lunr.tokenizer(query.replace(/\*/g, ' '));
  const endsInWord = /[\p{L}\p{N}]$/u.test(query);
  return tokens.flatMap((token, i) => {
    const trimmed = lunr.trimmer(token) as lunr.Token;
    const raw = trimmed.toString();
    if (!raw || !lunr.stopWordFilter(trimmed)) return [];
    return [{ raw, stem: stemWord(raw), partial: endsInWord && i === tokens.length - 1 }];
  });
}

export function stemWord(word: string): string {
  return lunr.stemmer(new lunr.Token(word, {})).toString();
}

/**
 * Stems are often much shorter than the word ("recognizing" is indexed as "recogn"), so a word cut
 * off as it is typed ("recogniz") or misspelt near its end ("confidentiallity") is no prefix of any
 * indexed term. Such a word still begins with its stem: also try its first 60% and longer.
 */
export function shortened(word: string): string[] {
  const out: string[] = [];
  for (let k = Math.max(4, Math.ceil(word.length * 0.6)); k < word.length; k++) out.push(word.slice(0, k));
  return out;
}

/** The lunr clauses of one word, in the order lunr runs them (shards.ts plans its files from the same clauses). */
export function addClauses(q: lunr.Query, w: QueryWord) {
  q.term(w.raw, { boost: MATCH_BOOST.exact, usePipeline: true });
  if (w.raw.length >= PREFIX_MIN_LENGTH) {
    q.term(w.raw, { boost: MATCH_BOOST.prefix, usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING });
  }
  for (const s of shortened(w.raw)) q.term(s, { boost: MATCH_BOOST.stem, usePipeline: false });
  if (w.raw.length >= TYPO_MIN_LENGTH) q.term(w.stem, { boost: MATCH_BOOST.typo, usePipeline: false, editDistance: 1 });
}

/**
 * Ranks a query's results with a lunr index: the whole index (createSearcher) or the part of it
 * the query's shard files hold (shards.ts), which rank alike once every file the query needs is in.
 */
export function rank(index: lunr.Index, words: QueryWord[]): SearchHit[] {
  const hits = new Map<string, SearchHit>();
  // One lunr query per word, so a result's coverage (how many words it matches) is known;
  // lunr sums clause scores, so the totals equal those of a single combined query.
  for (const w of words) {
    for (const r of index.query((q) => addClauses(q, w))) {
      const hit = hits.get(r.ref) ?? { ref: Number(r.ref), score: 0, covered: 0, terms: new Set<string>() };
      hit.score += r.score;
      hit.covered += 1;
      for (const term of Object.keys(r.matchData.metadata)) hit.terms.add(term);
      hits.set(r.ref, hit);
    }
  }
  return [...hits.values()].sort((a, b) => b.covered - a.covered || b.score - a.score || a.ref - b.ref);
}

/** Tells whether a word of a result's text stems to one of the terms it matched. */
export function createMatcher(): (terms: Set<string>) => (word: string) => boolean {
  // Snippets stem the same words of the course again and again; the course has only so many.
  const stems = new Map<string, string>();
  const stemOf = (w: string) => {
    let stem = stems.get(w);
    if (stem === undefined) stems.set(w, (stem = stemWord(w)));
    return stem;
  };
  return (terms) => {
    // Stems keep a word's first letters, so most words are ruled out without stemming them.
    const starts = new Set([...terms].map((t) => t.slice(0, 3)));
    return (word) => {
      const w = word.toLowerCase().replace(/^\W+|\W+$/g, '');
      return starts.has(w.slice(0, 3)) && terms.has(stemOf(w));
    };
  };
}

export interface Searcher {
  search(query: string): SearchHit[];
  /** Tells whether a word of a result's text stems to one of the terms it matched. */
  matcher(terms: Set<string>): (word: string) => boolean;
}

/** Search over one whole index: the reference the sharded search is proven equal to, and the benchmark's baseline. */
export function createSearcher(compact: CompactIndex): Searcher {
  const index = decodeIndex(compact);
  return { search: (query) => rank(index, queryWords(query)), matcher: createMatcher() };
}
