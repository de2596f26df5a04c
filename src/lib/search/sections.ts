/**
 * Splits a module's MDX body into the sections a learner can land on, with the anchors Astro
 * gives them (github-slugger over the heading's text, one slugger per page, every heading counted).
 */
import GithubSlugger from 'github-slugger';
import { proseFromMdx } from '../content/readability';

export interface Section {
  /** 2 for a `##` section, 3 for a `###` one; 1 for the text before the first heading. */
  depth: 1 | 2 | 3;
  heading: string;
  /** The `##` heading a `###` section sits in. */
  parent?: string;
  /** The id of the heading in the built page; empty for the text before the first heading. */
  anchor: string;
  /** All of the section's prose. */
  prose: string;
  /** The prose without passages behind a <ContentNote>, for snippets. */
  shown: string;
}

const HEADING = /^(#{1,6})\s+(.+?)(?:\s+#+)?\s*$/;
const FENCE = /^\s*(```|~~~)/;
const CONTENT_NOTE = /<ContentNote\b[^>]*>[\s\S]*?<\/ContentNote>/g;

/** A heading's text as it reads on the page: no link targets, emphasis marks or tags. */
export function headingText(markdown: string): string {
  return markdown
    .replace(/<[A-Za-z][^>]*?\/>/g, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Prose on one line, as snippets show it. */
const flatten = (mdx: string) => proseFromMdx(mdx).replace(/\s*\n\s*/g, ' ').trim();

export function splitSections(body: string): Section[] {
  const slugger = new GithubSlugger();
  const sections: Section[] = [];
  let current = { depth: 1 as Section['depth'], heading: '', parent: undefined as string | undefined, anchor: '', lines: [] as string[] };
  let parent: string | undefined;
  let inFence = false;
  const close = () => {
    const text = current.lines.join('\n');
    sections.push({
      depth: current.depth,
      heading: current.heading,
      ...(current.parent ? { parent: current.parent } : {}),
      anchor: current.anchor,
      prose: flatten(text),
      shown: flatten(text.replace(CONTENT_NOTE, '')),
    });
  };
  for (const line of body.split(/\r?\n/)) {
    if (FENCE.test(line)) inFence = !inFence;
    const match = inFence ? null : HEADING.exec(line);
    if (!match) {
      current.lines.push(line);
      continue;
    }
    const depth = match[1].length;
    const text = headingText(match[2]);
    const anchor = slugger.slug(text); // every heading takes a slug, so later duplicates number like Astro's
    if (depth !== 2 && depth !== 3) {
      current.lines.push(line);
      continue;
    }
    close();
    if (depth === 2) parent = text;
    current = { depth, heading: text, parent: depth === 3 ? parent : undefined, anchor, lines: [] };
  }
  close();
  return sections.filter((s) => s.depth > 1 || s.prose);
}
