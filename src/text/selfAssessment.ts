/**
 * Words of the self-assessment: its page, and the before-and-after table on the progress page and
 * the certificate (those load only for a learner who has ratings).
 */
export const SELF_ASSESSMENT_UI = {
  page: {
    noScript:
      'Saving your ratings needs JavaScript, which is off in this browser. You can still read the statements and think about where you are; nothing is lost by skipping this.',
    choosePath: 'Which learning path are you rating your confidence for?',
    sitting: (when: 'before' | 'after', path: string) => (when === 'before' ? `Before you start ${path}.` : `At the end of ${path}.`),
    intro:
      'For each statement, choose how confident you feel today. Leave out any you would rather not answer. There are no right answers, and nothing is scored.',
    save: 'Save my ratings',
    skip: (path: string) => `Skip this and go back to ${path}`,
    nothingRated: 'Nothing to save yet: choose a rating for at least one statement, or skip this.',
    saved: (when: 'before' | 'after') =>
      when === 'before'
        ? 'Your ratings are saved on this device. At the end of the path you can rate your confidence again and see both side by side.'
        : 'Your ratings are saved on this device. Your progress page shows them beside the ones from before you started.',
    start: (module: string) => `Start with ${module}`,
    seeProgress: 'See before and after on your progress page',
    notKept: 'This browser is not keeping anything, so your ratings last only until you close this page.',
  },
  chart: {
    heading: 'Your confidence, before and after',
    intro: 'Your own ratings, from 1 (not yet confident) to 5 (very confident), averaged for each competency. They are not a score.',
    caption: 'Confidence per competency, from 1 to 5: before you started and at the end',
    competency: 'Competency',
    before: 'Before',
    after: 'After',
    none: 'not rated',
    rateAgain: 'Rate your confidence again',
    failed: 'Your confidence ratings cannot be shown just now, because part of the course did not load.',
  },
  certificate: {
    show: 'Show my confidence ratings on this certificate',
  },
} as const;
