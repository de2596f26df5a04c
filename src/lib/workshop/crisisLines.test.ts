import { describe, expect, it } from 'vitest';
import type { Resource } from '../../schemas/resources';
import { printedLines } from './crisisLines';

const line = (id: string, category: Resource['category'], contacts: Resource['contacts'], hours?: string): Resource =>
  ({ id, name: id.toUpperCase(), category, summary: 'S', contacts, hours });
const resources: Resource[] = [
  line('helpline', 'support', [{ kind: 'call', value: '1-800-555-0100', href: 'tel:+18005550100' }]),
  line('org', 'organization', []),
  line('hotline', 'crisis', [
    { kind: 'call', value: '1-888-555-0199', href: 'tel:+18885550199' },
    { kind: 'text', value: '12345', href: 'sms:12345' },
    { kind: 'chat', value: 'Chat online', href: 'https://example.org/' },
  ], '24/7'),
  line('lifeline', 'crisis', [{ kind: 'call', value: '988', href: 'tel:988' }, { kind: 'text', value: '988', href: 'sms:988' }]),
  line('emergency', 'emergency', [{ kind: 'call', value: '911', href: 'tel:911' }]),
  line('web-only', 'crisis', [{ kind: 'chat', value: 'Chat', href: 'https://example.org/' }]),
];

describe('printedLines', () => {
  it('puts emergency first, then crisis, then support lines, each with what to dial', () => {
    expect(printedLines(resources).map((l) => `${l.name}: ${l.reach}`)).toEqual([
      'EMERGENCY: Call 911',
      'HOTLINE: Call 1-888-555-0199 · Text 12345',
      'LIFELINE: Call or text 988',
      'HELPLINE: Call 1-800-555-0100',
    ]);
    expect(printedLines(resources)[1].hours).toBe('24/7');
  });

  it('leaves out organizations, chat links and lines with only a website, which paper cannot open', () => {
    expect(printedLines(resources).map((l) => l.id)).not.toContain('web-only');
    expect(printedLines(resources).map((l) => l.id)).not.toContain('org');
  });
});
