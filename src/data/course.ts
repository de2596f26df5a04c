// The course as pages see it: collections read once, sorted, with lookup maps.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { Check, Quiz, Scenario } from '../schemas/quiz';

export type ModuleEntry = CollectionEntry<'modules'>;

export async function getModules(): Promise<ModuleEntry[]> {
  return (await getCollection('modules')).sort((a, b) => a.data.order - b.data.order);
}

export async function getPaths() {
  return (await getCollection('paths')).map((e) => e.data);
}

export async function getGlossary() {
  return (await getCollection('glossary')).map((e) => e.data).sort((a, b) => a.term.localeCompare(b.term));
}

export async function getResources() {
  return (await getCollection('resources')).map((e) => e.data);
}

/** Module titles and minutes by slug, for paths and navigation. */
export async function getModuleIndex() {
  const modules = await getModules();
  return {
    modules,
    titles: new Map(modules.map((m) => [m.id, m.data.title])),
    minutes: new Map(modules.map((m) => [m.id, m.data.estimatedMinutes])),
  };
}

/** Every quiz, as the collection validated it (QuizSchema). */
export async function getQuizzes(): Promise<Quiz[]> {
  return (await getCollection('quizzes')).map((q) => q.data);
}

export async function getScenarios(): Promise<Scenario[]> {
  return (await getQuizzes()).filter((q): q is Scenario => q.kind === 'scenario');
}

export async function getChecks(): Promise<Check[]> {
  return (await getQuizzes()).filter((q): q is Check => q.kind === 'check');
}

/** Every fact in the register (content/facts.yaml). */
export async function getFacts() {
  return (await getCollection('facts')).map((e) => e.data);
}

/** One fact by id. The content check has already failed the build for an id the register lacks. */
export async function getFact(id: string) {
  const entry = await getEntry('facts', id);
  if (!entry) throw new Error(`No fact "${id}" in content/facts.yaml`);
  return entry.data;
}

/** The HHS competencies (content/competencies.yaml). */
export async function getCompetencies() {
  return (await getCollection('competencies')).map((e) => e.data);
}

/** The optional self-assessment (content/self-assessment.yaml): its scale and statements, in file order. */
export async function getSelfAssessment() {
  const entry = await getEntry('selfAssessment', 'self-assessment');
  if (!entry) throw new Error('No content/self-assessment.yaml');
  return entry.data;
}
