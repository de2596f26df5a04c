/** Every word search shows: the header button, the dialog and the search page. */
import type { SearchKind } from '../../lib/search/types';

export const SEARCH = {
  button: 'Search',
  /** Shown beside the button; the shortcut works anywhere except while typing in a field. */
  shortcut: '/',
  dialogTitle: 'Search the course',
  pageTitle: 'Search',
  pageDescription: 'Search every module, the glossary and the help lines of the Steady Ground course.',
  close: 'Close',
  label: 'Search for',
  hint: 'Results appear as you type. Use the up and down arrow keys to move through them. What you type stays in this browser and is not saved.',
  /** The page keeps the query in its address, which the browser's history records: say so. */
  pageHint: 'Results appear as you type. Use the up and down arrow keys to move through them. What you type stays in this browser, but this page puts it in its address, so it shows in your browsing history.',
  loading: 'Loading search…',
  failed: 'Search could not load just now. Please try again in a moment.',
  retry: 'Try again',
  prompt: 'Type a word or two, such as “grounding” or “interpreter”.',
  none: (q: string) => `No results for “${q}”. Try fewer words, or another word for the same thing.`,
  count: (results: number, groups: number) =>
    `${results} result${results === 1 ? '' : 's'}${groups > 1 ? ` in ${groups} groups` : ''}.`,
  showing: (shown: number) => `Showing the best ${shown}.`,
  showAll: (n: number) => `See all ${n} results on the search page`,
  browse: { before: 'You can also browse the ', courseMap: 'course map', between: ' or the ', glossary: 'glossary', after: '.' },
  noScript: 'Search runs in your browser and needs JavaScript, which is turned off or blocked here. Everything in the course can be reached from the course map and the glossary.',
  groups: { glossary: 'Glossary', resource: 'Get help now', other: 'Practice' },
  kinds: {
    section: undefined,
    glossary: 'Glossary term',
    resource: 'Help line',
    scenario: 'Practice scenario',
    check: 'Knowledge check',
  } satisfies Record<SearchKind, string | undefined>,
  /** Between a section and the `##` section it sits in. */
  within: ' › ',
} as const;
