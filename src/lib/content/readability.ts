/**
 * Plain-language measures for module prose: word count and Flesch-Kincaid grade.
 * Works on the MDX body: markup, component tags and link targets are not prose.
 */

/** The readable text of an MDX body: one sentence-ish unit per line. */
export function proseFromMdx(body: string): string {
  return body
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/<[A-Za-z][^>]*?\/>/g, '') // self-closing components such as <Cite n={1} />
    .replace(/<\/?[A-Za-z][^>]*>/g, '') // tags; their children stay
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/^\s*\|?\s*:?-{3,}.*$/gm, '') // table rules
    .replace(/\|/g, '. ')
    .replace(/^\s{0,3}#{1,6}\s+(.*)$/gm, '$1.') // a heading reads as a sentence
    .replace(/^\s*(?:[-*+]|\d+\.)\s+(.*?)([.!?:]?)\s*$/gm, (_, item, end) => `${item}${end || '.'}`)
    .replace(/[*_]{1,3}([^*_]+)[*_]{1,3}/g, '$1')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

export function words(text: string): string[] {
  return text.match(/[A-Za-z0-9][A-Za-z0-9'’-]*/g) ?? [];
}

export function sentenceCount(text: string): number {
  const ends = text.match(/[.!?]+(?=\s|$)/g)?.length ?? 0;
  return Math.max(1, ends);
}

/** Syllables in an English word, by vowel groups with the usual silent-e corrections. */
export function syllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|[^laeiouydt]ed|[^laeiouy]e)$/, (m) => m[0]).replace(/^y/, '');
  const groups = w.match(/[aeiouy]+/g)?.length ?? 0;
  return Math.max(1, groups);
}

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch-Kincaid grade level. */
  grade: number;
}

export function readability(text: string): Readability {
  const ws = words(text);
  const sentences = sentenceCount(text);
  const syl = ws.reduce((sum, w) => sum + syllables(w), 0);
  const grade = ws.length ? 0.39 * (ws.length / sentences) + 11.8 * (syl / ws.length) - 15.59 : 0;
  return { words: ws.length, sentences, syllables: syl, grade: Math.round(grade * 10) / 10 };
}
