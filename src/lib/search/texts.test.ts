import { describe, expect, it } from 'vitest';
import { buildSearch, serializeSearchIndex } from './buildIndex';
import { buildDocuments } from './documents';
import { frontDecode } from './codec';
import { LEAD_WORDS, PART_CHARS, leadOf, textKey } from './texts';
import { readSearchSource } from './readSource';
import { fixtureSource } from './fixtures/course';
import { root } from '../../../tests/course';

const real = readSearchSource(root);
const { docs } = buildDocuments(real);
const { index, docs: docFiles, stored, texts } = buildSearch(real);
// What the browser may fetch besides the text files: the index and the docs files.
const indexText = [serializeSearchIndex(index), ...[...docFiles.values()].map(serializeSearchIndex)].join('\n');

/** Every run of `n` words of `text` that starts past its first LEAD_WORDS words. */
function runsPastLead(text: string, n = 6): string[] {
  const words = text.split(' ').filter(Boolean);
  const runs: string[] = [];
  for (let i = LEAD_WORDS; i + n <= words.length; i += n) runs.push(words.slice(i, i + n).join(' '));
  return runs;
}

describe('the index and docs files (real course)', () => {
  it('holds no text past each result’s short lead', () => {
    const withMore = docs.filter((d) => leadOf(d.text).cut);
    expect(withMore.length).toBeGreaterThan(100);
    // What the index may hold: titles and leads (a run of words can also occur in one of those).
    const shown = stored.map((d) => `${d.title} ${d.parent ?? ''} ${d.lead}`).join(' ');
    const leaked = withMore.flatMap((d) =>
      runsPastLead(d.text).filter((run) => indexText.includes(JSON.stringify(run).slice(1, -1)) && !shown.includes(run)).map((run) => `${d.url}: ${run}`),
    );
    expect(leaked).toEqual([]);
    for (const d of stored) expect(d.lead.split(' ').length, d.url).toBeLessThanOrEqual(LEAD_WORDS);
  });

  it('points every result whose text goes on to the text file that holds that text', () => {
    docs.forEach((d, i) => {
      const doc = stored[i];
      if (!leadOf(d.text).cut) return expect(doc.textFile, d.url).toBeUndefined();
      expect(d.text.startsWith(doc.lead), d.url).toBe(true);
      expect(texts.get(doc.textFile!)?.[textKey(d.url)], d.url).toBe(d.text);
    });
  });

  it('splits the text into files of about PART_CHARS, each from one module (or the glossary, or help)', () => {
    expect(new Set(stored.flatMap((d) => d.textFile ?? []))).toEqual(new Set(texts.keys()));
    for (const [name, file] of texts) {
      expect(name).toMatch(/^(module-[a-z0-9-]+|glossary|help)-\d+$/);
      const lengths = Object.values(file).map((t) => t.length);
      // A file goes past the budget only when it holds a single text that is longer on its own.
      if (lengths.length > 1) expect(lengths.reduce((a, b) => a + b), name).toBeLessThanOrEqual(PART_CHARS);
      const groups = new Set(docs.filter((d, i) => stored[i].textFile === name).map((d) => `${d.kind}:${d.module}`));
      expect(groups.size, name).toBe(1);
    }
  });
});

describe('content notes (fixture course)', () => {
  it('keep their passages out of the index file and every text file, yet searchable', () => {
    const fixture = buildSearch(fixtureSource);
    expect(serializeSearchIndex(fixture.index)).not.toMatch(/nightmare/i);
    for (const file of [...fixture.texts.values(), ...fixture.docs.values()]) expect(serializeSearchIndex(file)).not.toMatch(/nightmare/i);
    expect(frontDecode(fixture.index.terms)).toContain('nightmar');
  });
});

describe('leadOf', () => {
  it('keeps the first words and says whether the text goes on', () => {
    const long = Array.from({ length: LEAD_WORDS + 5 }, (_, i) => `w${i}`).join(' ');
    expect(leadOf(long)).toEqual({ lead: long.split(' ').slice(0, LEAD_WORDS).join(' '), cut: true });
    expect(leadOf('A safety plan.')).toEqual({ lead: 'A safety plan.', cut: false });
    expect(leadOf('')).toEqual({ lead: '', cut: false });
  });
});

describe('passages behind a content note (real course)', () => {
  it('reach neither the index nor a text file, even when one runs on past a heading', () => {
    const served = [indexText, ...[...texts.values()].map(serializeSearchIndex)].join('\n');
    const passages = real.modules.flatMap((m) => [...m.body.matchAll(/<ContentNote\b[^>]*>([\s\S]*?)<\/ContentNote>/g)].map((p) => p[1]));
    expect(passages.length).toBeGreaterThan(0);
    // A sentence of each passage's prose (one without markup), as a reader would see it.
    const sentences = passages.map((p) => p.match(/[A-Z][^.<>{}"*\n]{40,}\./)![0]);
    expect(sentences.filter((s) => served.includes(s))).toEqual([]);
  });
});
