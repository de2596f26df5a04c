import { z } from 'astro/zod';

/** One entry of `content/glossary.yaml`. */
export const GlossaryTermSchema = z
  .object({
    /** Anchor on the glossary page and the id used by <Term id="…">: lower-case words joined by hyphens. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by hyphens, like "complex-trauma"'),
    /** The term as a reader sees it. */
    term: z.string().min(1),
    /** A plain definition in one or two sentences. */
    definition: z.string().min(10, 'write a one- or two-sentence definition'),
    /** Ids of related terms. */
    seeAlso: z.array(z.string()).optional(),
  })
  .strict();

export const GlossaryFileSchema = z.array(GlossaryTermSchema).min(1, 'define at least one term');
export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;
