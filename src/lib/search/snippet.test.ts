import { describe, expect, it } from 'vitest';
import { makeSnippet, markWords } from './snippet';

const is = (...words: string[]) => (w: string) => words.includes(w.toLowerCase());
const plain = (segments: { text: string }[]) => segments.map((s) => s.text).join('');
const marked = (segments: { text: string; mark?: true }[]) => segments.filter((s) => s.mark).map((s) => s.text);

const long =
  'Forms and fees come first in this part. Waiting lists are long and the office is busy. ' +
  'Parking is hard to find near the clinic. A professional interpreter protects privacy. ' +
  'The interpreter should be briefed before the session starts, and then the session can begin. ' +
  'Letters, reminders and calendars follow afterwards, along with phone numbers and office supplies.';

describe('markWords', () => {
  it('marks whole matching words and keeps the rest as plain text', () => {
    const s = markWords('Grounding helps; grounded people ground others.', is('grounding', 'ground'));
    expect(marked(s)).toEqual(['Grounding', 'ground']);
    expect(plain(s)).toBe('Grounding helps; grounded people ground others.');
  });
});

describe('makeSnippet', () => {
  it('shows the stretch around the matches, cut at whole words, with an ellipsis where cut', () => {
    const s = makeSnippet(long, is('interpreter'), { length: 120, lead: 40 });
    const text = plain(s);
    expect(marked(s)).toContain('interpreter');
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(long).toContain(text.replace(/^… /, '').replace(/ …$/, ''));
    expect(text.length).toBeLessThanOrEqual(120 + 20);
  });

  it('starts at the sentence the first match is in when that sentence starts shortly before', () => {
    expect(plain(makeSnippet(long, is('interpreter'), { length: 120, lead: 40 }))).toMatch(/^… A professional interpreter/);
  });

  it('prefers the stretch where more of the different words match', () => {
    const s = makeSnippet(long, is('office', 'phone', 'supplies'), { length: 90, lead: 20 });
    expect(new Set(marked(s))).toEqual(new Set(['phone', 'office', 'supplies']));
  });

  it('shows the opening, unmarked, when only the heading matched', () => {
    const s = makeSnippet(long, is('nothing'), { length: 60 });
    expect(plain(s)).toMatch(/^Forms and fees come first/);
    expect(plain(s).endsWith(' …')).toBe(true);
    expect(marked(s)).toEqual([]);
  });

  it('returns short text whole, and nothing for no text', () => {
    expect(plain(makeSnippet('A safety plan.', is('plan')))).toBe('A safety plan.');
    expect(makeSnippet('', is('plan'))).toEqual([]);
  });
});
