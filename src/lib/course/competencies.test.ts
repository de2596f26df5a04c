import { describe, expect, it } from 'vitest';
import { competencyMap, thinCompetencies } from './competencies';

const competencies = [
  { id: 'trauma-informed', number: 0, title: 'Universal' },
  { id: 'risk', number: 2, title: 'Risk' },
  { id: 'nature', number: 1, title: 'Nature' },
];
const modules = [
  { slug: 'a', title: 'A', sections: [{ id: 's1', title: 'One', competencies: ['nature', 'risk'] }, { id: 's2', title: 'Two', competencies: ['risk'] }] },
  { slug: 'b', title: 'B', sections: [{ id: 't1', title: 'Uno', competencies: ['risk', 'trauma-informed'] }] },
];
const quizzes = [{ id: 'q', kind: 'scenario' as const, title: 'Q', module: 'a', competencies: ['risk'] }];

describe('competency map', () => {
  const rows = competencyMap(competencies, modules, quizzes);

  it('lists competencies 1 to 6 first and the universal one last', () => {
    expect(rows.map((r) => r.competency.id)).toEqual(['nature', 'risk', 'trauma-informed']);
  });

  it('fills each module cell with the sections that serve the competency, in page order', () => {
    expect(rows[1].cells).toEqual([
      { slug: 'a', sections: [{ id: 's1', title: 'One' }, { id: 's2', title: 'Two' }] },
      { slug: 'b', sections: [{ id: 't1', title: 'Uno' }] },
    ]);
    expect(rows[0].cells[1].sections).toEqual([]);
    expect(rows.map((r) => r.moduleCount)).toEqual([1, 2, 1]);
  });

  it('names the competencies served by fewer than two modules or practised by no scenario or check', () => {
    expect(rows[1].practice.map((q) => q.id)).toEqual(['q']);
    expect(thinCompetencies(rows)).toEqual(['nature', 'trauma-informed']);
  });
});
