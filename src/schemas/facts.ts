import { z } from 'astro/zod';

/** Where a fact was checked: a page on the publisher's own site. */
export const FactSourceSchema = z
  .object({
    /** The page or document's title as its publisher gives it. */
    title: z.string().min(1),
    /** Who published it: an agency, a service, a journal. */
    publisher: z.string().min(1),
    /** A full web address. */
    url: z.string().regex(/^https:\/\/[^\s/]+\.[^\s]+$/, 'a full web address starting with https://'),
  })
  .strict();

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// An unquoted date in YAML may arrive as a Date (Astro's loader) or as text (the content check).
const isoDate = (what: string) =>
  z.preprocess(
    (v) => (v instanceof Date && !isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
    z.string().regex(ISO_DATE, `${what} written as YYYY-MM-DD`).refine((s) => !isNaN(Date.parse(s)), `${what}: a real calendar date`),
  );

/**
 * One entry of `content/facts.yaml`: something true today that can change out from under the
 * course (a phone number, an operator, a law's citation or date, a guideline's edition). Content
 * names it by id (`<Fact id="…" />` in MDX, `{fact:…}` in YAML), so a change is one edit here.
 */
export const FactSchema = z
  .object({
    /** How content names the fact: lower-case words joined by hyphens. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by hyphens'),
    /** What kind of fact, so pages can gather them (the help page shows when its numbers were checked); `code` is a diagnosis code such as ICD-10-CM. */
    kind: z.enum(['phone', 'text', 'tty', 'keyword', 'organization', 'law', 'date', 'guideline', 'code']),
    /** Exactly what the course shows, as people read it (a phone number, a short code, a rule's citation). */
    value: z.string().min(1),
    /** For a number: the link a phone opens (`tel:+1…` to call, `sms:…` to text). */
    href: z.string().regex(/^(tel:|sms:|https:\/\/)/, 'a link starting with tel:, sms: or https://').optional(),
    /** What the value is, in one plain sentence, for the person who checks it next. */
    about: z.string().min(1),
    /** Where it was checked: at least one source. */
    sources: z.array(FactSourceSchema).min(1, 'give at least one source, so the next reviewer knows where to look'),
    /** When a person last checked the value against its sources. */
    checked: isoDate('the date it was checked'),
    /** When it should be checked again (`npm run report:facts` lists entries past this date). */
    reviewBy: isoDate('the date to check it again'),
  })
  .strict()
  .refine((f) => f.reviewBy > f.checked, { message: 'a review-by date after the checked date', path: ['reviewBy'] });

export const FactsFileSchema = z.array(FactSchema).min(1);
export type Fact = z.infer<typeof FactSchema>;
