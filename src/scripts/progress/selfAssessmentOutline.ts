import { href } from '../../lib/url';
import type { SelfAssessmentOutline } from '../../lib/progress/selfAssessment';

let outline: Promise<SelfAssessmentOutline | null> | undefined;

/**
 * What confidence ratings are read against, from /self-assessment.json: fetched only by the code
 * that shows or checks ratings, so pages for learners without any carry none of it. Null when it
 * cannot be had.
 */
export function fetchSelfAssessment(): Promise<SelfAssessmentOutline | null> {
  outline ??= fetch(href('/self-assessment.json'))
    .then((r) => (r.ok ? (r.json() as Promise<SelfAssessmentOutline>) : null))
    .catch(() => null);
  return outline;
}
