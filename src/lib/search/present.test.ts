import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from './buildIndex';
import { createSearcher } from './query';
import { presentResults } from './present';
import { fixtureSource } from './fixtures/course';

const file = buildSearchIndex(fixtureSource);
const searcher = createSearcher(file);
const labels = { glossary: 'Glossary', resource: 'Get help now', other: 'Practice' };
const show = (q: string, limit = 20) => presentResults(searcher.search(q), file, searcher.matcher, labels, limit);
const marks = (segments: { text: string; mark?: true }[]) => segments.filter((s) => s.mark).map((s) => s.text);

describe('presentResults', () => {
  it('marks the words of a snippet that match the query by stem, not by spelling', () => {
    const first = show('interpreting').groups[0].hits[0];
    expect(first.url).toBe('/modules/language-access/#working-well-with-interpreters');
    expect(marks(first.title)).toEqual(['interpreters']);
    expect(marks(first.snippet)).toEqual(expect.arrayContaining(['interpreter', 'interpret']));
  });

  it('marks the word a typo stood for', () => {
    const first = show('intepreter').groups[0].hits[0];
    expect(marks(first.snippet)).toContain('interpreter');
  });

  it('never shows the passage behind a content note, even when it is what matched', () => {
    const first = show('nightmares').groups[0].hits[0];
    expect(first.url).toBe('/modules/staying-calm/#making-a-safety-plan-together');
    expect(first.snippet.map((s) => s.text).join('')).not.toMatch(/nightmare/i);
  });

  it('shows at most `limit` results, grouped, and says how many there were', () => {
    const all = show('the interpreter grounding', 100);
    const some = show('the interpreter grounding', 2);
    expect(all.total).toBeGreaterThan(2);
    expect(some).toMatchObject({ total: all.total, shown: 2 });
    expect(some.groups.flatMap((g) => g.hits)).toHaveLength(2);
  });

  it('keeps a ### section’s parent heading for context', () => {
    const first = show('breathing').groups[0];
    expect(first.label).toBe('Staying calm in a crisis');
    expect(first.hits[0].parent).toBe('Grounding in the present');
  });
});
