import { describe, expect, it } from 'vitest';
import { groupResults } from './group';
import type { SearchKind } from './types';

const modules = [{ slug: 'a', title: 'Module A' }, { slug: 'b', title: 'Module B' }];
const labels = { glossary: 'Glossary', resource: 'Get help now', other: 'More' };
const hit = (id: string, kind: SearchKind, module: number) => ({ id, doc: { kind, module } });

describe('groupResults', () => {
  it('groups by module in the order of each group’s best result, keeping rank inside a group', () => {
    const groups = groupResults(
      [hit('b1', 'section', 1), hit('g1', 'glossary', -1), hit('a1', 'section', 0), hit('b2', 'scenario', 1), hit('r1', 'resource', -1), hit('g2', 'glossary', -1)],
      modules,
      labels,
    );
    expect(groups.map((g) => [g.label, g.hits.map((h) => h.id)])).toEqual([
      ['Module B', ['b1', 'b2']],
      ['Glossary', ['g1', 'g2']],
      ['Module A', ['a1']],
      ['Get help now', ['r1']],
    ]);
    expect(groups[0].slug).toBe('b');
  });

  it('keeps a quiz whose module is unknown, in a group of its own', () => {
    expect(groupResults([hit('q', 'check', 7)], modules, labels).map((g) => g.label)).toEqual(['More']);
  });
});
