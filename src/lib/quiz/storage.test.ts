import { describe, expect, it } from 'vitest';
import { compileScenario } from './compileScenario';
import { scenarioFixture } from './fixtures/load';
import { localQuizStore, memoryQuizStore, quizBackupKey, quizKey, restoreActor } from './storage';

/** A stand-in for window.localStorage. */
function fakeStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

describe('localQuizStore', () => {
  it('saves under steady-ground:quiz:<id> and loads it back', () => {
    const storage = fakeStorage();
    const store = localQuizStore(() => storage);
    store.save('clinic-intake', { value: 'intro' });
    expect(JSON.parse(storage.items.get('steady-ground:quiz:clinic-intake')!)).toEqual({ value: 'intro' });
    expect(store.load('clinic-intake')).toEqual({ value: 'intro' });
    store.clear('clinic-intake');
    expect(store.load('clinic-intake')).toBeUndefined();
  });

  it('keeps a corrupt value under a backup key and starts fresh', () => {
    const storage = fakeStorage({ [quizKey('x')]: '{"value": "sce' });
    expect(localQuizStore(() => storage).load('x')).toBeUndefined();
    expect(storage.items.get(quizBackupKey('x'))).toBe('{"value": "sce');
    expect(storage.items.has(quizKey('x'))).toBe(false);
  });

  it('never throws when storage is missing, blocked or full', () => {
    const blocked = localQuizStore(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const full = localQuizStore(() => ({
      ...fakeStorage(),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    }));
    const none = localQuizStore(() => undefined);
    for (const store of [blocked, full, none]) {
      expect(() => store.save('x', { a: 1 })).not.toThrow();
      expect(store.load('x')).toBeUndefined();
      expect(() => store.clear('x')).not.toThrow();
    }
  });
});

describe('restoreActor', () => {
  const def = scenarioFixture();
  const machine = compileScenario(def);

  it('resumes mid-scenario at the same scene with the same history, as after a reload', () => {
    const store = memoryQuizStore();
    const first = restoreActor(machine, store, def.id);
    expect(first.outcome).toBe('fresh');
    const actor = first.actor.start();
    actor.subscribe(() => store.save(def.id, actor.getPersistedSnapshot()));
    actor.send({ type: 'learner.begin' });
    actor.send({ type: 'learner.choose', choice: 1 });
    actor.send({ type: 'learner.continue' });
    actor.send({ type: 'learner.choose', choice: 0 });
    actor.stop();

    const again = restoreActor(machine, store, def.id);
    expect(again.outcome).toBe('resumed');
    const s = again.actor.start().getSnapshot();
    expect(s.value).toEqual({ scene: { 'quiet-room': { feedback: '0' } } });
    expect(s.context.path).toEqual(['arrival', 'quiet-room']);
    expect(s.context.choices.map((c) => c.choice)).toEqual([1, 0]);
  });

  it('starts over, and says so, when the saved snapshot no longer fits the scenario', () => {
    const store = memoryQuizStore();
    store.save(def.id, { status: 'active', value: { scene: { 'a-scene-since-removed': 'choosing' } }, context: {}, historyValue: {}, children: {} });
    const { actor, outcome } = restoreActor(machine, store, def.id);
    expect(outcome).toBe('reset');
    expect(actor.start().getSnapshot().value).toBe('intro');
  });
});
