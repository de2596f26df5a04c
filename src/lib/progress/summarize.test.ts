import { describe, expect, it } from 'vitest';
import { choosePath, freshRecord, markSectionRead, setPosition } from './record';
import { recordCheckAttempt, recordCheckSkip, recordEnding, recordSkip, setSnapshot } from './quizRecord';
import { merge } from './merge';
import { overallProgress, summarize } from './summarize';
import { at, OUTLINE } from './testOutline';

const base = freshRecord(at(0), 'd'.repeat(32));
const readAll = (r = base) => markSectionRead(markSectionRead(r, 'noticing', 'signs', at(1)), 'noticing', 'asking', at(2));

describe('summarize', () => {
  it('starts at nothing done, recommending the first section of the course', () => {
    const s = summarize(base, OUTLINE);
    expect(s.overall).toEqual({ done: 0, total: 5, percent: 0 });
    expect(s.next).toMatchObject({ kind: 'section', module: 'noticing', id: 'signs', href: '/modules/noticing/#signs' });
  });

  it('gives the header indicator the same course-wide count as the progress page', () => {
    const r = recordSkip(recordEnding(readAll(), 'noticing', 'clinic', 'closed', at(3)), 'noticing', 'clinic', at(4));
    expect(overallProgress(r, OUTLINE)).toEqual(summarize(r, OUTLINE).overall);
    expect(overallProgress(r, OUTLINE).done).toBe(3);
  });

  it('counts sections, a finished scenario and a passed check toward the module', () => {
    let r = readAll();
    expect(summarize(r, OUTLINE).modules[0]).toMatchObject({ done: 2, total: 4, percent: 50, sectionsRead: 2, complete: false });
    expect(summarize(r, OUTLINE).next).toMatchObject({ kind: 'scenario', id: 'clinic', href: '/scenarios/clinic/' });
    r = recordEnding(r, 'noticing', 'clinic', 'closed', at(3));
    r = recordCheckAttempt(r, 'noticing', 'noticing-check', 3, 5, at(4)); // 60%: not yet passed
    const m = summarize(r, OUTLINE).modules[0];
    expect(m).toMatchObject({ done: 3, percent: 75, complete: false });
    expect(m.checks[0]).toMatchObject({ attempts: 1, best: { score: 3, total: 5, percent: 60 }, passedAt: null });
    expect(m.scenarios[0].endings).toEqual([{ id: 'closed', title: 'Closed', at: at(3) }]);
    r = recordCheckAttempt(r, 'noticing', 'noticing-check', 4, 5, at(5));
    expect(summarize(r, OUTLINE).modules[0]).toMatchObject({ done: 4, percent: 100, complete: true, completedAt: at(5) });
  });

  it('counts a knowledge check skipped at its content note as done, and a later pass keeps its score', () => {
    let r = recordCheckSkip(recordEnding(readAll(), 'noticing', 'clinic', 'closed', at(3)), 'noticing', 'noticing-check', at(4));
    const m = summarize(r, OUTLINE).modules[0];
    expect(m.checks[0]).toMatchObject({ skippedAt: at(4), done: true, best: null, passedAt: null });
    expect(m).toMatchObject({ complete: true, completedAt: at(4) });
    r = recordCheckAttempt(r, 'noticing', 'noticing-check', 5, 5, at(5));
    expect(summarize(r, OUTLINE).modules[0].checks[0]).toMatchObject({ skippedAt: at(4), best: { score: 5 }, passedAt: at(5) });
  });

  it('merges a skipped check from two tabs to the latest skip, and leaves a never-skipped check without one', () => {
    const a = recordCheckSkip(base, 'noticing', 'noticing-check', at(3));
    const b = recordCheckSkip(recordCheckAttempt(base, 'noticing', 'noticing-check', 1, 5, at(2)), 'noticing', 'noticing-check', at(6));
    expect(merge(a, b).modules.noticing.checks['noticing-check']).toMatchObject({ skippedAt: at(6), attempts: [{ at: at(2) }] });
    const plain = recordCheckAttempt(base, 'noticing', 'noticing-check', 1, 5, at(2));
    expect(Object.keys(merge(plain, plain).modules.noticing.checks['noticing-check'])).toEqual(['attempts', 'best']);
  });

  it('counts a skipped scenario as done: skipping carries no penalty', () => {
    const r = recordSkip(readAll(), 'noticing', 'clinic', at(3));
    expect(summarize(r, OUTLINE).modules[0].scenarios[0]).toMatchObject({ done: true, skippedAt: at(3) });
  });

  it('follows the chosen path, then offers the certificate when it is complete', () => {
    let r = choosePath(base, 'short', at(1));
    expect(summarize(r, OUTLINE).next).toMatchObject({ kind: 'section', module: 'responding', id: 'listen' });
    r = markSectionRead(r, 'responding', 'listen', at(2));
    const s = summarize(r, OUTLINE);
    expect(s.paths.find((p) => p.id === 'short')).toMatchObject({ percent: 100, complete: true, completedAt: at(2), modulesComplete: 1 });
    expect(s.paths.find((p) => p.id === 'full')).toMatchObject({ done: 1, total: 5, percent: 20, complete: false });
    expect(s.next).toEqual({ kind: 'certificate', path: 'short', title: 'Short path', href: '/certificate/?path=short' });
  });

  it('ignores sections and paths that are no longer in the course, without deleting them', () => {
    let r = markSectionRead(base, 'noticing', 'renamed-heading', at(1));
    r = markSectionRead(r, 'gone-module', 'x', at(1));
    r = choosePath(r, 'retired-path', at(1));
    const s = summarize(r, OUTLINE);
    expect(s.overall.done).toBe(0);
    expect(s.chosenPath).toBeNull();
    expect(r.modules['gone-module'].sections.x).toBe(at(1));
  });

  it('reports where the learner stopped and which scenarios are in flight', () => {
    let r = setPosition(base, 'noticing', 'asking', at(1));
    r = setSnapshot(r, 'noticing', 'clinic', { value: 'scene' }, at(2));
    const m = summarize(r, OUTLINE).modules[0];
    expect(m.position).toEqual({ id: 'asking', title: 'Asking', at: at(1) });
    expect(m.scenarios[0].inProgress).toBe(true);
    expect(summarize(setSnapshot(r, 'noticing', 'clinic', null, at(3)), OUTLINE).modules[0].scenarios[0].inProgress).toBe(false);
    // A run kept at its ending (so a reload shows it again) is finished, not in progress.
    expect(summarize(setSnapshot(r, 'noticing', 'clinic', { status: 'done', value: 'trust' }, at(3)), OUTLINE).modules[0].scenarios[0].inProgress).toBe(false);
  });
});
