// Shared loading for the content tests: the real course files, parsed once.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readCourse, readFacilitators, readQuizzes } from '../src/lib/content/readCourse';
import { headingAnchors as anchors } from '../src/lib/content/anchors';
import type { Problem } from '../src/schemas/problems';

export const root = join(import.meta.dirname, '..');
const problems: Problem[] = [];
export const course = readCourse(root, problems);
export const quizzes = readQuizzes(root, problems);
export const facilitators = readFacilitators(root, problems);
export const loadProblems = problems;

export const readYamlFile = (rel: string) => parse(readFileSync(join(root, rel), 'utf8'));

/** The anchors Astro gives a module's headings (github-slugger, as in the built page). */
export const headingAnchors = (body: string): string[] => anchors(body).map((h) => h.id);

/** The seed documents, when ../shared/seeds is beside the repo (developers' machines and CI). */
export const seedsDir = [process.env.SEEDS_DIR, join(root, '..', 'shared', 'seeds')].find((d) => d && existsSync(d));
export const seedFiles = seedsDir ? readdirSync(seedsDir).filter((f) => f.endsWith('.txt')) : [];
