import type { Ref } from 'preact';
import type { ScenarioContext } from '../lib/quiz/compileScenario';
import { paragraphs, pathTaken, principleRows } from '../lib/quiz/scenarioView';
import type { Ending, Scenario } from '../schemas/quiz';
import { ScoreChart } from './ScoreChart';
import { SCENARIO, SCORE_LABEL } from './strings';

interface Props {
  ending: Ending;
  scenario: Scenario;
  context: ScenarioContext;
  onRestart: () => void;
  headingRef: Ref<HTMLHeadingElement>;
}

/** How it ended: the debrief, what skilled looks like, the score per principle and the path taken. */
export function EndingView({ ending, scenario, context, onRestart, headingRef }: Props) {
  return (
    <section class="sg-ending" aria-labelledby="sg-ending-heading">
      <h2 id="sg-ending-heading" tabIndex={-1} ref={headingRef}>
        {ending.title}
      </h2>
      {paragraphs(ending.debrief).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      <h3>{SCENARIO.skilledHeading}</h3>
      {paragraphs(ending.skilled).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      <ScoreChart rows={principleRows(context.scoreByPrinciple)} />
      <h3 id="sg-path-heading">{SCENARIO.pathHeading}</h3>
      <ol class="sg-path" aria-labelledby="sg-path-heading">
        {pathTaken(context.choices, scenario).map((s) => (
          <li key={s.step}>
            <p>
              <strong>{SCENARIO.decision(s.step)}.</strong> {SCENARIO.youChose} {s.choiceText}
            </p>
            <p>{s.feedback}</p>
            <p class="sg-score-label">{SCORE_LABEL[s.score]}</p>
          </li>
        ))}
      </ol>
      <p>
        <button type="button" onClick={onRestart}>
          {SCENARIO.startAgain}
        </button>
      </p>
    </section>
  );
}
