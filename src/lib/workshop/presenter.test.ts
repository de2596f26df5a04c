import { describe, expect, it } from 'vitest';
import { getInitialSnapshot, getNextSnapshot, type EventFrom, type SnapshotFrom } from 'xstate';
import { compileScenario, type ScenarioMachine } from '../quiz/compileScenario';
import { scenarioFixture } from '../quiz/fixtures/load';
import { back, current, firstStep, keyAction, nextMove, pushSnapshot, reveal, revealAll, screenOf, type Step } from './presenter';

const machine = compileScenario(scenarioFixture());
type Snap = SnapshotFrom<ScenarioMachine>;
const send = (history: Step<Snap>[], event: EventFrom<ScenarioMachine>) =>
  pushSnapshot(history, getNextSnapshot(machine, current(history).snapshot, event));
const begun = () => send(firstStep(getInitialSnapshot(machine)), { type: 'learner.begin' });

describe('screenOf', () => {
  it('reads every kind of state the compiled machine has', () => {
    let h = firstStep(getInitialSnapshot(machine));
    expect(screenOf(current(h).snapshot.value)).toEqual({ kind: 'intro' });
    h = send(h, { type: 'learner.begin' });
    expect(screenOf(current(h).snapshot.value)).toEqual({ kind: 'choosing', scene: 'arrival' });
    h = send(h, { type: 'learner.choose', choice: 2 });
    expect(screenOf(current(h).snapshot.value)).toEqual({ kind: 'feedback', scene: 'arrival', choice: 2 });
    expect(screenOf(getNextSnapshot(machine, current(h).snapshot, { type: 'learner.pause' }).value)).toEqual({ kind: 'grounding' });
    h = send(h, { type: 'learner.continue' });
    expect(screenOf(current(h).snapshot.value)).toEqual({ kind: 'ending', ending: 'ending-left' });
  });
});

describe('history of steps', () => {
  it('goes back one step at a time, to the very start and no further', () => {
    let h = send(begun(), { type: 'learner.choose', choice: 0 });
    h = send(h, { type: 'learner.continue' });
    expect(screenOf(current(h).snapshot.value)).toEqual({ kind: 'choosing', scene: 'quiet-room' });
    h = back(h);
    expect(screenOf(current(h).snapshot.value)).toEqual({ kind: 'feedback', scene: 'arrival', choice: 0 });
    h = back(back(h));
    expect(screenOf(current(h).snapshot.value)).toEqual({ kind: 'intro' });
    expect(back(h)).toBe(h);
  });

  it('going back undoes what the machine recorded, so a different choice counts alone', () => {
    let h = send(begun(), { type: 'learner.choose', choice: 2 });
    h = send(back(h), { type: 'learner.choose', choice: 0 });
    expect(current(h).snapshot.context.choices.map((c) => c.choice)).toEqual([0]);
    expect(current(h).snapshot.context.total).toBe(2);
  });

  it('reveals feedback as steps, once each, and back hides the last one', () => {
    let h = reveal(begun(), 1);
    h = reveal(h, 1);
    h = reveal(h, 0);
    expect(current(h).revealed).toEqual([1, 0]);
    expect(current(back(h)).revealed).toEqual([1]);
    expect(current(revealAll(h, 3)).revealed).toEqual([1, 0, 2]);
    expect(revealAll(revealAll(h, 3), 3)).toEqual(revealAll(h, 3));
  });

  it('keeps revealed feedback across a grounding pause, and starts each new screen with none', () => {
    let h = reveal(begun(), 2);
    h = send(h, { type: 'learner.pause' });
    expect(current(h).revealed).toEqual([]);
    h = send(h, { type: 'learner.resume' });
    expect(screenOf(current(h).snapshot.value)).toEqual({ kind: 'choosing', scene: 'arrival' });
    expect(current(h).revealed).toEqual([2]);
    h = send(h, { type: 'learner.choose', choice: 0 });
    expect(current(h).revealed).toEqual([]);
  });

  it('adds no step when the machine does not move', () => {
    const h = begun();
    expect(pushSnapshot(h, current(h).snapshot)).toBe(h);
  });
});

describe('nextMove', () => {
  it('begins, reveals each hidden choice in turn, continues after the choice and resumes after a pause', () => {
    expect(nextMove({ kind: 'intro' }, [], 0)).toEqual({ event: { type: 'learner.begin' } });
    expect(nextMove({ kind: 'choosing', scene: 'a' }, [], 3)).toEqual({ reveal: 0 });
    expect(nextMove({ kind: 'choosing', scene: 'a' }, [0, 2], 3)).toEqual({ reveal: 1 });
    expect(nextMove({ kind: 'feedback', scene: 'a', choice: 1 }, [], 3)).toEqual({ event: { type: 'learner.continue' } });
    expect(nextMove({ kind: 'grounding' }, [], 0)).toEqual({ event: { type: 'learner.resume' } });
  });

  it('never chooses for the group, and stops at the end', () => {
    expect(nextMove({ kind: 'choosing', scene: 'a' }, [0, 1, 2], 3)).toBeUndefined();
    expect(nextMove({ kind: 'ending', ending: 'e' }, [], 0)).toBeUndefined();
  });
});

describe('keyAction', () => {
  const key = (k: string, mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {}) =>
    keyAction({ key: k, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...mods });
  it('reads arrow keys and a clicker’s Page Up and Page Down', () => {
    expect([key('ArrowRight'), key('PageDown'), key('ArrowLeft'), key('PageUp'), key('Enter')]).toEqual(['next', 'next', 'back', 'back', undefined]);
  });
  it('leaves Alt+Left (browser back) and other shortcuts to the browser', () => {
    expect([key('ArrowLeft', { altKey: true }), key('ArrowRight', { metaKey: true }), key('PageDown', { ctrlKey: true })]).toEqual([undefined, undefined, undefined]);
  });
});
