import { PROGRESS_NOTICES } from '../../text/progressNotices';
import type { ProgressNotice } from '../../lib/progress/storage';

/** The sentence a learner reads for each notice (notices.ts on quiz and module pages, the progress page's island). */
export function noticeText(n: ProgressNotice): string {
  const t = PROGRESS_NOTICES;
  if (n.kind === 'unreadable') return n.backupKey ? t.unreadable : t.unreadableNoRoom;
  return t[n.reason];
}

export const backupFilename = (key: string) => `steady-ground-progress-unreadable-${key.split(':').pop()!.replace(/[:.]/g, '-')}.txt`;
