import { describe, expect, it } from 'vitest';
import { coursePath, href, normalizeBase, withBase } from './url';

describe('withBase', () => {
  it('puts a course path under the folder the course is served from', () => {
    expect(withBase('/', '/modules/')).toBe('/modules/');
    expect(withBase('/steady-ground/', '/modules/x/?path=workshop#y')).toBe('/steady-ground/modules/x/?path=workshop#y');
    expect(withBase('/training', '/favicon.svg')).toBe('/training/favicon.svg');
    expect(withBase('/steady-ground/', '/')).toBe('/steady-ground/');
  });

  it('accepts a base written with or without its slashes', () => {
    expect(['steady-ground', '/steady-ground', 'steady-ground/', '/steady-ground/'].map(normalizeBase)).toEqual(Array(4).fill('/steady-ground/'));
    expect([undefined, '', '/'].map(normalizeBase)).toEqual(['/', '/', '/']);
  });

  it('refuses what is not a course path, naming it', () => {
    expect(() => withBase('/', 'modules/')).toThrowErrorMatchingInlineSnapshot(
      `[Error: withBase: "modules/" is not a course path; expected one starting with a single "/", such as "/modules/"]`,
    );
    expect(() => withBase('/', '//cdn.example.com/x.js')).toThrow(/not a course path/);
  });

  it('uses the build base in href (tests build at the root)', () => {
    expect(href('/help/')).toBe(withBase(import.meta.env.BASE_URL, '/help/'));
  });
});

describe('coursePath', () => {
  it('reads the course path back from an address, or nothing when outside the course', () => {
    expect(coursePath('/steady-ground/', '/steady-ground/modules/')).toBe('/modules/');
    expect(coursePath('/steady-ground/', '/steady-ground')).toBe('/');
    expect(coursePath('/steady-ground/', '/elsewhere/')).toBeUndefined();
  });
});
