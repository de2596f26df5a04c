// The course as pages see it: collections read once, sorted, with lookup maps.
import { getCollection, type CollectionEntry } from 'astro:content';

export type ModuleEntry = CollectionEntry<'modules'>;

export async function getModules(): Promise<ModuleEntry[]> {
  return (await getCollection('modules')).sort((a, b) => a.data.order - b.data.order);
}

export async function getPaths() {
  return (await getCollection('paths')).map((e) => e.data);
}

export async function getGlossary() {
  return (await getCollection('glossary')).map((e) => e.data).sort((a, b) => a.term.localeCompare(b.term));
}

export async function getResources() {
  return (await getCollection('resources')).map((e) => e.data);
}

/** Module titles and minutes by slug, for paths and navigation. */
export async function getModuleIndex() {
  const modules = await getModules();
  return {
    modules,
    titles: new Map(modules.map((m) => [m.id, m.data.title])),
    minutes: new Map(modules.map((m) => [m.id, m.data.estimatedMinutes])),
  };
}
