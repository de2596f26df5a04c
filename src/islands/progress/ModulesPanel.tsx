import { PROGRESS_PAGE_UI } from '../../text/progressPage';
import { checkHref, moduleHref, scenarioHref } from '../../lib/progress/outline';
import type { ModuleSummary, Summary } from '../../lib/progress/summarize';
import { ProgressBar } from './ProgressBar';
import { formatDate } from './useProgress';

const T = PROGRESS_PAGE_UI.page;

function ModuleCard({ m }: { m: ModuleSummary }) {
  return (
    <li class="card">
      <h3 id={`progress-${m.slug}`}>
        <a href={moduleHref(m.slug)}>{m.title}</a>
      </h3>
      <ProgressBar label={m.title} count={m} />
      <ul class="module-facts">
        <li>{T.sections(m.sectionsRead, m.sections.length)}</li>
        {m.scenarios.map((s) => (
          <li key={s.id}>
            <a href={scenarioHref(s.id)}>{s.title}</a>:{' '}
            {s.endings.length > 0
              ? T.endings(s.endings.map((e) => `“${e.title}” (${formatDate(e.at)})`))
              : s.skippedAt
                ? T.skipped
                : T.notFinished}
            {s.inProgress && <> {T.inProgress}</>}
          </li>
        ))}
        {m.checks.map((c) => (
          <li key={c.id}>
            <a href={checkHref(c.id)}>{c.title}</a>:{' '}
            {c.best
              ? T.checkScore(c.best.score, c.best.total, c.best.percent, c.attempts) +
                (c.passedAt ? ` ${T.passedOn(formatDate(c.passedAt))}` : c.skippedAt ? ` ${T.skipped}` : ` ${T.notPassed(c.passPercent)}`)
              : c.skippedAt
                ? T.skipped
                : T.notAttempted}
          </li>
        ))}
      </ul>
      {m.complete && <p class="meta">{T.moduleCompleteOn(formatDate(m.completedAt!))}</p>}
    </li>
  );
}

/** Every module: sections read, scenario endings, check scores. */
export function ModulesPanel({ summary }: { summary: Summary }) {
  return (
    <section aria-labelledby="modules-heading">
      <h2 id="modules-heading">{T.modulesHeading}</h2>
      <ul class="card-list">
        {summary.modules.map((m) => (
          <ModuleCard key={m.slug} m={m} />
        ))}
      </ul>
    </section>
  );
}
