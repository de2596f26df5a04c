import { z } from 'astro/zod';

/**
 * The frontmatter of `modules/<slug>/facilitator.mdx`: a guide for running the module as a
 * workshop (README, "A facilitator guide"). Objects are strict so a misspelt field is reported
 * rather than ignored. What the schema cannot see (the scenario belongs to this module, the body's
 * seven sections, a guide for every module) is checked in `src/lib/content/validateFacilitators.ts`.
 */

/** The two session lengths a guide plans for, in the order it lists them. */
export const SESSION_LENGTHS = [60, 90] as const;

/** The `##` sections every guide's body has, with exactly this text, in this order. */
export const GUIDE_SECTIONS = [
  'Before the session',
  'Opening the room safely',
  'Discussion',
  'Scenario activity',
  'Debrief',
  'Closing grounding exercise',
  'If someone discloses or becomes distressed',
] as const;

const Text = z.string().trim().min(1);

/** One block of time in a session's agenda. */
export const AgendaItemSchema = z
  .object({
    /** How long the block takes, in whole minutes. */
    minutes: z.number().int().positive(),
    /** What the group does in it, in a short phrase. */
    activity: Text,
  })
  .strict();

/** Marks an issue with what the author wrote, for `found` (see validateFacilitators). */
export interface FoundParams {
  found: string;
}

function sessionSchema(total: (typeof SESSION_LENGTHS)[number], which: string) {
  return z
    .object({
      /** The session's length in minutes: 60 for the first session, 90 for the second. */
      minutes: z.literal(total, { errorMap: () => ({ message: `the ${which} session is the ${total}-minute one` }) }),
      /** What happens when, in order; the minutes add up to the session's length. */
      agenda: z.array(AgendaItemSchema).min(3, 'plan at least three blocks: an opening, the activity and a close'),
    })
    .strict()
    .superRefine((session, ctx) => {
      const sum = session.agenda.reduce((acc, item) => acc + item.minutes, 0);
      if (sum === total) return;
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['agenda'],
        message: `agenda minutes that add up to ${total} — ${sum < total ? `add ${total - sum}` : `take away ${sum - total}`} minutes`,
        params: { found: `${session.agenda.length} blocks adding up to ${sum} minutes` } satisfies FoundParams,
      });
    });
}

const SESSIONS_HINT = 'exactly two sessions: 60 minutes, then 90 minutes';

/** The frontmatter of a facilitator guide. */
export const FacilitatorSchema = z
  .object({
    /** The guide's page heading, like "Facilitator guide: Recognizing signs of distress". */
    title: Text,
    /** One or two sentences: what the session does and who it suits. */
    summary: z.string().min(20, 'write a one- or two-sentence summary').max(320, 'keep the summary to one or two sentences'),
    /** The id of this module's scenario (`quizzes/<id>.yaml`), shown in the presenter view. */
    scenario: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a scenario id: lowercase words joined by hyphens, like "school-counsellor"'),
    /** A 60-minute and a 90-minute plan, in that order. */
    sessions: z.tuple([sessionSchema(60, 'first'), sessionSchema(90, 'second')], {
      errorMap: (issue, ctx) => ({ message: issue.code === 'too_small' || issue.code === 'too_big' ? SESSIONS_HINT : ctx.defaultError }),
    }),
    /** What to bring and set up; at least three things. */
    materials: z.array(Text).min(3, 'list at least three things to bring or set up'),
    /** The note the facilitator reads aloud before starting, in 2-4 sentences. */
    contentNote: z.string().trim().min(40, 'write the 2-4 sentences the facilitator reads aloud').max(700, 'keep the content note to 2-4 sentences'),
    /** Open questions for the group; at least four, each ending with "?". */
    discussionQuestions: z
      .array(z.string().trim().regex(/\?$/, 'a question ending with "?"'))
      .min(4, 'list at least four open questions'),
    /** When a person last checked the guide (YYYY-MM-DD). */
    lastReviewed: z.coerce.date(),
  })
  .strict();

export type FacilitatorData = z.infer<typeof FacilitatorSchema>;
export type Session = FacilitatorData['sessions'][number];
export type AgendaItem = z.infer<typeof AgendaItemSchema>;
