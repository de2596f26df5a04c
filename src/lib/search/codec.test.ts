import { describe, expect, it } from 'vitest';
import lunr from 'lunr';
import { decodeIndex, encodeIndex, frontCode, frontDecode } from './codec';
import { buildDocuments } from './documents';
import { FIELDS, FIELD_BOOSTS } from './buildIndex';
import { readSearchSource } from './readSource';
import { root } from '../../../tests/course';

describe('front coding', () => {
  it('round-trips sorted terms, including long shared prefixes and digits', () => {
    const terms = ['', '1', '988', 'counsel', 'counselor', 'internationalization', 'internationalizations', 'x'.repeat(40), 'x'.repeat(41)];
    expect(frontDecode(frontCode(terms))).toEqual(terms);
  });
});

describe('the compact index', () => {
  const { docs } = buildDocuments(readSearchSource(root));
  const rows = docs.map((d) => ({ title: d.title, parent: d.parent ?? '', body: d.body }));
  const decoded = decodeIndex(JSON.parse(JSON.stringify(encodeIndex(rows, [...FIELDS], FIELD_BOOSTS))));
  const direct = lunr(function () {
    this.ref('id');
    FIELDS.forEach((f, i) => this.field(f, { boost: FIELD_BOOSTS[i] }));
    rows.forEach((r, id) => this.add({ id: String(id), ...r }));
  });

  it.each(['trauma', 'interpreters', 'safety plan', 'trama~1', 'recogn*', 'title:grounding', '988', 'hotline visa'])(
    'ranks and scores "%s" exactly as the index lunr builds itself',
    (q) => {
      const a = decoded.search(q).map((r) => [r.ref, r.score]);
      expect(a.length).toBeGreaterThan(0);
      expect(a).toEqual(direct.search(q).map((r) => [r.ref, r.score]));
    },
  );
});
