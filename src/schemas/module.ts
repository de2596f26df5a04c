import { z } from 'astro/zod';

/** Who a module or path is written for. */
export const AUDIENCES = ['clinician', 'workshop', 'self-paced'] as const;
export const AudienceSchema = z.enum(AUDIENCES);
export type Audience = z.infer<typeof AudienceSchema>;

export const AUDIENCE_LABELS: Record<Audience, string> = {
  clinician: 'Clinicians',
  workshop: 'Workshop groups',
  'self-paced': 'Self-paced learners',
};

/** A source the module draws on, listed and numbered at the end of the page. */
export const ReferenceSchema = z
  .object({
    /** The document's title as its publisher gives it. */
    title: z.string().min(1),
    /** Authors, when the source has named ones ("Oram S, Stöckl H, et al."). */
    authors: z.string().min(1).optional(),
    /** Who published it: an agency, a journal, a court. */
    publisher: z.string().min(1),
    /** Year of publication. Leave it out for an undated web page and give `accessed` instead. */
    year: z.number().int().min(1900).max(2100).optional(),
    /** For an undated web page: the month someone last checked it, as YYYY-MM. */
    accessed: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month written as YYYY-MM').optional(),
    /** A link on the publisher's own site. */
    url: z.string().regex(/^https:\/\/[^\s/]+\.[^\s]+$/, 'a full web address starting with https://'),
  })
  .strict()
  .refine((r) => r.year !== undefined || r.accessed !== undefined, {
    message: 'a publication year, or for an undated web page the month it was checked as accessed: YYYY-MM',
    path: ['year'],
  });

/** One `##` section of a module, in page order: its anchor and the competencies it serves. */
export const SectionSchema = z
  .object({
    /** The section's anchor: its `##` heading as the page writes it in the address ("signs-in-children"). */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'the heading\'s anchor: lower-case words joined by hyphens'),
    /** Ids from content/competencies.yaml that this section teaches. */
    competencies: z.array(z.string().min(1)).min(1, 'name at least one competency from content/competencies.yaml'),
  })
  .strict();

/** The frontmatter of `modules/<slug>/index.mdx`. */
export const ModuleSchema = z
  .object({
    /** The module's title, shown as its page heading. */
    title: z.string().min(1),
    /** One or two sentences for the course map and search results. */
    summary: z.string().min(20, 'write a one- or two-sentence summary').max(320, 'keep the summary to one or two sentences'),
    /** Position on the course map (1 comes first). */
    order: z.number().int().positive(),
    /** Who the module is written for. */
    audiences: z.array(AudienceSchema).min(1, 'name at least one audience'),
    /** A realistic reading time, quizzes included. */
    estimatedMinutes: z.number().int().min(5).max(240),
    /** What the learner will be able to do afterwards. */
    objectives: z.array(z.string().min(1)).min(3, 'list at least three learning objectives'),
    /** What sensitive material appears; an empty list when there is none. */
    contentNotes: z.array(z.string().min(1)),
    /** The points to remember, shown at the end of the page. */
    takeaways: z.array(z.string().min(1)).min(3, 'list at least three key takeaways'),
    /** Sources, cited in the text as <Cite n={1} />. */
    references: z.array(ReferenceSchema).min(1, 'cite at least one source'),
    /** When a person last checked the module's facts (YYYY-MM-DD). */
    lastReviewed: z.coerce.date(),
    /** Every `##` section in page order, with the HHS competencies it serves (content/competencies.yaml). */
    sections: z.array(SectionSchema).min(1, 'list every ## section with the competencies it serves'),
  })
  .strict();

export type ModuleData = z.infer<typeof ModuleSchema>;
export type Reference = z.infer<typeof ReferenceSchema>;
