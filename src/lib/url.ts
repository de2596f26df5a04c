/**
 * Every internal address goes through here, so the course works from any path: the site root, a
 * GitHub Pages project (`/steady-ground/`), a folder of an agency's site (`/training/`) or an LMS package.
 * The base is Astro's `base` (astro.config.mjs reads it from SITE_BASE); nothing else writes a
 * root-absolute path (tests/noRootPaths.test.ts fails the build's tests if something does).
 */

/** `base` normalised to start and end with one slash: `steady-ground` -> `/steady-ground/`, `` -> `/`. */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * The address of a course path under `base`. `path` is the course's own address, as if at the root
 * (`/modules/x/#y`, `/favicon.svg`, `/`): pure, so tests can pass any base.
 */
export function withBase(base: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) {
    throw new Error(`withBase: "${path}" is not a course path; expected one starting with a single "/", such as "/modules/"`);
  }
  return normalizeBase(base) + path.slice(1);
}

/** The address of a course path on this build (`import.meta.env.BASE_URL`, set from Astro's `base`). */
export const href = (path: string): string => withBase(import.meta.env.BASE_URL, path);

/** The course path of an address on this build, or undefined when it is outside the course. */
export function coursePath(base: string, pathname: string): string | undefined {
  const b = normalizeBase(base);
  if (pathname === b.slice(0, -1)) return '/';
  return pathname.startsWith(b) ? `/${pathname.slice(b.length)}` : undefined;
}
