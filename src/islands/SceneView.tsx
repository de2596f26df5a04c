import type { Ref } from 'preact';
import type { EventFrom } from 'xstate';
import type { ScenarioMachine } from '../lib/quiz/compileScenario';
import { paragraphs, type ScenarioScreen } from '../lib/quiz/scenarioView';
import { SCENARIO, SCORE_LABEL } from './strings';

type Event = EventFrom<ScenarioMachine>;
interface Props {
  screen: Extract<ScenarioScreen, { kind: 'choosing' | 'feedback' }>;
  can: (event: Event) => boolean;
  send: (event: Event) => void;
  headingRef: Ref<HTMLHeadingElement>;
}

/** One scene: its text, then either the choices or the feedback on the choice made, and Pause. */
export function SceneView({ screen, can, send, headingRef }: Props) {
  const feedback = screen.kind === 'feedback' ? screen : undefined;
  return (
    <section class="sg-scene" aria-labelledby="sg-scene-heading">
      <h2 id="sg-scene-heading" tabIndex={-1} ref={feedback ? undefined : headingRef}>
        {SCENARIO.decision(screen.step)}
      </h2>
      {paragraphs(screen.scene.text).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      {can({ type: 'learner.choose', choice: 0 }) && (
        <>
          <h3 id="sg-choices-heading">{SCENARIO.choicesHeading}</h3>
          <ul class="sg-choices" aria-labelledby="sg-choices-heading">
            {screen.scene.choices.map((c, i) => (
              <li key={i}>
                <button type="button" class="sg-choice" onClick={() => send({ type: 'learner.choose', choice: i })}>
                  {c.text}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {feedback && (
        <h3 id="sg-feedback-heading" tabIndex={-1} ref={headingRef}>
          {SCENARIO.feedbackHeading}
        </h3>
      )}
      {/* Always present, so assistive technology announces the feedback when it is filled in. */}
      <div class="sg-feedback" aria-live="polite">
        {feedback && (
          <>
            <p>
              <strong>{SCENARIO.youChose}</strong> {feedback.chosen.text}
            </p>
            <p>{feedback.record.feedback}</p>
            <p class="sg-score-label">{SCORE_LABEL[feedback.record.score]}</p>
          </>
        )}
      </div>
      {can({ type: 'learner.continue' }) && (
        <p>
          <button type="button" onClick={() => send({ type: 'learner.continue' })}>
            {SCENARIO.continue}
          </button>
        </p>
      )}
      {can({ type: 'learner.pause' }) && (
        <p class="sg-tools">
          <button type="button" class="secondary" onClick={() => send({ type: 'learner.pause' })}>
            {SCENARIO.pause}
          </button>
        </p>
      )}
    </section>
  );
}
