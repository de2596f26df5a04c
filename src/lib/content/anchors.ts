import GithubSlugger from 'github-slugger';

/**
 * The anchors Astro gives a module's headings, in page order (github-slugger over every `##`-`######`
 * heading, as the built page does), each with its depth. Pure: used by the content check and tests.
 */
export function headingAnchors(body: string): { depth: number; id: string }[] {
  const slugger = new GithubSlugger();
  return [...body.matchAll(/^(#{2,6})\s+(.+?)\s*$/gm)].map((m) => ({ depth: m[1].length, id: slugger.slug(m[2].replace(/[*_`]/g, '')) }));
}

/** The anchors of a module's `##` sections, in page order: the ids progress and the competency map use. */
export const sectionAnchors = (body: string) => headingAnchors(body).filter((h) => h.depth === 2).map((h) => h.id);
