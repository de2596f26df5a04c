/** The page weight table, as Markdown, for the terminal and the README. */
import { KB } from './budgets';
import { overBudget, type Row } from './tally';

const kb = (bytes: number) => (bytes / KB).toFixed(1);
const against = (bytes: number, limit?: number) => (limit === undefined ? kb(bytes) : `${kb(bytes)} / ${kb(limit)}`);

export const INTERACTION_LABEL = {
  'start-scenario': 'start the scenario',
  'first-search': 'first search',
} as const;

export function weightTable(rows: Row[]): string {
  const head = ['page', 'HTML', 'CSS', 'JS before', 'total before', 'after interaction: JS', 'after interaction: all', 'fits'];
  const lines = rows.map(({ page, weight: w }) => {
    const after = page.interaction ? `${INTERACTION_LABEL[page.interaction]}: ` : '';
    return [
      `${page.id} (\`${page.path}\`)`,
      kb(w.html),
      kb(w.css),
      against(w.js, page.budget.js),
      against(w.total, page.budget.total),
      page.interaction ? `${after}${against(w.interactionJs, page.budget.interactionJs)}` : '–',
      page.interaction ? against(w.interaction, page.budget.interaction) : '–',
      overBudget(w, page.budget).length ? '**over**' : 'yes',
    ];
  });
  return [head, head.map((h) => (h === 'page' || h === 'fits' ? '---' : '---:')), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
