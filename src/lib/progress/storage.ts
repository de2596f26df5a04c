import { latest, merge } from './merge';
import { upgrade, type UpgradeResult } from './migrate';
import { freshRecord, randomSalt } from './record';
import { PROGRESS_BACKUP_PREFIX, PROGRESS_KEY, type ProgressRecord, type Stamp } from './types';

/**
 * The one place progress touches device storage: localStorage under `PROGRESS_KEY`.
 * - A stored value that cannot be read is copied to a backup key first, then the learner starts
 *   fresh and is told, with a way to download the copy.
 * - When storage is blocked, full, or holds a record from a newer release, everything keeps
 *   working in memory for this tab, and the learner is told; nothing stored is overwritten.
 * - Before every write the stored record is read again and merged in, and other tabs' writes
 *   arrive through `receive` (the `storage` event), so two tabs never lose each other's work.
 */

export type WebStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export type ProgressNotice =
  /** The stored value could not be read; `backupKey` holds it (null when there was no room to copy it). */
  | { kind: 'unreadable'; raw: string; backupKey: string | null }
  /** Changes last only as long as this tab. */
  | { kind: 'memory'; reason: 'unavailable' | 'full' | 'newer' };

export interface ProgressStoreDeps {
  /** May throw, or return undefined, where storage is blocked. */
  storage?: () => WebStorage | undefined;
  now?: () => Date;
  salt?: () => string;
}

export interface ProgressStore {
  get(): ProgressRecord;
  /** Reads what other tabs wrote, merges it, applies `change`, and saves. */
  update(change: (r: ProgressRecord, at: Stamp) => ProgressRecord): ProgressRecord;
  /** True while changes are being saved on the device. */
  persistent(): boolean;
  notices(): ProgressNotice[];
  dismiss(notice: ProgressNotice): void;
  /** Copies of unreadable records kept on this device, newest first. */
  backups(): { key: string; raw: string }[];
  /** Another tab wrote `key` (the `storage` event). */
  receive(key: string | null, newValue: string | null): void;
  /** Starts over after the learner erased what the site stored. */
  reset(): void;
  subscribe(listener: () => void): () => void;
}

/** Parses and upgrades a stored or imported text. */
export function readRecordText(raw: string, salt: () => string = randomSalt): UpgradeResult {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, problem: 'not-a-record' };
  }
  return upgrade(value, { salt });
}

/** `now`, or just after `floor` when the clock has not moved past it. */
function later(now: Stamp, floor: Stamp): Stamp {
  return now > floor ? now : new Date(Date.parse(floor) + 1).toISOString();
}

export function createProgressStore(deps: ProgressStoreDeps = {}): ProgressStore {
  const getStorage = deps.storage ?? (() => globalThis.localStorage);
  const now = () => (deps.now ?? (() => new Date()))().toISOString();
  const salt = deps.salt ?? randomSalt;
  const listeners = new Set<() => void>();
  let notices: ProgressNotice[] = [];
  let storage: WebStorage | undefined;
  const toMemory = (reason: 'unavailable' | 'full' | 'newer') => {
    storage = undefined;
    if (!notices.some((n) => n.kind === 'memory')) notices = [...notices, { kind: 'memory', reason }];
  };
  try {
    storage = getStorage();
    storage?.getItem(PROGRESS_KEY);
  } catch {
    storage = undefined;
  }
  if (!storage) toMemory('unavailable');

  /** The stored record and its text; null when there is none (or it had to be set aside). */
  function readStored(): { record: ProgressRecord | null; raw: string | null } {
    if (!storage) return { record: null, raw: null };
    let raw: string | null;
    try {
      raw = storage.getItem(PROGRESS_KEY);
    } catch {
      toMemory('unavailable');
      return { record: null, raw: null };
    }
    if (raw === null) return { record: null, raw };
    const result = readRecordText(raw, salt);
    if (result.ok) return { record: result.record, raw };
    if (result.problem === 'newer') {
      // A newer release wrote it (an old copy of the site is open): leave it exactly as it is.
      toMemory('newer');
      return { record: null, raw: null };
    }
    const backupKey = `${PROGRESS_BACKUP_PREFIX}${now()}`;
    try {
      storage.setItem(backupKey, raw);
      storage.removeItem(PROGRESS_KEY);
      notices = [...notices, { kind: 'unreadable', raw, backupKey }];
    } catch {
      // No room for the copy: the original stays where it is, untouched, and nothing is written.
      notices = [...notices, { kind: 'unreadable', raw, backupKey: null }];
      toMemory('full');
    }
    return { record: null, raw: null };
  }

  let record = readStored().record ?? freshRecord(now(), salt());
  const emit = () => listeners.forEach((l) => l());

  return {
    get: () => record,
    update(change) {
      const stored = readStored();
      const base = stored.record ? merge(record, stored.record) : record;
      // Each change gets a time after every change already in the record (a save and a clear in
      // the same millisecond must still come out in order), even if this device's clock is behind.
      const at = later(now(), base.updatedAt);
      const next = change(base, at);
      record = next === base ? base : { ...next, updatedAt: latest(next.updatedAt, at) };
      const text = JSON.stringify(record);
      if (storage && text !== stored.raw) {
        try {
          storage.setItem(PROGRESS_KEY, text);
        } catch {
          toMemory('full');
        }
      }
      emit();
      return record;
    },
    persistent: () => !!storage,
    notices: () => notices,
    dismiss(notice) {
      notices = notices.filter((n) => n !== notice);
      emit();
    },
    backups() {
      const found: { key: string; raw: string }[] = [];
      try {
        const s = getStorage();
        for (let i = 0; s && i < s.length; i++) {
          const key = s.key(i);
          if (key?.startsWith(PROGRESS_BACKUP_PREFIX)) found.push({ key, raw: s.getItem(key) ?? '' });
        }
      } catch {
        // Storage blocked: there are no backups to show.
      }
      return found.sort((a, b) => (a.key < b.key ? 1 : -1));
    },
    receive(key, newValue) {
      if (key !== null && key !== PROGRESS_KEY) return;
      if (newValue === null) {
        // Another tab erased the site's data (or cleared storage): follow it rather than write it back.
        record = freshRecord(now(), salt());
        notices = notices.filter((n) => n.kind === 'memory');
      } else {
        const result = readRecordText(newValue, salt);
        if (!result.ok) return; // the writing tab deals with what it wrote
        record = merge(record, result.record);
      }
      emit();
    },
    reset() {
      record = freshRecord(now(), salt());
      notices = notices.filter((n) => n.kind === 'memory');
      emit();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
