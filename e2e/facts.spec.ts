import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { test, expect, expectAccessible } from './helpers';

// Issue 11: statements an expert review found overtaken (2024-2025) or untrue. None may remain
// anywhere in the built site: pages, search index and search text files alike.
const STALE: [RegExp, string][] = [
  [/(?:operated|run) by Polaris/i, 'the Hotline has a new operator; the course names its funder'],
  [/Compass Connections/i, 'the operator is named only in the register of facts'],
  [/(?:more than 200|200\+) languages/i, 'the language count dates from the previous operator'],
  [/confidential,? (?:is )?not the police|confidential, has interpreters and is not the police/i, 'the Hotline shares some information: say what'],
  [/Hotline is (?:free, )?confidential/i, 'the Hotline is not simply confidential'],
  [/working on an update/i, 'APA published its updated PTSD guideline in 2025'],
  [/2017 guideline strongly recommends/i, 'the 2017 edition is no longer the current one'],
  [/stays between us and my team/i, 'not true for HIPAA-covered providers'],
  [/these records need the patient's written consent before they are shared/i, 'the 2024 Part 2 rule changed consent'],
  [/USCODE-2011/, 'cite the current U.S. Code'],
  [/unodc\.org\/cld\/ru\//, 'link UNODC in English'],
  [/sma15-4849/i, 'TIP 59 is (SMA) 14-4849'],
  [/Core Competencies for Anti-Trafficking Response in Health(?:care)? Systems/i, 'cite the Core Competencies report, not a press release'],
];

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
function* builtFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* builtFiles(path);
    else if (/\.(html|json)$/.test(name)) yield path;
  }
}

test('no overtaken or untrue statement remains anywhere in the built site', () => {
  const files = [...builtFiles(dist)];
  expect(files.length).toBeGreaterThan(50);
  const found = files.flatMap((f) => {
    const text = readFileSync(f, 'utf8');
    return STALE.filter(([re]) => re.test(text)).map(([re, why]) => `${relative(dist, f)}: ${re} (${why})`);
  });
  expect(found).toEqual([]);
});

test('Get help now says when its numbers were last checked, and what each line may share', async ({ page }) => {
  const facts = parse(readFileSync(new URL('../content/facts.yaml', import.meta.url), 'utf8')) as { kind: string; checked: string }[];
  const oldest = facts.filter((f) => ['phone', 'text', 'tty', 'keyword'].includes(f.kind)).map((f) => f.checked).sort()[0];
  const when = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(oldest));
  await page.goto('/help/');
  await expect(page.getByText(`These numbers were last checked on ${when}.`)).toBeVisible();
  const hotline = page.getByRole('region', { name: 'National Human Trafficking Hotline' });
  await expect(hotline).toContainText(/contacts the authorities when a child may be abused or someone is in danger right now/);
  await expect(hotline.getByRole('link', { name: /^Call 1-888/ })).toHaveAttribute('href', /^tel:\+1888/);
  const lifeline = page.getByRole('region', { name: '988 Suicide & Crisis Lifeline' });
  await expect(lifeline).toContainText(/press 2, or text AYUDA/);
  await expect(lifeline).toContainText(/interpreters in many other languages/);
  await expect(lifeline).toContainText(/may send emergency help/);
  await expectAccessible(page);
});

test('a knowledge check with a content note shows it first; skipping is recorded without penalty', async ({ page }) => {
  await page.goto('/checks/crisis-intervention-check/');
  const note = page.getByRole('complementary', { name: 'Content note' });
  await expect(note).toContainText(/suicid/i);
  const skip = page.getByRole('button', { name: 'Skip this check' });
  await skip.scrollIntoViewIfNeeded();
  await expect(skip).not.toHaveAttribute('aria-disabled', /.*/);
  await expect(page.getByRole('group').first()).toBeHidden(); // no question before the learner chooses
  await expectAccessible(page);
  await skip.click();
  await expect(page.getByRole('heading', { name: 'You skipped this check' })).toBeFocused();
  await page.goto('/progress/');
  await expect(page.getByRole('listitem').filter({ hasText: /^Check your understanding.*crisis|crisis.*check/i }).first()).toContainText('skipped');
  await page.goto('/checks/crisis-intervention-check/');
  await page.getByRole('button', { name: 'Take the check after all' }).click();
  await expect(page.getByRole('heading', { name: 'Questions' })).toBeVisible();
});
