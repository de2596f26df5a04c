import { useEffect, useRef, useState } from 'preact/hooks';
import { createActor, type Actor, type AnyStateMachine, type EventFrom, type SnapshotFrom } from 'xstate';
import { localQuizStore, restoreActor, type QuizStore, type RestoreOutcome } from '../lib/quiz/storage';

/**
 * Runs a quiz machine for an island: resumes it from storage after mount, saves every change,
 * and says whether the learner has acted yet (focus moves only in answer to the learner, never
 * on page load). The first render, on the server and in the browser, is the machine's initial
 * state, so hydration matches and nothing reads storage on the server.
 */
export function useQuizActor<M extends AnyStateMachine>(machine: M, id: string, store: QuizStore = localQuizStore()) {
  const actor = useRef<Actor<M>>(null as unknown as Actor<M>);
  actor.current ??= createActor(machine as AnyStateMachine) as Actor<M>;
  const [snapshot, setSnapshot] = useState<SnapshotFrom<M>>(() => actor.current.getSnapshot());
  const [ready, setReady] = useState(false);
  const [outcome, setOutcome] = useState<RestoreOutcome>('fresh');
  const acted = useRef(false);

  const run = (next: Actor<M>) => {
    next.subscribe((s) => {
      setSnapshot(s);
      store.save(id, next.getPersistedSnapshot());
    });
    next.start();
    setSnapshot(next.getSnapshot());
    actor.current = next;
  };

  useEffect(() => {
    const restored = restoreActor(machine, store, id);
    setOutcome(restored.outcome);
    run(restored.actor);
    setReady(true);
    return () => actor.current.stop();
  }, [machine, id]);

  return {
    snapshot,
    ready,
    outcome,
    acted,
    send: (event: EventFrom<M>) => {
      if (!ready) return; // before resuming, a press would go to a run about to be replaced
      acted.current = true;
      actor.current.send(event);
    },
    /** A fresh run, for "Start again" after an ending, when the machine itself has finished. */
    restart: () => {
      acted.current = true;
      actor.current.stop();
      store.clear(id);
      setOutcome('fresh');
      run(createActor(machine as AnyStateMachine) as Actor<M>);
    },
  };
}

/**
 * A ref for the heading of what the learner sees now: when `key` changes after they acted, the
 * heading takes focus, so keyboard and screen-reader users land on what just appeared.
 */
export function useFocusOnChange(key: string, acted: { current: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (acted.current) ref.current?.focus();
  }, [key]);
  return ref;
}
