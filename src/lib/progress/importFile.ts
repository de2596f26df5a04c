import type { ZodIssue } from 'astro/zod';
import { merge } from './merge';
import type { CourseOutline } from './outline';
import { inFlight } from './record';
import { readRecordText } from './storage';
import { SCHEMAS } from './schema';
import { unknownRating, type SelfAssessmentOutline } from './selfAssessment';
import { summarize } from './summarize';
import { PROGRESS_VERSION, type ProgressRecord } from './types';

/**
 * Checks a file the learner chose to import, and says what it holds before anything changes.
 * Loaded only on the progress page when a file is chosen, because it brings zod with it.
 * Every rejection is a sentence a learner can act on; the record on the device is untouched.
 */

export const MAX_IMPORT_BYTES = 1_000_000;

export interface ImportPreview {
  /** When the file's record last changed. */
  updatedAt: string;
  sectionsRead: number;
  modulesStarted: string[];
  scenariosFinished: number;
  checkAttempts: number;
  inProgress: number;
  pathTitle: string | null;
  hasName: boolean;
  /** The self-assessment sittings the file holds, in order. */
  selfAssessment: ('before' | 'after')[];
  /** Overall percent now, and after the file is added. */
  percentNow: number;
  percentAfter: number;
}

export type ImportResult = { ok: true; record: ProgressRecord; preview: ImportPreview } | { ok: false; message: string };

const NOT_OURS = 'This file is not a Steady Ground progress file';
const fail = (message: string): ImportResult => ({ ok: false, message });

function describeIssue(issue: ZodIssue): string {
  const where = issue.path.length ? `${issue.path.join(' › ')}: ` : '';
  return `${where}${issue.message}`;
}

/** Module, quiz, ending and path ids in the file must exist in this course. */
function unknownIds(record: ProgressRecord, outline: CourseOutline): string | null {
  const modules = new Map(outline.modules.map((m) => [m.slug, m]));
  for (const [slug, m] of Object.entries(record.modules)) {
    const om = modules.get(slug);
    if (!om) return `it mentions a module this course does not have (“${slug}”)`;
    const scenarios = new Map(om.scenarios.map((s) => [s.id, s]));
    const quizzes = new Set([...scenarios.keys(), ...om.checks.map((c) => c.id)]);
    const checks = new Set(om.checks.map((c) => c.id));
    for (const id of Object.keys(m.checks)) if (!checks.has(id)) return `it mentions a knowledge check this course does not have (“${id}”)`;
    for (const [id, s] of Object.entries(m.scenarios)) {
      const os = scenarios.get(id);
      if (!os) return `it mentions a scenario this course does not have (“${id}”)`;
      const ending = Object.keys(s.endings).find((e) => !os.endings.some((oe) => oe.id === e));
      if (ending) return `it mentions an ending that scenario “${os.title}” does not have (“${ending}”)`;
    }
    for (const id of Object.keys(m.snapshots)) if (!quizzes.has(id)) return `it mentions a quiz this course does not have (“${id}”)`;
  }
  const path = record.path?.value;
  if (path && !outline.paths.some((p) => p.id === path)) return `it names a learning path this course does not have (“${path}”)`;
  return null;
}

/**
 * `selfAssessment` is what confidence ratings are checked against (`/self-assessment.json`); null
 * when it could not be loaded, and then a file with ratings is refused rather than taken unchecked.
 */
export function validateImport(text: string, byteLength: number, outline: CourseOutline, current: ProgressRecord, selfAssessment: SelfAssessmentOutline | null): ImportResult {
  if (byteLength > MAX_IMPORT_BYTES) {
    return fail(`This file is too large (${(byteLength / 1_000_000).toFixed(1)} MB) to be a progress file, which is usually a few kilobytes. Please check you chose the right file.`);
  }
  if (!text.trim()) return fail('This file is empty. Please choose the file you saved with “Download my progress”.');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail(`${NOT_OURS}: it is not in the JSON format progress files use.`);
  }
  const version = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as { version?: unknown }).version : undefined;
  if (version === undefined) return fail(`${NOT_OURS}: it has no version number.`);
  if (typeof version === 'number' && Number.isInteger(version) && version > PROGRESS_VERSION) {
    return fail(`This file was saved by a newer version of Steady Ground (version ${version}). Reload this page to get the newest version of the site, then try again.`);
  }
  const schema = typeof version === 'number' ? SCHEMAS[version] : undefined;
  if (!schema) return fail(`${NOT_OURS}: its version (${JSON.stringify(version)}) is not one Steady Ground has used.`);
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map(describeIssue).join('; ');
    return fail(`This progress file has a problem, so it was not used: ${issues}.`);
  }
  const upgraded = readRecordText(text);
  if (!upgraded.ok) return fail(`${NOT_OURS}: it could not be read.`);
  const record = upgraded.record;
  const unknown = unknownIds(record, outline);
  if (unknown) return fail(`This progress file does not match this course: ${unknown}. It may come from a different site or have been edited.`);
  if (record.selfAssessment && !selfAssessment) return fail('This file’s confidence ratings could not be checked just now, because part of the course did not load. Please reload the page and try again.');
  const rating = record.selfAssessment && selfAssessment ? unknownRating(record, selfAssessment, outline.paths.map((p) => p.id)) : null;
  if (rating) return fail(`This progress file does not match this course: ${rating}. It may come from a different site or have been edited.`);

  const modules = Object.entries(record.modules);
  const titles = new Map(outline.modules.map((m) => [m.slug, m.title]));
  return {
    ok: true,
    record,
    preview: {
      updatedAt: record.updatedAt,
      sectionsRead: modules.reduce((n, [, m]) => n + Object.keys(m.sections).length, 0),
      modulesStarted: modules.filter(([, m]) => Object.keys(m.sections).length).map(([slug]) => titles.get(slug) ?? slug),
      scenariosFinished: modules.reduce((n, [, m]) => n + Object.values(m.scenarios).filter((s) => Object.keys(s.endings).length || s.skippedAt).length, 0),
      checkAttempts: modules.reduce((n, [, m]) => n + Object.values(m.checks).reduce((k, c) => k + c.attempts.length, 0), 0),
      inProgress: modules.reduce((n, [, m]) => n + Object.values(m.snapshots).filter(inFlight).length, 0),
      pathTitle: outline.paths.find((p) => p.id === record.path?.value)?.title ?? null,
      hasName: !!record.certificateName?.value,
      selfAssessment: (['before', 'after'] as const).filter((w) => record.selfAssessment?.[w]),
      percentNow: summarize(current, outline).overall.percent,
      percentAfter: summarize(merge(current, record), outline).overall.percent,
    },
  };
}
