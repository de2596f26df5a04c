import { describe, expect, it } from 'vitest';
import { markSectionRead } from './record';
import { recordEnding, setSnapshot } from './quizRecord';
import { createProgressStore, type WebStorage } from './storage';
import { PROGRESS_BACKUP_PREFIX, PROGRESS_KEY } from './types';

/** A stand-in for localStorage that several "tabs" can share; `full` makes writes fail. */
function fakeStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  const s = {
    items,
    full: false,
    get length() {
      return items.size;
    },
    key: (i: number) => [...items.keys()][i] ?? null,
    getItem: (k: string) => items.get(k) ?? null,
    setItem(k: string, v: string) {
      if (s.full) throw new DOMException('quota', 'QuotaExceededError');
      items.set(k, v);
    },
    removeItem: (k: string) => void items.delete(k),
  };
  return s;
}

let tick = 0;
const deps = (storage: WebStorage) => ({
  storage: () => storage,
  now: () => new Date(Date.UTC(2026, 2, 1) + tick++ * 1000),
  salt: () => 'e'.repeat(32),
});
const stored = (s: ReturnType<typeof fakeStorage>) => JSON.parse(s.items.get(PROGRESS_KEY)!);

describe('progress storage', () => {
  it('saves under one key and reads it back in a new page', () => {
    const s = fakeStorage();
    createProgressStore(deps(s)).update((r, at) => markSectionRead(r, 'm', 'one', at));
    expect(Object.keys(stored(s).modules.m.sections)).toEqual(['one']);
    expect(createProgressStore(deps(s)).get().modules.m.sections.one).toBeDefined();
    expect(createProgressStore(deps(s)).notices()).toEqual([]);
  });

  it('keeps an unreadable value under a backup key, starts fresh, and says so', () => {
    const s = fakeStorage({ [PROGRESS_KEY]: '{"version":2,"modules":' });
    const store = createProgressStore(deps(s));
    expect(store.get().modules).toEqual({});
    const [notice] = store.notices();
    expect(notice).toMatchObject({ kind: 'unreadable', raw: '{"version":2,"modules":' });
    const backupKey = (notice as { backupKey: string }).backupKey;
    expect(backupKey.startsWith(PROGRESS_BACKUP_PREFIX)).toBe(true);
    expect(s.items.get(backupKey)).toBe('{"version":2,"modules":');
    expect(store.backups()).toEqual([{ key: backupKey, raw: '{"version":2,"modules":' }]);
    store.update((r, at) => markSectionRead(r, 'm', 'one', at));
    expect(s.items.get(backupKey)).toBe('{"version":2,"modules":'); // the copy survives the next write
  });

  it('does the same for a record that parses but is not valid', () => {
    const bad = JSON.stringify({ version: 2, salt: 'x', modules: { m: { sections: { one: -1 } } } });
    const s = fakeStorage({ [PROGRESS_KEY]: bad });
    expect(createProgressStore(deps(s)).notices()[0]).toMatchObject({ kind: 'unreadable', raw: bad });
    expect(s.items.has(PROGRESS_KEY)).toBe(false);
  });

  it('touches nothing when there is no room for the backup', () => {
    const s = fakeStorage({ [PROGRESS_KEY]: 'garbage' });
    s.full = true;
    const store = createProgressStore(deps(s));
    expect(store.notices().map((n) => n.kind)).toEqual(['unreadable', 'memory']);
    store.update((r, at) => markSectionRead(r, 'm', 'one', at));
    expect(s.items.get(PROGRESS_KEY)).toBe('garbage');
    expect(store.get().modules.m.sections.one).toBeDefined();
  });

  it('keeps working in memory when storage is blocked', () => {
    const store = createProgressStore({
      storage: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(store.persistent()).toBe(false);
    expect(store.notices()).toEqual([{ kind: 'memory', reason: 'unavailable' }]);
    store.update((r, at) => recordEnding(r, 'm', 'q', 'end', at));
    expect(store.get().modules.m.scenarios.q.endings.end).toBeDefined();
  });

  it('keeps working in memory, and says so, when storage fills up', () => {
    const s = fakeStorage();
    const store = createProgressStore(deps(s));
    s.full = true;
    store.update((r, at) => markSectionRead(r, 'm', 'one', at));
    expect(store.notices()).toEqual([{ kind: 'memory', reason: 'full' }]);
    store.update((r, at) => markSectionRead(r, 'm', 'two', at));
    expect(Object.keys(store.get().modules.m.sections)).toEqual(['one', 'two']);
  });

  it('leaves a record from a newer release exactly as it is', () => {
    const newer = JSON.stringify({ version: 9, anything: true });
    const s = fakeStorage({ [PROGRESS_KEY]: newer });
    const store = createProgressStore(deps(s));
    store.update((r, at) => markSectionRead(r, 'm', 'one', at));
    expect(s.items.get(PROGRESS_KEY)).toBe(newer);
    expect(store.notices()).toEqual([{ kind: 'memory', reason: 'newer' }]);
  });

  it('two tabs updating different modules both survive, with or without storage events', () => {
    const s = fakeStorage();
    const tabA = createProgressStore(deps(s));
    const tabB = createProgressStore(deps(s));
    tabA.update((r, at) => markSectionRead(r, 'first', 'a', at));
    tabB.update((r, at) => markSectionRead(r, 'second', 'b', at)); // B never heard of A's write
    tabA.update((r, at) => markSectionRead(r, 'first', 'c', at));
    expect(Object.keys(stored(s).modules).sort()).toEqual(['first', 'second']);
    expect(Object.keys(stored(s).modules.first.sections).sort()).toEqual(['a', 'c']);
    tabB.receive(PROGRESS_KEY, s.items.get(PROGRESS_KEY)!);
    expect(Object.keys(tabB.get().modules.first.sections).sort()).toEqual(['a', 'c']);
  });

  it('follows an erase in another tab instead of writing everything back', () => {
    const s = fakeStorage();
    const tab = createProgressStore(deps(s));
    tab.update((r, at) => markSectionRead(r, 'm', 'one', at));
    s.items.delete(PROGRESS_KEY);
    tab.receive(PROGRESS_KEY, null);
    expect(tab.get().modules).toEqual({});
    tab.update((r, at) => markSectionRead(r, 'n', 'two', at));
    expect(Object.keys(stored(s).modules)).toEqual(['n']);
  });

  it('ignores other keys and unreadable values from other tabs', () => {
    const s = fakeStorage();
    const tab = createProgressStore(deps(s));
    let calls = 0;
    tab.subscribe(() => calls++);
    tab.receive('steady-ground:theme', 'dark');
    tab.receive(PROGRESS_KEY, 'not json');
    expect(calls).toBe(0);
  });

  it('upgrades a version 1 record on read and saves it as current on the next write', () => {
    const s = fakeStorage({ [PROGRESS_KEY]: '{"version":1,"updatedAt":"2025-11-02T18:04:05.123Z","read":{"m":["one"]}}' });
    const store = createProgressStore(deps(s));
    expect(store.get().modules.m.sections.one).toBe('2025-11-02T18:04:05.123Z');
    store.update((r, at) => markSectionRead(r, 'm', 'two', at));
    expect(stored(s)).toMatchObject({ version: 2, modules: { m: { sections: { one: '2025-11-02T18:04:05.123Z' } } } });
  });

  it('keeps changes made in the same millisecond in order, so a save then a clear stays cleared', () => {
    const s = fakeStorage();
    const store = createProgressStore({ storage: () => s, now: () => new Date(Date.UTC(2026, 2, 1)), salt: () => 'e'.repeat(32) });
    store.update((r, at) => setSnapshot(r, 'm', 'q', { value: 'scene' }, at));
    store.update((r, at) => setSnapshot(r, 'm', 'q', null, at));
    expect(createProgressStore({ storage: () => s }).get().modules.m.snapshots.q.value).toBeNull();
  });
});
