import { z } from 'astro/zod';

/** One way to reach a service. */
export const ContactSchema = z
  .object({
    /** How: by voice call, text message, TTY, online chat, or videophone. */
    kind: z.enum(['call', 'text', 'tty', 'chat', 'videophone']),
    /** The number or address as people read it: a fact from the register, `"{fact:hotline-phone}"`. */
    value: z.string().min(1),
    /** The link a phone or browser opens: `"{fact:hotline-phone.href}"` (tel:, sms:), or "https://…". */
    href: z.string().regex(/^(tel:|sms:|https:\/\/)/, 'a link starting with tel:, sms: or https://'),
    /** A short note, such as "Press 2 for Spanish". */
    note: z.string().optional(),
  })
  .strict();

/** One entry of `content/resources.yaml`: a crisis line, helpline or organization. */
export const ResourceSchema = z
  .object({
    /** Anchor on the help page, lower-case words joined by hyphens. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by hyphens'),
    /** The service's name. */
    name: z.string().min(1),
    /** crisis: listed first on "Get help now"; support: helplines; organization: further help. */
    category: z.enum(['emergency', 'crisis', 'support', 'organization']),
    /** What the service does, in one or two plain sentences. */
    summary: z.string().min(1),
    /** How to reach it. */
    contacts: z.array(ContactSchema),
    /** When it answers. */
    hours: z.string().optional(),
    /** Languages offered. */
    languages: z.string().optional(),
    /** Things a person may want to know before reaching out. */
    notes: z.array(z.string()).optional(),
    /** The service's own website. */
    url: z.string().url().optional(),
  })
  .strict();

export const ResourcesFileSchema = z.array(ResourceSchema).min(1);
export type Resource = z.infer<typeof ResourceSchema>;
export type Contact = z.infer<typeof ContactSchema>;
