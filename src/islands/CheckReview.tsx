import type { Ref } from 'preact';
import type { CheckResult } from '../lib/quiz/compileCheck';
import type { Check } from '../schemas/quiz';
import { CHECK } from './strings';

interface Props {
  check: Check;
  result: CheckResult;
  answers: Record<string, number[]>;
  onRetry: () => void;
  headingRef: Ref<HTMLHeadingElement>;
}

/** The result, worded kindly, then every option with whether it was right and why. */
export function CheckReview({ check, result, answers, onRetry, headingRef }: Props) {
  return (
    <section class="sg-review" aria-labelledby="sg-result-heading">
      <h2 id="sg-result-heading" tabIndex={-1} ref={headingRef}>
        {CHECK.resultHeading}
      </h2>
      <p>{CHECK.score(result.score, result.total, result.percent)}</p>
      <p class="sg-verdict">{result.passed ? CHECK.passed : CHECK.notYet(check.passPercent)}</p>
      <h3>{CHECK.reviewHeading}</h3>
      {check.questions.map((q, qi) => {
        const right = result.correct.includes(q.id);
        return (
          <div class="sg-review-question" key={q.id}>
            <h4>{CHECK.questionLegend(qi + 1, check.questions.length, q.prompt)}</h4>
            <p class={right ? 'sg-verdict sg-verdict--right' : 'sg-verdict sg-verdict--wrong'}>
              <span aria-hidden="true">{right ? '✓ ' : '✗ '}</span>
              {right ? CHECK.rightQuestion : CHECK.wrongQuestion}
            </p>
            <ul class="sg-review-options">
              {q.options.map((o, i) => (
                <li key={i} class={o.correct ? 'sg-review-option sg-review-option--correct' : 'sg-review-option'}>
                  <p>
                    <strong>{o.text}</strong>
                  </p>
                  <p class="sg-tags">
                    <span class="sg-tag">{o.correct ? CHECK.correctOption : CHECK.incorrectOption}</span>
                    {answers[q.id]?.includes(i) && <span class="sg-tag sg-tag--chosen">{CHECK.yourChoice}</span>}
                  </p>
                  <p>{o.explanation}</p>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      <p>
        <button type="button" onClick={onRetry}>
          {CHECK.retry}
        </button>
      </p>
    </section>
  );
}
