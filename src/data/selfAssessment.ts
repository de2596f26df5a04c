// The self-assessment as pages and the progress record need it, from the content collections.
import type { SelfAssessmentOutline } from '../lib/progress/selfAssessment';
import { getCompetencies, getSelfAssessment } from './course';

/** Competencies in the order of content/competencies.yaml, each with its statements in file order. */
export async function getSelfAssessmentGroups() {
  const [competencies, { scale, statements }] = await Promise.all([getCompetencies(), getSelfAssessment()]);
  return {
    scale,
    groups: competencies.map((c) => ({ id: c.id, short: c.short, statements: statements.filter((s) => s.competency === c.id) })),
  };
}

export async function getSelfAssessmentOutline(): Promise<SelfAssessmentOutline> {
  const [competencies, { statements }] = await Promise.all([getCompetencies(), getSelfAssessment()]);
  return {
    competencies: competencies.map(({ id, short }) => ({ id, short })),
    statements: statements.map(({ id, competency }) => ({ id, competency })),
  };
}
