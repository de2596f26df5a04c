import { href } from '../../lib/url';
import { PROGRESS_PAGE_UI } from '../../text/progressPage';
import { moduleHref } from '../../lib/progress/outline';
import type { Summary } from '../../lib/progress/summarize';
import { ProgressBar } from './ProgressBar';
import { formatDate } from './useProgress';

const T = PROGRESS_PAGE_UI.page;

/** Each learning path: a bar, its modules in order, and the certificate once it is complete. */
export function PathsPanel({ summary }: { summary: Summary }) {
  const modules = new Map(summary.modules.map((m) => [m.slug, m]));
  return (
    <section aria-labelledby="paths-heading">
      <h2 id="paths-heading">{T.pathsHeading}</h2>
      <ul class="card-list">
        {summary.paths.map((p) => (
          <li class="card" key={p.id}>
            <h3>
              <a href={href(`/paths/${p.id}/`)}>{p.title}</a>
              {summary.chosenPath === p.id && <span class="tag">{T.yourPath}</span>}
            </h3>
            <ProgressBar label={p.title} count={p} detail={T.modulesComplete(p.modulesComplete, p.modules.length)} />
            <ol class="path-modules">
              {p.modules.flatMap((slug) => modules.get(slug) ?? []).map((m) => (
                <li key={m.slug}>
                  <a href={`${moduleHref(m.slug)}?path=${p.id}`}>{m.title}</a>{' '}
                  <span class="meta">{m.complete ? T.moduleDone : `${m.percent}%`}</span>
                </li>
              ))}
            </ol>
            {p.complete && (
              <p>
                {T.pathComplete(formatDate(p.completedAt!))}{' '}
                <a class="button" href={href(`/certificate/?path=${p.id}`)}>{T.certificateLink}</a>
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
