import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { getInitialSnapshot, getNextSnapshot } from 'xstate';
import { compileScenario, type ScenarioEvent } from '../lib/quiz/compileScenario';
import { scenarioScreen, screenKey } from '../lib/quiz/scenarioView';
import type { Scenario } from '../schemas/quiz';
import { back, current, firstStep, keyAction, nextMove, pushSnapshot, reveal, revealAll } from '../lib/workshop/presenter';
import { choiceLetter } from '../lib/workshop/summary';
import { WORKSHOP_UI } from '../lib/workshop/strings';
import { PresenterScene } from './presenter/PresenterScene';
import { PresenterEnd } from './presenter/PresenterEnd';
import { PresenterIntro, PresenterPause } from './presenter/PresenterPanels';

const T = WORKSHOP_UI.presenter;

/**
 * The scenario for a room: the same compiled machine and screens as the learner's player, stepped
 * with getNextSnapshot and kept in a history of snapshots so the facilitator can go back. It
 * saves nothing, anywhere: no QuizStore, no localStorage.
 */
export default function ScenarioPresenter({ scenario }: { scenario: Scenario }) {
  const machine = useMemo(() => compileScenario(scenario), [scenario]);
  const [history, setHistory] = useState(() => firstStep(getInitialSnapshot(machine)));
  const acted = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const { snapshot, revealed } = current(history);
  const screen = scenarioScreen(snapshot, scenario);
  const move = nextMove(screen, revealed);

  const update = (change: (h: typeof history) => typeof history) => {
    acted.current = true;
    setHistory(change);
  };
  const send = (event: ScenarioEvent) =>
    update((h) => (current(h).snapshot.can(event) ? pushSnapshot(h, getNextSnapshot(machine, current(h).snapshot, event)) : h));
  const next = () => {
    if (move && 'reveal' in move) update((h) => reveal(h, move.reveal));
    else if (move) send(move.event);
  };

  // Keys are read on the whole page so a clicker works wherever focus is.
  const keys = useRef({ next, back: () => update(back) });
  keys.current = { next, back: () => update(back) };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = keyAction(e);
      if (!action) return;
      e.preventDefault();
      keys.current[action]();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // A new screen takes focus at its heading, but only after the facilitator has acted.
  useEffect(() => {
    if (acted.current) heading.current?.focus();
  }, [screenKey(screen)]);

  // Feedback revealed with the keys may be below the fold on a small projector: bring it into view.
  const lastRevealed = revealed[revealed.length - 1];
  useEffect(() => {
    if (acted.current && lastRevealed !== undefined) document.querySelector(`[data-choice="${lastRevealed}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [lastRevealed, history.length]);

  const status =
    screen.kind === 'choosing' ? (revealed.length ? T.status.revealed(revealed.map(choiceLetter).join(', ')) : T.status.choosing(screen.scene.choices.length))
    : screen.kind === 'feedback' ? T.status.feedback(choiceLetter(screen.record.choice))
    : screen.kind === 'grounding' ? T.status.grounding
    : screen.kind === 'ending' ? T.status.ending
    : '';

  return (
    <div class="presenter" data-screen={screen.kind}>
      <div class="presenter__stage">
        {screen.kind === 'intro' && <PresenterIntro scenario={scenario} headingRef={heading} onBegin={() => send({ type: 'learner.begin' })} />}
        {(screen.kind === 'choosing' || screen.kind === 'feedback') && (
          <PresenterScene
            screen={screen}
            revealed={revealed}
            headingRef={heading}
            onReveal={(i) => update((h) => reveal(h, i))}
            onRevealAll={() => update((h) => revealAll(h, screen.scene.choices.length))}
            onChoose={(i) => send({ type: 'learner.choose', choice: i })}
            onContinue={() => send({ type: 'learner.continue' })}
          />
        )}
        {screen.kind === 'grounding' && <PresenterPause headingRef={heading} onResume={() => send({ type: 'learner.resume' })} />}
        {screen.kind === 'ending' && (
          <PresenterEnd scenario={scenario} context={snapshot.context} headingRef={heading} onRestart={() => update(() => firstStep(getInitialSnapshot(machine)))} />
        )}
      </div>
      <p class="sr-only" role="status" aria-live="polite">{status}</p>
      <nav class="presenter__controls" aria-label={T.label}>
        <button type="button" class="secondary" onClick={() => update(back)} disabled={history.length < 2}>
          <span aria-hidden="true">← </span>{T.back}
        </button>
        {snapshot.can({ type: 'learner.pause' }) && (
          <button type="button" class="secondary presenter__pause" onClick={() => send({ type: 'learner.pause' })}>
            {T.pause}
          </button>
        )}
        <button type="button" onClick={next} disabled={!move}>
          {T.next}<span aria-hidden="true"> →</span>
        </button>
        <span class="presenter__hint">{T.keysHint}</span>
      </nav>
    </div>
  );
}
