import { describe, expect, it } from 'vitest';
import { createActor, getInitialSnapshot, getNextSnapshot, type EventFrom, type SnapshotFrom } from 'xstate';
import { compileScenario, type ScenarioMachine } from './compileScenario';
import { scenarioFixture } from './fixtures/load';

const machine = compileScenario(scenarioFixture());
type Snap = SnapshotFrom<ScenarioMachine>;
type Ev = EventFrom<ScenarioMachine>;

/** Steps the machine purely: begin, then each choice followed by Continue. */
function play(...choices: number[]): Snap {
  let s = getNextSnapshot(machine, getInitialSnapshot(machine), { type: 'learner.begin' });
  for (const choice of choices) {
    s = getNextSnapshot(machine, s, { type: 'learner.choose', choice });
    s = getNextSnapshot(machine, s, { type: 'learner.continue' });
  }
  return s;
}
const send = (s: Snap, ...events: Ev[]) => events.reduce((acc, e) => getNextSnapshot(machine, acc, e), s);

describe('compileScenario', () => {
  it('starts at the intro, which offers Begin and Skip but no choice', () => {
    const s = getInitialSnapshot(machine);
    expect(s.value).toBe('intro');
    expect(s.can({ type: 'learner.begin' })).toBe(true);
    expect(s.can({ type: 'learner.skip' })).toBe(true);
    expect(s.can({ type: 'learner.choose', choice: 0 })).toBe(false);
  });

  it('Begin opens the start scene, named by its id, and records it in the path', () => {
    const s = play();
    expect(s.value).toEqual({ scene: { arrival: 'choosing' } });
    expect(s.context.path).toEqual(['arrival']);
  });

  it('a choice shows its feedback and records score, principles and flags; Continue leads on', () => {
    const chosen = send(play(), { type: 'learner.choose', choice: 0 });
    expect(chosen.value).toEqual({ scene: { arrival: { feedback: '0' } } });
    expect(chosen.can({ type: 'learner.choose', choice: 1 })).toBe(false);
    expect(chosen.context.choices).toEqual([
      expect.objectContaining({ scene: 'arrival', choice: 0, score: 2, principles: ['empowerment', 'safety'] }),
    ]);
    expect(chosen.context.choices[0].feedback).toMatch(/empowerment, voice and choice/);
    expect(chosen.context.flags).toEqual(['offered-choice']);
    expect(chosen.context.scoreByPrinciple).toMatchObject({ empowerment: 2, safety: 2, trustworthiness: 0 });
    expect(chosen.context.total).toBe(2);

    const next = send(chosen, { type: 'learner.continue' });
    expect(next.value).toEqual({ scene: { 'quiet-room': 'choosing' } });
    expect(next.context.path).toEqual(['arrival', 'quiet-room']);
  });

  it('ignores a choice that does not exist', () => {
    expect(play().can({ type: 'learner.choose', choice: 3 })).toBe(false);
  });

  it('counts a negative score against every principle the choice names', () => {
    const s = play(1, 1, 2); // form (0), police (-1), let her go (-1: peer-support, safety)
    expect(s.value).toBe('ending-left');
    expect(s.context.scoreByPrinciple).toMatchObject({ empowerment: -1, 'peer-support': -1, safety: -1, trustworthiness: 0 });
    expect(s.context.total).toBe(-2);
  });

  describe('guarded routes, tried in order', () => {
    it('a flag set earlier opens the first route', () => {
      const s = play(0, 2, 2, 2, 0); // offered-choice set at arrival, low score after
      expect(s.context.total).toBeLessThan(6);
      expect(s.value).toBe('ending-connected');
      expect(s.context.ending).toBe('ending-connected');
    });
    it('without the flag, a high enough score opens the second route', () => {
      const s = play(1, 0, 0, 0, 0); // 0 + 2 + 2 + 2 + 2 = 8
      expect(s.context.flags).toEqual([]);
      expect(s.value).toBe('ending-connected');
    });
    it('otherwise the last route, without `if`, is taken', () => {
      const s = play(1, 2, 1, 1, 0); // 0 + 1 - 1 + 0 + 2 = 2, no flag
      expect(s.value).toBe('ending-partial');
      expect(s.status).toBe('done');
    });
  });

  it('a loop back to an earlier scene adds to the path again', () => {
    const s = play(1, 1, 0); // quiet-room -> check-in -> quiet-room
    expect(s.context.path).toEqual(['arrival', 'quiet-room', 'check-in', 'quiet-room']);
  });

  it('pause goes to grounding and resume returns to the same scene and step, without counting it twice', () => {
    for (const before of [play(0), send(play(0), { type: 'learner.choose', choice: 1 })]) {
      const paused = send(before, { type: 'learner.pause' });
      expect(paused.value).toBe('grounding');
      expect(paused.can({ type: 'learner.choose', choice: 0 })).toBe(false);
      const resumed = send(paused, { type: 'learner.resume' });
      expect(resumed.value).toEqual(before.value);
      expect(resumed.context).toEqual(before.context);
    }
  });

  it('restart from a scene or from grounding clears everything and shows the intro again', () => {
    const fresh = getInitialSnapshot(machine).context;
    for (const s of [play(0, 0), send(play(0), { type: 'learner.pause' })]) {
      const restarted = send(s, { type: 'learner.restart' });
      expect(restarted.value).toBe('intro');
      expect(restarted.context).toEqual(fresh);
    }
  });

  it('skip at the content note ends the scenario as skipped, with no score', () => {
    const s = send(getInitialSnapshot(machine), { type: 'learner.skip' });
    expect(s.value).toBe('skipped');
    expect(s.status).toBe('done');
    expect(s.context).toMatchObject({ skipped: true, total: 0, choices: [] });
  });

  it('has no timed transitions anywhere', () => {
    const timed: string[] = [];
    const visit = (node: typeof machine.root) => {
      if (node.after.length) timed.push(node.id);
      Object.values(node.states).forEach(visit);
    };
    visit(machine.root);
    expect(timed).toEqual([]);
  });

  it('a persisted snapshot restores mid-scene, history included', () => {
    const actor = createActor(machine).start();
    for (const e of [{ type: 'learner.begin' }, { type: 'learner.choose', choice: 0 }, { type: 'learner.continue' }, { type: 'learner.pause' }] as Ev[])
      actor.send(e);
    const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const restored = createActor(machine, { snapshot: saved }).start();
    expect(restored.getSnapshot().value).toBe('grounding');
    restored.send({ type: 'learner.resume' });
    expect(restored.getSnapshot().value).toEqual({ scene: { 'quiet-room': 'choosing' } });
    expect(restored.getSnapshot().context.path).toEqual(['arrival', 'quiet-room']);
  });
});
