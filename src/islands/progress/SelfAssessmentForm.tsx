import { useEffect, useRef, useState } from 'preact/hooks';
import { SELF_ASSESSMENT_UI } from '../../text/selfAssessment';
import { nextSitting, pathHref, recordSelfAssessment, selfAssessmentHref } from '../../lib/progress/selfAssessment';
import type { RatingTime } from '../../lib/progress/types';
import { progressStore } from '../../scripts/progress/client';
import { href } from '../../lib/url';

const T = SELF_ASSESSMENT_UI.page;

export interface Props {
  scale: { value: number; label: string }[];
  /** Competencies in course order, each with its statements. */
  groups: { id: string; short: string; statements: { id: string; text: string }[] }[];
  /** Each path, with its first module's title and link (for "Start with …" once saved). */
  paths: { id: string; title: string; first: { href: string; title: string } }[];
}

interface Sitting {
  path: Props['paths'][number];
  when: RatingTime;
}

/**
 * The self-assessment form. The server renders every statement, so the page reads without
 * JavaScript; once running, it learns the path and sitting from the address (or the record) and
 * offers to save. Never required: skipping is always one link away.
 */
export default function SelfAssessmentForm({ scale, groups, paths }: Props) {
  const [sitting, setSitting] = useState<Sitting | null | 'choose'>(null);
  const [ratings, setRatings] = useState<Record<string, number>>({});
  const [message, setMessage] = useState<'saved' | 'nothing' | null>(null);
  const done = useRef<HTMLDivElement>(null);
  const store = typeof window === 'undefined' ? null : progressStore();

  useEffect(() => {
    const record = store!.get();
    const query = new URLSearchParams(location.search);
    const path = paths.find((p) => p.id === (query.get('path') ?? record.path?.value));
    if (!path) return setSitting('choose');
    const asked = query.get('when');
    const when = asked === 'before' || asked === 'after' ? asked : nextSitting(record);
    setRatings({ ...record.selfAssessment?.[when]?.value.ratings });
    setSitting({ path, when });
  }, []);
  useEffect(() => {
    if (message === 'saved') done.current?.focus();
  }, [message]);

  if (sitting === 'choose') {
    return (
      <div class="card">
        <p>{T.choosePath}</p>
        <ul>{paths.map((p) => <li key={p.id}><a href={selfAssessmentHref(p.id)}>{p.title}</a></li>)}</ul>
      </div>
    );
  }
  const save = (e: Event) => {
    e.preventDefault();
    if (!sitting) return;
    if (!Object.keys(ratings).length) return setMessage('nothing');
    store!.update((r, at) => recordSelfAssessment(r, sitting.when, sitting.path.id, ratings, at));
    setMessage('saved');
  };
  return (
    <form class="self-assessment" onSubmit={save}>
      {sitting ? <p class="self-assessment__sitting">{T.sitting(sitting.when, sitting.path.title)}</p> : <p class="card">{T.noScript}</p>}
      <p>{T.intro}</p>
      {groups.map((g) => (
        <section key={g.id} aria-labelledby={`sa-${g.id}`}>
          <h2 id={`sa-${g.id}`}>{g.short}</h2>
          {g.statements.map((s) => (
            <fieldset key={s.id} class="rating">
              <legend>{s.text}</legend>
              {scale.map((p) => (
                <label key={p.value}>
                  <input type="radio" name={s.id} value={p.value} checked={ratings[s.id] === p.value}
                    onChange={() => (setRatings({ ...ratings, [s.id]: p.value }), setMessage(null))} />{' '}
                  <span class="rating__value">{p.value}</span> {p.label}
                </label>
              ))}
            </fieldset>
          ))}
        </section>
      ))}
      {sitting && (
        <>
          <p class="self-assessment__actions">
            <button type="submit">{T.save}</button> <a href={pathHref(sitting.path.id)}>{T.skip(sitting.path.title)}</a>
          </p>
          <div role="alert">{message === 'nothing' && <p class="progress-notice">{T.nothingRated}</p>}</div>
          <div role="status" ref={done} tabIndex={-1} class="self-assessment__done">
            {message === 'saved' && (
              <>
                <p>{T.saved(sitting.when)}{store!.persistent() ? '' : ` ${T.notKept}`}</p>
                <p>
                  {sitting.when === 'before' ? (
                    <a class="button" href={sitting.path.first.href}>{T.start(sitting.path.first.title)}</a>
                  ) : (
                    <a class="button" href={href('/progress/')}>{T.seeProgress}</a>
                  )}
                </p>
              </>
            )}
          </div>
        </>
      )}
    </form>
  );
}
