import type { Ref } from 'preact';
import type { Scene } from '../../schemas/quiz';
import { paragraphs, type ScenarioScreen } from '../../lib/quiz/scenarioView';
import { principleName } from '../../lib/quiz/principles';
import { choiceLetter } from '../../lib/workshop/summary';
import { WORKSHOP_UI } from '../../lib/workshop/strings';
import { SCORE_LABEL } from '../strings';

const T = WORKSHOP_UI.presenter;

interface Props {
  /** A scene with its choices, or, once the group has chosen, the feedback on that choice. */
  screen: Extract<ScenarioScreen, { kind: 'choosing' | 'feedback' }>;
  revealed: number[];
  headingRef: Ref<HTMLHeadingElement>;
  onReveal: (choice: number) => void;
  onRevealAll: () => void;
  onChoose: (choice: number) => void;
  onContinue: () => void;
}

function Feedback({ choice }: { choice: Scene['choices'][number] }) {
  return (
    <div class="presenter__feedback">
      <p>{choice.feedback}</p>
      <p class="presenter__meta">
        <strong>{SCORE_LABEL[choice.score]}</strong> · {T.principles}: {choice.principles.map(principleName).join(', ')}
      </p>
    </div>
  );
}

/** One scene, all its choices visible; feedback appears only when the facilitator reveals it. */
export function PresenterScene({ screen, revealed, headingRef, onReveal, onRevealAll, onChoose, onContinue }: Props) {
  const { scene, step } = screen;
  if (screen.kind === 'feedback') {
    const chosen = screen.record.choice;
    const choice = screen.chosen;
    return (
      <section aria-labelledby="presenter-heading">
        <p class="presenter__kicker">{T.decision(step)}</p>
        <h2 id="presenter-heading" tabIndex={-1} ref={headingRef}>{T.chosen(choiceLetter(chosen))}</h2>
        <p class="presenter__choice-text">{choice.text}</p>
        <Feedback choice={choice} />
        <p><button type="button" class="presenter__primary" onClick={onContinue}>{T.continue}</button></p>
      </section>
    );
  }
  return (
    <section aria-labelledby="presenter-heading" class="presenter__scene">
      <h2 id="presenter-heading" tabIndex={-1} ref={headingRef} class="presenter__kicker">{T.decision(step)}</h2>
      <div class="presenter__scene-text">{paragraphs(scene.text).map((p, i) => <p key={i}>{p}</p>)}</div>
      <div>
        <h3>{T.whatWouldYouDo}</h3>
        <ol class="presenter__choices">
          {scene.choices.map((c, i) => (
            <li key={i} data-choice={i} data-revealed={revealed.includes(i)}>
              <p class="presenter__choice-text"><span class="presenter__letter" aria-hidden="true">{choiceLetter(i)}</span>{c.text}</p>
              {revealed.includes(i) && <Feedback choice={c} />}
              <div class="presenter__choice-actions">
                {!revealed.includes(i) && <button type="button" class="secondary" onClick={() => onReveal(i)}>{T.reveal(choiceLetter(i))}</button>}
                <button type="button" onClick={() => onChoose(i)}>{T.choose(choiceLetter(i))}</button>
              </div>
            </li>
          ))}
        </ol>
        {revealed.length < scene.choices.length && <p><button type="button" class="secondary" onClick={onRevealAll}>{T.revealAll}</button></p>}
      </div>
    </section>
  );
}
