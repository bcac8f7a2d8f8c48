/**
 * The comparison and "how it decides" pages show exactly the figures the rules module uses on the
 * chosen date: every parameter of parametersOn(date), with its value, and no other.
 */
import { expect, test, type Page } from '@playwright/test';
import { parametersOn } from '@/lib/rules/params';
import { formatMoney } from '@/lib/rules/format';
import { orderedQuestions } from '@/lib/flow/questions';
import { offeredRoutes } from '@/lib/rules/recommend';
import { authorityIds } from '@/lib/rules/types';
import { assess } from '@/lib/rules';

const dates = ['2025-06-01', '2026-10-01'];

async function shownFigures(page: Page): Promise<Map<string, string>> {
  const pairs = await page
    .locator('[data-parameter]')
    .evaluateAll((els) => els.map((e) => [e.getAttribute('data-parameter')!, e.getAttribute('data-value')!] as const));
  const out = new Map<string, string>();
  for (const [id, value] of pairs) {
    expect(out.has(id), `${id} shown twice`).toBe(false);
    out.set(id, value);
  }
  return out;
}

for (const path of ['compare', 'how-it-decides']) {
  for (const asOf of dates) {
    test(`/${path} on ${asOf} shows every figure of parametersOn(${asOf}), exactly`, async ({ page }) => {
      await page.goto(`/en/${path}?asOf=${asOf}`);
      const uses = parametersOn(asOf);
      const shown = await shownFigures(page);
      expect([...shown.keys()].sort()).toEqual(uses.map((u) => u.id).sort());
      for (const u of uses) {
        expect(shown.get(u.id), u.id).toBe(String(u.value));
        if (typeof u.value === 'number' && u.unit.startsWith('EUR')) {
          await expect(page.locator(`[data-parameter="${u.id}"]`), u.id).toContainText(formatMoney('en', u.value));
        }
        if (u.mustConfirm) await expect(page.locator(`[data-parameter="${u.id}"] [data-must-confirm]`), u.id).toHaveCount(1);
      }
    });
  }
}

test('changing the date in the form changes the figures, without JavaScript too', async ({ page }) => {
  await page.goto('/fr/compare?asOf=2025-06-01');
  const cell = page.locator('[data-parameter="wallonia.highly-skilled.salary"]');
  await expect(cell).toHaveAttribute('data-value', String(parametersOn('2025-06-01').find((u) => u.id === 'wallonia.highly-skilled.salary')!.value));
  await page.getByLabel('Règles en vigueur le').fill('2026-10-01');
  await page.getByRole('button', { name: 'Afficher' }).click();
  await expect(page).toHaveURL(/asOf=2026-10-01/);
  await expect(cell).toHaveAttribute('data-value', String(parametersOn('2026-10-01').find((u) => u.id === 'wallonia.highly-skilled.salary')!.value));
});

test('an invalid or too early date is reported next to the field and today is shown instead', async ({ page }) => {
  await page.goto('/en/how-it-decides?asOf=2026-02-30');
  await expect(page.locator('#asOf-error')).toContainText('Enter a real date');
  await expect(page.locator('#asOf')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('[data-parameter]').first()).toBeVisible();
  await page.goto('/en/how-it-decides?asOf=2019-01-01');
  await expect(page.locator('#asOf-error')).toContainText('The rules data starts on');
});

test('the comparison marks where the authorities differ and which routes exist', async ({ page }) => {
  await page.goto('/nl/compare?asOf=2026-10-01');
  for (const a of authorityIds) {
    await expect(page.locator(`tr[data-route="executive"] td[data-authority="${a}"]`)).toHaveAttribute('data-offered', String(offeredRoutes(a).includes('executive')));
  }
  await expect(page.locator('tr[data-route="executive"]')).toHaveAttribute('data-differ', 'true');
  await expect(page.locator('tr[data-row="highly-skilled.salary"] [data-differs]')).toHaveCount(1);
});

test('how-it-decides lists every question of the flow, in order, with a diagram drawn on the server', async ({ page }) => {
  await page.goto('/de/how-it-decides');
  const items = page.locator('[data-flow-list] > li');
  const main = orderedQuestions.filter((q) => !q.alternativeOf).map((q) => q.id);
  await expect(items).toHaveCount(main.length);
  expect(await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-question')))).toEqual(main);
  const svg = page.locator('svg[data-diagram="flow"]');
  await expect(svg).toHaveAttribute('role', 'img');
  await expect(svg.locator('g[data-node]')).toHaveCount(main.length + 3);
  await expect(page.locator('[data-mermaid]')).toContainText('flowchart TD');
});

test('the comparison lists the documents from the rules module, per authority', async ({ page }) => {
  await page.goto('/en/compare?asOf=2026-10-01');
  for (const a of authorityIds) {
    const expected = assess({ workplace: { region: a } }, 'en', '2026-10-01').routes.flatMap((r) => r.documents.map((d) => d.id));
    for (const id of new Set(expected)) {
      await expect(page.locator(`tr[data-document="${id}"] td[data-authority="${a}"]`), `${a} ${id}`).not.toHaveAttribute('data-routes', '');
    }
  }
  // Brussels asks for every page of the passport: a detail the other authorities do not add.
  await expect(page.locator('tr[data-document="passport-copy"]')).toHaveAttribute('data-differ', 'true');
});
