/** Edit distance between two short ids, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

/** The closest candidate, if it is close enough to be a likely typo. */
export function nearest(target: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(target, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.ceil(target.length / 2.5)) ? best : undefined;
}

/** " — did you mean "x"?" or a list of what exists, for an author's error message. */
export function suggestion(target: string, candidates: string[], noun: string): string {
  const near = nearest(target, candidates);
  if (near) return `did you mean "${near}"?`;
  if (!candidates.length) return `there are no ${noun}s yet`;
  const shown = candidates.slice(0, 5).map((c) => `"${c}"`).join(', ');
  return `the ${noun}s include ${shown}${candidates.length > 5 ? ` and ${candidates.length - 5} more` : ''}`;
}
