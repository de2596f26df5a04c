import type { Count } from '../../lib/progress/summarize';

interface Props {
  /** What is being measured, for the bar's accessible name ("Clinical practice"). */
  label: string;
  count: Count;
  /** The words beside the bar; by default "3 of 8 steps". */
  detail?: string;
}

/** A bar with its percent written beside it, so it reads at a glance and without colour. */
export function ProgressBar({ label, count, detail }: Props) {
  return (
    <div class="progress-bar">
      <progress max={count.total || 1} value={count.done} aria-label={`${label}: ${count.percent}%`} />
      <span class="progress-bar__text">
        <strong>{count.percent}%</strong> · {detail ?? `${count.done} of ${count.total} steps`}
      </span>
    </div>
  );
}
