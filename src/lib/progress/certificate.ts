import { canonical } from './merge';
import type { CourseOutline } from './outline';
import { summarize } from './summarize';
import type { ProgressRecord, Stamp } from './types';

/**
 * What a certificate lists, and its completion code: a SHA-256 over the completion data and the
 * record's own random salt, so two people's certificates differ even with identical progress,
 * and the same record always gives the same code.
 */

export interface Certificate {
  path: { id: string; title: string };
  completedAt: Stamp;
  modules: { slug: string; title: string; completedAt: Stamp; checks: { title: string; score: number; total: number; percent: number }[] }[];
  /** The exact text the completion code is computed from. */
  payload: string;
}

/** The certificate for a path, or null until every module in it is complete. */
export function certificateFor(record: ProgressRecord, outline: CourseOutline, pathId: string): Certificate | null {
  const summary = summarize(record, outline);
  const path = summary.paths.find((p) => p.id === pathId);
  if (!path?.complete || !path.completedAt) return null;
  const modules = path.modules.map((slug) => {
    const m = summary.modules.find((x) => x.slug === slug)!;
    const checks = m.checks.flatMap((c) => (c.best ? [{ id: c.id, title: c.title, score: c.best.score, total: c.best.total, percent: c.best.percent }] : []));
    return { slug, title: m.title, completedAt: m.completedAt!, checks };
  });
  const payload = canonical({
    kind: 'steady-ground-certificate',
    v: 1,
    salt: record.salt,
    path: path.id,
    modules: modules.map((m) => ({ slug: m.slug, completedAt: m.completedAt, checks: m.checks.map((c) => [c.id, c.score, c.total]) })),
  });
  return {
    path: { id: path.id, title: path.title },
    completedAt: path.completedAt,
    modules: modules.map(({ checks, ...m }) => ({ ...m, checks: checks.map(({ id: _id, ...c }) => c) })),
    payload,
  };
}

type Digest = (data: Uint8Array<ArrayBuffer>) => Promise<ArrayBuffer>;
const sha256: Digest = (data) => crypto.subtle.digest('SHA-256', data);

/** Five groups of four hex digits (80 bits of the hash), easy to read aloud or type. */
export async function completionCode(payload: string, digest: Digest = sha256): Promise<string> {
  const bytes = new Uint8Array(await digest(new Uint8Array(new TextEncoder().encode(payload))));
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('').toUpperCase();
  return hex.slice(0, 20).match(/.{4}/g)!.join('-');
}
