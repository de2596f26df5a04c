import { z } from 'astro/zod';

/** One entry of `content/competencies.yaml`: an HHS core competency (or the universal one). */
export const CompetencySchema = z
  .object({
    /** How modules, scenarios and checks name it: lower-case words joined by hyphens. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by hyphens'),
    /** Its number in the HHS report (1-6); 0 for the universal competency. */
    number: z.number().int().min(0).max(6),
    /** A few words for table headings ("Identifying risk"). */
    short: z.string().min(1).max(40),
    /** The competency as the report states it. */
    title: z.string().min(1),
    /** One plain sentence on what it covers in this course. */
    summary: z.string().min(1),
  })
  .strict();

export const CompetenciesFileSchema = z.array(CompetencySchema).min(1);
export type Competency = z.infer<typeof CompetencySchema>;
