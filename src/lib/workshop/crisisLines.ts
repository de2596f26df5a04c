import type { Resource } from '../../schemas/resources';

/** A crisis or support line as a printed page shows it: one line each, numbers a person can dial. */
export interface PrintedLine {
  id: string;
  name: string;
  /** "Call <number> · Text <short code>", numbers from the register of facts. */
  reach: string;
  hours?: string;
}

const VERBS = { call: 'Call', text: 'Text', tty: 'TTY', videophone: 'Videophone' } as const;

/**
 * The lines from content/resources.yaml worth carrying on paper: emergency, crisis and support
 * lines with a number to dial or text. Chat links and organizations are left out, because a
 * printed page cannot open them; "call or text" is merged when both use the same number.
 */
export function printedLines(resources: Resource[]): PrintedLine[] {
  const order = ['emergency', 'crisis', 'support'];
  return resources
    .filter((r) => order.includes(r.category))
    .sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category))
    .flatMap((r) => {
      const dialable = r.contacts.filter((c) => c.kind !== 'chat');
      if (!dialable.length) return [];
      const parts: string[] = [];
      for (const c of dialable) {
        const verb = VERBS[c.kind as keyof typeof VERBS];
        const sameAsCall = c.kind === 'text' && dialable.some((d) => d.kind === 'call' && d.value === c.value);
        if (sameAsCall) parts[parts.findIndex((p) => p === `Call ${c.value}`)] = `Call or text ${c.value}`;
        else parts.push(`${verb} ${c.value}`);
      }
      return [{ id: r.id, name: r.name, reach: parts.join(' · '), hours: r.hours }];
    });
}
