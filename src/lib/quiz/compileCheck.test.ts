import { describe, expect, it } from 'vitest';
import { getInitialSnapshot, getNextSnapshot, type EventFrom, type SnapshotFrom } from 'xstate';
import { compileCheck, type CheckMachine } from './compileCheck';
import { checkFixture } from './fixtures/load';

// Fixture: first-step (single, option 0 correct), signs (multiple, 0 and 1), promises (multiple, 0); pass at 60%.
const machine = compileCheck(checkFixture());
type Snap = SnapshotFrom<CheckMachine>;
const send = (s: Snap, ...events: EventFrom<CheckMachine>[]) => events.reduce((acc, e) => getNextSnapshot(machine, acc, e), s);
const answer = (question: string, ...options: number[]) => ({ type: 'learner.answer', question, options }) as const;
const start = getInitialSnapshot(machine);

describe('compileCheck', () => {
  it('records answers per question, sorted and without repeats', () => {
    const s = send(start, answer('first-step', 2), answer('signs', 1, 0, 1));
    expect(s.context.answers).toEqual({ 'first-step': [2], signs: [0, 1] });
  });

  it('refuses two options on a single-answer question, and options that do not exist', () => {
    expect(start.can(answer('first-step', 0, 1))).toBe(false);
    expect(start.can(answer('signs', 3))).toBe(false);
    expect(start.can(answer('no-such-question', 0))).toBe(false);
  });

  it('unticking every option leaves a multiple question unanswered', () => {
    const s = send(start, answer('signs', 0), answer('signs'));
    expect(s.context.answers).toEqual({});
  });

  it('a submit with questions left stays put and names them', () => {
    const s = send(start, answer('signs', 0), { type: 'learner.submit' });
    expect(s.value).toBe('answering');
    expect(s.context.unanswered).toEqual(['first-step', 'promises']);
    expect(send(s, answer('first-step', 1)).context.unanswered).toEqual(['promises']);
  });

  it('all right: review shows full marks and a pass', () => {
    const s = send(start, answer('first-step', 0), answer('signs', 0, 1), answer('promises', 0), { type: 'learner.submit' });
    expect(s.value).toBe('reviewing');
    expect(s.context.result).toEqual({ correct: ['first-step', 'signs', 'promises'], score: 3, total: 3, percent: 100, passed: true });
  });

  it('a multiple question counts only when every correct option and no other is chosen', () => {
    const s = send(start, answer('first-step', 0), answer('signs', 0), answer('promises', 0, 1), { type: 'learner.submit' });
    expect(s.context.result).toMatchObject({ correct: ['first-step'], score: 1, percent: 33, passed: false });
  });

  it('passes at the pass mark, rounding to whole percents', () => {
    const s = send(start, answer('first-step', 0), answer('signs', 0, 1), answer('promises', 1), { type: 'learner.submit' });
    expect(s.context.result).toMatchObject({ score: 2, percent: 67, passed: true });
  });

  it('answers cannot change during review; retry clears them and counts the attempt', () => {
    const reviewed = send(start, answer('first-step', 1), answer('signs', 2), answer('promises', 1), { type: 'learner.submit' });
    expect(reviewed.can(answer('first-step', 0))).toBe(false);
    const again = send(reviewed, { type: 'learner.retry' });
    expect(again.value).toBe('answering');
    expect(again.context).toEqual({ answers: {}, unanswered: [], result: null, attempts: 1 });
  });

  it('a check without a content note starts at the questions', () => {
    expect(start.value).toBe('answering');
    expect(start.can({ type: 'learner.skip' })).toBe(false);
  });
});

describe('compileCheck with a content note', () => {
  const noted = compileCheck({ ...checkFixture(), contentNote: 'Questions mention suicidal thoughts, without detail.' });
  const first = getInitialSnapshot(noted);
  const step = (s: SnapshotFrom<typeof noted>, ...events: EventFrom<typeof noted>[]) => events.reduce((acc, e) => getNextSnapshot(noted, acc, e), s);

  it('shows the note before the first question: nothing can be answered yet', () => {
    expect(first.value).toBe('note');
    expect(first.can(answer('first-step', 0))).toBe(false);
    expect(first.can({ type: 'learner.submit' })).toBe(false);
  });

  it('begins at the questions, or skips without an attempt or a score', () => {
    expect(step(first, { type: 'learner.begin' }).value).toBe('answering');
    const skipped = step(first, { type: 'learner.skip' });
    expect(skipped.value).toBe('skipped');
    expect(skipped.context).toEqual({ answers: {}, unanswered: [], result: null, attempts: 0 });
  });

  it('a skipped check can still be taken', () => {
    const taken = step(first, { type: 'learner.skip' }, { type: 'learner.begin' }, answer('first-step', 0), answer('signs', 0, 1), answer('promises', 0), { type: 'learner.submit' });
    expect(taken.value).toBe('reviewing');
    expect(taken.context.result).toMatchObject({ score: 3, passed: true });
  });
});
