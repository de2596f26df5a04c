import { PROGRESS_UI } from '../../text/progress';
import { PROGRESS_NOTICES } from '../../text/progressNotices';
import { PROGRESS_PAGE_UI } from '../../text/progressPage';
import type { ProgressStore } from '../../lib/progress/storage';
import { downloadText } from '../../scripts/progress/client';
import { backupFilename, noticeText } from '../../scripts/progress/noticeText';
import { PROGRESS_BACKUP_PREFIX } from '../../lib/progress/types';
import { formatDate } from './useProgress';

/** The store's notices, and copies of unreadable progress still kept on this device. */
export function Notices({ store }: { store: ProgressStore }) {
  const notices = store.notices();
  const backups = store.backups().filter((b) => !notices.some((n) => n.kind === 'unreadable' && n.backupKey === b.key));
  return (
    <div role="status" class="no-print">
      {notices.map((n) => (
        <div class="progress-notice">
          <p>{noticeText(n)}</p>
          <p>
            {n.kind === 'unreadable' && (
              <button type="button" class="secondary" onClick={() => downloadText(n.raw, backupFilename(n.backupKey ?? 'now'))}>
                {PROGRESS_NOTICES.downloadCopy}
              </button>
            )}{' '}
            <button type="button" class="secondary" onClick={() => store.dismiss(n)}>
              {PROGRESS_UI.dismiss}
            </button>
          </p>
        </div>
      ))}
      {backups.length > 0 && (
        <div class="progress-notice">
          <p>{PROGRESS_PAGE_UI.backupsKept(backups.length)}</p>
          <ul>
            {backups.map((b) => (
              <li>
                <button type="button" class="secondary" onClick={() => downloadText(b.raw, backupFilename(b.key))}>
                  {PROGRESS_PAGE_UI.downloadBackup(formatDate(b.key.slice(PROGRESS_BACKUP_PREFIX.length)))}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
