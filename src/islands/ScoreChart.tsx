import type { PrincipleRow } from '../lib/quiz/scenarioView';
import { SCENARIO, signed } from './strings';

/**
 * Score per principle as labelled bars from a centre line: right of it helped, left of it
 * strained. The number is always written out and negative bars are hatched, so nothing depends
 * on colour or on seeing the bars at all (they are hidden from screen readers, the text is not).
 */
export function ScoreChart({ rows }: { rows: PrincipleRow[] }) {
  return (
    <>
      <h3 id="sg-chart-heading">{SCENARIO.chartHeading}</h3>
      <p class="sg-muted">{SCENARIO.chartNote}</p>
      <ul class="sg-chart" aria-labelledby="sg-chart-heading">
        {rows.map((r) => (
          <li key={r.id} class="sg-chart__row">
            <span class="sg-chart__name">{r.name}</span>
            <span class="sg-chart__track" aria-hidden="true">
              <span class={`sg-chart__bar${r.score < 0 ? ' sg-chart__bar--negative' : ''}`} style={`--share: ${r.share}`} />
            </span>
            <span class="sg-chart__value">{signed(r.score)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
