import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { ModuleSchema } from './schemas/module';
import { PathSchema } from './schemas/paths';
import { GlossaryTermSchema } from './schemas/glossary';
import { ResourceSchema } from './schemas/resources';
import { QuizSchema } from './schemas/quiz';
import { FacilitatorSchema } from './schemas/facilitator';

// Course content lives in top-level folders where authors work; src/integrations/contentCheck.ts
// checks it (with cross-file rules) before these loaders run.
const modules = defineCollection({
  // modules/<slug>/index.mdx: the folder name is the slug.
  loader: glob({ pattern: '*/index.mdx', base: './modules', generateId: ({ entry }) => entry.split('/')[0] }),
  schema: ModuleSchema,
});

// modules/<slug>/facilitator.mdx: a workshop guide for the module in the same folder.
const facilitators = defineCollection({
  loader: glob({ pattern: '*/facilitator.mdx', base: './modules', generateId: ({ entry }) => entry.split('/')[0] }),
  schema: FacilitatorSchema,
});

const quizzes = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: './quizzes' }),
  schema: QuizSchema,
});

const paths = defineCollection({ loader: file('./content/paths.yaml'), schema: PathSchema });
const glossary = defineCollection({ loader: file('./content/glossary.yaml'), schema: GlossaryTermSchema });
const resources = defineCollection({ loader: file('./content/resources.yaml'), schema: ResourceSchema });

export const collections = { modules, facilitators, quizzes, paths, glossary, resources };
