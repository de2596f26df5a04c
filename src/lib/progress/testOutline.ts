// A small course for the unit tests: two modules, two paths. Not shipped.
import type { CourseOutline } from './outline';
import type { SelfAssessmentOutline } from './selfAssessment';

export const OUTLINE: CourseOutline = {
  modules: [
    {
      slug: 'noticing',
      title: 'Noticing distress',
      sections: [
        { id: 'signs', title: 'Signs' },
        { id: 'asking', title: 'Asking' },
      ],
      scenarios: [{ id: 'clinic', title: 'At the clinic', endings: [{ id: 'trust', title: 'Trust' }, { id: 'closed', title: 'Closed' }] }],
      checks: [{ id: 'noticing-check', title: 'Check: noticing', passPercent: 80 }],
    },
    {
      slug: 'responding',
      title: 'Responding well',
      sections: [{ id: 'listen', title: 'Listen' }],
      scenarios: [],
      checks: [],
    },
  ],
  paths: [
    { id: 'short', title: 'Short path', modules: ['responding'] },
    { id: 'full', title: 'Full path', modules: ['noticing', 'responding'] },
  ],
};

export const at = (hour: number) => new Date(Date.UTC(2026, 2, 1, hour)).toISOString();

/** The self-assessment for the same small course: two competencies, two statements each. */
export const SELF_ASSESSMENT: SelfAssessmentOutline = {
  competencies: [
    { id: 'risk', short: 'Identifying risk' },
    { id: 'care', short: 'Patient-centered care' },
  ],
  statements: [
    { id: 'risk-one', competency: 'risk' },
    { id: 'risk-two', competency: 'risk' },
    { id: 'care-one', competency: 'care' },
    { id: 'care-two', competency: 'care' },
  ],
};
