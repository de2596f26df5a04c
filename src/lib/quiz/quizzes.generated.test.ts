/**
 * Tests generated from the quiz files: every file in quizzes/ (read now, so a quiz added today is
 * tested today with no new test code) plus the fixtures, which keep the suite honest while
 * quizzes/ is empty.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getAdjacencyMap, getSimplePaths } from '@xstate/graph';
import { createActor, getNextSnapshot, type EventFrom, type SnapshotFrom } from 'xstate';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../schemas/problems';
import { QuizSchema, type Check, type Scenario } from '../../schemas/quiz';
import { compileCheck } from './compileCheck';
import { compileScenario, routesOf, type ScenarioMachine } from './compileScenario';
import { validateQuizzes, type QuizFile } from './validateQuiz';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '../../..');
const read = (dir: string, name: string): QuizFile => ({ file: `quizzes/${name}`, data: parse(readFileSync(join(dir, name), 'utf8')) });
const yamlIn = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort() : []);

const shipped = yamlIn(join(root, 'quizzes')).map((f) => read(join(root, 'quizzes'), f));
const modulesDir = join(root, 'modules');
const moduleSlugs = existsSync(modulesDir) ? readdirSync(modulesDir).filter((d) => statSync(join(modulesDir, d)).isDirectory()) : [];
const fixtureDir = join(here, 'fixtures');
const fixtures = yamlIn(fixtureDir).map((f) => read(fixtureDir, f));

const groups = [
  { label: 'fixture', files: fixtures, ctx: { moduleSlugs: ['recognizing-distress'] } },
  { label: 'quiz', files: shipped, ctx: { moduleSlugs } },
];

it('the fixtures include a scenario and a check, so these tests never pass on nothing', () => {
  expect(fixtures.map((f) => (f.data as { kind: string }).kind).sort()).toEqual(['check', 'scenario']);
});

for (const { label, files, ctx } of groups) {
  // Validated together, so ids are compared across files as the build does.
  const problems = validateQuizzes(files, ctx);
  for (const { file, data } of files) {
    describe(`${label} ${file}`, () => {
      it('is valid', () => {
        expect(problems.filter((p) => p.file === file).map(formatProblem)).toEqual([]);
      });
      const parsed = QuizSchema.safeParse(data);
      if (!parsed.success) return;
      if (parsed.data.kind === 'scenario') scenarioTests(parsed.data);
      else checkTests(parsed.data);
    });
  }
}

function scenarioTests(def: Scenario) {
  const machine = compileScenario(def);
  type Snap = SnapshotFrom<ScenarioMachine>;
  const events: EventFrom<ScenarioMachine>[] = [
    { type: 'learner.begin' },
    { type: 'learner.skip' },
    { type: 'learner.continue' },
    ...[0, 1, 2, 3].map((choice) => ({ type: 'learner.choose' as const, choice })),
  ];
  // Two states behave alike when they are at the same place, with the same flags among those a
  // guard tests and, if any guard tests the score, the same total. Walking these classes keeps
  // the graph small while every distinct outcome is still visited.
  const conditions = def.scenes.flatMap((s) => s.choices.flatMap((c) => routesOf(c.next).flatMap((r) => (r.if ? [r.if] : []))));
  const tested = new Set(conditions.flatMap((c) => [c.flag, c.notFlag]).filter((f) => f !== undefined));
  const scoreMatters = conditions.some((c) => c.scoreAtLeast !== undefined || c.scoreBelow !== undefined);
  const serialized = new WeakMap<Snap, string>(); // getSimplePaths serializes each snapshot many times
  const serializeState = (s: Snap) => {
    let key = serialized.get(s);
    if (key === undefined) {
      key = JSON.stringify([s.value, s.context.flags.filter((f) => tested.has(f)).sort(), scoreMatters ? s.context.total : 0]);
      serialized.set(s, key);
    }
    return key;
  };
  const options = { events, serializeState };
  // Keyed by our own serialization, so plain strings index it.
  const adjacency = getAdjacencyMap(machine, options) as unknown as Record<string, { state: Snap; transitions: Record<string, { state: Snap }> }>;
  const paths = getSimplePaths(machine, options);
  const finished = paths.filter((p) => p.state.status === 'done');

  it('every simple path that cannot go further ends in a final state', () => {
    const stuck = paths.filter((p) => {
      const own = serializeState(p.state);
      return p.state.status !== 'done' && Object.values(adjacency[own].transitions).every((t) => serializeState(t.state) === own);
    });
    expect(stuck.map((p) => serializeState(p.state))).toEqual([]);
  });

  it('from every state a learner can reach, an ending can still be reached', () => {
    const canEnd = new Set(Object.keys(adjacency).filter((k) => adjacency[k].state.status === 'done'));
    for (let grew = true; grew; ) {
      grew = false;
      for (const [k, { transitions }] of Object.entries(adjacency)) {
        if (canEnd.has(k) || !Object.values(transitions).some((t) => canEnd.has(serializeState(t.state)))) continue;
        canEnd.add(k);
        grew = true;
      }
    }
    expect(Object.keys(adjacency).filter((k) => !canEnd.has(k))).toEqual([]);
  });

  it('every ending is reachable', () => {
    const reached = new Set(finished.map((p) => p.state.value as string));
    expect([...reached].sort()).toEqual([...def.endings.map((e) => e.id), 'skipped'].sort());
  });

  it('every scene is a state a learner can reach, and pause then resume returns to it unchanged', () => {
    const inScene = Object.values(adjacency).map((a) => a.state).filter((s) => s.matches('scene'));
    const seen = new Set(inScene.map((s) => Object.keys((s.value as { scene: object }).scene)[0]));
    expect([...seen].sort()).toEqual(def.scenes.map((s) => s.id).sort());
    for (const s of inScene) {
      const back = getNextSnapshot(machine, getNextSnapshot(machine, s, { type: 'learner.pause' }), { type: 'learner.resume' });
      expect(back.value).toEqual(s.value);
      expect(back.context).toEqual(s.context);
    }
  });

  // Large scenarios have thousands of paths; give them time rather than sample them.
  it('replaying each path to an ending through an actor gives the same ending and score', { timeout: 60_000 }, () => {
    const choiceAt = (c: { scene: string; choice: number }) => def.scenes.find((s) => s.id === c.scene)!.choices[c.choice];
    for (const path of finished) {
      const actor = createActor(machine).start();
      for (const step of path.steps.slice(1)) actor.send(step.event); // steps[0] is xstate.init
      const { value, context } = actor.getSnapshot();
      expect(value).toEqual(path.state.value);
      if (scoreMatters) expect(context.total).toBe(path.state.context.total);
      // Independently of the machine: the total and each principle's score are sums over the choices made.
      const expected: Record<string, number> = Object.fromEntries(Object.keys(context.scoreByPrinciple).map((p) => [p, 0]));
      for (const c of context.choices) for (const p of choiceAt(c).principles) expected[p] += choiceAt(c).score;
      expect(context.scoreByPrinciple).toEqual(expected);
      expect(context.total).toBe(context.choices.reduce((sum, c) => sum + choiceAt(c).score, 0));
    }
  });

  it('every route of a choice with several routes is taken by some learner', () => {
    const states = Object.values(adjacency).map((a) => a.state);
    const lands = (s: Snap, goto: string) => s.value === goto || (s.matches('scene') && goto in (s.value as { scene: object }).scene);
    for (const scene of def.scenes)
      scene.choices.forEach((choice, i) => {
        const routes = routesOf(choice.next);
        if (routes.length < 2) return;
        const after = states.filter((s) => JSON.stringify(s.value) === JSON.stringify({ scene: { [scene.id]: { feedback: String(i) } } }));
        routes.forEach((r, ri) => {
          const taken = after.some((s) => lands(getNextSnapshot(machine, s, { type: 'learner.continue' }), r.goto));
          expect(taken, `${scene.id}, choice ${i + 1}, route ${ri + 1} (to ${r.goto})`).toBe(true);
        });
      });
  });
}

function checkTests(def: Check) {
  const machine = compileCheck(def);
  const right = (i: number) => def.questions[i].options.flatMap((o, j) => (o.correct ? [j] : []));
  const wrong = (i: number) => {
    const q = def.questions[i];
    const incorrect = q.options.flatMap((o, j) => (o.correct ? [] : [j]));
    return q.type === 'single' || right(i).length === 1 ? incorrect.slice(0, 1) : right(i).slice(1);
  };
  // A check with a content note opens on it; the learner begins from there.
  const started = () => {
    const actor = createActor(machine).start();
    if (def.contentNote) actor.send({ type: 'learner.begin' });
    return actor;
  };
  const submit = (pick: (i: number) => number[]) => {
    const actor = started();
    def.questions.forEach((q, i) => actor.send({ type: 'learner.answer', question: q.id, options: pick(i) }));
    actor.send({ type: 'learner.submit' });
    return actor.getSnapshot();
  };

  it('the answer key scores 100% and passes', () => {
    const s = submit(right);
    expect(s.value).toBe('reviewing');
    expect(s.context.result).toMatchObject({ percent: 100, passed: true });
  });

  it('every question counts: one wrong answer costs exactly one point', () => {
    def.questions.forEach((q, i) => {
      const s = submit((j) => (j === i ? wrong(j) : right(j)));
      expect(s.context.result?.score, q.id).toBe(def.questions.length - 1);
    });
  });

  it('all wrong scores 0 and does not pass', () => {
    expect(submit(wrong).context.result).toMatchObject({ score: 0, passed: false });
  });

  if (def.contentNote) {
    it('shows its content note before the first question, and can be skipped without a score', () => {
      const actor = createActor(machine).start();
      expect(actor.getSnapshot().value).toBe('note');
      actor.send({ type: 'learner.skip' });
      expect(actor.getSnapshot().value).toBe('skipped');
      expect(actor.getSnapshot().context.result).toBeNull();
    });
  }

  it('submitting with nothing answered names every question', () => {
    const s = started();
    s.send({ type: 'learner.submit' });
    expect(s.getSnapshot().context.unanswered).toEqual(def.questions.map((q) => q.id));
  });
}
