import { describe, expect, it } from 'vitest';
import lunr from 'lunr';
import { FIELDS, FIELD_BOOSTS, analyse, analyseInSlices, buildIndex, docTerms } from './lunrIndex';
import { buildDocuments } from './documents';
import { buildSearchIndex, serializeSearchIndex } from './buildIndex';
import { readSearchSource } from './readSource';
import type { SearchIndexFile } from './types';
import { root } from '../../../tests/course';

const source = readSearchSource(root);
const { docs } = buildDocuments(source);
const rows = docs.map((d) => ({ title: d.title, parent: d.parent ?? '', body: d.body }));
/** The index lunr builds itself from the full text, content-noted passages included. */
const direct = lunr(function () {
  this.ref('id');
  FIELDS.forEach((f, i) => this.field(f, { boost: FIELD_BOOSTS[i] }));
  rows.forEach((r, id) => this.add({ id: String(id), ...r }));
});

describe('analyse', () => {
  it('gives the terms lunr’s own pipeline gives, dashes and stop words included', () => {
    const pipeline = new lunr.Pipeline();
    pipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);
    for (const text of ['Interpreters — and the people they help — are “safe”.', rows[1].body, '988 (call or text)']) {
      expect(analyse(text)).toEqual(pipeline.run(lunr.tokenizer(text)).map(String));
    }
  });
});

describe('the index the page builds from the search file', () => {
  // Read from the served text, as the browser does.
  const file = JSON.parse(serializeSearchIndex(buildSearchIndex(source))) as SearchIndexFile;
  const built = buildIndex(file.docs.map(docTerms));

  it('counts every searched word of the course: shown text plus the unshown terms', () => {
    const sorted = (terms: string[]) => [...terms].sort();
    file.docs.forEach((doc, i) => expect(sorted(docTerms(doc)[2]), doc.url).toEqual(sorted(analyse(rows[i].body))));
  });

  it('never carries a passage behind a content note as prose, only as sorted terms', () => {
    const served = serializeSearchIndex(buildSearchIndex(source));
    const passages = source.modules.flatMap((m) => [...m.body.matchAll(/<ContentNote\b[^>]*>([\s\S]*?)<\/ContentNote>/g)].map((p) => p[1]));
    expect(passages.length).toBeGreaterThan(0);
    for (const passage of passages) {
      // A sentence of the passage's prose (no markup in it).
      const [words] = passage.match(/[A-Z][^.<>{}"*\n]{40,}\./)!;
      expect(served).not.toContain(words);
      // Still found: some section's searched terms include every one of them.
      expect(file.docs.some((d) => d.also && analyse(words).every((t) => docTerms(d)[2].includes(t))), words).toBe(true);
    }
  });

  it('gives the same terms a slice at a time, pausing between slices', async () => {
    let pauses = 0;
    const sliced = await analyseInSlices(file.docs, async () => void pauses++, 40);
    expect(sliced).toEqual(file.docs.map(docTerms));
    expect(pauses).toBe(Math.ceil(file.docs.length / 40) - 1);
  });

  it.each(['trauma', 'interpreters', 'safety plan', 'trama~1', 'recogn*', 'title:grounding', '988', 'hotline visa'])(
    'ranks and scores "%s" exactly as the index lunr builds itself',
    (q) => {
      const a = built.search(q).map((r) => [r.ref, r.score]);
      expect(a.length).toBeGreaterThan(0);
      expect(a).toEqual(direct.search(q).map((r) => [r.ref, r.score]));
    },
  );
});
