import { assertEvent, assign, not, setup } from 'xstate';
import type { Condition, Route, Scenario, Scene } from '../../schemas/quiz';

/**
 * Turns a validated scenario (README, "A scenario") into an XState machine. Layout:
 *
 *   intro ── learner.begin ──▶ scene.<start>.choosing ── learner.choose ──▶ scene.<id>.feedback
 *     │                          ▲   (learner.pause from any scene ▶ grounding ▶ learner.resume
 *     │                          │    ▶ scene.history, a deep history: back to the same sub-state)
 *     │                          └── learner.continue (first route whose `if` holds) ──┘
 *     └─ learner.skip ──▶ skipped (final)           endings: top-level final states
 *
 * Nothing is timed: the learner moves on only by sending an event.
 */

/** State keys the machine itself uses; a scene or ending may not take these ids. */
export const RESERVED_IDS = ['intro', 'scene', 'grounding', 'skipped', 'history'] as const;

/** One decision the learner made, with what it earned, so the ending can show it again. */
export interface ChoiceRecord {
  scene: string;
  /** Index of the choice within the scene, from 0. */
  choice: number;
  score: number;
  principles: string[];
  feedback: string;
}

export interface ScenarioContext {
  /** Scene ids in the order the learner entered them. */
  path: string[];
  choices: ChoiceRecord[];
  /** Flags set by choices (`sets`), each once. */
  flags: string[];
  /** Sum of choice scores per principle; every principle the scenario names starts at 0. */
  scoreByPrinciple: Record<string, number>;
  total: number;
  /** The ending reached, once reached. */
  ending: string | null;
  /** True when the learner skipped at the content note (no penalty). */
  skipped: boolean;
}

export type ScenarioEvent =
  | { type: 'learner.begin' }
  | { type: 'learner.skip' }
  | { type: 'learner.choose'; choice: number }
  | { type: 'learner.continue' }
  | { type: 'learner.pause' }
  | { type: 'learner.resume' }
  | { type: 'learner.restart' };

function freshContext(principles: string[]): ScenarioContext {
  return {
    path: [],
    choices: [],
    flags: [],
    scoreByPrinciple: Object.fromEntries(principles.map((p) => [p, 0])),
    total: 0,
    ending: null,
    skipped: false,
  };
}

const scenarioSetup = setup({
  types: { context: {} as ScenarioContext, events: {} as ScenarioEvent },
  guards: {
    isChoice: ({ event }, params: { index: number }) => {
      assertEvent(event, 'learner.choose');
      return event.choice === params.index;
    },
    hasFlag: ({ context }, params: { flag: string }) => context.flags.includes(params.flag),
    scoreAtLeast: ({ context }, params: { score: number }) => context.total >= params.score,
  },
  actions: {
    recordChoice: assign(({ context, event }, params: ChoiceRecord & { sets: string[] }) => {
      assertEvent(event, 'learner.choose');
      const { sets, ...record } = params;
      const scoreByPrinciple = { ...context.scoreByPrinciple };
      for (const p of record.principles) scoreByPrinciple[p] = (scoreByPrinciple[p] ?? 0) + record.score;
      return {
        choices: [...context.choices, record],
        flags: [...context.flags, ...sets.filter((f) => !context.flags.includes(f))],
        scoreByPrinciple,
        total: context.total + record.score,
      };
    }),
    // Recorded on the transition, not as an entry action, so returning from a pause through the
    // history state does not count the scene twice.
    enterScene: assign(({ context }, params: { scene: string }) => ({ path: [...context.path, params.scene] })),
    reachEnding: assign((_, params: { ending: string }) => ({ ending: params.ending })),
    markSkipped: assign({ skipped: true }),
    reset: assign(({ context }) => freshContext(Object.keys(context.scoreByPrinciple))),
  },
});

/** The routes of a `next`, with a single id read as one unconditional route. */
export function routesOf(next: string | Route[]): Route[] {
  return typeof next === 'string' ? [{ goto: next }] : next;
}

function guardFor(c: Condition) {
  if (c.flag !== undefined) return { type: 'hasFlag', params: { flag: c.flag } } as const;
  if (c.notFlag !== undefined) return not({ type: 'hasFlag', params: { flag: c.notFlag } });
  if (c.scoreAtLeast !== undefined) return { type: 'scoreAtLeast', params: { score: c.scoreAtLeast } } as const;
  return not({ type: 'scoreAtLeast', params: { score: c.scoreBelow ?? 0 } });
}

function continueTransitions(next: string | Route[], sceneIds: Set<string>) {
  return routesOf(next).map((route) => ({
    guard: route.if && guardFor(route.if),
    target: `#${route.goto}`,
    actions: sceneIds.has(route.goto)
      ? ({ type: 'enterScene', params: { scene: route.goto } } as const)
      : ({ type: 'reachEnding', params: { ending: route.goto } } as const),
  }));
}

// `feedback` has one child per choice ("0", "1", ...) because each choice has its own `next`:
// the state itself remembers which choice was made, so Continue needs no extra bookkeeping.
function sceneState(scene: Scene, sceneIds: Set<string>) {
  return {
    id: scene.id,
    initial: 'choosing',
    states: {
      choosing: {
        on: {
          'learner.choose': scene.choices.map((c, i) => ({
            guard: { type: 'isChoice', params: { index: i } } as const,
            target: `feedback.${i}`,
            actions: {
              type: 'recordChoice',
              params: { scene: scene.id, choice: i, score: c.score, principles: c.principles, feedback: c.feedback, sets: c.sets ?? [] },
            } as const,
          })),
        },
      },
      feedback: {
        initial: '0',
        states: Object.fromEntries(
          scene.choices.map((c, i) => [String(i), { on: { 'learner.continue': continueTransitions(c.next, sceneIds) } }]),
        ),
      },
    },
  };
}

export type ScenarioMachine = ReturnType<typeof compileScenario>;

export function compileScenario(def: Scenario) {
  const sceneIds = new Set(def.scenes.map((s) => s.id));
  const principles = [...new Set(def.scenes.flatMap((s) => s.choices.flatMap((c) => c.principles)))];
  const restart = { target: 'intro', actions: 'reset' } as const;
  return scenarioSetup.createMachine({
    id: `scenario:${def.id}`,
    context: freshContext(principles),
    initial: 'intro',
    states: {
      intro: {
        on: {
          'learner.begin': { target: `#${def.start}`, actions: { type: 'enterScene', params: { scene: def.start } } },
          'learner.skip': { target: 'skipped', actions: 'markSkipped' },
        },
      },
      scene: {
        initial: def.start,
        states: {
          ...Object.fromEntries(def.scenes.map((s) => [s.id, sceneState(s, sceneIds)])),
          history: { type: 'history', history: 'deep' },
        },
        on: { 'learner.pause': 'grounding', 'learner.restart': restart },
      },
      grounding: {
        on: { 'learner.resume': 'scene.history', 'learner.restart': restart },
      },
      skipped: { type: 'final' },
      ...Object.fromEntries(def.endings.map((e) => [e.id, { id: e.id, type: 'final' as const }])),
    },
  });
}
