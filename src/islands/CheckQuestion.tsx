import type { Question } from '../schemas/quiz';
import { CHECK } from './strings';

interface Props {
  question: Question;
  number: number;
  total: number;
  /** Prefix for input ids and names, unique on the page. */
  idBase: string;
  selected: number[];
  onAnswer: (options: number[]) => void;
}

/** One question as a fieldset: radios for a single answer, checkboxes for several. */
export function CheckQuestion({ question, number, total, idBase, selected, onAnswer }: Props) {
  const single = question.type === 'single';
  const hintId = `${idBase}-hint`;
  return (
    <fieldset class="sg-question" aria-describedby={hintId}>
      <legend>{CHECK.questionLegend(number, total, question.prompt)}</legend>
      <p class="sg-muted" id={hintId}>
        {single ? CHECK.chooseOne : CHECK.chooseAll}
      </p>
      {question.options.map((o, i) => {
        const id = `${idBase}-${i}`;
        const checked = selected.includes(i);
        const next = single ? [i] : checked ? selected.filter((x) => x !== i) : [...selected, i];
        return (
          <div class="sg-option" key={i}>
            <input type={single ? 'radio' : 'checkbox'} id={id} name={idBase} checked={checked} onChange={() => onAnswer(next)} />
            <label for={id}>{o.text}</label>
          </div>
        );
      })}
    </fieldset>
  );
}
