import { describe, expect, it } from 'vitest';
import { formatMinutes, neighbours, pathMinutes, tocFromHeadings } from './navigation';

const paths = [
  { id: 'clinician', title: 'Clinical practice', modules: ['a', 'b', 'c'] },
  { id: 'workshop', title: 'Workshop series', modules: ['c', 'a'] },
];
const titles = new Map([['a', 'Alpha'], ['b', 'Beta'], ['c', 'Gamma']]);

describe('course navigation', () => {
  it('lists only the ## sections in the table of contents', () => {
    const toc = tocFromHeadings([
      { depth: 2, slug: 'one', text: 'One' },
      { depth: 3, slug: 'detail', text: 'Detail' },
      { depth: 2, slug: 'two', text: 'Two' },
    ]);
    expect(toc).toEqual([{ slug: 'one', text: 'One' }, { slug: 'two', text: 'Two' }]);
  });

  it('gives previous and next in each path, in that path\'s order', () => {
    const n = neighbours(paths, 'a', titles);
    expect(n).toEqual([
      { pathId: 'clinician', pathTitle: 'Clinical practice', position: 1, total: 3, prev: undefined, next: { slug: 'b', title: 'Beta' } },
      { pathId: 'workshop', pathTitle: 'Workshop series', position: 2, total: 2, prev: { slug: 'c', title: 'Gamma' }, next: undefined },
    ]);
  });

  it('leaves out paths that do not include the module', () => {
    expect(neighbours(paths, 'b', titles).map((n) => n.pathId)).toEqual(['clinician']);
  });

  it('adds up and formats a path\'s time', () => {
    const total = pathMinutes(paths[0], new Map([['a', 30], ['b', 45], ['c', 20]]));
    expect(total).toBe(95);
    expect(formatMinutes(total)).toBe('1 hr 35 min');
    expect(formatMinutes(40)).toBe('40 min');
    expect(formatMinutes(120)).toBe('2 hr');
  });
});
