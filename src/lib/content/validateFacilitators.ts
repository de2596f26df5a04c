import type { ZodError } from 'astro/zod';
import { problemsFromZod, type Problem } from '../../schemas/problems';
import { FacilitatorSchema, GUIDE_SECTIONS, type FacilitatorData, type FoundParams } from '../../schemas/facilitator';
import type { ModuleFile } from './validateCourse';
import { nearest, suggestion } from './nearest';

/** A scenario as the guides need it: its id and the module it belongs to. */
export interface ScenarioRef {
  id: string;
  module: string;
}

const guideFile = (slug: string) => `modules/${slug}/facilitator.mdx`;

/**
 * Checks the facilitator guides in layers: every module has one, each passes FacilitatorSchema,
 * names its own module's scenario, and has the seven required sections in order. Returns every
 * problem found, so an author can fix them all in one go.
 */
export function validateFacilitators(guides: ModuleFile[], ctx: { moduleSlugs: string[]; scenarios: ScenarioRef[] }): Problem[] {
  const problems: Problem[] = [];
  const have = new Set(guides.map((g) => g.slug));
  for (const slug of ctx.moduleSlugs) {
    if (!have.has(slug)) {
      problems.push({ file: guideFile(slug), field: '(file)', found: 'no file', expected: 'a facilitator guide for this module — see README, "A facilitator guide"' });
    }
  }
  for (const guide of guides) {
    const result = FacilitatorSchema.safeParse(guide.data);
    if (result.success) problems.push(...scenarioProblems(guide, result.data, ctx.scenarios));
    else problems.push(...schemaProblems(guide, result.error));
    problems.push(...sectionProblems(guide));
  }
  return problems;
}

/** problemsFromZod, with the schema's own account of what was found where it gives one. */
function schemaProblems(guide: ModuleFile, error: ZodError): Problem[] {
  return problemsFromZod(guide.file, guide.data, error).map((problem, i) => {
    const issue = error.issues[i];
    const found = issue.code === 'custom' ? (issue.params as FoundParams | undefined)?.found : undefined;
    return found ? { ...problem, found } : problem;
  });
}

function scenarioProblems(guide: ModuleFile, data: FacilitatorData, scenarios: ScenarioRef[]): Problem[] {
  const own = scenarios.filter((s) => s.module === guide.slug).map((s) => s.id);
  const named = scenarios.find((s) => s.id === data.scenario);
  const ownHint = own.length ? `this module's scenario: ${own.map((id) => `"${id}"`).join(' or ')}` : `a scenario in quizzes/ with module: ${guide.slug} — there is none yet`;
  if (!named) {
    const guess = nearest(data.scenario, own) ?? nearest(data.scenario, scenarios.map((s) => s.id));
    return [{
      file: guide.file,
      field: 'scenario',
      found: `"${data.scenario}", which is not a scenario in quizzes/`,
      expected: guess ? `a scenario id — did you mean "${guess}"?` : `${ownHint} — ${suggestion(data.scenario, own, 'scenario')}`,
    }];
  }
  if (named.module !== guide.slug) {
    return [{ file: guide.file, field: 'scenario', found: `"${named.id}", which belongs to the module ${named.module}`, expected: ownHint }];
  }
  return [];
}

/** The text of each `##` heading in an MDX body, outside code blocks. */
export function sectionHeadings(body: string): string[] {
  const withoutCode = body.replace(/^(```|~~~)[\s\S]*?^\1/gm, '');
  return [...withoutCode.matchAll(/^##[ \t]+(.+?)[ \t#]*$/gm)].map((m) => m[1].trim());
}

/** The seven required sections, each present with its exact text and in order. */
function sectionProblems(guide: ModuleFile): Problem[] {
  const problems: Problem[] = [];
  const headings = sectionHeadings(guide.body);
  const required: readonly string[] = GUIDE_SECTIONS;
  const extra = headings.filter((h) => !required.includes(h));
  const add = (found: string, expected: string) => problems.push({ file: guide.file, field: '(sections)', found, expected });
  let cursor = 0;
  GUIDE_SECTIONS.forEach((want, i) => {
    const after = i === 0 ? 'first' : `after "## ${GUIDE_SECTIONS[i - 1]}"`;
    const at = headings.indexOf(want, cursor);
    if (at >= 0) {
      cursor = at + 1;
      return;
    }
    if (headings.includes(want)) {
      add(`"## ${want}" out of order`, `the sections in this order: ${GUIDE_SECTIONS.join(', ')} — move "## ${want}" ${after}`);
      return;
    }
    const lower = extra.map((h) => h.toLowerCase());
    const close = nearest(want.toLowerCase(), lower) ?? lower.find((h) => h.includes(want.toLowerCase()) || want.toLowerCase().includes(h));
    if (close !== undefined) {
      add(`"## ${extra[lower.indexOf(close)]}"`, `"## ${want}" — rename the heading to exactly this text`);
    } else {
      add(`no "## ${want}" section`, `a section headed "## ${want}" ${after} — add it`);
    }
  });
  return problems;
}
