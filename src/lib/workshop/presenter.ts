import type { ScenarioScreen } from '../quiz/scenarioView';

/**
 * What the presenter view adds around a scenario machine, as pure functions: a history of steps
 * so the facilitator can go back, and what "next" means on each screen. No game logic lives here:
 * choices, routes and scores stay in the compiled machine (src/lib/quiz/compileScenario.ts), which
 * screen is showing comes from scenarioScreen (src/lib/quiz/scenarioView.ts), and the island asks
 * the snapshot whether an event is possible.
 */

/** One step the facilitator can go back to: a machine snapshot and the feedback shown on it. */
export interface Step<S> {
  snapshot: S;
  /** Choices whose feedback the facilitator has revealed on this screen, in the order revealed. */
  revealed: number[];
}

/** What the history needs of a snapshot: its state value, and whether it is the grounding pause. */
type Snapshotish = { value: unknown; matches: (value: 'grounding') => boolean };
const sameState = (a: Snapshotish, b: Snapshotish) => JSON.stringify(a.value) === JSON.stringify(b.value);

export function firstStep<S>(snapshot: S): Step<S>[] {
  return [{ snapshot, revealed: [] }];
}

export function current<S>(history: Step<S>[]): Step<S> {
  return history[history.length - 1];
}

/**
 * Adds the snapshot the machine returned. Revealed feedback stays with its scene: coming back
 * from a grounding pause shows what was already revealed, a new screen starts with none.
 */
export function pushSnapshot<S extends Snapshotish>(history: Step<S>[], snapshot: S): Step<S>[] {
  const last = current(history);
  if (last.snapshot === snapshot) return history;
  const base = last.snapshot.matches('grounding') && history.length > 1 ? history[history.length - 2] : last;
  return [...history, { snapshot, revealed: sameState(base.snapshot, snapshot) ? base.revealed : [] }];
}

/** Shows one choice's feedback, as a step of its own so "back" hides it again. */
export function reveal<S>(history: Step<S>[], choice: number): Step<S>[] {
  const last = current(history);
  if (last.revealed.includes(choice)) return history;
  return [...history, { snapshot: last.snapshot, revealed: [...last.revealed, choice] }];
}

/** Shows every choice's feedback at once, as one step. */
export function revealAll<S>(history: Step<S>[], choiceCount: number): Step<S>[] {
  const last = current(history);
  const missing = Array.from({ length: choiceCount }, (_, i) => i).filter((i) => !last.revealed.includes(i));
  return missing.length ? [...history, { snapshot: last.snapshot, revealed: [...last.revealed, ...missing] }] : history;
}

/** Goes back one step; the first step stays. */
export function back<S>(history: Step<S>[]): Step<S>[] {
  return history.length > 1 ? history.slice(0, -1) : history;
}

/** The machine event or reveal that "next" (→, Page Down, a clicker) means on a screen. */
export type NextMove =
  | { event: { type: 'learner.begin' } | { type: 'learner.continue' } | { type: 'learner.resume' } }
  | { reveal: number }
  | undefined;

/**
 * On a scene, "next" reveals the choices' feedback one by one; choosing stays a deliberate click,
 * because the group decides. After the choice, "next" continues the story.
 */
export function nextMove(screen: ScenarioScreen, revealed: number[]): NextMove {
  switch (screen.kind) {
    case 'intro':
      return { event: { type: 'learner.begin' } };
    case 'feedback':
      return { event: { type: 'learner.continue' } };
    case 'grounding':
      return { event: { type: 'learner.resume' } };
    case 'choosing': {
      const hidden = screen.scene.choices.map((_, i) => i).find((i) => !revealed.includes(i));
      return hidden === undefined ? undefined : { reveal: hidden };
    }
    default:
      return undefined;
  }
}

/** Keys a facilitator or a presentation clicker sends; keys with a modifier are left to the browser. */
export function keyAction(e: { key: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }): 'next' | 'back' | undefined {
  if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return undefined;
  if (e.key === 'ArrowRight' || e.key === 'PageDown') return 'next';
  if (e.key === 'ArrowLeft' || e.key === 'PageUp') return 'back';
  return undefined;
}
