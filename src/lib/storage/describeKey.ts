import { STORAGE_PREFIX } from './siteData';

/** What a stored key holds, in words a learner can check before erasing it. */
export function describeKey(key: string): string {
  const name = key.slice(STORAGE_PREFIX.length);
  if (name === 'progress') return 'your course progress: sections read, scenario endings, check scores, your learning path, your confidence ratings, scenarios in progress and any name you saved for certificates';
  if (name.startsWith('progress-backup:')) return `a copy of earlier progress that could not be read (kept ${name.slice('progress-backup:'.length, 'progress-backup:'.length + 10)})`;
  if (name === 'theme') return 'your light or dark mode choice';
  if (name.startsWith('quiz:')) return `where you were in “${name.slice(5)}” (saved by an earlier version)`;
  if (name.startsWith('quiz-backup:')) return `a copy of a saved place in “${name.slice(12)}” that could not be read`;
  return name;
}
