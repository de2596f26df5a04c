import { describe, expect, it } from 'vitest';
import { factsDue, oldestCheck, resolveFactRefs, resolveMdxFacts } from './resolve';

const facts = new Map([
  ['hotline-phone', { value: '1-888-555-0100', href: 'tel:+18885550100' }],
  ['law', { value: '99 CFR Part 9' }],
]);

describe('facts by reference', () => {
  it('replaces {fact:id} and {fact:id.href} in every string of parsed YAML, leaving the input as it was', () => {
    const input = { scenes: [{ text: 'Call {fact:hotline-phone} now.', choices: [{ href: '{fact:hotline-phone.href}', score: 2 }] }], rule: 'Under {fact:law}.' };
    const { data, unknown } = resolveFactRefs(input, facts);
    expect(data).toEqual({ scenes: [{ text: 'Call 1-888-555-0100 now.', choices: [{ href: 'tel:+18885550100', score: 2 }] }], rule: 'Under 99 CFR Part 9.' });
    expect(unknown).toEqual([]);
    expect(input.scenes[0].text).toBe('Call {fact:hotline-phone} now.');
  });

  it('names the field of every reference to a missing fact, or to a link the fact lacks', () => {
    const { data, unknown } = resolveFactRefs({ scenes: [{ text: 'Text {fact:hotlin-text}.' }], x: '{fact:law.href}' }, facts);
    expect(unknown).toEqual([{ field: 'scenes.0.text', id: 'hotlin-text' }, { field: 'x', id: 'law', missingHref: true }]);
    expect((data as { scenes: { text: string }[] }).scenes[0].text).toBe('Text {fact:hotlin-text}.');
  });

  it('keeps dates, numbers and booleans as they are', () => {
    const when = new Date('2026-12-01');
    expect(resolveFactRefs({ when, n: 3, ok: true, none: null }, facts).data).toEqual({ when, n: 3, ok: true, none: null });
  });

  it('turns <Fact id="…" /> in MDX into the value, and reports unknown ids and malformed tags by line', () => {
    const body = 'Call <Fact id="hotline-phone" />.\n\nOr <Fact id="nope" /> and <Fact id={"law"} />.';
    const { body: text, unknown } = resolveMdxFacts(body, facts);
    expect(text.split('\n')[0]).toBe('Call 1-888-555-0100.');
    expect(unknown).toEqual([
      { field: '(body) line 3', id: 'nope' },
      { field: '(body) line 3', id: '<Fact id={"law"} />', malformed: true },
    ]);
  });

  it('lists the entries past their review-by date, most overdue first, and never fails on age', () => {
    const entries = [
      { id: 'a', reviewBy: '2027-06-01', checked: '2026-12-01' },
      { id: 'b', reviewBy: '2026-01-01', checked: '2025-06-01' },
      { id: 'c', reviewBy: '2026-11-30', checked: '2026-05-01' },
    ];
    expect(factsDue(entries, '2026-12-01').map((f) => f.id)).toEqual(['b', 'c']);
    expect(factsDue(entries, '2025-01-01')).toEqual([]);
    expect(oldestCheck(entries)).toBe('2025-06-01');
  });
});
