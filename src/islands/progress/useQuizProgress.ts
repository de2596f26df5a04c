import { useEffect, useMemo } from 'preact/hooks';
import type { ProgressRecorder } from '../../lib/progress/quizStore';
import type { QuizStore } from '../../lib/quiz/storage';
import { quizProgress } from '../../scripts/progress/quiz';

/**
 * Progress for a quiz player: the store its snapshots live in (inside the progress record), and
 * the recorder. A player reports only what the learner just did (`acted`), so showing a finished
 * run again after a reload does not count it twice.
 */
export function useQuizProgress(module: string): { store: QuizStore; recorder: ProgressRecorder } {
  return useMemo(() => {
    // Made on first use, which is in the browser: the server render must not touch storage.
    let made: ReturnType<typeof quizProgress> | undefined;
    const real = () => (made ??= quizProgress(module));
    return {
      store: { load: (id) => real().store.load(id), save: (id, s) => real().store.save(id, s), clear: (id) => real().store.clear(id) },
      recorder: {
        endingReached: (scenario, ending) => real().recorder.endingReached(scenario, ending),
        skipped: (scenario) => real().recorder.skipped(scenario),
        checkSubmitted: (check, score, total) => real().recorder.checkSubmitted(check, score, total),
        checkSkipped: (check) => real().recorder.checkSkipped(check),
      },
    };
  }, [module]);
}

type Recorder = ProgressRecorder;

/** Records an ending reached, or a skip, when the learner gets there. */
export function useRecordScenario(recorder: Recorder, scenario: string, reached: { ending: string } | 'skipped' | null, acted: { current: boolean }) {
  const key = reached === 'skipped' ? 'skipped' : (reached?.ending ?? '');
  useEffect(() => {
    if (!acted.current || !reached) return;
    if (reached === 'skipped') recorder.skipped(scenario);
    else recorder.endingReached(scenario, reached.ending);
  }, [key]);
}

/** Records each submitted attempt, once, with its score, and a skip at the content note. */
export function useRecordCheck(recorder: Recorder, check: string, result: { score: number; total: number } | null, attempts: number, skipped: boolean, acted: { current: boolean }) {
  useEffect(() => {
    if (acted.current && result) recorder.checkSubmitted(check, result.score, result.total);
  }, [result ? attempts : -1]);
  useEffect(() => {
    if (acted.current && skipped) recorder.checkSkipped(check);
  }, [skipped]);
}
