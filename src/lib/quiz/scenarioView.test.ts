import { describe, expect, it } from 'vitest';
import { getInitialSnapshot, getNextSnapshot, type EventFrom } from 'xstate';
import { compileScenario, type ScenarioMachine } from './compileScenario';
import { scenarioFixture } from './fixtures/load';
import { paragraphs, pathTaken, principleRows, scenarioScreen, screenKey } from './scenarioView';

const def = scenarioFixture();
const machine = compileScenario(def);
const after = (...events: EventFrom<ScenarioMachine>[]) => events.reduce((s, e) => getNextSnapshot(machine, s, e), getInitialSnapshot(machine));
const begin = { type: 'learner.begin' } as const;
const choose = (choice: number) => ({ type: 'learner.choose', choice }) as const;
const next = { type: 'learner.continue' } as const;

describe('scenarioScreen', () => {
  it('names the screen for each kind of state', () => {
    expect(scenarioScreen(after(), def).kind).toBe('intro');
    expect(scenarioScreen(after({ type: 'learner.skip' }), def).kind).toBe('skipped');
    expect(scenarioScreen(after(begin, { type: 'learner.pause' }), def).kind).toBe('grounding');
  });

  it('a scene screen carries the scene and its decision number', () => {
    const screen = scenarioScreen(after(begin, choose(0), next), def);
    expect(screen).toMatchObject({ kind: 'choosing', step: 2, scene: { id: 'quiet-room' } });
  });

  it('the feedback screen carries the choice made and what it earned', () => {
    const screen = scenarioScreen(after(begin, choose(2)), def);
    expect(screen).toMatchObject({ kind: 'feedback', step: 1, chosen: { text: def.scenes[0].choices[2].text }, record: { score: -1 } });
  });

  it('the ending screen carries the ending reached', () => {
    const screen = scenarioScreen(after(begin, choose(2), next), def);
    expect(screen).toMatchObject({ kind: 'ending', ending: { id: 'ending-left', title: 'Mira leaves early' } });
  });

  it('a scene met again after a loop gets a new key, so focus moves to it', () => {
    const first = scenarioScreen(after(begin, choose(1), next), def);
    const again = scenarioScreen(after(begin, choose(1), next, choose(1), next, choose(0), next), def);
    expect([first, again].map((s) => s.kind === 'choosing' && s.scene.id)).toEqual(['quiet-room', 'quiet-room']);
    expect(screenKey(first)).not.toBe(screenKey(again));
  });
});

describe('for the ending', () => {
  it('pathTaken lists each decision with the choice text and its feedback', () => {
    const { context } = after(begin, choose(1), next, choose(1), next, choose(2), next);
    expect(pathTaken(context.choices, def)).toEqual([
      { step: 1, choiceText: 'Hand her the registration form.', feedback: expect.stringMatching(/paperwork/), score: 0 },
      { step: 2, choiceText: 'Say that sounds illegal and you must call the police.', feedback: expect.stringMatching(/empowerment/), score: -1 },
      { step: 3, choiceText: 'Let her go without saying anything.', feedback: expect.stringMatching(/peer support/), score: -1 },
    ]);
  });

  it("principleRows lists the scenario's principles in SAMHSA's order, bars scaled to the largest", () => {
    const rows = principleRows({ empowerment: 2, safety: -4, trustworthiness: 0 });
    expect(rows).toEqual([
      { id: 'safety', name: 'Safety', score: -4, share: 1 },
      { id: 'trustworthiness', name: 'Trustworthiness and transparency', score: 0, share: 0 },
      { id: 'empowerment', name: 'Empowerment, voice and choice', score: 2, share: 0.5 },
    ]);
  });

  it('paragraphs splits author text on blank lines', () => {
    expect(paragraphs('First line\nstill first.\n\n  Second.\n\n\n')).toEqual(['First line\nstill first.', 'Second.']);
  });
});
