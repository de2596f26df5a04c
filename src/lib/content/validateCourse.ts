import type { ZodTypeAny } from 'astro/zod';
import { problemsFromZod, describe, type Problem } from '../../schemas/problems';
import { ModuleSchema, type ModuleData } from '../../schemas/module';
import { PathsFileSchema } from '../../schemas/paths';
import { GlossaryFileSchema } from '../../schemas/glossary';
import { ResourcesFileSchema } from '../../schemas/resources';
import { FactsFileSchema } from '../../schemas/facts';
import { CompetenciesFileSchema } from '../../schemas/competencies';
import { SelfAssessmentSchema, STATEMENTS_PER_COMPETENCY, type SelfAssessment } from '../../schemas/selfAssessment';
import { sectionAnchors } from './anchors';
import { suggestion } from './nearest';

/** A module file as read from disk: its slug (folder name), frontmatter and MDX body. */
export interface ModuleFile {
  file: string;
  slug: string;
  data: unknown;
  body: string;
}

/** A YAML data file as read from disk. */
export interface DataFile {
  file: string;
  data: unknown;
}

export interface CourseFiles {
  modules: ModuleFile[];
  paths: DataFile;
  glossary: DataFile;
  resources: DataFile;
  /** content/facts.yaml, the register of facts (already resolved into the files above). */
  facts: DataFile;
  /** content/competencies.yaml, the HHS competencies that module sections, scenarios and checks name. */
  competencies: DataFile;
  /** content/self-assessment.yaml, the optional confidence self-rating: two statements per competency. */
  selfAssessment: DataFile;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function parse<T>(schema: ZodTypeAny, file: string, data: unknown, problems: Problem[]): T | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data as T;
  problems.push(...problemsFromZod(file, data, result.error));
  return undefined;
}

function duplicates<T>(items: T[], key: (item: T) => string): Map<string, number[]> {
  const seen = new Map<string, number[]>();
  items.forEach((item, i) => seen.set(key(item), [...(seen.get(key(item)) ?? []), i]));
  return new Map([...seen].filter(([, at]) => at.length > 1));
}

function checkSections(file: ModuleFile, data: ModuleData, competencyIds: string[] | undefined, problems: Problem[]) {
  const anchors = sectionAnchors(file.body);
  const listed = data.sections.map((s) => s.id);
  const i = Array.from({ length: Math.max(listed.length, anchors.length) }, (_, k) => k).find((k) => listed[k] !== anchors[k]);
  if (i !== undefined) {
    const count = `${listed.length} sections listed for ${anchors.length} ## headings`;
    problems.push(
      listed[i] !== undefined && anchors[i] !== undefined
        ? { file: file.file, field: `sections.${i}.id`, found: `"${listed[i]}"`, expected: `"${anchors[i]}", the anchor of the ${ordinal(i + 1)} ## heading — list every ## section once, in page order` }
        : listed[i] === undefined
          ? { file: file.file, field: 'sections', found: count, expected: `an entry for "${anchors[i]}" (the ${ordinal(i + 1)} ## heading) — list every ## section once, in page order` }
          : { file: file.file, field: `sections.${i}.id`, found: `"${listed[i]}", but the page has no ${ordinal(i + 1)} ## heading (${count})`, expected: 'one entry per ## heading — remove the extra entry' },
    );
  }
  if (!competencyIds) return;
  data.sections.forEach((s, i) =>
    s.competencies.forEach((c, j) => {
      if (!competencyIds.includes(c)) {
        problems.push({ file: file.file, field: `sections.${i}.competencies.${j}`, found: JSON.stringify(c), expected: `a competency in content/competencies.yaml — ${suggestion(c, competencyIds, 'competency id')}` });
      }
    }),
  );
}

const ordinal = (n: number) => (n === 1 ? 'first' : n === 2 ? 'second' : n === 3 ? 'third' : `${n}th`);

function checkModules(modules: ModuleFile[], glossaryIds: Set<string> | undefined, problems: Problem[], competencyIds?: string[]) {
  const valid: { file: ModuleFile; data: ModuleData }[] = [];
  for (const m of modules) {
    if (!SLUG.test(m.slug)) {
      problems.push({
        file: m.file,
        field: '(folder name)',
        found: JSON.stringify(m.slug),
        expected: 'lower-case words joined by hyphens — rename the folder, like modules/crisis-intervention/',
      });
    }
    const data = parse<ModuleData>(ModuleSchema, m.file, m.data, problems);
    if (data) valid.push({ file: m, data });
  }
  for (const [slug, at] of duplicates(modules, (m) => m.slug.toLowerCase())) {
    for (const i of at.slice(1)) {
      problems.push({
        file: modules[i].file,
        field: '(folder name)',
        found: `the slug "${slug}", also used by ${modules[at[0]].file}`,
        expected: 'a slug no other module uses — rename one of the folders',
      });
    }
  }
  for (const [order, at] of duplicates(valid, (v) => String(v.data.order))) {
    for (const i of at.slice(1)) {
      problems.push({
        file: valid[i].file.file,
        field: 'order',
        found: `${order}, also used by ${valid[at[0]].file.file}`,
        expected: 'a position no other module has — give each module its own order number',
      });
    }
  }
  for (const { file, data } of valid) {
    checkSections(file, data, competencyIds, problems);
    for (const match of file.body.matchAll(/<Cite\s+n=\{?"?(\d+)"?\}?/g)) {
      const n = Number(match[1]);
      if (n < 1 || n > data.references.length) {
        problems.push({
          file: file.file,
          field: 'references',
          found: `<Cite n={${n}} /> but ${data.references.length} references`,
          expected: `a citation number from 1 to ${data.references.length} — add the reference or fix the number`,
        });
      }
    }
    if (!glossaryIds) continue;
    for (const match of file.body.matchAll(/<Term\s+id="([^"]*)"/g)) {
      if (!glossaryIds.has(match[1])) {
        problems.push({
          file: file.file,
          field: '<Term id>',
          found: JSON.stringify(match[1]),
          expected: `a term in content/glossary.yaml — ${suggestion(match[1], [...glossaryIds], 'term id')}`,
        });
      }
    }
  }
}

function checkPaths(paths: DataFile, slugs: string[], problems: Problem[]) {
  const parsed = parse<{ id: string; modules: string[] }[]>(PathsFileSchema, paths.file, paths.data, problems);
  if (!parsed) return;
  for (const [id, at] of duplicates(parsed, (p) => p.id)) {
    for (const i of at.slice(1)) {
      problems.push({ file: paths.file, field: `${i}.id`, found: `"${id}", also used by path ${at[0]}`, expected: 'an id no other path uses' });
    }
  }
  parsed.forEach((path, i) => {
    path.modules.forEach((slug, j) => {
      if (!slugs.includes(slug)) {
        problems.push({
          file: paths.file,
          field: `${i}.modules.${j}`,
          found: `"${slug}" in path "${path.id}"`,
          expected: `a module in modules/ — ${suggestion(slug, slugs, 'module')}`,
        });
      }
    });
    for (const [slug, at] of duplicates(path.modules, (s) => s)) {
      problems.push({
        file: paths.file,
        field: `${i}.modules.${at[1]}`,
        found: `"${slug}" listed twice in path "${path.id}"`,
        expected: 'each module once a path — remove the repeat',
      });
    }
  });
}

function checkGlossary(glossary: DataFile, problems: Problem[]): Set<string> | undefined {
  const parsed = parse<{ id: string; term: string; seeAlso?: string[] }[]>(GlossaryFileSchema, glossary.file, glossary.data, problems);
  if (!parsed) return undefined;
  const ids = parsed.map((t) => t.id);
  for (const [key, at] of duplicates(parsed, (t) => t.term.toLowerCase())) {
    for (const i of at.slice(1)) {
      problems.push({
        file: glossary.file,
        field: `${i}.term`,
        found: `"${parsed[i].term}", already defined as entry ${at[0]} ("${key}")`,
        expected: 'each term defined once — merge the two definitions',
      });
    }
  }
  for (const [id, at] of duplicates(parsed, (t) => t.id)) {
    for (const i of at.slice(1)) {
      problems.push({ file: glossary.file, field: `${i}.id`, found: `"${id}", also used by entry ${at[0]}`, expected: 'an id no other term uses' });
    }
  }
  parsed.forEach((t, i) =>
    (t.seeAlso ?? []).forEach((ref, j) => {
      if (!ids.includes(ref)) {
        problems.push({ file: glossary.file, field: `${i}.seeAlso.${j}`, found: describe(ref), expected: `a term id in this file — ${suggestion(ref, ids, 'term id')}` });
      }
    }),
  );
  return new Set(ids);
}

function checkFacts(facts: DataFile, problems: Problem[]) {
  const parsed = parse<{ id: string }[]>(FactsFileSchema, facts.file, facts.data, problems);
  if (!parsed) return;
  for (const [id, at] of duplicates(parsed, (f) => f.id)) {
    for (const i of at.slice(1)) {
      problems.push({ file: facts.file, field: `${i}.id`, found: `"${id}", also used by entry ${at[0]}`, expected: 'an id no other fact uses — a fact lives in the register once' });
    }
  }
}

/** Statement ids unique, each naming a competency that exists, and every competency rated twice. */
function checkSelfAssessment(file: DataFile, competencyIds: string[] | undefined, problems: Problem[]) {
  const parsed = parse<SelfAssessment>(SelfAssessmentSchema, file.file, file.data, problems);
  if (!parsed) return;
  const { statements } = parsed;
  for (const [id, at] of duplicates(statements, (s) => s.id)) {
    for (const i of at.slice(1)) {
      problems.push({ file: file.file, field: `statements.${i}.id`, found: `"${id}", also used by statement ${at[0]}`, expected: 'an id no other statement uses — ratings are kept under it' });
    }
  }
  if (!competencyIds) return;
  statements.forEach((s, i) => {
    if (!competencyIds.includes(s.competency)) {
      problems.push({ file: file.file, field: `statements.${i}.competency`, found: JSON.stringify(s.competency), expected: `a competency in content/competencies.yaml — ${suggestion(s.competency, competencyIds, 'competency id')}` });
    }
  });
  for (const id of competencyIds) {
    const n = statements.filter((s) => s.competency === id).length;
    if (n !== STATEMENTS_PER_COMPETENCY) {
      problems.push({ file: file.file, field: 'statements', found: `${n} for the competency "${id}"`, expected: `exactly ${STATEMENTS_PER_COMPETENCY} statements for each competency in content/competencies.yaml` });
    }
  }
}

/**
 * Checks the whole course beyond each file's own schema: every path names modules that exist,
 * slugs and ids are unique, glossary links and citations point at something. Returns every
 * problem found, so an author can fix them all in one go.
 */
export function validateCourse(course: CourseFiles): Problem[] {
  const problems: Problem[] = [];
  const glossaryIds = checkGlossary(course.glossary, problems);
  const competencyIds = parse<{ id: string }[]>(CompetenciesFileSchema, course.competencies.file, course.competencies.data, problems)?.map((c) => c.id);
  checkModules(course.modules, glossaryIds, problems, competencyIds);
  checkPaths(course.paths, course.modules.map((m) => m.slug), problems);
  parse(ResourcesFileSchema, course.resources.file, course.resources.data, problems);
  checkFacts(course.facts, problems);
  checkSelfAssessment(course.selfAssessment, competencyIds, problems);
  return problems;
}
