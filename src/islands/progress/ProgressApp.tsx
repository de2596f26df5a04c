import { PROGRESS_PAGE_UI } from '../../text/progressPage';
import type { CourseOutline } from '../../lib/progress/outline';
import { choosePath, hasProgress } from '../../lib/progress/record';
import { summarize } from '../../lib/progress/summarize';
import { ModulesPanel } from './ModulesPanel';
import { Notices } from './Notices';
import { PathsPanel } from './PathsPanel';
import { TransferPanel } from './TransferPanel';
import { useConfidence } from './useConfidence';
import { useOutline } from './useOutline';
import { useProgress } from './useProgress';

const T = PROGRESS_PAGE_UI.page;

/** The progress page, once the course outline has loaded. */
export default function ProgressApp() {
  const outline = useOutline();
  if (outline === null) return <p role="status">{T.loading}</p>;
  if (outline === 'failed') return <p role="status" class="card">{T.outlineFailed}</p>;
  return <ProgressView outline={outline} />;
}

/** Where the learner is, what comes next, and moving or keeping the record. */
function ProgressView({ outline }: { outline: CourseOutline }) {
  const store = useProgress();
  const record = store.get();
  const summary = summarize(record, outline);
  const started = hasProgress(record);
  const next = summary.next;
  const chart = useConfidence(record);
  return (
    <div class="progress-app">
      <Notices store={store} />
      <section aria-labelledby="next-step" class="card next-step">
        <h2 id="next-step">{T.nextHeading}</h2>
        {!started && <p>{T.notStarted}</p>}
        {next ? (
          <p>
            {T.nextIntro(next)} <a class="button" href={next.href}>{T.nextLink(next)}</a>
          </p>
        ) : (
          <p>{T.allDone}</p>
        )}
        {started && <p class="meta">{T.overall(summary.overall.percent)}</p>}
      </section>
      <fieldset class="path-choice">
        <legend>{T.chooseLegend}</legend>
        {[...outline.paths.map((p) => ({ id: p.id as string | null, title: p.title })), { id: null, title: T.noPath }].map((p) => (
          <label>
            <input
              type="radio"
              name="chosen-path"
              checked={summary.chosenPath === p.id}
              onChange={() => store.update((r, at) => choosePath(r, p.id, at))}
            />{' '}
            {p.title}
          </label>
        ))}
      </fieldset>
      <PathsPanel summary={summary} />
      {chart && <chart.ConfidenceSection record={record} summary={summary} />}
      <ModulesPanel summary={summary} />
      <TransferPanel store={store} outline={outline} />
    </div>
  );
}
