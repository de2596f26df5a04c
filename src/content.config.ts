import { defineCollection, z } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { ModuleSchema } from './schemas/module';
import { PathSchema } from './schemas/paths';
import { GlossaryTermSchema } from './schemas/glossary';
import { ResourceSchema } from './schemas/resources';
import { QuizSchema } from './schemas/quiz';
import { FacilitatorSchema } from './schemas/facilitator';
import { FactSchema } from './schemas/facts';
import { CompetencySchema } from './schemas/competencies';
import { SelfAssessmentSchema } from './schemas/selfAssessment';
import { parse as parseYaml } from 'yaml';
import { readFactLookup } from './lib/content/readCourse';
import { resolveFactRefs } from './lib/facts/resolve';

// Content names changeable facts by id ({fact:hotline-phone}); every collection resolves them from
// the register before its schema runs. The content check has already failed the build, naming file
// and field, for any reference to a fact that does not exist.
const facts = readFactLookup(process.cwd());
const withFacts = <S extends z.ZodTypeAny>(schema: S) => z.preprocess((data) => resolveFactRefs(data, facts).data, schema);

// Course content lives in top-level folders where authors work; src/integrations/contentCheck.ts
// checks it (with cross-file rules) before these loaders run.
const modules = defineCollection({
  // modules/<slug>/index.mdx: the folder name is the slug.
  loader: glob({ pattern: '*/index.mdx', base: './modules', generateId: ({ entry }) => entry.split('/')[0] }),
  schema: withFacts(ModuleSchema),
});

// modules/<slug>/facilitator.mdx: a workshop guide for the module in the same folder.
const facilitators = defineCollection({
  loader: glob({ pattern: '*/facilitator.mdx', base: './modules', generateId: ({ entry }) => entry.split('/')[0] }),
  schema: withFacts(FacilitatorSchema),
});

const quizzes = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: './quizzes' }),
  schema: withFacts(QuizSchema),
});

const paths = defineCollection({ loader: file('./content/paths.yaml'), schema: withFacts(PathSchema) });
const glossary = defineCollection({ loader: file('./content/glossary.yaml'), schema: withFacts(GlossaryTermSchema) });
const resources = defineCollection({ loader: file('./content/resources.yaml'), schema: withFacts(ResourceSchema) });

// The register itself, for <Fact id="…" /> in MDX and for pages that say when facts were checked.
const facts_ = defineCollection({ loader: file('./content/facts.yaml'), schema: FactSchema });

// The HHS competencies that module sections, scenarios and checks name (the /competencies/ page).
const competencies = defineCollection({ loader: file('./content/competencies.yaml'), schema: CompetencySchema });

// The optional confidence self-rating (/self-assessment/): one entry, the whole file, since its scale
// and its statements are read together.
const selfAssessment = defineCollection({
  loader: file('./content/self-assessment.yaml', { parser: (text) => ({ 'self-assessment': parseYaml(text) }) }),
  schema: withFacts(SelfAssessmentSchema),
});

export const collections = { modules, facilitators, quizzes, paths, glossary, resources, facts: facts_, competencies, selfAssessment };
