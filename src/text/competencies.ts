/** The words of the competency map (/competencies/). */
export const COMPETENCIES = {
  title: 'Core competencies',
  description: 'Where Steady Ground teaches and practises each of the HHS core competencies for health and behavioral health staff.',
  intro:
    'Employers of health and behavioral health staff measure training against six core competencies, and one that runs through them all. This page shows where the course teaches each one and where you can practise it.',
  source: 'The competencies come from a 2021 report by the HHS Office on Trafficking in Persons and the National Human Trafficking Training and Technical Assistance Center:',
  sourceLink: 'the core competencies report',
  matrixHeading: 'Competency by module',
  matrixHelp: 'Each number is a section of that module (the first section is 1). Choose a number to go to the section, or a column heading for the competency.',
  moduleColumn: 'Module',
  universal: 'U',
  universalHeading: 'Universal competency:',
  numbered: (n: number) => `Competency ${n}:`,
  none: 'not covered in this module',
  sectionLink: (n: number, title: string) => `Section ${n}: ${title}`,
  taughtIn: (modules: number) => new Intl.PluralRules('en').select(modules) === 'one' ? `Taught in 1 module` : `Taught in ${modules} modules`,
  practisedIn: 'Practise it',
  scenario: 'scenario',
  check: 'knowledge check',
} as const;
