import { latest, newest } from './merge';
import { href } from '../url';
import { MAX_RATING } from './shape';
import type { ProgressRecord, Ratings, RatingTime, Stamp } from './types';

/**
 * The optional self-assessment in the learner's record: saving a sitting, and what the progress
 * page and certificate show of it. Never scored: a rating is the learner's own view, nothing more.
 */

// Links beside outline.ts's moduleHref and the rest, but here: outline.ts is part of the progress
// page's own code, and these are needed only by the self-assessment and its table.
export const pathHref = (id: string) => href(`/paths/${id}/`);
/** The optional self-assessment for a path; without `when`, the page picks (before, until there is one). */
export const selfAssessmentHref = (path: string, when?: RatingTime) => href(`/self-assessment/?path=${path}${when ? `&when=${when}` : ''}`);

/** What the record's ratings are read against: `/self-assessment.json`, built from the content. */
export interface SelfAssessmentOutline {
  /** In the order of content/competencies.yaml. */
  competencies: { id: string; short: string }[];
  statements: { id: string; competency: string }[];
}

/** Saves one sitting (taking it again replaces it). Only ratings from 1 to 5 are kept. */
export function recordSelfAssessment(r: ProgressRecord, when: RatingTime, path: string, ratings: Record<string, number>, at: Stamp): ProgressRecord {
  const kept = Object.fromEntries(Object.entries(ratings).filter(([, v]) => Number.isInteger(v) && v >= 1 && v <= MAX_RATING));
  const sitting = newest(r.selfAssessment?.[when] ?? null, { at, value: { path, ratings: kept } })!;
  return { ...r, updatedAt: latest(r.updatedAt, at), selfAssessment: { ...r.selfAssessment, [when]: sitting } };
}

/** Which sitting a visit to the page is for, when the address does not say: before, until there is one. */
export const nextSitting = (r: ProgressRecord): RatingTime => (r.selfAssessment?.before ? 'after' : 'before');

export const hasSelfAssessment = (r: ProgressRecord): boolean => !!(r.selfAssessment?.before || r.selfAssessment?.after);

export interface ConfidenceRow {
  competency: string;
  short: string;
  /** The mean of the competency's rated statements; null when none was rated in that sitting. */
  before: number | null;
  after: number | null;
}

function mean(sitting: Ratings | undefined, ids: string[]): number | null {
  const values = ids.flatMap((id) => (sitting && Object.hasOwn(sitting.ratings, id) ? [sitting.ratings[id]] : []));
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

/**
 * Before and after per competency, in course order. Ratings for statements this course no longer
 * has stay in the record but are not counted.
 */
export function confidenceRows(r: ProgressRecord, outline: SelfAssessmentOutline): ConfidenceRow[] {
  const before = r.selfAssessment?.before?.value;
  const after = r.selfAssessment?.after?.value;
  return outline.competencies.map(({ id, short }) => {
    const ids = outline.statements.filter((s) => s.competency === id).map((s) => s.id);
    return { competency: id, short, before: mean(before, ids), after: mean(after, ids) };
  });
}

/** For the import check: the first statement id or path in the record's ratings this course does not have. */
export function unknownRating(r: ProgressRecord, outline: SelfAssessmentOutline, pathIds: string[]): string | null {
  for (const when of ['before', 'after'] as const) {
    const sitting = r.selfAssessment?.[when]?.value;
    if (!sitting) continue;
    if (!pathIds.includes(sitting.path)) return `its confidence ratings name a learning path this course does not have (“${sitting.path}”)`;
    const id = Object.keys(sitting.ratings).find((k) => !outline.statements.some((s) => s.id === k));
    if (id) return `its confidence ratings name a statement this course does not have (“${id}”)`;
  }
  return null;
}
