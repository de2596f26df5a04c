import type { AgendaItem } from '../../schemas/facilitator';

export interface AgendaRow extends AgendaItem {
  /** When the block starts and ends, from the start of the session, as "0:05". */
  from: string;
  to: string;
}

/** "1:05" for 65 minutes: clock-style offsets a facilitator can follow on a printed page. */
export function clock(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** An agenda with each block's start and end time from the start of the session. */
export function agendaRows(agenda: AgendaItem[]): AgendaRow[] {
  let at = 0;
  return agenda.map((item) => {
    const from = at;
    at += item.minutes;
    return { ...item, from: clock(from), to: clock(at) };
  });
}
