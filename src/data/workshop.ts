// The workshop material as pages see it: each module with its guide and its scenario.
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Scenario } from '../schemas/quiz';
import { getModules, getResources, getScenarios, type ModuleEntry } from './course';
import { printedLines } from '../lib/workshop/crisisLines';

export interface WorkshopModule {
  module: ModuleEntry;
  guide: CollectionEntry<'facilitators'>;
  scenario: Scenario;
}

/** Every module in course order, with its facilitator guide and the scenario the guide names. */
export async function getWorkshopModules(): Promise<WorkshopModule[]> {
  const guides = new Map((await getCollection('facilitators')).map((g) => [g.id, g]));
  const scenarios = new Map((await getScenarios()).map((s) => [s.id, s]));
  // The content check has already made sure every module has a guide naming its own scenario.
  return (await getModules()).map((module) => {
    const guide = guides.get(module.id)!;
    return { module, guide, scenario: scenarios.get(guide.data.scenario)! };
  });
}

/** The crisis and support lines a printed page carries. */
export async function getPrintedLines() {
  return printedLines(await getResources());
}
