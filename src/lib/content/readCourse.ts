import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { Problem } from '../../schemas/problems';
import type { CourseFiles, DataFile, ModuleFile } from './validateCourse';

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
function readMdx(root: string, path: string, slug: string, problems: Problem[]): ModuleFile[] {
  const file = relative(root, path);
  const { frontmatter, body } = splitFrontmatter(readFileSync(path, 'utf8'));
  if (frontmatter === undefined) {
    problems.push({ file, field: '(frontmatter)', found: 'nothing', expected: 'frontmatter between two --- lines at the top of the file' });
    return [];
  }
  try {
    return [{ file, slug, data: parseYaml(frontmatter), body }];
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

function readModules(root: string, problems: Problem[]): ModuleFile[] {
  return moduleFolders(root).flatMap((slug) => {
    const path = join(root, 'modules', slug, 'index.mdx');
    if (!existsSync(path)) {
      problems.push({ file: `modules/${slug}`, field: '(folder)', found: 'no index.mdx', expected: `the module text in ${relative(root, path)}` });
      return [];
    }
    return readMdx(root, path, slug, problems);
  });
}

/**
 * The facilitator guides (`modules/<slug>/facilitator.mdx`) that exist, parsed. A missing guide is
 * not a read error: validateFacilitators reports it against the module it belongs to.
 */
export function readFacilitators(root: string, problems: Problem[]): ModuleFile[] {
  return moduleFolders(root).flatMap((slug) => {
    const path = join(root, 'modules', slug, 'facilitator.mdx');
    return existsSync(path) ? readMdx(root, path, slug, problems) : [];
  });
}

/** Every quiz file under quizzes/, parsed. */
export function readQuizzes(root: string, problems: Problem[]): DataFile[] {
  const dir = join(root, 'quizzes');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => ({ file: `quizzes/${f}`, data: readYaml(root, join(dir, f), problems) }));
}

/** Reads all course content from the project root. Syntax problems are added to `problems`. */
export function readCourse(root: string, problems: Problem[]): CourseFiles {
  const data = (name: string): DataFile => ({ file: `content/${name}`, data: readYaml(root, join(root, 'content', name), problems) });
  return {
    modules: readModules(root, problems),
    paths: data('paths.yaml'),
    glossary: data('glossary.yaml'),
    resources: data('resources.yaml'),
  };
}
