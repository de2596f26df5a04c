import { describe, expect, it } from 'vitest';
import { buildSearch } from './buildIndex';
import { queryWords } from './query';
import { fixtureSource } from './fixtures/course';
import { shardedSearch } from './fixtures/sharded';

// Loaded from the served files, as the browser does: the index, then every shard a query needs.
const built = buildSearch(fixtureSource);
const searcher = shardedSearch(built);
const url = (ref: number) => built.stored[ref].url;
const top = (q: string) => {
  const ref = searcher.search(q)[0]?.ref;
  return ref === undefined ? undefined : url(ref);
};

describe('search over the fixture course', () => {
  it.each([
    ['grounding', '/modules/staying-calm/#grounding-in-the-present'],
    ['interpreters', '/modules/language-access/#working-well-with-interpreters'],
    ['interpreting', '/modules/language-access/#working-well-with-interpreters'], // stemmed form
    ['interp', '/modules/language-access/#working-well-with-interpreters'], // prefix
    ['recogniz', '/modules/language-access/#recognizing-signs-of-distress-in-a-second-language'], // cut mid-word, past its stem
    ['intepreters', '/modules/language-access/#working-well-with-interpreters'], // one typo
    ['breathnig', '/modules/staying-calm/#breathing-slowly'], // two letters swapped count as one typo
    ['trama', '/modules/language-access/#recognizing-signs-of-distress-in-a-second-language'], // one typo
    ['dissociation', '/glossary/#dissociation'], // glossary term
    ['compassion fatigue', '/glossary/#compassion-fatigue'],
    ['988', '/help/#lifeline'], // a help line by its number
    ['Spanish', '/help/#lifeline'],
    ['late-night call', '/scenarios/shelter-night/'], // quiz title
    ['language check', '/checks/language-check/'],
    ['nightmares', '/modules/staying-calm/#making-a-safety-plan-together'], // behind a content note
    ['safety plan', '/modules/staying-calm/#making-a-safety-plan-together'],
    ['how to breathe', '/modules/staying-calm/#breathing-slowly'], // stop words dropped
    ['written materials', '/modules/language-access/#takeaways'],
    ['Staying calm in a crisis', '/modules/staying-calm/'],
    ['before you begin private', '/modules/staying-calm/#before-you-begin-1'], // a repeated heading's anchor
  ])('"%s" finds %s first', (q, url) => {
    expect(top(q)).toBe(url);
  });

  it('ranks a heading match above a passing mention', () => {
    const urls = searcher.search('grounding').map((h) => url(h.ref));
    const passing = urls.indexOf('/modules/language-access/#a-long-passage-that-mentions-many-things');
    expect(passing).toBeGreaterThan(0);
    expect(urls.indexOf('/modules/staying-calm/#grounding-in-the-present')).toBeLessThan(passing);
  });

  it('ranks an exact word above a word that only starts the same', () => {
    const urls = searcher.search('plan').map((h) => url(h.ref));
    expect(urls[0]).toBe('/modules/staying-calm/#making-a-safety-plan-together');
  });

  it('puts results that match every word before results that match some', () => {
    const hits = searcher.search('interpreter sleep');
    expect(hits[0].covered).toBe(2);
    expect(url(hits[0].ref)).toBe('/modules/language-access/#recognizing-signs-of-distress-in-a-second-language');
    expect(hits.at(-1)!.covered).toBe(1);
  });

  it('allows no typo in a word shorter than five letters', () => {
    expect(searcher.search('slep')).toEqual([]); // "sleep" is one letter away
  });

  it('finds nothing for stop words alone, or an empty query, without throwing', () => {
    expect(searcher.search('the and of')).toEqual([]);
    expect(searcher.search('   ')).toEqual([]);
    expect(searcher.search('title:* ^~+-')).toEqual([]);
  });

  it('reports the matched terms, so snippets can highlight words by their stem', () => {
    const hit = searcher.search('interpreters')[0];
    const matches = searcher.matcher(hit.terms);
    expect(matches('interpreter')).toBe(true);
    expect(matches('Interpreters,')).toBe(true);
    expect(matches('privacy')).toBe(false);
  });
});

describe('queryWords', () => {
  it('marks only the last word as partial, and only while it is being typed', () => {
    expect(queryWords('safety pla').map((w) => w.partial)).toEqual([false, true]);
    expect(queryWords('safety plan ').map((w) => w.partial)).toEqual([false, false]);
  });
  it('drops stop words and punctuation, keeps the stem', () => {
    expect(queryWords('What is "grounding"?')).toEqual([{ raw: 'grounding', stem: 'ground', partial: false }]);
  });
});
