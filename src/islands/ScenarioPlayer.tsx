import { useMemo } from 'preact/hooks';
import { compileScenario } from '../lib/quiz/compileScenario';
import { scenarioScreen, screenKey } from '../lib/quiz/scenarioView';
import type { Scenario } from '../schemas/quiz';
import { EndingView } from './EndingView';
import { SceneView } from './SceneView';
import { SCENARIO } from './strings';
import { useFocusOnChange, useQuizActor } from './useQuizActor';
import { useQuizProgress, useRecordScenario } from './progress/useQuizProgress';
import './player.css';

/**
 * A branching scenario. The page renders the intro and content note as HTML; this island adds
 * the part that needs JavaScript. It renders the machine's snapshot and sends learner events.
 */
export default function ScenarioPlayer({ scenario }: { scenario: Scenario }) {
  const machine = useMemo(() => compileScenario(scenario), [scenario]);
  const progress = useQuizProgress(scenario.module);
  const { snapshot, ready, outcome, acted, send, restart } = useQuizActor(machine, scenario.id, progress.store);
  const screen = scenarioScreen(snapshot, scenario);
  useRecordScenario(progress.recorder, scenario.id, screen.kind === 'ending' ? { ending: screen.ending.id } : screen.kind === 'skipped' ? 'skipped' : null, acted);
  const headingRef = useFocusOnChange(screenKey(screen), acted);
  const can = (event: Parameters<typeof send>[0]) => snapshot.can(event);
  // Server-rendered and until resumed, the intro's buttons show but say they cannot work yet. They
  // stay focusable, so a keyboard user tabbing to them scrolls the island into view and it loads.
  const waiting = ready ? undefined : 'true';

  return (
    <div class="sg-player">
      {outcome === 'reset' && <p class="sg-notice">{SCENARIO.resetNotice}</p>}

      {screen.kind === 'intro' && (
        <section aria-labelledby="sg-intro-heading">
          <h2 id="sg-intro-heading" tabIndex={-1} ref={headingRef}>
            {SCENARIO.introHeading}
          </h2>
          <p>{SCENARIO.introText}</p>
          <p class="sg-actions">
            <button type="button" aria-disabled={waiting} onClick={() => send({ type: 'learner.begin' })}>
              {SCENARIO.begin}
            </button>
            <button type="button" class="secondary" aria-disabled={waiting} onClick={() => send({ type: 'learner.skip' })}>
              {SCENARIO.skip}
            </button>
          </p>
        </section>
      )}

      {(screen.kind === 'choosing' || screen.kind === 'feedback') && (
        <SceneView screen={screen} can={can} send={send} headingRef={headingRef} />
      )}

      {screen.kind === 'grounding' && (
        <section class="sg-grounding" aria-labelledby="sg-grounding-heading">
          <h2 id="sg-grounding-heading" tabIndex={-1} ref={headingRef}>
            {SCENARIO.groundingHeading}
          </h2>
          <p>{SCENARIO.groundingIntro}</p>
          <ol>
            {SCENARIO.groundingSteps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
          <p class="sg-actions">
            <button type="button" onClick={() => send({ type: 'learner.resume' })}>
              {SCENARIO.resume}
            </button>
            <button type="button" class="secondary" onClick={() => send({ type: 'learner.restart' })}>
              {SCENARIO.startAgain}
            </button>
          </p>
        </section>
      )}

      {screen.kind === 'ending' && (
        <EndingView ending={screen.ending} scenario={scenario} context={snapshot.context} onRestart={restart} headingRef={headingRef} />
      )}

      {screen.kind === 'skipped' && (
        <section aria-labelledby="sg-skipped-heading">
          <h2 id="sg-skipped-heading" tabIndex={-1} ref={headingRef}>
            {SCENARIO.skippedHeading}
          </h2>
          <p>{SCENARIO.skippedText}</p>
          <p>
            <button type="button" class="secondary" onClick={restart}>
              {SCENARIO.startAfterAll}
            </button>
          </p>
        </section>
      )}
    </div>
  );
}
