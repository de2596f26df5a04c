import { describe, expect, it } from 'vitest';
import { compileScenario } from '../quiz/compileScenario';
import { scenarioFixture } from '../quiz/fixtures/load';
import { quizKey, restoreActor } from '../quiz/storage';
import { progressQuizStore, progressRecorder } from './quizStore';
import { createProgressStore } from './storage';
import { PROGRESS_KEY } from './types';

function fakeStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    get length() {
      return items.size;
    },
    key: (i: number) => [...items.keys()][i] ?? null,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

describe('the quiz store inside the progress record', () => {
  it('resumes a scenario where the learner left it, in a later page', () => {
    const storage = fakeStorage();
    const machine = compileScenario(scenarioFixture());
    const first = restoreActor(machine, progressQuizStore(createProgressStore({ storage: () => storage }), 'm', () => storage), 'drop-in');
    first.actor.start();
    first.actor.send({ type: 'learner.begin' });
    progressQuizStore(createProgressStore({ storage: () => storage }), 'm', () => storage).save('drop-in', first.actor.getPersistedSnapshot());
    const again = restoreActor(machine, progressQuizStore(createProgressStore({ storage: () => storage }), 'm', () => storage), 'drop-in');
    expect(again.outcome).toBe('resumed');
    expect(again.actor.getSnapshot().value).toEqual(first.actor.getSnapshot().value);
    expect(JSON.parse(storage.items.get(PROGRESS_KEY)!).modules.m.snapshots['drop-in']).toBeDefined();
  });

  it('clears a snapshot so the next visit starts fresh', () => {
    const storage = fakeStorage();
    const quizzes = progressQuizStore(createProgressStore({ storage: () => storage }), 'm', () => storage);
    quizzes.save('q', { value: 'scene' });
    quizzes.clear('q');
    expect(progressQuizStore(createProgressStore({ storage: () => storage }), 'm', () => storage).load('q')).toBeUndefined();
  });

  it('moves a snapshot saved by the earlier per-quiz key into the record', () => {
    const storage = fakeStorage({ [quizKey('q')]: '{"value":"scene","context":{}}' });
    const quizzes = progressQuizStore(createProgressStore({ storage: () => storage }), 'm', () => storage);
    expect(quizzes.load('q')).toEqual({ value: 'scene', context: {} });
    expect(storage.items.has(quizKey('q'))).toBe(false);
    expect(JSON.parse(storage.items.get(PROGRESS_KEY)!).modules.m.snapshots.q.value).toEqual({ value: 'scene', context: {} });
  });

  it('records endings, skips and check attempts in the module', () => {
    const store = createProgressStore({ storage: () => undefined });
    const recorder = progressRecorder(store, 'm');
    recorder.endingReached('s', 'good-end');
    recorder.skipped('t');
    recorder.checkSubmitted('c', 3, 4);
    const m = store.get().modules.m;
    expect(Object.keys(m.scenarios.s.endings)).toEqual(['good-end']);
    expect(m.scenarios.t.skippedAt).not.toBeNull();
    expect(m.checks.c.best).toMatchObject({ score: 3, total: 4 });
  });
});
