/**
 * What the presenter view adds around a scenario machine, as pure functions: which screen a
 * snapshot shows, a history of steps so the facilitator can go back, and what "next" means on each
 * screen. No game logic lives here: choices, routes and scores stay in the compiled machine
 * (src/lib/quiz/compileScenario.ts); the island asks the snapshot whether an event is possible.
 */

/** The screen a snapshot shows, read from the machine's state value. */
export type Screen =
  | { kind: 'intro' }
  | { kind: 'choosing'; scene: string }
  | { kind: 'feedback'; scene: string; choice: number }
  | { kind: 'grounding' }
  | { kind: 'skipped' }
  | { kind: 'ending'; ending: string };

/** Reads the state value of a compiled scenario (see the layout comment in compileScenario.ts). */
export function screenOf(value: unknown): Screen {
  if (value === 'intro' || value === 'grounding' || value === 'skipped') return { kind: value };
  if (typeof value === 'string') return { kind: 'ending', ending: value };
  const scenes = (value as { scene?: Record<string, unknown> }).scene ?? {};
  const [scene, sub] = Object.entries(scenes)[0] ?? ['', 'choosing'];
  if (sub && typeof sub === 'object' && 'feedback' in sub) return { kind: 'feedback', scene, choice: Number((sub as { feedback: string }).feedback) };
  return { kind: 'choosing', scene };
}

/** One step the facilitator can go back to: a machine snapshot and the feedback shown on it. */
export interface Step<S> {
  snapshot: S;
  /** Choices whose feedback the facilitator has revealed on this screen, in the order revealed. */
  revealed: number[];
}

type WithValue = { value: unknown };
const sameState = (a: WithValue, b: WithValue) => JSON.stringify(a.value) === JSON.stringify(b.value);

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
export function pushSnapshot<S extends WithValue>(history: Step<S>[], snapshot: S): Step<S>[] {
  const last = current(history);
  if (last.snapshot === snapshot) return history;
  const base = screenOf(last.snapshot.value).kind === 'grounding' && history.length > 1 ? history[history.length - 2] : last;
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
export function nextMove(screen: Screen, revealed: number[], choiceCount: number): NextMove {
  switch (screen.kind) {
    case 'intro':
      return { event: { type: 'learner.begin' } };
    case 'feedback':
      return { event: { type: 'learner.continue' } };
    case 'grounding':
      return { event: { type: 'learner.resume' } };
    case 'choosing': {
      const hidden = Array.from({ length: choiceCount }, (_, i) => i).find((i) => !revealed.includes(i));
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
