import { z } from 'astro/zod';
import { AudienceSchema } from './module';

/** One entry of `content/paths.yaml`: an ordered route through the course. */
export const PathSchema = z
  .object({
    /** Address of the path (`/paths/<id>/`), lower-case words joined by hyphens. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by hyphens, like "self-paced"'),
    /** The path's name. */
    title: z.string().min(1),
    /** The home page's entry point that leads here ("I'm a clinician"). */
    entry: z.string().min(1),
    /** Who the path is for. */
    audience: AudienceSchema,
    /** Two or three sentences on why these modules, in this order. */
    description: z.string().min(1),
    /** Module slugs, in the order to take them. */
    modules: z.array(z.string().min(1)).min(1, 'list at least one module'),
  })
  .strict();

export const PathsFileSchema = z.array(PathSchema).min(1, 'define at least one learning path');
export type LearningPath = z.infer<typeof PathSchema>;
