// Issue 12: the course covers every HHS Core Competency, and a learner can see that it does.
import { describe, expect, it } from 'vitest';
import { competencyMap, thinCompetencies } from '../src/lib/course/competencies';
import { sectionAnchors } from '../src/lib/content/anchors';
import { course, quizzes } from './course';

type Section = { id: string; competencies: string[] };
const competencies = course.competencies.data as { id: string; number: number; title: string }[];
const modules = course.modules.map((m) => {
  const sections = ((m.data as { sections?: Section[] }).sections ?? []).map((s) => ({ ...s, title: s.id }));
  return { slug: m.slug, title: m.slug, sections, body: m.body };
});
const quizList = quizzes.map((q) => q.data as { id: string; kind: 'scenario' | 'check'; title: string; module: string; competencies?: string[] });

describe('the competency map', () => {
  it('lists the six HHS core competencies and the universal one', () => {
    expect(competencies.map((c) => c.number).sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it.each(modules.map((m) => [m.slug, m] as const))('%s names the competencies of every ## section', (_slug, m) => {
    expect(m.sections.map((s) => s.id)).toEqual(sectionAnchors(m.body));
    expect(m.sections.every((s) => s.competencies.length > 0)).toBe(true);
  });

  it.each(quizList.map((q) => [q.id, q] as const))('%s names the competencies it practises', (_id, q) => {
    expect(q.competencies?.length ?? 0).toBeGreaterThan(0);
  });

  it('serves every competency in at least two modules and practises it in at least one scenario or check', () => {
    const rows = competencyMap(competencies, modules, quizList.map((q) => ({ ...q, competencies: q.competencies ?? [] })));
    expect(thinCompetencies(rows)).toEqual([]);
  });
});
