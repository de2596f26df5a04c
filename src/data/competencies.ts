// The competency map as the /competencies/ page shows it, from the collections and the outline.
import { competencyMap } from '../lib/course/competencies';
import { getCompetencies, getModules, getQuizzes } from './course';
import { getOutline } from './outline';

export async function getCompetencyMap() {
  const [competencies, modules, quizzes, outline] = await Promise.all([getCompetencies(), getModules(), getQuizzes(), getOutline()]);
  const titles = new Map(outline.modules.map((m) => [m.slug, new Map(m.sections.map((s) => [s.id, s.title]))]));
  const mapModules = modules.map((m) => ({
    slug: m.id,
    title: m.data.title,
    sections: m.data.sections.map((s) => ({ ...s, title: titles.get(m.id)?.get(s.id) ?? s.id })),
  }));
  const mapQuizzes = quizzes.map((q) => ({ id: q.id, kind: q.kind, title: q.title, module: q.module, competencies: q.competencies }));
  return { competencies, modules: mapModules, rows: competencyMap(competencies, mapModules, mapQuizzes) };
}
