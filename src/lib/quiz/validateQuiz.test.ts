import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../schemas/problems';
import { rawFixture } from './fixtures/load';
import { validateQuizzes } from './validateQuiz';

const ctx = { moduleSlugs: ['recognizing-distress', 'crisis-intervention'] };
const scenarioFile = 'quizzes/drop-in-centre.yaml';
const checkFile = 'quizzes/drop-in-centre-check.yaml';

// Each test makes one author mistake in a copy of a valid fixture.
type Raw = Record<string, any>;
const scenario = (): Raw => structuredClone(rawFixture('drop-in-centre')) as Raw;
const check = (): Raw => structuredClone(rawFixture('drop-in-centre-check')) as Raw;
const lines = (data: unknown, file = scenarioFile) => validateQuizzes([{ file, data }], ctx).map(formatProblem);

describe('validateQuizzes', () => {
  it('accepts the valid fixtures', () => {
    expect(validateQuizzes([{ file: scenarioFile, data: scenario() }, { file: checkFile, data: check() }], ctx)).toEqual([]);
  });

  describe('schema mistakes', () => {
    it('1. a required field left out', () => {
      const s = scenario();
      delete s.start;
      expect(lines(s)).toMatchInlineSnapshot(`
        [
          "quizzes/drop-in-centre.yaml: start: found nothing, expected a string — this field is required",
        ]
      `);
    });
    it('2. a misspelt field', () => {
      const s = scenario();
      s.scenes[0].choices[1].feedbak = s.scenes[0].choices[1].feedback;
      delete s.scenes[0].choices[1].feedback;
      expect(lines(s)).toMatchInlineSnapshot(`
        [
          "quizzes/drop-in-centre.yaml: scenes.0.choices.1.feedback: found nothing, expected a string — this field is required",
          "quizzes/drop-in-centre.yaml: scenes.0.choices.1: found unknown field feedbak, expected only known fields — remove or rename "feedbak"",
        ]
      `);
    });
    it('3. an unknown principle', () => {
      const s = scenario();
      s.scenes[1].choices[0].principles = ['trust'];
      expect(lines(s)).toMatchInlineSnapshot(`
        [
          "quizzes/drop-in-centre.yaml: scenes.1.choices.0.principles.0: found "trust", expected one of "safety", "trustworthiness", "peer-support", "collaboration", "empowerment", "cultural"",
        ]
      `);
    });
    it('4. a score out of range', () => {
      const s = scenario();
      s.scenes[2].choices[0].score = 3;
      expect(lines(s)).toMatchInlineSnapshot(`
        [
          "quizzes/drop-in-centre.yaml: scenes.2.choices.0.score: found 3, expected at most 2 — use -1 (strains), 0 (neutral), 1 (helps) or 2 (skilled)",
        ]
      `);
    });
    it('5. only one choice in a scene', () => {
      const s = scenario();
      s.scenes[3].choices = s.scenes[3].choices.slice(0, 1);
      expect(lines(s)).toMatchInlineSnapshot(`
        [
          "quizzes/drop-in-centre.yaml: scenes.3.choices: found 1 item, expected at least 2 items — give the learner 2 to 4 choices",
        ]
      `);
    });
    it('6. an unknown kind', () => {
      const s = scenario();
      s.kind = 'quiz';
      expect(lines(s)).toMatchInlineSnapshot(`
        [
          "quizzes/drop-in-centre.yaml: kind: found "quiz", expected "kind: scenario" or "kind: check" at the top of the file",
        ]
      `);
    });
    it('7. a next that is neither an id nor a list of routes', () => {
      const s = scenario();
      s.scenes[0].choices[0].next = { goto: 'quiet-room' };
      expect(lines(s)).toMatchInlineSnapshot(`
        [
          "quizzes/drop-in-centre.yaml: scenes.0.choices.0.next: found a group of fields, expected a scene or ending id, or a list of routes like "- if: { flag: x }" then "goto: scene-id"",
        ]
      `);
    });
    it('8. a route condition with two tests', () => {
      const s = scenario();
      s.scenes[5].choices[0].next[0].if = { flag: 'offered-choice', scoreAtLeast: 2 };
      expect(lines(s)).toMatchInlineSnapshot(`
        [
          "quizzes/drop-in-centre.yaml: scenes.5.choices.0.next.0.if: found a group of fields, expected exactly one test, like { flag: asked-privately } (or notFlag, scoreAtLeast, scoreBelow)",
        ]
      `);
    });
    it('9. an id with capitals and spaces', () => {
      const s = scenario();
      s.endings[1].id = 'Ending Partial';
      expect(lines(s)[0]).toMatchInlineSnapshot(`"quizzes/drop-in-centre.yaml: endings.1.id: found "Ending Partial", expected lowercase letters, digits and single hyphens, like "waiting-room""`);
    });
  });

  describe('cross-reference and graph mistakes', () => {
    it('10. a next that names no scene or ending, with the nearest id suggested', () => {
      const s = scenario();
      s.scenes[4].choices[1].next = 'plann';
      expect(lines(s)).toMatchInlineSnapshot(`
        [
          "quizzes/drop-in-centre.yaml: scenes.4.choices.1.next: found "plann", expected a scene or ending id in this file — did you mean "plan"?",
        ]
      `);
    });
    it('11. a guarded route whose target is misspelt', () => {
      const s = scenario();
      s.scenes[5].choices[0].next[1].goto = 'ending-conected';
      expect(lines(s)).toMatchInlineSnapshot(`
        [
          "quizzes/drop-in-centre.yaml: scenes.5.choices.0.next.1.goto: found "ending-conected", expected a scene or ending id in this file — did you mean "ending-connected"?",
        ]
      `);
    });
    it('12. a start that is not a scene', () => {
      const s = scenario();
      s.start = 'arrivals';
      expect(lines(s)).toMatchInlineSnapshot(`
        [
          "quizzes/drop-in-centre.yaml: start: found "arrivals", expected the id of a scene in this file — did you mean "arrival"?",
        ]
      `);
    });
    it('13. two scenes with the same id', () => {
      const s = scenario();
      s.scenes[4].id = 'what-matters';
      expect(lines(s)).toMatchInlineSnapshot(`
        [
          "quizzes/drop-in-centre.yaml: scenes.4.id: found "what-matters", already used at scenes.3, expected an id used once in this file, by one scene or ending — rename one of them",
          "quizzes/drop-in-centre.yaml: scenes.3.choices.0.next: found "options", expected a scene or ending id in this file — check the ids under scenes and endings",
          "quizzes/drop-in-centre.yaml: scenes.3.choices.1.next: found "options", expected a scene or ending id in this file — check the ids under scenes and endings",
          "quizzes/drop-in-centre.yaml: scenes.3.choices.2.next: found "options", expected a scene or ending id in this file — check the ids under scenes and endings",
        ]
      `);
    });
    it('14. a scene id the player reserves', () => {
      const s = scenario();
      s.scenes[2].id = 'grounding';
      s.scenes[1].choices[1].next = 'grounding';
      expect(lines(s)).toMatchInlineSnapshot(`
        [
          "quizzes/drop-in-centre.yaml: scenes.2.id: found "grounding", expected an id other than intro, scene, grounding, skipped, history — the player uses those names itself",
        ]
      `);
    });
    it('15. a scene and an ending no path leads to', () => {
      const s = scenario();
      s.scenes[1].choices[1].next = 'what-matters'; // the only way into check-in
      s.scenes[5].choices[0].next = 'ending-connected'; // the two ways into ending-partial
      s.scenes[5].choices[1].next = 'ending-connected';
      expect(lines(s)).toMatchInlineSnapshot(`
        [
          "quizzes/drop-in-centre.yaml: scenes.2.id: found "check-in", which no path from start leads to, expected a choice whose next leads here — or remove the scene",
          "quizzes/drop-in-centre.yaml: endings.1.id: found "ending-partial", which no path from start leads to, expected a choice whose next leads to this ending — or remove the ending",
        ]
      `);
    });
    it('16. a loop with no way out to an ending', () => {
      const s = scenario();
      s.scenes[2].choices[1].next = 'quiet-room';
      s.scenes[2].choices[2].next = 'quiet-room';
      s.scenes[1].choices[0].next = 'check-in';
      s.scenes[1].choices[2].next = 'check-in';
      s.scenes[2].choices[0].next = 'quiet-room';
      s.scenes[0].choices[2].next = 'quiet-room';
      expect(lines(s)).toMatchInlineSnapshot(`
        [
          "quizzes/drop-in-centre.yaml: scenes.0.id: found "arrival", from which no path leads to an ending, expected a way out: some choice here or in a later scene must lead to an ending",
          "quizzes/drop-in-centre.yaml: scenes.1.id: found "quiet-room", from which no path leads to an ending, expected a way out: some choice here or in a later scene must lead to an ending",
          "quizzes/drop-in-centre.yaml: scenes.2.id: found "check-in", from which no path leads to an ending, expected a way out: some choice here or in a later scene must lead to an ending",
          "quizzes/drop-in-centre.yaml: scenes.3.id: found "what-matters", which no path from start leads to, expected a choice whose next leads here — or remove the scene",
          "quizzes/drop-in-centre.yaml: scenes.4.id: found "options", which no path from start leads to, expected a choice whose next leads here — or remove the scene",
          "quizzes/drop-in-centre.yaml: scenes.5.id: found "plan", which no path from start leads to, expected a choice whose next leads here — or remove the scene",
          "quizzes/drop-in-centre.yaml: endings.0.id: found "ending-connected", which no path from start leads to, expected a choice whose next leads to this ending — or remove the ending",
          "quizzes/drop-in-centre.yaml: endings.1.id: found "ending-partial", which no path from start leads to, expected a choice whose next leads to this ending — or remove the ending",
          "quizzes/drop-in-centre.yaml: endings.2.id: found "ending-left", which no path from start leads to, expected a choice whose next leads to this ending — or remove the ending",
        ]
      `);
    });
    it('17. routes in the wrong order: the fallback first, a guarded route last', () => {
      const s = scenario();
      s.scenes[5].choices[0].next = [{ goto: 'ending-partial' }, { if: { flag: 'offered-choice' }, goto: 'ending-connected' }];
      expect(lines(s)).toMatchInlineSnapshot(`
        [
          "quizzes/drop-in-centre.yaml: scenes.5.choices.0.next.0: found a route without "if" before other routes, expected the route without "if" last — the routes after it are never tried",
          "quizzes/drop-in-centre.yaml: scenes.5.choices.0.next.1.if: found an "if" on the last route, expected no "if" on the last route, so there is always a way on — remove it or add a route after it",
        ]
      `);
    });
    it('18. a flag tested that no choice sets', () => {
      const s = scenario();
      s.scenes[5].choices[0].next[0].if = { notFlag: 'offered-choise' };
      expect(lines(s)).toMatchInlineSnapshot(`
        [
          "quizzes/drop-in-centre.yaml: scenes.5.choices.0.next.0.if.notFlag: found "offered-choise", which no choice sets, expected a flag named in some choice's "sets" — did you mean "offered-choice"?",
        ]
      `);
    });
    it('19. an id that does not match the file name', () => {
      expect(lines(scenario(), 'quizzes/drop-in-center.yaml')).toMatchInlineSnapshot(`
        [
          "quizzes/drop-in-center.yaml: id: found "drop-in-centre", expected "drop-in-center" to match the file name — rename the file or change the id",
        ]
      `);
    });
    it('20. two files with the same id', () => {
      const problems = validateQuizzes(
        [{ file: 'quizzes/drop-in-centre.yaml', data: scenario() }, { file: 'quizzes/drop-in-centre.yml', data: scenario() }],
        ctx,
      );
      expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
        [
          "quizzes/drop-in-centre.yml: id: found "drop-in-centre", also used by quizzes/drop-in-centre.yaml, expected an id no other quiz uses",
        ]
      `);
    });
    it('21. a module that does not exist', () => {
      const s = scenario();
      s.module = 'recognising-distress';
      expect(lines(s)).toMatchInlineSnapshot(`
        [
          "quizzes/drop-in-centre.yaml: module: found "recognising-distress", expected the slug of a module in modules/ — did you mean "recognizing-distress"?",
        ]
      `);
    });
  });

  describe('knowledge check mistakes', () => {
    it('22. a question with no correct option', () => {
      const c = check();
      c.questions[2].options[0].correct = false;
      expect(lines(c, checkFile)).toMatchInlineSnapshot(`
        [
          "quizzes/drop-in-centre-check.yaml: questions.2.options: found no option with correct: true, expected at least one option marked correct: true",
        ]
      `);
    });
    it('23. a single-answer question with two correct options', () => {
      const c = check();
      c.questions[0].options[1].correct = true;
      expect(lines(c, checkFile)).toMatchInlineSnapshot(`
        [
          "quizzes/drop-in-centre-check.yaml: questions.0.options: found 2 options with correct: true, expected exactly one correct option for type: single — or change it to type: multiple",
        ]
      `);
    });
    it('24. two questions with the same id', () => {
      const c = check();
      c.questions[2].id = 'signs';
      expect(lines(c, checkFile)).toMatchInlineSnapshot(`
        [
          "quizzes/drop-in-centre-check.yaml: questions.2.id: found "signs", already used at questions.1, expected a question id used once in this check",
        ]
      `);
    });
    it('25. a pass mark over 100', () => {
      const c = check();
      c.passPercent = 800;
      expect(lines(c, checkFile)).toMatchInlineSnapshot(`
        [
          "quizzes/drop-in-centre-check.yaml: passPercent: found 800, expected at most 100",
        ]
      `);
    });
  });

  it('reports problems in every file, not only the first', () => {
    const bad = scenario();
    bad.start = 'nowhere';
    const badCheck = check();
    badCheck.questions[0].options[1].correct = true;
    const files = validateQuizzes([{ file: scenarioFile, data: bad }, { file: checkFile, data: badCheck }], ctx).map((p) => p.file);
    expect(files).toEqual([scenarioFile, checkFile]);
  });
});
