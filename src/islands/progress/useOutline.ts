import { useEffect, useState } from 'preact/hooks';
import type { CourseOutline } from '../../lib/progress/outline';
import { fetchOutline } from '../../scripts/progress/client';

/**
 * The course outline, from /progress-outline.json (which the page preloads): the same file the
 * header's indicator reads, so a learner downloads it once rather than again inside each page.
 * Null while it loads; 'failed' when it cannot be had.
 */
export function useOutline(): CourseOutline | null | 'failed' {
  const [outline, setOutline] = useState<CourseOutline | null | 'failed'>(null);
  useEffect(() => void fetchOutline().then((o) => setOutline(o ?? 'failed')), []);
  return outline;
}
