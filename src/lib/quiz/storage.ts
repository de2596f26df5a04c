import { createActor, type Actor, type AnyStateMachine, type Snapshot } from 'xstate';

/**
 * Where a quiz's persisted snapshot lives between visits. The players use `localQuizStore`;
 * tests and the progress work can pass any other implementation.
 */
export interface QuizStore {
  /** The saved snapshot for a quiz, or undefined when there is none (or it could not be read). */
  load(id: string): unknown | undefined;
  save(id: string, persisted: unknown): void;
  clear(id: string): void;
}

export const quizKey = (id: string) => `steady-ground:quiz:${id}`;
export const quizBackupKey = (id: string) => `steady-ground:quiz-backup:${id}`;

export function memoryQuizStore(): QuizStore {
  const saved = new Map<string, string>();
  return {
    // Stored as JSON, like localStorage, so a test sees exactly what survives a reload.
    load: (id) => (saved.has(quizKey(id)) ? JSON.parse(saved.get(quizKey(id))!) : undefined),
    save: (id, persisted) => void saved.set(quizKey(id), JSON.stringify(persisted)),
    clear: (id) => void saved.delete(quizKey(id)),
  };
}

type WebStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * A QuizStore over localStorage that never throws: storage can be missing (server render),
 * blocked (privacy settings) or full, and a quiz must still work, only without resuming.
 * A value that is not valid JSON is moved to a backup key rather than deleted, so nothing a
 * learner did is silently destroyed, and the quiz starts fresh.
 */
export function localQuizStore(getStorage: () => WebStorage | undefined = () => globalThis.localStorage): QuizStore {
  const attempt = <T>(fn: (s: WebStorage) => T): T | undefined => {
    try {
      const storage = getStorage();
      return storage ? fn(storage) : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    load: (id) =>
      attempt((s) => {
        const raw = s.getItem(quizKey(id));
        if (raw === null) return undefined;
        try {
          return JSON.parse(raw) as unknown;
        } catch {
          s.setItem(quizBackupKey(id), raw);
          s.removeItem(quizKey(id));
          return undefined;
        }
      }),
    save: (id, persisted) => void attempt((s) => s.setItem(quizKey(id), JSON.stringify(persisted))),
    clear: (id) => void attempt((s) => s.removeItem(quizKey(id))),
  };
}

export type RestoreOutcome = 'fresh' | 'resumed' | 'reset';

/**
 * An actor for `machine`, resumed from the store when a saved snapshot exists and still fits.
 * A snapshot saved against an older version of the quiz (a scene renamed, say) makes xstate
 * return an errored actor rather than throw; then the learner starts over, and the outcome
 * `reset` lets the player say so. The actor is not started.
 */
export function restoreActor<M extends AnyStateMachine>(machine: M, store: QuizStore, id: string): { actor: Actor<M>; outcome: RestoreOutcome } {
  const saved = store.load(id);
  if (saved !== undefined) {
    try {
      const actor = createActor(machine as AnyStateMachine, { snapshot: saved as Snapshot<unknown> }) as Actor<M>;
      if ((actor.getSnapshot() as Snapshot<unknown>).status !== 'error') return { actor, outcome: 'resumed' };
    } catch {
      // fall through to a fresh start
    }
  }
  return { actor: createActor(machine as AnyStateMachine) as Actor<M>, outcome: saved === undefined ? 'fresh' : 'reset' };
}
