import type { ZodError, ZodIssue } from 'astro/zod';

/**
 * One thing wrong with one content file, in the words an author needs to fix it.
 * Every validator in the project reports problems in this shape, and the build prints
 * one line per problem (see `formatProblem`).
 */
export interface Problem {
  /** Path of the file, relative to the project root (e.g. `modules/foo/index.mdx`). */
  file: string;
  /** Dotted path to the field (e.g. `references.2.url`), or `(file)` for the file as a whole. */
  field: string;
  /** What the file has now, short. */
  found: string;
  /** What it should have, and how to fix it. */
  expected: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.field}: found ${p.found}, expected ${p.expected}`;
}

export function formatProblems(problems: Problem[]): string {
  return problems.map(formatProblem).join('\n');
}

/** Thrown when content is invalid; its message lists every problem, one a line. */
export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in the course content:\n` +
        formatProblems(problems),
    );
    this.name = 'ContentError';
  }
}

/** A short, one-line description of a value as an author wrote it. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return `${value.length} item${value.length === 1 ? '' : 's'}`;
  if (value instanceof Date) return isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
  if (typeof value === 'string') {
    const s = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return s === '' ? 'an empty text' : JSON.stringify(s);
  }
  if (typeof value === 'object') return 'a group of fields';
  return String(value);
}

function valueAt(data: unknown, path: (string | number)[]): unknown {
  let cur: unknown = data;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}

/** "a string", "an array", "an object". */
const article = (noun: string) => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

function expectation(issue: ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.received === 'undefined' ? `${article(issue.expected)} — this field is required` : article(issue.expected);
    case 'too_small':
      if (issue.type === 'array') return `at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`;
      if (issue.type === 'string') return issue.minimum === 1 ? 'some text' : `at least ${issue.minimum} characters`;
      return `at least ${issue.minimum}`;
    case 'too_big':
      if (issue.type === 'array') return `at most ${issue.maximum} item${issue.maximum === 1 ? '' : 's'}`;
      if (issue.type === 'string') return `at most ${issue.maximum} characters`;
      return `at most ${issue.maximum}`;
    case 'invalid_enum_value':
      return `one of ${issue.options.map((o) => JSON.stringify(o)).join(', ')}`;
    case 'invalid_literal':
      return JSON.stringify(issue.expected);
    case 'unrecognized_keys':
      return `only known fields — remove or rename ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'invalid_string':
      if (issue.validation === 'url') return 'a full web address starting with https://';
      if (issue.validation === 'regex') return issue.message;
      return issue.message;
    case 'invalid_date':
      return 'a date written as YYYY-MM-DD';
    default:
      return issue.message;
  }
}

/**
 * Turns a zod error into author-facing problems. Schemas may put the fix in a custom message
 * (`.min(3, 'list at least three learning objectives')`); it is appended after the expectation.
 */
export function problemsFromZod(file: string, data: unknown, error: ZodError): Problem[] {
  return error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.join('.') : '(file)';
    const found =
      issue.code === 'unrecognized_keys'
        ? `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.join(', ')}`
        : describe(valueAt(data, issue.path));
    let expected = expectation(issue);
    const custom = issue.message && !/^(Required|Invalid|Expected|Unrecognized|String must|Array must|Number must)/.test(issue.message);
    if (custom && issue.code !== 'invalid_string' && issue.code !== 'custom') expected += ` — ${issue.message}`;
    if (issue.code === 'custom') expected = issue.message;
    return { file, field, found, expected };
  });
}
