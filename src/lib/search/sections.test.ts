import { describe, expect, it } from 'vitest';
import { splitSections, headingText } from './sections';
import { fixtureSource } from './fixtures/course';
import { course, headingAnchors } from '../../../tests/course';

const language = fixtureSource.modules[0].body;
const calm = fixtureSource.modules[1].body;

describe('splitSections', () => {
  it('gives each heading the anchor Astro renders', () => {
    expect(splitSections(language).map((s) => s.anchor)).toEqual([
      '',
      'working-well-with-interpreters',
      'recognizing-signs-of-distress-in-a-second-language',
      'before-you-begin',
      'a-long-passage-that-mentions-many-things',
    ]);
  });

  it('numbers a heading that repeats on the same page, as Astro does', () => {
    expect(splitSections(calm).filter((s) => s.heading === 'Before you begin').map((s) => s.anchor)).toEqual(['before-you-begin', 'before-you-begin-1']);
  });

  it('reads headings as the page shows them: link text, no emphasis marks', () => {
    const titles = splitSections(language).map((s) => s.heading);
    expect(titles).toContain('Working well with interpreters');
    expect(titles).toContain('Recognizing signs of distress in a second language');
    expect(headingText('Why `988` and <Term id="x">*care*</Term> matter')).toBe('Why 988 and care matter');
  });

  it('treats a "## " line inside a code block as text, not a section', () => {
    expect(splitSections(language).some((s) => s.heading.includes('Not a heading'))).toBe(false);
  });

  it('names the ## section a ### section sits in', () => {
    const breathing = splitSections(calm).find((s) => s.heading === 'Breathing slowly');
    expect(breathing).toMatchObject({ depth: 3, parent: 'Grounding in the present', anchor: 'breathing-slowly' });
  });

  it('searches a passage behind a content note but keeps it out of the text snippets show', () => {
    const plan = splitSections(calm).find((s) => s.anchor === 'making-a-safety-plan-together')!;
    expect(plan.prose).toContain('nightmares');
    expect(plan.shown).not.toContain('nightmares');
    expect(plan.shown).toContain('A safety plan is written with the survivor');
  });

  it('keeps the text before the first heading as the module opening', () => {
    expect(splitSections(calm)[0]).toMatchObject({ depth: 1, anchor: '' });
    expect(splitSections(calm)[0].prose).toMatch(/^When someone is overwhelmed/);
  });

  it('matches the anchors of every section in the real course', () => {
    for (const m of course.modules) {
      const anchors = splitSections(m.body).filter((s) => s.depth > 1).map((s) => s.anchor);
      expect(anchors, m.file).toEqual(headingAnchors(m.body));
    }
  });
});
