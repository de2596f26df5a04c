import { describe, expect, it } from 'vitest';
import { getInitialSnapshot, getNextSnapshot, type SnapshotFrom } from 'xstate';
import { compileScenario, type ScenarioEvent, type ScenarioMachine } from '../quiz/compileScenario';
import { scenarioFixture } from '../quiz/fixtures/load';
import { scenarioScreen } from '../quiz/scenarioView';
import { back, current, firstStep, keyAction, nextMove, pushSnapshot, reveal, revealAll, type Step } from './presenter';

const def = scenarioFixture();
const machine = compileScenario(def);
type Snap = SnapshotFrom<ScenarioMachine>;
const send = (history: Step<Snap>[], event: ScenarioEvent) =>
  pushSnapshot(history, getNextSnapshot(machine, current(history).snapshot, event));
const begun = () => send(firstStep(getInitialSnapshot(machine)), { type: 'learner.begin' });
/** The screen the learner's player would show for the current step: kind, and scene if any. */
const screenOf = (history: Step<Snap>[]) => {
  const screen = scenarioScreen(current(history).snapshot, def);
  return 'scene' in screen ? `${screen.kind}:${screen.scene.id}` : screen.kind;
};

describe('history of steps', () => {
  it('goes back one step at a time, to the very start and no further', () => {
    let h = send(begun(), { type: 'learner.choose', choice: 0 });
    h = send(h, { type: 'learner.continue' });
    expect(screenOf(h)).toBe('choosing:quiet-room');
    h = back(h);
    expect(screenOf(h)).toBe('feedback:arrival');
    h = back(back(h));
    expect(screenOf(h)).toBe('intro');
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
    expect(screenOf(h)).toBe('grounding');
    expect(current(h).revealed).toEqual([]);
    h = send(h, { type: 'learner.resume' });
    expect(screenOf(h)).toBe('choosing:arrival');
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
  const screen = (h: Step<Snap>[]) => scenarioScreen(current(h).snapshot, def);

  it('begins, reveals each hidden choice in turn, continues after the choice and resumes after a pause', () => {
    const intro = firstStep(getInitialSnapshot(machine));
    expect(nextMove(screen(intro), [])).toEqual({ event: { type: 'learner.begin' } });
    expect(nextMove(screen(begun()), [])).toEqual({ reveal: 0 });
    expect(nextMove(screen(begun()), [0, 2])).toEqual({ reveal: 1 });
    expect(nextMove(screen(send(begun(), { type: 'learner.choose', choice: 1 })), [])).toEqual({ event: { type: 'learner.continue' } });
    expect(nextMove(screen(send(begun(), { type: 'learner.pause' })), [])).toEqual({ event: { type: 'learner.resume' } });
  });

  it('never chooses for the group, and stops at the end', () => {
    expect(nextMove(screen(begun()), [0, 1, 2])).toBeUndefined();
    const ended = send(send(begun(), { type: 'learner.choose', choice: 2 }), { type: 'learner.continue' });
    expect(screenOf(ended)).toBe('ending');
    expect(nextMove(screen(ended), [])).toBeUndefined();
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
