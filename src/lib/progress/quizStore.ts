import { localQuizStore, type QuizStore } from '../quiz/storage';
import { recordCheckAttempt, recordCheckSkip, recordEnding, recordSkip, setSnapshot, snapshotOf } from './quizRecord';
import type { ProgressStore, WebStorage } from './storage';
import type { Saved } from './types';

/**
 * The quiz engine's `QuizStore`, kept inside the progress record: a scenario left half-way is in
 * the same record that moves between devices, merges between tabs, and is erased with the rest.
 * A snapshot saved by an earlier release under its own key (`steady-ground:quiz:<id>`) is moved in
 * the first time that quiz is opened.
 */
export function progressQuizStore(
  store: ProgressStore,
  module: string,
  legacyStorage: () => WebStorage | undefined = () => globalThis.localStorage,
): QuizStore {
  const legacy = localQuizStore(legacyStorage);
  return {
    load(id) {
      const saved = snapshotOf(store.get(), module, id);
      if (saved !== undefined || store.get().modules[module]?.snapshots[id]) return saved;
      const old = legacy.load(id);
      if (old === undefined) return undefined;
      store.update((r, at) => setSnapshot(r, module, id, old as Saved, at));
      legacy.clear(id);
      return old;
    },
    save: (id, persisted) => void store.update((r, at) => setSnapshot(r, module, id, (persisted ?? null) as Saved, at)),
    clear: (id) => void store.update((r, at) => setSnapshot(r, module, id, null, at)),
  };
}

/** What the players tell progress when a learner finishes something. */
export interface ProgressRecorder {
  endingReached(scenario: string, ending: string): void;
  skipped(scenario: string): void;
  checkSubmitted(check: string, score: number, total: number): void;
  /** The learner skipped a knowledge check at its content note (no penalty). */
  checkSkipped(check: string): void;
}

export function progressRecorder(store: ProgressStore, module: string): ProgressRecorder {
  return {
    endingReached: (scenario, ending) => void store.update((r, at) => recordEnding(r, module, scenario, ending, at)),
    skipped: (scenario) => void store.update((r, at) => recordSkip(r, module, scenario, at)),
    checkSubmitted: (check, score, total) => void store.update((r, at) => recordCheckAttempt(r, module, check, score, total, at)),
    checkSkipped: (check) => void store.update((r, at) => recordCheckSkip(r, module, check, at)),
  };
}
