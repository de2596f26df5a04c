import { useMemo, useState } from 'preact/hooks';
import { compileCheck } from '../lib/quiz/compileCheck';
import type { Check } from '../schemas/quiz';
import { CheckQuestion } from './CheckQuestion';
import { CheckReview } from './CheckReview';
import { CHECK } from './strings';
import { useFocusOnChange, useQuizActor } from './useQuizActor';
import { useQuizProgress, useRecordCheck } from './progress/useQuizProgress';
import './player.css';

/** A knowledge check: answer, submit, review with explanations, try again. */
export default function CheckPlayer({ check }: { check: Check }) {
  const machine = useMemo(() => compileCheck(check), [check]);
  const progress = useQuizProgress(check.module);
  const { snapshot, ready, outcome, acted, send } = useQuizActor(machine, check.id, progress.store);
  const { answers, unanswered, result, attempts } = snapshot.context;
  const atNote = snapshot.matches('note');
  const skipped = snapshot.matches('skipped');
  useRecordCheck(progress.recorder, check.id, result, attempts, skipped, acted);
  const reviewing = snapshot.matches('reviewing') && result !== null;
  // Focus moves when the learner submits or starts again, never while they are answering.
  const [submits, setSubmits] = useState(0);
  const key = atNote ? 'note' : skipped ? 'skipped' : reviewing ? `review:${attempts}` : `answering:${attempts}:${submits}`;
  const headingRef = useFocusOnChange(key, acted);
  const number = (id: string) => check.questions.findIndex((q) => q.id === id) + 1;
  const idBase = (qid: string) => `${check.id}-${qid}`;

  return (
    <div class="sg-player">
      {outcome === 'reset' && <p class="sg-notice">{CHECK.resetNotice}</p>}
      {atNote || skipped ? (
        <section aria-labelledby="sg-note-heading">
          <h2 id="sg-note-heading" tabIndex={-1} ref={headingRef}>
            {skipped ? CHECK.skippedHeading : CHECK.noteHeading}
          </h2>
          <p>{skipped ? CHECK.skippedText : CHECK.noteText}</p>
          <p class="sg-actions">
            {/* Until the island is ready the buttons show but say they cannot work yet. */}
            <button type="button" aria-disabled={ready ? undefined : 'true'} onClick={() => send({ type: 'learner.begin' })}>
              {skipped ? CHECK.beginAfterAll : CHECK.begin}
            </button>
            {atNote && (
              <button type="button" class="secondary" aria-disabled={ready ? undefined : 'true'} onClick={() => send({ type: 'learner.skip' })}>
                {CHECK.skip}
              </button>
            )}
          </p>
        </section>
      ) : reviewing ? (
        <CheckReview check={check} result={result} answers={answers} onRetry={() => send({ type: 'learner.retry' })} headingRef={headingRef} />
      ) : (
        <form
          noValidate
          aria-labelledby="sg-questions-heading"
          onSubmit={(e) => {
            e.preventDefault();
            setSubmits((n) => n + 1);
            send({ type: 'learner.submit' });
          }}
        >
          {unanswered.length > 0 && (
            <div class="sg-error-summary" role="alert">
              <h2 tabIndex={-1} ref={headingRef}>
                {CHECK.unansweredHeading}
              </h2>
              <ul>
                {unanswered.map((id) => (
                  <li key={id}>
                    <a href={`#${idBase(id)}-0`}>{CHECK.unansweredItem(number(id))}</a>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <h2 id="sg-questions-heading" tabIndex={-1} ref={unanswered.length ? undefined : headingRef}>
            {CHECK.questionsHeading}
          </h2>
          {check.questions.map((q, i) => (
            <CheckQuestion
              key={q.id}
              question={q}
              number={i + 1}
              total={check.questions.length}
              idBase={idBase(q.id)}
              selected={answers[q.id] ?? []}
              onAnswer={(options) => send({ type: 'learner.answer', question: q.id, options })}
            />
          ))}
          <p>
            {/* Says it cannot work until the island has loaded (server render, no JavaScript). */}
            <button type="submit" aria-disabled={ready ? undefined : 'true'}>
              {CHECK.submit}
            </button>
          </p>
        </form>
      )}
    </div>
  );
}
