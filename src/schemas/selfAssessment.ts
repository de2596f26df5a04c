import { z } from 'astro/zod';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** One point of the confidence scale. */
export const ScalePointSchema = z
  .object({
    /** 1 (least confident) to 5 (most), in order. */
    value: z.number().int().min(1).max(5),
    /** What a learner reads beside the button ("Not yet confident"). */
    label: z.string().min(1).max(40),
  })
  .strict();

/** One statement a learner rates. */
export const StatementSchema = z
  .object({
    /** Kept in the learner's record, so never reuse one for a different statement: lower-case words joined by hyphens. */
    id: z.string().regex(ID, 'lower-case words joined by hyphens, like "risk-asking-safely"'),
    /** The competency it belongs to, an id from content/competencies.yaml. */
    competency: z.string().min(1),
    /** Plain first person, one sentence ("I can explain to a colleague why …"). */
    text: z.string().min(10).max(200),
  })
  .strict();

/** `content/self-assessment.yaml`: the optional confidence self-rating (issue 12). */
export const SelfAssessmentSchema = z
  .object({
    /** The five points, from 1 to 5. */
    scale: z
      .array(ScalePointSchema)
      .length(5, 'exactly five points, from 1 to 5')
      .refine((s) => s.every((p, i) => p.value === i + 1), 'the points in order, with values 1, 2, 3, 4 and 5'),
    /** Two statements for each competency. */
    statements: z.array(StatementSchema).min(1, 'list the statements to rate'),
  })
  .strict();

export type SelfAssessment = z.infer<typeof SelfAssessmentSchema>;
export type Statement = z.infer<typeof StatementSchema>;

/** How many statements each competency has. */
export const STATEMENTS_PER_COMPETENCY = 2;
