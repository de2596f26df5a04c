import { useEffect, useState } from 'preact/hooks';
import { SELF_ASSESSMENT_UI } from '../../text/selfAssessment';
import { confidenceRows, selfAssessmentHref, type SelfAssessmentOutline } from '../../lib/progress/selfAssessment';
import type { Summary } from '../../lib/progress/summarize';
import type { ProgressRecord } from '../../lib/progress/types';
import { MAX_RATING } from '../../lib/progress/shape';
import { fetchSelfAssessment } from '../../scripts/progress/selfAssessmentOutline';

const T = SELF_ASSESSMENT_UI.chart;
const oneDecimal = new Intl.NumberFormat(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
// Inline, because this chunk loads by address after the page's styles (the CSP allows inline styles).
const TRACK = 'display:block;width:6rem;height:0.6rem;margin-top:0.2rem;border:1px solid var(--sg-border);border-radius:0.3rem;background:var(--sg-soft);overflow:hidden';
const BAR = 'display:block;height:100%;background:var(--sg-accent)';

/** What ratings are read against; undefined while it loads, null when it could not be had. */
function useSelfAssessmentOutline() {
  const [outline, setOutline] = useState<SelfAssessmentOutline | null | undefined>(undefined);
  useEffect(() => void fetchSelfAssessment().then(setOutline), []);
  return outline;
}

function Cell({ value }: { value: number | null }) {
  if (value === null) return <td>{T.none}</td>;
  return (
    <td>
      {oneDecimal.format(value)}
      <span aria-hidden="true" style={TRACK}><span style={`${BAR};width:${(value / MAX_RATING) * 100}%`} /></span>
    </td>
  );
}

/** Before and after per competency: a table a screen reader reads, with bars to read at a glance. */
export function ConfidenceTable({ record }: { record: ProgressRecord }) {
  const outline = useSelfAssessmentOutline();
  if (outline === undefined) return null;
  if (outline === null) return <p>{T.failed}</p>;
  return (
    <table class="confidence">
      <caption>{T.caption}</caption>
      <thead><tr><th scope="col">{T.competency}</th><th scope="col">{T.before}</th><th scope="col">{T.after}</th></tr></thead>
      <tbody>
        {confidenceRows(record, outline).map((row) => (
          <tr key={row.competency}><th scope="row">{row.short}</th><Cell value={row.before} /><Cell value={row.after} /></tr>
        ))}
      </tbody>
    </table>
  );
}

/** "Rate your confidence again", once the path the learner first rated for is complete. */
export function RateAgain({ record, summary }: { record: ProgressRecord; summary: Summary }) {
  const path = record.selfAssessment?.before?.value.path;
  if (!path || !summary.paths.some((p) => p.id === path && p.complete)) return null;
  return <p class="no-print"><a class="button" href={selfAssessmentHref(path, 'after')}>{T.rateAgain}</a></p>;
}

/** The progress page's section, shown only when the record holds a self-assessment. */
export function ConfidenceSection({ record, summary }: { record: ProgressRecord; summary: Summary }) {
  return (
    <section aria-labelledby="confidence-heading">
      <h2 id="confidence-heading">{T.heading}</h2>
      <p>{T.intro}</p>
      <ConfidenceTable record={record} />
      <RateAgain record={record} summary={summary} />
    </section>
  );
}
