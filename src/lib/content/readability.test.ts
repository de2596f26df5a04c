import { describe, expect, it } from 'vitest';
import { proseFromMdx, readability, syllables, words } from './readability';

describe('readability', () => {
  it('counts syllables the way a reader hears them', () => {
    expect(['safe', 'people', 'trauma', 'listening', 'the', 'recovery', 'supported', 'helped']
      .map(syllables)).toEqual([1, 2, 2, 3, 1, 4, 3, 1]);
  });

  it('keeps the prose of MDX and drops markup, tags and link targets', () => {
    const prose = proseFromMdx('## Asking well\n\nAsk <Term id="open-question">open questions</Term> in [private](/modules/x/).<Cite n={2} />\n\n- Sit down\n- Wait');
    expect(prose).toBe('Asking well.\nAsk open questions in private.\nSit down.\nWait.');
    expect(words(prose)).toHaveLength(10);
  });

  it('gives plain short sentences a low grade and long dense ones a high grade', () => {
    const plain = readability('We sat down. She told me her name. I asked how she felt. She said she was tired.');
    const dense = readability('Organizational implementation of comprehensive trauma-informed methodologies necessitates considerable institutional transformation, interdisciplinary collaboration, and sustained administrative commitment.');
    expect(plain.grade).toBeLessThan(3);
    expect(dense.grade).toBeGreaterThan(18);
    expect(plain.sentences).toBe(4);
  });
});
