import { z } from 'astro/zod';
import { PRINCIPLE_IDS } from '../lib/quiz/principles';
import { AudienceSchema } from './module';

export { PRINCIPLES, PRINCIPLE_IDS, principleName, type PrincipleId } from '../lib/quiz/principles';

/**
 * Schemas for `quizzes/<id>.yaml`: branching scenarios and knowledge checks (README, "Writing
 * content"). Objects are strict so a misspelt field is reported instead of silently ignored.
 * Cross-references (scene targets, reachability, module names) are checked in
 * `src/lib/quiz/validateQuiz.ts`, after these.
 */

const ID_HINT = 'lowercase letters, digits and single hyphens, like "waiting-room"';
const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, ID_HINT);
const Text = z.string().trim().min(1);

/** One of SAMHSA's six principles, by id. */
export const PrincipleIdSchema = z.enum(PRINCIPLE_IDS);

/** A test on what the learner has done so far; exactly one key. */
export const ConditionSchema = z
  .object({
    /** True when an earlier choice `sets` this flag. */
    flag: Id.optional(),
    /** True when no earlier choice set this flag. */
    notFlag: Id.optional(),
    /** True when the total score so far is at least this. */
    scoreAtLeast: z.number().int().optional(),
    /** True when the total score so far is below this. */
    scoreBelow: z.number().int().optional(),
  })
  .strict()
  .refine((c) => Object.keys(c).length === 1, {
    message: 'exactly one test, like { flag: asked-privately } (or notFlag, scoreAtLeast, scoreBelow)',
  });

/** One way onward from a choice: taken when its `if` holds, tried in order. */
export const RouteSchema = z
  .object({
    /** When to take this route; leave it out on the last route, which is taken otherwise. */
    if: ConditionSchema.optional(),
    /** The scene or ending this route leads to. */
    goto: Id,
  })
  .strict();

const NEXT_HINT = 'a scene or ending id, or a list of routes like "- if: { flag: x }" then "goto: scene-id"';

/** Where a choice leads: one scene or ending id, or a list of routes tried in order. */
export const NextSchema = z.union([Id, z.array(RouteSchema).min(1)], {
  errorMap: (issue, ctx) => ({ message: issue.code === 'invalid_union' ? NEXT_HINT : ctx.defaultError }),
});

export const ChoiceSchema = z
  .object({
    /** What the learner chooses to do or say. */
    text: Text,
    /** Why this helps or harms, in 2-4 sentences, naming the principle. */
    feedback: Text,
    /** The principles this choice honours or strains; its score counts toward each. */
    principles: z.array(PrincipleIdSchema).min(1, 'name at least one principle'),
    /** -1 strains, 0 neutral, 1 helps, 2 skilled. */
    score: z
      .number()
      .int()
      .min(-1, 'use -1 (strains), 0 (neutral), 1 (helps) or 2 (skilled)')
      .max(2, 'use -1 (strains), 0 (neutral), 1 (helps) or 2 (skilled)'),
    /** Flags this choice sets, for later `if: { flag: … }` routes. */
    sets: z.array(Id).optional(),
    /** The scene or ending that follows. */
    next: NextSchema,
  })
  .strict();

export const SceneSchema = z
  .object({
    /** Unique within the file; other scenes' `next` name it. */
    id: Id,
    /** What happens, in 1-3 short paragraphs. */
    text: Text,
    /** The learner's options: 2 to 4. */
    choices: z.array(ChoiceSchema).min(2, 'give the learner 2 to 4 choices').max(4, 'give the learner 2 to 4 choices'),
  })
  .strict();

export const EndingSchema = z
  .object({
    /** Unique within the file; choices' `next` name it. */
    id: Id,
    /** A short heading for how things turned out. */
    title: Text,
    /** What happened and why, in a short paragraph. */
    debrief: Text,
    /** What a skilled response looks like here. */
    skilled: Text,
  })
  .strict();

export const IntroSchema = z
  .object({
    /** Where and when. */
    setting: Text,
    /** Who the learner is in this scenario. */
    role: Text,
    /** Who the learner meets. */
    person: Text,
  })
  .strict();

export const ScenarioSchema = z
  .object({
    /** Always `scenario` for a branching scenario. */
    kind: z.literal('scenario'),
    /** Must match the file name: `quizzes/<id>.yaml`. */
    id: Id,
    /** The scenario's title, shown as its page heading. */
    title: Text,
    /** Slug of the module it belongs to (`modules/<slug>/`). */
    module: Id,
    /** Who it is written for. */
    audiences: z.array(AudienceSchema).min(1),
    /** What sensitive material appears, shown before the learner begins. */
    contentNote: Text,
    /** Ids from content/competencies.yaml that this scenario lets the learner practise. */
    competencies: z.array(Id).min(1, 'name at least one competency from content/competencies.yaml'),
    /** The situation, shown before the first scene. */
    intro: IntroSchema,
    /** Id of the first scene. */
    start: Id,
    /** The scenes; each is one decision. */
    scenes: z.array(SceneSchema).min(1),
    /** How it can end; every ending must be reachable. */
    endings: z.array(EndingSchema).min(1),
  })
  .strict();

export const OptionSchema = z
  .object({
    /** The answer as the learner reads it. */
    text: Text,
    /** Whether choosing it is right. */
    correct: z.boolean(),
    /** Shown after answering: why this is right or wrong. */
    explanation: Text,
  })
  .strict();

export const QuestionSchema = z
  .object({
    /** Unique within the check. */
    id: Id,
    /** The question. */
    prompt: Text,
    /** `single`: exactly one correct option; `multiple`: one or more. */
    type: z.enum(['single', 'multiple']),
    /** The options: 2 to 6. */
    options: z.array(OptionSchema).min(2).max(6),
  })
  .strict();

export const CheckSchema = z
  .object({
    /** Always `check` for a knowledge check. */
    kind: z.literal('check'),
    /** Must match the file name: `quizzes/<id>.yaml`. */
    id: Id,
    /** The check's title, shown as its page heading. */
    title: Text,
    /** Slug of the module it belongs to. */
    module: Id,
    /** The share of questions to get right to pass, 1-100. */
    passPercent: z.number().int().min(1).max(100),
    /**
     * What sensitive material the questions touch, shown before the first question with the
     * choice to skip (recorded, no penalty), as scenarios do. Leave it out when there is none.
     */
    contentNote: Text.optional(),
    /** Ids from content/competencies.yaml that this check tests. */
    competencies: z.array(Id).min(1, 'name at least one competency from content/competencies.yaml'),
    /** The questions, in order. */
    questions: z.array(QuestionSchema).min(1),
  })
  .strict();

/** A file in `quizzes/`: `kind` says which of the two it is. */
export const QuizSchema = z.discriminatedUnion('kind', [ScenarioSchema, CheckSchema], {
  errorMap: (issue, ctx) => ({
    message:
      issue.code === 'invalid_union_discriminator'
        ? '"kind: scenario" or "kind: check" at the top of the file'
        : ctx.defaultError,
  }),
});

export type Condition = z.infer<typeof ConditionSchema>;
export type Route = z.infer<typeof RouteSchema>;
export type Choice = z.infer<typeof ChoiceSchema>;
export type Scene = z.infer<typeof SceneSchema>;
export type Ending = z.infer<typeof EndingSchema>;
export type Scenario = z.infer<typeof ScenarioSchema>;
export type Option = z.infer<typeof OptionSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type Check = z.infer<typeof CheckSchema>;
export type Quiz = z.infer<typeof QuizSchema>;
