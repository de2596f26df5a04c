import { describe, expect, it } from 'vitest';
import { eraseSiteData, siteKeys } from './siteData';

function fakeStore(entries: Record<string, string>) {
  const map = new Map(Object.entries(entries));
  return {
    get length() { return map.size; },
    key: (i: number) => [...map.keys()][i] ?? null,
    removeItem: (k: string) => void map.delete(k),
    map,
  };
}

describe('site data on the device', () => {
  it('erases every Steady Ground key and leaves other sites\' data alone', () => {
    const store = fakeStore({ 'steady-ground:theme': 'dark', 'steady-ground:quiz:x': '{}', 'other-app': 'keep' });
    expect(eraseSiteData(store)).toEqual(['steady-ground:quiz:x', 'steady-ground:theme']);
    expect([...store.map.keys()]).toEqual(['other-app']);
  });

  it('lists nothing when nothing is stored', () => {
    expect(siteKeys(fakeStore({ unrelated: '1' }))).toEqual([]);
  });
});
