import { describe, expect, it } from 'vitest';
import { getInitialSnapshot, getNextSnapshot } from 'xstate';
import { compileScenario } from '../quiz/compileScenario';
import { scenarioFixture } from '../quiz/fixtures/load';
import { choiceLetter, firstSentence, presenterSummary } from './summary';
import { agendaRows, clock } from './agenda';
import { PRINCIPLE_LINES } from './principleLines';
import { PRINCIPLES } from '../quiz/principles';

describe('presenterSummary', () => {
  const def = scenarioFixture();
  const machine = compileScenario(def);
  const play = (...choices: number[]) => {
    let s = getNextSnapshot(machine, getInitialSnapshot(machine), { type: 'learner.begin' });
    for (const choice of choices) {
      s = getNextSnapshot(machine, s, { type: 'learner.choose', choice });
      s = getNextSnapshot(machine, s, { type: 'learner.continue' });
    }
    return s;
  };

  it('lists each decision with its letter and the ending reached', () => {
    const summary = presenterSummary(def, play(1, 1, 2).context);
    expect(summary.decisions.map((d) => `${d.letter}: ${d.choiceText}`)).toEqual([
      'B: Hand her the registration form.',
      'B: Say that sounds illegal and you must call the police.',
      'C: Let her go without saying anything.',
    ]);
    expect(summary.decisions[0].moment).toBe('Mira stands at the desk.');
    expect(summary.ending?.id).toBe('ending-left');
  });

  it('sorts principles into honoured and strained by the scores the machine kept', () => {
    const summary = presenterSummary(def, play(1, 1, 2).context);
    expect(summary.honoured).toEqual([]);
    expect(summary.strained.map((t) => [t.name, t.score])).toEqual(expect.arrayContaining([['Safety', -1], ['Peer support', -1]]));
    const skilled = presenterSummary(def, play(0, 0, 0, 0, 0).context);
    expect(skilled.honoured.map((t) => t.id)).toContain('empowerment');
    expect(skilled.strained).toEqual([]);
  });
});

describe('small helpers', () => {
  it('letters choices A to D', () => expect([0, 1, 2, 3].map(choiceLetter)).toEqual(['A', 'B', 'C', 'D']));

  it('takes a scene’s first sentence and shortens a long one', () => {
    expect(firstSentence('Dani sits down. She looks tired.')).toBe('Dani sits down.');
    expect(firstSentence('No full stop here')).toBe('No full stop here');
    expect(firstSentence(`${'word '.repeat(40)}end.`, 20)).toBe('word word word word…');
  });

  it('gives each agenda block its start and end time', () => {
    expect(agendaRows([{ minutes: 5, activity: 'Welcome' }, { minutes: 55, activity: 'Scenario' }, { minutes: 10, activity: 'Close' }]).map((r) => `${r.from}-${r.to}`)).toEqual(['0:00-0:05', '0:05-1:00', '1:00-1:10']);
    expect(clock(90)).toBe('1:30');
  });

  it('has a plain line for each of the six principles', () => {
    expect(Object.keys(PRINCIPLE_LINES).sort()).toEqual(PRINCIPLES.map((p) => p.id).sort());
  });
});
