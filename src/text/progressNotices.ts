/** What a learner reads when progress cannot be kept as usual (loaded only when that happens, and on the progress page). */
export const PROGRESS_NOTICES = {
  unreadable:
    'Your saved progress on this device could not be read, so the course has started a fresh record. A copy of what was saved is kept on this device.',
  unreadableNoRoom:
    'Your saved progress on this device could not be read, and there is no room to keep a copy, so it has been left exactly as it was. Changes you make now last only while this page is open.',
  downloadCopy: 'Download the saved copy',
  unavailable:
    'This browser is not letting the site save anything, so your progress lasts only while this page is open. Everything else works as usual.',
  full: 'This device’s storage is full, so your latest progress lasts only while this page is open.',
  newer:
    'Your progress was saved by a newer version of this site, so this page will not change it. Reload the page to get the newest version.',
} as const;
