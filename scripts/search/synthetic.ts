// A made-up course `times` the size of the real one, for the search benchmark. Each copy of a module
// keeps its headings but draws its paragraphs from anywhere in the course, and one word in eight
// gets a made-up ending, so both the text and the vocabulary grow (a larger course uses more words).
import type { SearchSource } from '../../src/lib/search/types';

/** A small seeded generator (mulberry32), so every run benchmarks the same course. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ENDINGS = ['ex', 'ora', 'ist', 'ment', 'ique', 'ward', 'ling', 'ane'];

export function syntheticCourse(real: SearchSource, times: number): SearchSource {
  const next = random(42);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  const paragraphs = real.modules.flatMap((m) => m.body.split(/\n{2,}/).filter((p) => p.trim() && !/^#/.test(p) && !p.startsWith('<')));
  const vary = (text: string, copy: number) =>
    copy === 0 ? text : text.replace(/\b([a-z]{4,})\b/g, (w) => (next() < 1 / 8 ? `${w}${ENDINGS[copy % ENDINGS.length]}${copy}` : w));
  const copies = Array.from({ length: times }, (_, copy) => copy);
  return {
    modules: copies.flatMap((copy) =>
      real.modules.map((m) => ({
        ...m,
        slug: `${m.slug}-${copy}`,
        title: `${m.title} ${copy}`,
        order: copy * 100 + m.order,
        body: m.body
          .split(/\n{2,}/)
          .map((p) => (/^#/.test(p) || !p.trim() ? p : vary(pick(paragraphs), copy)))
          .join('\n\n'),
      })),
    ),
    glossary: copies.flatMap((copy) => real.glossary.map((g) => ({ ...g, id: `${g.id}-${copy}`, definition: vary(g.definition, copy) }))),
    resources: copies.flatMap((copy) => real.resources.map((r) => ({ ...r, id: `${r.id}-${copy}` }))),
    quizzes: copies.flatMap((copy) => real.quizzes.map((q) => ({ ...q, id: `${q.id}-${copy}`, module: `${q.module}-${copy}` }))),
  };
}
