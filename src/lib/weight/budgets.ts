/**
 * Page weight budgets, in gzip bytes, defined once: `npm run bench:pages` prints them and
 * e2e/weight.spec.ts fails when a page type goes over. The figures come from issue 8: about half of
 * what a Starlight docs site ships (55 KB for a module page, 31 KB of it JavaScript, 200 KB on the
 * first search).
 */
export const KB = 1024;

/** What the learner does after the page has loaded, whose downloads are counted apart. */
export type Interaction =
  /** Scroll to the scenario player, which loads when it comes into view, and start the scenario. */
  | 'start-scenario'
  /** Open the header's search dialog and search: the dialog's code and the course's index load. */
  | 'first-search';

export interface Budget {
  /** Everything loaded before any interaction: HTML, CSS, JavaScript, anything else. */
  total: number;
  /** JavaScript run before any interaction: script files plus scripts inline in the HTML. */
  js?: number;
  /** Everything fetched because of the interaction (JavaScript and data). */
  interaction?: number;
  /** The JavaScript alone fetched because of the interaction. */
  interactionJs?: number;
}

export interface PageType {
  id: string;
  /** The page measured. */
  path: string;
  /** Other pages built from the same route, which load the same assets with their own HTML. */
  siblings?: RegExp;
  interaction?: Interaction;
  budget: Budget;
  /** Why the budget is what it is, when the issue does not set it. */
  note?: string;
}

/** The shell (quick exit, theme, search button) is all the JavaScript a reading page needs. */
const READING: Budget = { total: 27 * KB, js: 10 * KB };

export const PAGE_TYPES: PageType[] = [
  { id: 'home', path: '/', budget: READING },
  { id: 'course map', path: '/modules/', budget: READING },
  {
    id: 'module',
    path: '/modules/recognizing-distress/',
    siblings: /^modules\/[^/]+\/index\.html$/,
    // Search is the same on every page: measured once, here.
    interaction: 'first-search',
    budget: { ...READING, interaction: 80 * KB },
  },
  {
    id: 'scenario',
    path: '/scenarios/clinic-intake/',
    siblings: /^scenarios\/[^/]+\/index\.html$/,
    interaction: 'start-scenario',
    // The player's JavaScript, as issue 8 sets it. On a device with no progress yet, beginning a
    // scenario is the first progress, so the header's indicator loads too, with the course outline
    // it reads (about 3 KB of JSON): counted under "all", which allows for it.
    budget: { ...READING, interactionJs: 25 * KB, interaction: 30 * KB },
  },
  {
    id: 'check',
    path: '/checks/recognizing-distress-check/',
    siblings: /^checks\/[^/]+\/index\.html$/,
    // The check sits at the top of its page, so on a phone its player loads with the page.
    budget: { total: 27 * KB + 25 * KB, js: 10 * KB + 25 * KB },
    note: 'a reading page plus a player: the check starts in view, so its player loads at once',
  },
  { id: 'glossary', path: '/glossary/', budget: READING },
  { id: 'competency map', path: '/competencies/', budget: READING },
  { id: 'help', path: '/help/', budget: READING },
  // The progress page is an island (Preact, the progress store and summary): issue 8 sets its
  // total, not a JavaScript budget of its own.
  { id: 'progress', path: '/progress/', budget: { total: 27 * KB } },
  {
    id: 'certificate',
    path: '/certificate/?path=self-paced',
    budget: { total: 27 * KB },
    note: 'built like the progress page, so held to the same total',
  },
  {
    id: 'self-assessment',
    path: '/self-assessment/?path=workshop',
    budget: { total: 27 * KB },
    note: 'a form island with the progress store, like the progress page, so held to the same total',
  },
  {
    id: 'search page',
    path: '/search/',
    // The page exists to search: it loads the search code and the index at once.
    budget: { total: 10 * KB + 80 * KB, js: 10 * KB + 30 * KB },
    note: 'a small page plus the first search, which it starts at once',
  },
  {
    id: 'presenter',
    path: '/present/clinic-intake/',
    siblings: /^present\/[^/]+\/index\.html$/,
    budget: { total: 27 * KB + 25 * KB, js: 10 * KB + 25 * KB },
    note: 'a reading page plus a player, which the presenter view opens with',
  },
  {
    id: 'handout',
    path: '/handouts/recognizing-distress/',
    siblings: /^handouts\/[^/]+\/index\.html$/,
    budget: READING,
  },
];
