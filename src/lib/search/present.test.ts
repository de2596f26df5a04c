import { describe, expect, it } from 'vitest';
import { buildSearch } from './buildIndex';
import { presentResults, type ResultSources } from './present';
import { textLookup } from './texts';
import { docLookup, docsFileOf, groupsOf } from './docs';
import { fixtureSource } from './fixtures/course';
import { shardedSearch } from './fixtures/sharded';

const built = buildSearch(fixtureSource);
const { index: file, texts } = built;
const searcher = shardedSearch(built);
const labels = { glossary: 'Glossary', resource: 'Get help now', other: 'Practice' };
const allDocs = new Map([...built.docs].map(([n, d]) => [Number(n), d]));
const sources = (docs = allDocs): ResultSources => ({
  modules: file.modules,
  docOf: docLookup(docs, file),
  groupOf: groupsOf(file),
  docsFileOf: (ref) => docsFileOf(ref, file),
});
/** Results once every docs and text file they need has arrived. */
const show = (q: string, limit = 20) => presentResults(searcher.search(q), { ...sources(), textOf: textLookup(texts) }, searcher.matcher, labels, limit);
/** Results before any text file has arrived. */
const early = (q: string) => presentResults(searcher.search(q), sources(), searcher.matcher, labels, 20);
const plain = (segments: { text: string }[]) => segments.map((s) => s.text).join('');
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
    for (const results of [show('nightmares'), early('nightmares')]) {
      const first = results.groups[0].hits[0];
      expect(first.url).toBe('/modules/staying-calm/#making-a-safety-plan-together');
      expect(first.snippet.map((s) => s.text).join('')).not.toMatch(/nightmare/i);
    }
  });

  it('shows the marked lead until the text arrives, then a snippet around the words that matched', () => {
    // "supplies" is the last word of a long section, far past its lead.
    const before = early('paperwork supplies').groups[0].hits[0];
    expect(before.url).toBe('/modules/language-access/#a-long-passage-that-mentions-many-things');
    expect(before.wantsText).toMatch(/^module-language-access-\d+$/);
    expect(plain(before.snippet)).toMatch(/^This section talks about paperwork.* …$/);
    expect(marks(before.snippet)).toEqual(['paperwork']);
    const after = show('supplies').groups[0].hits[0];
    expect(after).toMatchObject({ url: before.url });
    expect(after.wantsText).toBeUndefined();
    expect(plain(after.snippet)).toMatch(/^… .*office supplies/);
    expect(marks(after.snippet)).toEqual(['supplies']);
  });

  it('needs no text file for a result whose lead is its whole text', () => {
    const term = early('dissociation').groups[0].hits[0];
    expect(term.url).toBe('/glossary/#dissociation');
    expect(term.wantsText).toBeUndefined();
    expect(plain(term.snippet)).toBe('Feeling cut off from your body, feelings or surroundings.');
  });

  it('shows at most `limit` results, grouped, and says how many there were', () => {
    const all = show('the interpreter grounding', 100);
    const some = show('the interpreter grounding', 2);
    expect(all.total).toBeGreaterThan(2);
    expect(some).toMatchObject({ total: all.total, shown: 2 });
    expect(some.groups.flatMap((g) => g.hits)).toHaveLength(2);
  });

  it('holds a result’s place, in its group, until its docs file arrives', () => {
    const hits = searcher.search('grounding');
    const none = presentResults(hits, sources(new Map()), searcher.matcher, labels, 20);
    const all = presentResults(hits, sources(), searcher.matcher, labels, 20);
    expect(none.groups.map((g) => g.key)).toEqual(all.groups.map((g) => g.key));
    expect(none.groups.map((g) => g.hits.map((h) => h.ref))).toEqual(all.groups.map((g) => g.hits.map((h) => h.ref)));
    const pending = none.groups[0].hits[0];
    expect(pending).toMatchObject({ url: '', title: [], wantsDocs: docsFileOf(pending.ref, file) });
    expect(all.groups[0].hits[0].wantsDocs).toBeUndefined();
  });

  it('keeps a ### section’s parent heading for context', () => {
    const first = show('breathing').groups[0];
    expect(first.label).toBe('Staying calm in a crisis');
    expect(first.hits[0].parent).toBe('Grounding in the present');
  });
});
