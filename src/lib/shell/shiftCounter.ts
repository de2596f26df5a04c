/**
 * Counts Shift presses for the quick-exit shortcut (GOV.UK "Exit this page": Shift three times
 * within five seconds). Pure: the caller passes the time, so tests need no clock.
 */
export interface ShiftCounterOptions {
  needed?: number;
  windowMs?: number;
}

export interface ShiftState {
  /** Presses inside the current window, including this one. */
  count: number;
  /** How many more presses are needed. */
  remaining: number;
  /** True on the press that completes the shortcut. */
  triggered: boolean;
}

export function createShiftCounter({ needed = 3, windowMs = 5000 }: ShiftCounterOptions = {}) {
  let presses: number[] = [];
  return {
    /** A Shift key went down at `now` (ms). */
    press(now: number): ShiftState {
      presses = [...presses.filter((t) => now - t < windowMs), now];
      const triggered = presses.length >= needed;
      const state = { count: presses.length, remaining: Math.max(0, needed - presses.length), triggered };
      if (triggered) presses = [];
      return state;
    },
    /** Another key was pressed: the learner is typing, not exiting. */
    reset() {
      presses = [];
    },
  };
}

/** What a screen reader hears after each press. */
export function announce(state: ShiftState): string {
  if (state.triggered) return 'Exit this page activated.';
  return `Shift, press ${state.remaining} more time${state.remaining === 1 ? '' : 's'} to exit.`;
}
