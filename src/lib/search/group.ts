/** Groups ranked results by module, best group first; the glossary and help lines are groups too. */
import type { SearchKind } from './types';

export interface GroupableHit {
  doc: { kind: SearchKind; module: number };
}

export interface ResultGroup<H> {
  /** Stable key: `module-<n>`, `glossary` or `resource`. */
  key: string;
  label: string;
  /** The module's slug, when the group is a module. */
  slug?: string;
  hits: H[];
}

export interface GroupLabels {
  glossary: string;
  resource: string;
  /** For a result whose module is unknown (a quiz naming a module that is gone). */
  other: string;
}

export function groupResults<H extends GroupableHit>(hits: H[], modules: { slug: string; title: string }[], labels: GroupLabels): ResultGroup<H>[] {
  const groups = new Map<string, ResultGroup<H>>();
  for (const hit of hits) {
    const { kind, module } = hit.doc;
    const m = modules[module];
    const key = m ? `module-${module}` : kind === 'glossary' || kind === 'resource' ? kind : 'other';
    let group = groups.get(key);
    if (!group) {
      group = m
        ? { key, label: m.title, slug: m.slug, hits: [] }
        : { key, label: key === 'glossary' ? labels.glossary : key === 'resource' ? labels.resource : labels.other, hits: [] };
      groups.set(key, group);
    }
    group.hits.push(hit);
  }
  return [...groups.values()];
}
