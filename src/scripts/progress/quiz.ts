import { progressQuizStore, progressRecorder, type ProgressRecorder } from '../../lib/progress/quizStore';
import type { QuizStore } from '../../lib/quiz/storage';
import { progressStore } from './client';
import { loadBadge } from './loadBadge';
import { showNotices } from './notices';

/**
 * What a scenario or check player needs from progress, for the quiz's module: a `QuizStore` whose
 * snapshots live in the progress record, and the recorder for endings, skips and check attempts.
 * Storage problems show as notices at the top of the page.
 */
export function quizProgress(module: string): { store: QuizStore; recorder: ProgressRecorder } {
  const progress = progressStore();
  showNotices(progress);
  loadBadge();
  return { store: progressQuizStore(progress, module), recorder: progressRecorder(progress, module) };
}
