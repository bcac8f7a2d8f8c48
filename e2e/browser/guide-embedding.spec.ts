/**
 * The "Embed this tool" page tells a site how its origin gets allowed and what its readers see until
 * then (issue 11.8). The framing itself is tested in embed.spec.ts.
 */
import { expect, test } from '@playwright/test';

test('the embed page says how a site gets its origin allowed, and gives a fallback link', async ({ page, baseURL }) => {
  await page.goto('/fr/embedding?lang=nl&preset=flanders');
  const origins = page.locator('[data-allowed-origins="flanders"] code');
  await expect(origins.first()).toHaveText('https://www.vlaanderen.be');
  await expect(page.getByRole('heading', { name: 'Comment un site est ajouté à cette liste' })).toBeVisible();
  await expect(page.locator('main')).toContainText('EMBED_EXTRA_ORIGINS');
  // Without PUBLIC_CONTACT_EMAIL the page says where the contact details are.
  await expect(page.locator('[data-contact]')).toContainText("administration qui publie cet outil");
  await expect(page.getByRole('heading', { name: 'Ce que vos lecteurs voient en attendant' })).toBeVisible();
  await expect(page.locator('main')).toContainText('frame-ancestors');
  // The fallback: a plain link to the full site, in the frame's language.
  const origin = new URL(baseURL!).origin;
  await expect(page.locator('[data-fallback-link]')).toHaveText(`<a href="${origin}/nl">Check arbeidskaart België</a>`);
});
