/**
 * Snippets: a short stretch of a result's text around the words that matched, cut at word
 * boundaries, with those words marked. Pure: the caller says which words match.
 */

export interface Segment {
  text: string;
  /** A word that matched the learner's query. */
  mark?: true;
}

export interface SnippetOptions {
  /** Roughly how many characters to show. */
  length?: number;
  /** How much text to keep before the first match, so it reads in context. */
  lead?: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’]*/gu;

/** Splits `text` into plain and marked segments (adjacent plain text joined). */
export function markWords(text: string, isMatch: (word: string) => boolean): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  const plain = (s: string) => {
    if (!s) return;
    const prev = out[out.length - 1];
    if (prev && !prev.mark) prev.text += s;
    else out.push({ text: s });
  };
  for (const m of text.matchAll(WORD)) {
    if (!isMatch(m[0])) continue;
    plain(text.slice(last, m.index));
    out.push({ text: m[0], mark: true });
    last = m.index + m[0].length;
  }
  plain(text.slice(last));
  return out;
}

/** The start of the window of `length` characters that holds the most distinct matched words. */
function bestStart(text: string, isMatch: (word: string) => boolean, length: number): number | undefined {
  const found = [...text.matchAll(WORD)].filter((m) => isMatch(m[0])).map((m) => ({ at: m.index, word: m[0].toLowerCase() }));
  let best: { at: number; distinct: number } | undefined;
  for (let i = 0; i < found.length; i++) {
    const inside = new Set<string>();
    for (let j = i; j < found.length && found[j].at < found[i].at + length; j++) inside.add(found[j].word);
    if (!best || inside.size > best.distinct) best = { at: found[i].at, distinct: inside.size };
  }
  return best?.at;
}

/** Moves `at` back to the start of the word it falls in, and `end` forward to the end of one. */
function wordStart(text: string, at: number): number {
  if (at <= 0) return 0;
  const space = text.lastIndexOf(' ', at);
  return space < 0 ? 0 : space + 1;
}
function wordEnd(text: string, end: number): number {
  if (end >= text.length) return text.length;
  const space = text.indexOf(' ', end);
  return space < 0 ? text.length : space;
}

/**
 * A snippet of `text`: around the best cluster of matches, or the opening when nothing in the text
 * matched (a heading match, say). An ellipsis shows where text was cut.
 */
export function makeSnippet(text: string, isMatch: (word: string) => boolean, { length = 180, lead = 50 }: SnippetOptions = {}): Segment[] {
  if (!text) return [];
  const match = bestStart(text, isMatch, length - lead);
  let start = 0;
  if (match !== undefined && match > lead) {
    start = wordStart(text, match - lead);
    // Begin at a sentence when one starts between there and the match.
    const before = text.slice(start, match);
    const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '));
    if (stop >= 0) start += stop + 2;
  }
  const end = wordEnd(text, start + length);
  const segments = markWords(text.slice(start, end).trim(), isMatch);
  if (start > 0) segments.unshift({ text: '… ' });
  if (end < text.length) segments.push({ text: ' …' });
  return mergePlain(segments);
}

function mergePlain(segments: Segment[]): Segment[] {
  return segments.reduce<Segment[]>((out, s) => {
    const prev = out[out.length - 1];
    if (prev && !prev.mark && !s.mark) prev.text += s.text;
    else out.push({ ...s });
    return out;
  }, []);
}
