/** Site-wide settings and the words the shell uses, in one place. */
export const SITE = {
  name: 'Steady Ground',
  tagline: 'Trauma-informed care for people who support survivors of human trafficking',
  /**
   * Where "Exit this page" goes: a neutral site that gives nothing away.
   * Change it here and everywhere follows (the button, the Shift shortcut and the no-JS link).
   */
  quickExitUrl: 'https://www.weather.gov/',
  /** localStorage key for the learner's light/dark choice (listed on the privacy page). */
  themeKey: 'steady-ground:theme',
} as const;

export const UI = {
  skipLink: 'Skip to main content',
  quickExit: 'Exit this page',
  quickExitHint: 'or press Shift 3 times',
  getHelp: 'Get help now',
  darkMode: 'Dark mode',
  nav: {
    label: 'Main',
    courseMap: 'Course map',
    glossary: 'Glossary',
    about: 'About and privacy',
    safety: 'Staying safe',
  },
} as const;


// The progress features' words are in src/text/progress.ts (module pages) and
// src/text/progressPage.ts (progress and certificate pages): every page loads this file, so
// words only some pages need live apart.
