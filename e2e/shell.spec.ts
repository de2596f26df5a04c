import { test, expect, NEUTRAL_URL } from './helpers';

test.describe('quick exit', () => {
  test.use({ allowNeutralSite: true });

  test('the button leaves for the neutral site, and Back does not return to the course page', async ({ page }) => {
    await page.goto('/');
    await page.goto('/modules/recognizing-distress/');
    await page.getByRole('link', { name: /Exit this page/ }).click();
    await expect(page).toHaveURL(NEUTRAL_URL);
    await page.goBack();
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/); // the home page, not the module
  });

  test('pressing Shift three times announces each press, then exits', async ({ page }) => {
    await page.goto('/glossary/');
    await page.goto('/help/');
    const status = page.locator('[data-quick-exit-status]');
    await page.keyboard.press('Shift');
    await expect(status).toHaveText('Shift, press 2 more times to exit.');
    await page.keyboard.press('Shift');
    await expect(status).toHaveText('Shift, press 1 more time to exit.');
    await page.keyboard.press('Shift');
    await expect(page).toHaveURL(NEUTRAL_URL);
    await page.goBack();
    await expect(page).toHaveURL(/\/glossary\/$/);
  });

  test('typing capitals with Shift does not trigger it', async ({ page }) => {
    await page.goto('/modules/');
    await page.keyboard.press('Shift');
    await page.keyboard.press('A');
    await page.keyboard.press('Shift');
    await page.keyboard.press('B');
    await page.keyboard.press('Shift');
    await expect(page).toHaveURL(/\/modules\/$/);
  });

  test('works as a plain link with JavaScript off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.route(`${NEUTRAL_URL}**`, (r) => r.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }));
    const page = await context.newPage();
    await page.goto('/modules/');
    await page.getByRole('link', { name: /Exit this page/ }).click();
    await expect(page).toHaveURL(NEUTRAL_URL);
    await context.close();
  });
});

test('a learning path leads from the home page through its modules in its own order', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'I run workshops' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Workshop series');
  await page.getByRole('link', { name: /^Start with/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trafficking and mental health');
  const nav = page.getByRole('navigation', { name: 'Learning path' });
  await expect(nav).toContainText('Module 1 of 8 in Workshop series');
  await nav.getByRole('link', { name: /^Next:/ }).click();
  // The nav switches to the chosen path once its script runs; wait for it before the next click.
  await expect(nav).toContainText('Module 2 of 8 in Workshop series');
  await nav.getByRole('link', { name: /^Next:/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Trauma-informed principles/i);
  await expect(nav).toContainText('Module 3 of 8 in Workshop series');
  // In the workshop series, cultural humility comes next (the clinical path goes to crisis intervention).
  await expect(nav.getByRole('link', { name: /^Next:/ })).toHaveAttribute('href', '/modules/cultural-humility/?path=workshop');
  await nav.getByRole('link', { name: /^Previous:/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/signs of distress/i);
});

test('a content note lets the reader show the passage, skip it, or take a pause', async ({ page }) => {
  await page.goto('/modules/trafficking-and-mental-health/');
  const note = page.locator('aside.content-note:has(details)').first();
  await expect(note).toContainText('Content note:');
  const passage = note.locator('.content-note__body');
  await expect(passage).toBeHidden();
  await note.getByText('Show this passage').click();
  await expect(passage).toBeVisible();
  await note.getByRole('link', { name: 'Skip this passage' }).click();
  await expect(page).toHaveURL(/#note-.+-after$/);
  const pause = note.getByRole('link', { name: 'Take a pause' });
  await pause.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Take a pause');
  await page.getByRole('link', { name: 'Go back to where you were' }).click();
  await expect(page).toHaveURL(/\/modules\/trafficking-and-mental-health\/#note-.+-after$/);
});

test('with JavaScript off, a module is still readable and the content note still opens', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/modules/crisis-intervention/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/crisis/i);
  const firstSection = page.locator('.module-body h2').first();
  await expect(firstSection).toBeVisible();
  await expect(page.locator('.module-body > p').first()).toBeVisible();
  const count = await page.locator('.module-body p').count();
  expect(count).toBeGreaterThan(10);
  await context.close();
});

test('dark mode follows the device, and the toggle overrides it and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Dark mode' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const darkBg = await bg();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(await bg()).not.toBe(darkBg);
  await page.goto('/glossary/');
  await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'false');
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/modules/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('erasing site data says what will go and removes only this site\'s keys', async ({ page }) => {
  await page.goto('/about/');
  await page.evaluate(() => {
    localStorage.setItem('steady-ground:theme', 'dark');
    localStorage.setItem('someone-else', 'keep');
  });
  let message = '';
  page.once('dialog', (d) => { message = d.message(); void d.accept(); });
  await page.getByRole('button', { name: /Erase everything/ }).click();
  expect(message).toContain('your light or dark mode choice');
  await expect(page.getByRole('status').filter({ hasText: 'Erased 1 item' })).toBeVisible();
  expect(await page.evaluate(() => [localStorage.getItem('steady-ground:theme'), localStorage.getItem('someone-else')])).toEqual([null, 'keep']);
});
