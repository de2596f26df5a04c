import type { Ref } from 'preact';
import type { Scenario } from '../../schemas/quiz';
import type { ScenarioContext } from '../../lib/quiz/compileScenario';
import { presenterSummary } from '../../lib/workshop/summary';
import type { PrincipleRow } from '../../lib/quiz/scenarioView';
import { PRINCIPLE_LINES } from '../../lib/workshop/principleLines';
import { WORKSHOP_UI } from '../../lib/workshop/strings';
import { SCORE_LABEL } from '../strings';

const T = WORKSHOP_UI.presenter;

function Principles({ title, tallies }: { title: string; tallies: PrincipleRow[] }) {
  return (
    <div>
      <h3>{title}</h3>
      {tallies.length ? (
        <ul>{tallies.map((t) => <li key={t.id}><strong>{t.name}</strong>: {PRINCIPLE_LINES[t.id as keyof typeof PRINCIPLE_LINES]}</li>)}</ul>
      ) : <p>{T.ending.none}</p>}
    </div>
  );
}

/** The ending the group reached, the path it took, and how its choices sat with the principles. */
export function PresenterEnd({ scenario, context, headingRef, onRestart }: { scenario: Scenario; context: ScenarioContext; headingRef: Ref<HTMLHeadingElement>; onRestart: () => void }) {
  const summary = presenterSummary(scenario, context);
  return (
    <section aria-labelledby="presenter-heading">
      <h2 id="presenter-heading" tabIndex={-1} ref={headingRef}>{summary.ending?.title}</h2>
      <p>{summary.ending?.debrief}</p>
      <h3>{T.ending.skilled}</h3>
      <p>{summary.ending?.skilled}</p>
      <h3>{T.ending.path}</h3>
      <ol class="presenter__path">
        {summary.decisions.map((d, i) => (
          <li key={i}>
            <span class="presenter__meta">{d.moment}</span><br />
            <strong>{d.letter}:</strong> {d.choiceText} <span class="presenter__meta">({SCORE_LABEL[d.score]})</span>
          </li>
        ))}
      </ol>
      <div class="presenter__principles">
        <Principles title={T.ending.honoured} tallies={summary.honoured} />
        <Principles title={T.ending.strained} tallies={summary.strained} />
      </div>
      <p><button type="button" class="secondary" onClick={onRestart}>{T.startAgain}</button></p>
    </section>
  );
}
