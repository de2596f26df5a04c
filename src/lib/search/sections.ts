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
const NOTE_TAG = /<ContentNote\b[^>]*>|<\/ContentNote>/g;

/**
 * The part of a line outside content notes. A note can open in one section and close in a later
 * one (a `###` heading inside the passage), so whether we are inside one carries over from line
 * to line, across headings.
 */
function outsideNotes(line: string, note: { depth: number }): string {
  let out = '';
  let at = 0;
  for (const tag of line.matchAll(NOTE_TAG)) {
    if (note.depth === 0) out += line.slice(at, tag.index);
    note.depth = Math.max(0, note.depth + (tag[0].startsWith('</') ? -1 : 1));
    at = tag.index + tag[0].length;
  }
  return note.depth === 0 ? out + line.slice(at) : out;
}

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
// Every run of whitespace becomes one space: a removed tag between two spaces must not leave two.
const flatten = (mdx: string) => proseFromMdx(mdx).replace(/\s+/g, ' ').trim();

export function splitSections(body: string): Section[] {
  const slugger = new GithubSlugger();
  const sections: Section[] = [];
  const fresh = () => ({ lines: [] as string[], shown: [] as string[] });
  let current = { depth: 1 as Section['depth'], heading: '', parent: undefined as string | undefined, anchor: '', ...fresh() };
  let parent: string | undefined;
  let inFence = false;
  const note = { depth: 0 };
  const close = () => {
    sections.push({
      depth: current.depth,
      heading: current.heading,
      ...(current.parent ? { parent: current.parent } : {}),
      anchor: current.anchor,
      prose: flatten(current.lines.join('\n')),
      shown: flatten(current.shown.join('\n')),
    });
  };
  const text = (line: string) => {
    current.lines.push(line);
    current.shown.push(inFence ? (note.depth ? '' : line) : outsideNotes(line, note));
  };
  for (const line of body.split(/\r?\n/)) {
    if (FENCE.test(line)) inFence = !inFence;
    const match = inFence ? null : HEADING.exec(line);
    if (!match) {
      text(line);
      continue;
    }
    const depth = match[1].length;
    const heading = headingText(match[2]);
    const anchor = slugger.slug(heading); // every heading takes a slug, so later duplicates number like Astro's
    if (depth !== 2 && depth !== 3) {
      text(line);
      continue;
    }
    close();
    if (depth === 2) parent = heading;
    current = { depth, heading, parent: depth === 3 ? parent : undefined, anchor, ...fresh() };
  }
  close();
  return sections.filter((s) => s.depth > 1 || s.prose);
}
