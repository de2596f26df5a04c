import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../schemas/problems';
import { GUIDE_SECTIONS } from '../../schemas/facilitator';
import { sectionHeadings, validateFacilitators, type ScenarioRef } from './validateFacilitators';
import type { ModuleFile } from './validateCourse';

const agenda = (...minutes: number[]) => minutes.map((m, i) => ({ minutes: m, activity: `Block ${i + 1}` }));
const body = (sections: readonly string[] = GUIDE_SECTIONS) => sections.map((s) => `## ${s}\n\nSome text.\n`).join('\n');

function guide(slug: string, extra: Record<string, unknown> = {}, text = body()): ModuleFile {
  return {
    file: `modules/${slug}/facilitator.mdx`,
    slug,
    body: text,
    data: {
      title: 'Facilitator guide: A module',
      summary: 'A session for volunteers who are new to the topic.',
      scenario: 'school-counsellor',
      sessions: [
        { minutes: 60, agenda: agenda(10, 20, 20, 10) },
        { minutes: 90, agenda: agenda(10, 30, 30, 20) },
      ],
      materials: ['A projector', 'Printed handouts', 'Water and tissues'],
      contentNote: 'Today we talk about distress and how to respond. You can step out at any time.',
      discussionQuestions: ['What did you notice?', 'What helps?', 'What harms?', 'What would you try?'],
      lastReviewed: '2026-11-22',
      ...extra,
    },
  };
}

const scenarios: ScenarioRef[] = [
  { id: 'school-counsellor', module: 'recognizing-distress' },
  { id: 'clinic-intake', module: 'trafficking-and-mental-health' },
];
const check = (...guides: ModuleFile[]) =>
  formatProblems(validateFacilitators(guides, { moduleSlugs: guides.map((g) => g.slug), scenarios }));
const one = (extra: Record<string, unknown>, text?: string) => check(guide('recognizing-distress', extra, text));

describe('validateFacilitators', () => {
  it('accepts a valid guide', () => {
    expect(one({})).toBe('');
  });

  it('names a missing required field', () => {
    expect(one({ contentNote: undefined })).toMatchInlineSnapshot(`"modules/recognizing-distress/facilitator.mdx: contentNote: found nothing, expected a string — this field is required"`);
  });

  it('says which agenda does not add up, and by how much', () => {
    const sessions = [{ minutes: 60, agenda: agenda(10, 20, 20) }, { minutes: 90, agenda: agenda(30, 30, 40) }];
    expect(one({ sessions })).toMatchInlineSnapshot(`
      "modules/recognizing-distress/facilitator.mdx: sessions.0.agenda: found 3 blocks adding up to 50 minutes, expected agenda minutes that add up to 60 — add 10 minutes
      modules/recognizing-distress/facilitator.mdx: sessions.1.agenda: found 3 blocks adding up to 100 minutes, expected agenda minutes that add up to 90 — take away 10 minutes"
    `);
  });

  it('asks for exactly two sessions, 60 then 90 minutes', () => {
    expect(one({ sessions: [{ minutes: 60, agenda: agenda(10, 20, 30) }] })).toMatchInlineSnapshot(`"modules/recognizing-distress/facilitator.mdx: sessions: found 1 item, expected at least 2 items — exactly two sessions: 60 minutes, then 90 minutes"`);
    const swapped = [{ minutes: 90, agenda: agenda(30, 30, 30) }, { minutes: 60, agenda: agenda(20, 20, 20) }];
    expect(one({ sessions: swapped })).toMatchInlineSnapshot(`
      "modules/recognizing-distress/facilitator.mdx: sessions.0.minutes: found 90, expected 60 — the first session is the 60-minute one
      modules/recognizing-distress/facilitator.mdx: sessions.1.minutes: found 60, expected 90 — the second session is the 90-minute one"
    `);
  });

  it('asks for open questions ending with a question mark', () => {
    const discussionQuestions = ['What did you notice?', 'Talk about safety.', 'What helps?', 'What harms?'];
    expect(one({ discussionQuestions })).toMatchInlineSnapshot(`"modules/recognizing-distress/facilitator.mdx: discussionQuestions.1: found "Talk about safety.", expected a question ending with "?""`);
  });

  it('rejects an unknown field, naming it', () => {
    expect(one({ material: ['typo'] })).toMatchInlineSnapshot(`"modules/recognizing-distress/facilitator.mdx: (file): found unknown field material, expected only known fields — remove or rename "material""`);
  });

  it('suggests the nearest scenario when the id does not exist', () => {
    expect(one({ scenario: 'school-counselor' })).toMatchInlineSnapshot(`"modules/recognizing-distress/facilitator.mdx: scenario: found "school-counselor", which is not a scenario in quizzes/, expected a scenario id — did you mean "school-counsellor"?"`);
  });

  it("refuses another module's scenario, naming this module's", () => {
    expect(one({ scenario: 'clinic-intake' })).toMatchInlineSnapshot(`"modules/recognizing-distress/facilitator.mdx: scenario: found "clinic-intake", which belongs to the module trafficking-and-mental-health, expected this module's scenario: "school-counsellor""`);
  });

  it('says which section is missing and what to call it', () => {
    const text = body(GUIDE_SECTIONS.filter((s) => s !== 'Debrief'));
    expect(one({}, text)).toMatchInlineSnapshot(`"modules/recognizing-distress/facilitator.mdx: (sections): found no "## Debrief" section, expected a section headed "## Debrief" after "## Scenario activity" — add it"`);
  });

  it('asks for the exact heading text when a section is renamed', () => {
    const text = body(GUIDE_SECTIONS.map((s) => (s === 'Closing grounding exercise' ? 'Closing grounding exercises' : s)));
    expect(one({}, text)).toMatchInlineSnapshot(`"modules/recognizing-distress/facilitator.mdx: (sections): found "## Closing grounding exercises", expected "## Closing grounding exercise" — rename the heading to exactly this text"`);
  });

  it('finds sections out of order', () => {
    const [a, b, c, d, ...rest] = GUIDE_SECTIONS;
    expect(one({}, body([a, b, d, c, ...rest]))).toMatchInlineSnapshot(`"modules/recognizing-distress/facilitator.mdx: (sections): found "## Scenario activity" out of order, expected the sections in this order: Before the session, Opening the room safely, Discussion, Scenario activity, Debrief, Closing grounding exercise, If someone discloses or becomes distressed — move "## Scenario activity" after "## Discussion""`);
  });

  it('finds a module without a guide', () => {
    const problems = validateFacilitators([guide('recognizing-distress')], { moduleSlugs: ['recognizing-distress', 'legal-frameworks'], scenarios });
    expect(formatProblems(problems)).toMatchInlineSnapshot(`"modules/legal-frameworks/facilitator.mdx: (file): found no file, expected a facilitator guide for this module — see README, "A facilitator guide""`);
  });

  it('reports every problem at once, frontmatter and sections', () => {
    const problems = validateFacilitators([guide('recognizing-distress', { materials: ['A projector'] }, '## Before the session\n')], { moduleSlugs: ['recognizing-distress'], scenarios });
    expect(problems.map((p) => p.field)).toEqual(['materials', ...Array(6).fill('(sections)')]);
  });
});

describe('sectionHeadings', () => {
  it('reads level-two headings and ignores deeper ones and code blocks', () => {
    expect(sectionHeadings('## One\ntext\n### Sub\n```md\n## Not a heading\n```\n## Two ##\n')).toEqual(['One', 'Two']);
  });
});
