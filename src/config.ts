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
  /** The service worker's messages (src/components/OfflineNotices.astro). Progress stays in localStorage. */
  offline: {
    offlineNow: "You're offline. The course still works, and your progress is saved on this device.",
    ready: 'The course is now stored in this browser, so it works without a connection. Nothing about you is stored with it.',
    updateReady: 'A new version of the course is ready. Your progress is kept on this device.',
    updateNow: 'Update now',
    updating: 'Updating the course…',
  },
} as const;


// The progress features' words are in src/text/progress.ts (module pages) and
// src/text/progressPage.ts (progress and certificate pages): every page loads this file, so
// words only some pages need live apart.
