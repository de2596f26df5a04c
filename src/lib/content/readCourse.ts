import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { Problem } from '../../schemas/problems';
import type { CourseFiles, DataFile, ModuleFile } from './validateCourse';
import { resolveFactRefs, resolveMdxFacts, type FactLookup, type UnknownFact } from '../facts/resolve';
import { suggestion } from './nearest';

/** Reads YAML, turning a syntax error into a problem an author can act on. */
export function readYaml(root: string, path: string, problems: Problem[]): unknown {
  const file = relative(root, path);
  if (!existsSync(path)) {
    problems.push({ file, field: '(file)', found: 'no file', expected: `a YAML file at ${file}` });
    return undefined;
  }
  try {
    return parseYaml(readFileSync(path, 'utf8'));
  } catch (e) {
    const where = e instanceof YAMLParseError && e.linePos ? `line ${e.linePos[0].line}` : '(file)';
    const what = e instanceof Error ? e.message.split('\n')[0] : String(e);
    problems.push({ file, field: where, found: `YAML that does not parse (${what})`, expected: 'valid YAML — check indentation and quote text that contains ": "' });
    return undefined;
  }
}

/** Splits an MDX file into its YAML frontmatter and its body. */
export function splitFrontmatter(source: string): { frontmatter: string | undefined; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  return match ? { frontmatter: match[1], body: source.slice(match[0].length) } : { frontmatter: undefined, body: source };
}

/** Reads one MDX file's frontmatter (parsed) and body; syntax problems go to `problems`. */
function readMdx(root: string, path: string, slug: string, problems: Problem[], facts: FactLookup): ModuleFile[] {
  const file = relative(root, path);
  const { frontmatter, body } = splitFrontmatter(readFileSync(path, 'utf8'));
  if (frontmatter === undefined) {
    problems.push({ file, field: '(frontmatter)', found: 'nothing', expected: 'frontmatter between two --- lines at the top of the file' });
    return [];
  }
  try {
    const data = withFacts(file, parseYaml(frontmatter), facts, problems);
    const resolved = resolveMdxFacts(body, facts);
    problems.push(...resolved.unknown.map((u) => unknownFact(file, u, facts)));
    return [{ file, slug, data, body: resolved.body }];
  } catch (e) {
    problems.push({ file, field: '(frontmatter)', found: `YAML that does not parse (${e instanceof Error ? e.message.split('\n')[0] : e})`, expected: 'valid YAML between the --- lines' });
    return [];
  }
}

function moduleFolders(root: string): string[] {
  const dir = join(root, 'modules');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory()).sort();
}

function readModules(root: string, problems: Problem[], facts: FactLookup): ModuleFile[] {
  return moduleFolders(root).flatMap((slug) => {
    const path = join(root, 'modules', slug, 'index.mdx');
    if (!existsSync(path)) {
      problems.push({ file: `modules/${slug}`, field: '(folder)', found: 'no index.mdx', expected: `the module text in ${relative(root, path)}` });
      return [];
    }
    return readMdx(root, path, slug, problems, facts);
  });
}

/**
 * The facilitator guides (`modules/<slug>/facilitator.mdx`) that exist, parsed. A missing guide is
 * not a read error: validateFacilitators reports it against the module it belongs to.
 */
export function readFacilitators(root: string, problems: Problem[]): ModuleFile[] {
  const facts = readFactLookup(root);
  return moduleFolders(root).flatMap((slug) => {
    const path = join(root, 'modules', slug, 'facilitator.mdx');
    return existsSync(path) ? readMdx(root, path, slug, problems, facts) : [];
  });
}

/** Every quiz file under quizzes/, parsed. */
export function readQuizzes(root: string, problems: Problem[]): DataFile[] {
  const dir = join(root, 'quizzes');
  if (!existsSync(dir)) return [];
  const facts = readFactLookup(root);
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => ({ file: `quizzes/${f}`, data: withFacts(`quizzes/${f}`, readYaml(root, join(dir, f), problems), facts, problems) }));
}

/** Reads all course content from the project root. Syntax problems are added to `problems`. */
export function readCourse(root: string, problems: Problem[]): CourseFiles {
  const facts = readFactLookup(root);
  const data = (name: string): DataFile => {
    const file = `content/${name}`;
    return { file, data: withFacts(file, readYaml(root, join(root, 'content', name), problems), facts, problems) };
  };
  return {
    modules: readModules(root, problems, facts),
    paths: data('paths.yaml'),
    glossary: data('glossary.yaml'),
    resources: data('resources.yaml'),
    facts: { file: FACTS_FILE, data: readYaml(root, join(root, FACTS_FILE), []) },
    competencies: data('competencies.yaml'),
    selfAssessment: data('self-assessment.yaml'),
  };
}

const FACTS_FILE = 'content/facts.yaml';

/**
 * The register of facts as a lookup by id. Entries are taken as far as they can be read; the
 * register's own problems are reported once, by validateCourse, against content/facts.yaml.
 */
export function readFactLookup(root: string): FactLookup {
  const entries = readYaml(root, join(root, FACTS_FILE), []);
  const lookup = new Map<string, { value: string; href?: string }>();
  for (const e of Array.isArray(entries) ? entries : []) {
    const { id, value, href } = (e ?? {}) as Record<string, unknown>;
    if (typeof id === 'string' && typeof value === 'string') lookup.set(id, { value, href: typeof href === 'string' ? href : undefined });
  }
  return lookup;
}

function unknownFact(file: string, u: UnknownFact, facts: FactLookup): Problem {
  if (u.malformed) {
    const expected = u.id.startsWith('<') ? 'a fact written exactly as <Fact id="fact-id" /> (double quotes, closed with />)' : 'a fact written as {fact:fact-id}, or {fact:fact-id.href} for its link';
    return { file, field: u.field, found: u.id, expected };
  }
  if (u.missingHref) {
    return { file, field: u.field, found: `{fact:${u.id}.href}, but that fact has no href`, expected: `an href for "${u.id}" in ${FACTS_FILE}, or {fact:${u.id}} for its value alone` };
  }
  return { file, field: u.field, found: `a reference to the fact "${u.id}", which ${FACTS_FILE} does not have`, expected: `a fact id from ${FACTS_FILE} — ${suggestion(u.id, [...facts.keys()], 'fact id')}` };
}

/** Parsed YAML with its `{fact:…}` references resolved; a reference to no fact becomes a problem. */
function withFacts(file: string, data: unknown, facts: FactLookup, problems: Problem[]): unknown {
  if (data === undefined) return data;
  const resolved = resolveFactRefs(data, facts);
  problems.push(...resolved.unknown.map((u) => unknownFact(file, u, facts)));
  return resolved.data;
}
