/**
 * The competency map: for each HHS competency, the module sections that teach it and the
 * scenarios and checks that practise it. Pure, from data the pages and tests already have.
 */

export interface CompetencyLike {
  id: string;
  number: number;
  title: string;
}

export interface MapModule {
  slug: string;
  title: string;
  /** Every `##` section in page order, with its title and the competencies it serves. */
  sections: { id: string; title: string; competencies: string[] }[];
}

export interface MapQuiz {
  id: string;
  kind: 'scenario' | 'check';
  title: string;
  module: string;
  competencies: string[];
}

export interface CompetencyRow<C extends CompetencyLike = CompetencyLike> {
  /** The competency as given, so a page can show the fields it has beyond these (its summary, short name). */
  competency: C;
  /** One cell per module, in course order: the sections of that module serving this competency. */
  cells: { slug: string; sections: { id: string; title: string }[] }[];
  /** How many modules teach it in at least one section. */
  moduleCount: number;
  practice: MapQuiz[];
}

/** Rows in the report's order: competencies 1 to 6, then the universal one. */
export function competencyMap<C extends CompetencyLike>(competencies: C[], modules: MapModule[], quizzes: MapQuiz[]): CompetencyRow<C>[] {
  const order = (c: CompetencyLike) => (c.number === 0 ? 99 : c.number);
  return [...competencies]
    .sort((a, b) => order(a) - order(b))
    .map((competency) => {
      const cells = modules.map((m) => ({
        slug: m.slug,
        sections: m.sections.filter((s) => s.competencies.includes(competency.id)).map(({ id, title }) => ({ id, title })),
      }));
      return {
        competency,
        cells,
        moduleCount: cells.filter((c) => c.sections.length > 0).length,
        practice: quizzes.filter((q) => q.competencies.includes(competency.id)),
      };
    });
}

/** Competencies the course does not yet cover well: taught by fewer than two modules, or practised by no quiz. */
export function thinCompetencies(rows: CompetencyRow[]): string[] {
  return rows.filter((r) => r.moduleCount < 2 || r.practice.length === 0).map((r) => r.competency.id);
}
