import type { SnapshotFrom, StateValue } from 'xstate';
import type { Choice, Ending, Scenario, Scene } from '../../schemas/quiz';
import type { ChoiceRecord, ScenarioMachine } from './compileScenario';
import { PRINCIPLES } from './principles';

/**
 * What the scenario player shows for a snapshot, looked up in the definition. Pure, so the island
 * only renders: which screen comes from `snapshot.matches`, never from the island's own reasoning.
 */
export type ScenarioScreen =
  | { kind: 'intro' }
  | { kind: 'choosing'; scene: Scene; step: number }
  | { kind: 'feedback'; scene: Scene; step: number; chosen: Choice; record: ChoiceRecord }
  | { kind: 'grounding' }
  | { kind: 'ending'; ending: Ending }
  | { kind: 'skipped' };

type Snap = SnapshotFrom<ScenarioMachine>;

export function scenarioScreen(snapshot: Snap, def: Scenario): ScenarioScreen {
  const { context } = snapshot;
  // The machine is built from data, so its scene states are known only at run time, not to the types.
  const at = (value: StateValue) => snapshot.matches(value as never);
  if (snapshot.matches('grounding')) return { kind: 'grounding' };
  if (snapshot.matches('skipped')) return { kind: 'skipped' };
  const ending = def.endings.find((e) => snapshot.value === e.id);
  if (ending) return { kind: 'ending', ending };
  // `step` counts scenes entered, so a scene met again after a loop gets a new number.
  const step = context.path.length;
  for (const scene of def.scenes) {
    if (at({ scene: { [scene.id]: 'choosing' } })) return { kind: 'choosing', scene, step };
    if (at({ scene: { [scene.id]: 'feedback' } })) {
      const record = context.choices[context.choices.length - 1];
      return { kind: 'feedback', scene, step, chosen: scene.choices[record.choice], record };
    }
  }
  return { kind: 'intro' };
}

/** A key that changes whenever the learner lands somewhere new, for moving focus. */
export function screenKey(screen: ScenarioScreen): string {
  if (screen.kind === 'choosing' || screen.kind === 'feedback') return `${screen.kind}:${screen.step}`;
  return screen.kind === 'ending' ? `ending:${screen.ending.id}` : screen.kind;
}

export interface PathStep {
  step: number;
  choiceText: string;
  feedback: string;
  score: number;
}

/** The decisions made, in order, with each choice's text and feedback, for the ending. */
export function pathTaken(choices: ChoiceRecord[], def: Scenario): PathStep[] {
  return choices.map((c, i) => ({
    step: i + 1,
    choiceText: def.scenes.find((s) => s.id === c.scene)?.choices[c.choice]?.text ?? '',
    feedback: c.feedback,
    score: c.score,
  }));
}

export interface PrincipleRow {
  id: string;
  name: string;
  score: number;
  /** Length of the bar as a share of the longest bar, 0-1; the sign of `score` gives its side. */
  share: number;
}

/** The principles the scenario names, in SAMHSA's order, with their scores, for the chart. */
export function principleRows(scoreByPrinciple: Record<string, number>): PrincipleRow[] {
  const rows = PRINCIPLES.filter((p) => p.id in scoreByPrinciple).map((p) => ({ id: p.id, name: p.name, score: scoreByPrinciple[p.id] }));
  const longest = Math.max(1, ...rows.map((r) => Math.abs(r.score)));
  return rows.map((r) => ({ ...r, share: Math.abs(r.score) / longest }));
}

/** Paragraphs of an author's text, split on blank lines (YAML `|` blocks keep them). */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}
