import { assertEvent, assign, setup } from 'xstate';
import type { Check } from '../../schemas/quiz';

/**
 * Turns a validated knowledge check (README, "A knowledge check") into an XState machine:
 *
 *   answering ── learner.submit (every question answered) ──▶ reviewing ── learner.retry ──▶ answering
 *
 * A check with a content note starts at `note`, where the learner reads it first and chooses:
 *
 *   note ── learner.begin ──▶ answering        note ── learner.skip ──▶ skipped ── learner.begin ──▶ answering
 *
 * Skipping carries no penalty (progress counts it as done) and can be undone by taking the check.
 *
 * A submit with questions left unanswered stays in `answering` and lists them in
 * `context.unanswered`, so the player can say which ones without working it out itself.
 */

export interface CheckResult {
  /** Ids of the questions answered exactly right (every correct option and no other). */
  correct: string[];
  score: number;
  total: number;
  /** score / total, rounded to a whole percent. */
  percent: number;
  passed: boolean;
}

export interface CheckContext {
  /** Selected option indexes by question id; a question with nothing selected has no entry. */
  answers: Record<string, number[]>;
  /** Questions still unanswered at the last submit that was turned back. */
  unanswered: string[];
  result: CheckResult | null;
  /** Completed submissions, including the current one. */
  attempts: number;
}

export type CheckEvent =
  | { type: 'learner.begin' }
  | { type: 'learner.skip' }
  | { type: 'learner.answer'; question: string; options: number[] }
  | { type: 'learner.submit' }
  | { type: 'learner.retry' };

interface AnswerKey {
  questions: { id: string; correct: number[] }[];
  passPercent: number;
}

const sameSet = (a: number[], b: number[]) => a.length === b.length && a.every((x) => b.includes(x));

const checkSetup = setup({
  types: { context: {} as CheckContext, events: {} as CheckEvent },
  guards: {
    // A single-answer question takes exactly one option; a multiple one any (even none, when the
    // learner unticks everything). Indexes must exist.
    fitsQuestion: ({ event }, params: { question: string; single: boolean; optionCount: number }) => {
      assertEvent(event, 'learner.answer');
      const inRange = event.options.every((o) => Number.isInteger(o) && o >= 0 && o < params.optionCount);
      return event.question === params.question && inRange && (!params.single || event.options.length === 1);
    },
    allAnswered: ({ context }, params: { questions: string[] }) => params.questions.every((q) => context.answers[q]?.length),
  },
  actions: {
    recordAnswer: assign(({ context, event }) => {
      assertEvent(event, 'learner.answer');
      const answers = { ...context.answers };
      if (event.options.length) answers[event.question] = [...new Set(event.options)].sort((a, b) => a - b);
      else delete answers[event.question];
      return { answers, unanswered: context.unanswered.filter((q) => !answers[q]) };
    }),
    noteUnanswered: assign(({ context }, params: { questions: string[] }) => ({
      unanswered: params.questions.filter((q) => !context.answers[q]?.length),
    })),
    grade: assign(({ context }, params: AnswerKey) => {
      const correct = params.questions.filter((q) => sameSet(context.answers[q.id] ?? [], q.correct)).map((q) => q.id);
      const total = params.questions.length;
      const percent = Math.round((correct.length / total) * 100);
      return {
        result: { correct, score: correct.length, total, percent, passed: percent >= params.passPercent },
        unanswered: [],
        attempts: context.attempts + 1,
      };
    }),
    clearAnswers: assign({ answers: {}, unanswered: [], result: null }),
  },
});

export type CheckMachine = ReturnType<typeof compileCheck>;

export function compileCheck(def: Check) {
  const ids = def.questions.map((q) => q.id);
  const key: AnswerKey = {
    passPercent: def.passPercent,
    questions: def.questions.map((q) => ({ id: q.id, correct: q.options.flatMap((o, i) => (o.correct ? [i] : [])) })),
  };
  return checkSetup.createMachine({
    id: `check:${def.id}`,
    context: { answers: {}, unanswered: [], result: null, attempts: 0 },
    initial: def.contentNote ? 'note' : 'answering',
    states: {
      note: { on: { 'learner.begin': 'answering', 'learner.skip': 'skipped' } },
      skipped: { on: { 'learner.begin': 'answering' } },
      answering: {
        on: {
          'learner.answer': def.questions.map((q) => ({
            guard: { type: 'fitsQuestion', params: { question: q.id, single: q.type === 'single', optionCount: q.options.length } } as const,
            actions: 'recordAnswer' as const,
          })),
          'learner.submit': [
            { guard: { type: 'allAnswered', params: { questions: ids } }, target: 'reviewing', actions: { type: 'grade', params: key } },
            { actions: { type: 'noteUnanswered', params: { questions: ids } } },
          ],
        },
      },
      reviewing: {
        on: { 'learner.retry': { target: 'answering', actions: 'clearAnswers' } },
      },
    },
  });
}
