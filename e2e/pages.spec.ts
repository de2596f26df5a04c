import { test, expect, expectAccessible } from './helpers';

// One page of every type, with the content a learner comes to it for.
const pages = [
  { name: 'home', url: '/', heading: 'Steady Ground', check: (p) => expect(p.getByRole('link', { name: "I'm a clinician" })).toBeVisible() },
  { name: 'course map', url: '/modules/', heading: 'Course map', check: (p) => expect(p.getByRole('link', { name: 'Trafficking and mental health' }).first()).toBeVisible() },
  { name: 'learning path', url: '/paths/clinician/', heading: 'Clinical practice', check: (p) => expect(p.getByRole('listitem')).not.toHaveCount(0) },
  { name: 'module', url: '/modules/trafficking-and-mental-health/', heading: 'Trafficking and mental health', check: async (p) => {
    await expect(p.getByRole('navigation', { name: 'On this page' })).toBeVisible();
    await expect(p.getByRole('heading', { name: 'Key takeaways' })).toBeVisible();
    await expect(p.getByRole('heading', { name: 'References' })).toBeVisible();
  } },
  { name: 'competency map', url: '/competencies/', heading: 'Core competencies', check: async (p) => {
    const matrix = p.getByRole('table');
    await expect(matrix.getByRole('columnheader', { name: /Identifying risk/ })).toBeVisible();
    // Every module is a row, and a cell links straight to the section that teaches the competency.
    await expect(matrix.getByRole('rowheader')).toHaveCount(11);
    await expect(matrix.getByRole('link', { name: /^Section \d+: / }).first()).toHaveAttribute('href', /^\/modules\/[a-z-]+\/#[a-z0-9-]+$/);
    await expect(p.getByRole('heading', { level: 2, name: /^Universal competency:/ })).toBeVisible();
  } },
  { name: 'self-assessment', url: '/self-assessment/?path=clinician', heading: 'Rate your confidence', check: (p) => expect(p.getByRole('group')).toHaveCount(14) },
  { name: 'glossary', url: '/glossary/', heading: 'Glossary', check: (p) => expect(p.locator('dt').first()).toBeVisible() },
  { name: 'help', url: '/help/', heading: 'Get help now', check: (p) => expect(p.getByRole('link', { name: /Call 1-888-373-7888/ })).toBeVisible() },
  { name: 'about', url: '/about/', heading: 'About and privacy', check: (p) => expect(p.getByRole('heading', { name: 'How to erase it' })).toBeVisible() },
  { name: 'safety', url: '/safety/', heading: 'Staying safe while you browse', check: (p) => expect(p.getByRole('heading', { name: 'Private browsing' })).toBeVisible() },
  { name: 'pause', url: '/pause/', heading: 'Take a pause', check: (p) => expect(p.getByRole('link', { name: 'Go back to the course' })).toBeVisible() },
  { name: 'not found', url: '/no-such-page/', heading: 'Page not found', check: (p) => expect(p.getByRole('main').getByRole('link', { name: 'course map' })).toBeVisible() },
] satisfies { name: string; url: string; heading: string; check: (p: import('@playwright/test').Page) => Promise<void> }[];

for (const { name, url, heading, check } of pages) {
  test.describe(() => {
    // The missing page answers 404, as it should.
    test.use({ allowNotFound: url === '/no-such-page/' });
    test(`${name} page shows its content and the safety shell, with no axe violations`, async ({ page }) => {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1, name: heading, exact: true })).toBeVisible();
      await check(page);
      await expect(page.getByRole('link', { name: /Exit this page/ })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Get help now' }).first()).toBeVisible();
      await expectAccessible(page);
    });
  });
}

test('pages stay accessible in dark mode', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const url of ['/', '/modules/trafficking-and-mental-health/', '/help/']) {
    await page.goto(url);
    await expectAccessible(page);
  }
});

test('the module page lists its sections, and each links to a heading on the page', async ({ page }) => {
  await page.goto('/modules/recognizing-distress/');
  const links = page.getByRole('navigation', { name: 'On this page' }).getByRole('link');
  const count = await links.count();
  expect(count).toBeGreaterThanOrEqual(5);
  for (const link of await links.all()) {
    const id = (await link.getAttribute('href'))!.slice(1);
    await expect(page.locator(`h2[id="${id}"]`)).toHaveText((await link.textContent())!.trim());
  }
});

test('references are numbered links, and citations jump to them', async ({ page }) => {
  await page.goto('/modules/trafficking-and-mental-health/');
  const refs = page.locator('#references + ol > li');
  expect(await refs.count()).toBeGreaterThanOrEqual(4);
  await page.getByRole('link', { name: 'Reference 1' }).first().click();
  await expect(page).toHaveURL(/#ref-1$/);
  await expect(page.locator('#ref-1 a')).toHaveAttribute('href', /^https:\/\//);
});
