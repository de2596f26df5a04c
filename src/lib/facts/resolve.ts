/**
 * Facts by reference: content names a fact in the register (content/facts.yaml) instead of
 * writing its value, so a phone number or a law's date changes in one place.
 *
 *   YAML text:  "Call {fact:hotline-phone} any time."   (and {fact:hotline-phone.href} for its link)
 *   MDX body:   Call <Fact id="hotline-phone" /> any time.
 *
 * Pure: the register is passed in as a lookup, so the build, the content check, search and
 * tests all resolve references the same way.
 */

export interface FactValue {
  value: string;
  href?: string;
}

export type FactLookup = ReadonlyMap<string, FactValue>;

/** `{fact:id}` or `{fact:id.href}` inside any YAML text. */
export const FACT_TOKEN = /\{fact:([a-z0-9-]+)(\.href)?\}/g;
/** `<Fact id="…" />` in an MDX body. */
export const FACT_TAG = /<Fact\s+id="([^"]*)"\s*\/>/g;

/** A reference that names no fact: where it is and what it named. */
export interface UnknownFact {
  /** Dotted path to the field in the file (`scenes.2.choices.0.text`), or `(body) line N`. */
  field: string;
  id: string;
  /** The reference asked for a link the fact does not have. */
  missingHref?: boolean;
  /** A `<Fact` tag not written as `<Fact id="…" />`, or a `{fact:…}` not written as `{fact:id}` or `{fact:id.href}`. */
  malformed?: boolean;
}

function resolveText(text: string, facts: FactLookup, field: string, unknown: UnknownFact[]): string {
  for (const m of text.matchAll(/\{fact:[^}\s]*\}?/g)) {
    if (!new RegExp(`^${FACT_TOKEN.source}$`).test(m[0])) unknown.push({ field, id: m[0], malformed: true });
  }
  return text.replace(FACT_TOKEN, (whole, id: string, href: string | undefined) => {
    const fact = facts.get(id);
    if (!fact) {
      unknown.push({ field, id });
      return whole;
    }
    if (href) {
      if (fact.href === undefined) {
        unknown.push({ field, id, missingHref: true });
        return whole;
      }
      return fact.href;
    }
    return fact.value;
  });
}

/**
 * Replaces every `{fact:…}` in the strings of parsed YAML (or frontmatter), returning a new value
 * and leaving the input untouched. References that name no fact are kept as written and listed.
 */
export function resolveFactRefs<T>(data: T, facts: FactLookup): { data: T; unknown: UnknownFact[] } {
  const unknown: UnknownFact[] = [];
  const walk = (value: unknown, path: (string | number)[]): unknown => {
    if (typeof value === 'string') return value.includes('{fact:') ? resolveText(value, facts, path.join('.') || '(file)', unknown) : value;
    if (Array.isArray(value)) return value.map((v, i) => walk(v, [...path, i]));
    if (value && typeof value === 'object' && !(value instanceof Date)) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, [...path, k])]));
    }
    return value;
  };
  return { data: walk(data, []) as T, unknown };
}

const lineOf = (body: string, offset: number) => `(body) line ${body.slice(0, offset).split('\n').length}`;

/** The body of an MDX file with each `<Fact id="…" />` replaced by the fact's value, as plain text. */
export function resolveMdxFacts(body: string, facts: FactLookup): { body: string; unknown: UnknownFact[] } {
  const unknown: UnknownFact[] = [];
  const resolved = body.replace(FACT_TAG, (whole, id: string, offset: number) => {
    const fact = facts.get(id);
    if (fact) return fact.value;
    unknown.push({ field: lineOf(body, offset), id });
    return whole;
  });
  for (const m of body.matchAll(/<Fact\b[^>]*>/g)) {
    if (!new RegExp(FACT_TAG.source).test(m[0])) unknown.push({ field: lineOf(body, m.index), id: m[0], malformed: true });
  }
  return { body: resolved, unknown };
}

/** Entries whose review-by date has passed on `today` (YYYY-MM-DD), soonest overdue first. */
export function factsDue<F extends { id: string; reviewBy: string }>(facts: F[], today: string): F[] {
  return facts.filter((f) => f.reviewBy <= today).sort((a, b) => a.reviewBy.localeCompare(b.reviewBy));
}

/** The oldest `checked` date among the given facts: how current a page that shows them all is. */
export function oldestCheck(facts: { checked: string }[]): string | undefined {
  return facts.map((f) => f.checked).sort()[0];
}
