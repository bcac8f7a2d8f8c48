/**
 * GET /api/v1/rules?asOf=…: the parameters in force on a date, per authority; cacheable; a bad
 * asOf is a 400 JSON error. GET /api/health: cheap liveness.
 */
import { expect, test } from '@playwright/test';

const RULES = '/api/v1/rules';

test('the parameters in force on a date, cacheable, with an ETag', async ({ request }) => {
  const res = await request.get(`${RULES}?asOf=2026-11-21`);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/json; charset=utf-8');
  expect(res.headers()['cache-control']).toMatch(/^public, max-age=\d+/);
  const etag = res.headers()['etag'];
  expect(etag).toBeTruthy();
  const body = await res.json();
  expect(body.asOf).toBe('2026-11-21');
  expect(body.rulesVersion).toMatch(/^\d{4}-\d{2}-\d{2}$/);

  const again = await request.get(`${RULES}?asOf=2026-11-21`, { headers: { 'if-none-match': etag! } });
  expect(again.status()).toBe(304);
  expect(await again.text()).toBe('');
  const otherLocale = await request.get(`${RULES}?asOf=2026-11-21&locale=fr`, { headers: { 'if-none-match': etag! } });
  expect(otherLocale.status(), 'the ETag depends on the locale').toBe(200);
});

test('without asOf: today in Europe/Brussels, cached briefly', async ({ request }) => {
  const res = await request.get(RULES);
  expect(res.status()).toBe(200);
  expect(res.headers()['cache-control']).toBe('public, max-age=300');
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const body = await res.json();
  expect(Math.abs(Date.parse(body.asOf) - Date.parse(today))).toBeLessThanOrEqual(86_400_000);
});

for (const asOf of ['2026-02-30', '2026-13-01', '21-11-2026', '2026/11/21', 'today', '', '2026-11-21T00:00:00Z', '20261121', '%00', "2026-11-21' OR 1=1"]) {
  test(`asOf=${JSON.stringify(asOf)} → 400 invalid_as_of`, async ({ request }) => {
    const res = await request.get(`${RULES}?asOf=${encodeURIComponent(asOf)}&locale=nl`);
    expect(res.status()).toBe(400);
    expect(res.headers()['content-type']).toBe('application/json; charset=utf-8');
    const body = await res.json();
    expect(body).toEqual({ error: 'invalid_as_of', message: expect.any(String) });
    expect(body.message).not.toContain(asOf.length > 3 ? asOf : '\u0000'); // the input is not echoed
  });
}

test('dates inside the covered period answer 200, dates outside it 400', async ({ request }) => {
  for (const asOf of ['2024-01-01', '2024-09-30', '2025-01-01', '2026-02-28', '2030-06-15', '2099-12-31']) {
    const res = await request.get(`${RULES}?asOf=${asOf}`);
    expect(res.status(), asOf).toBe(200);
    expect((await res.json()).asOf).toBe(asOf);
  }
  for (const asOf of ['0001-01-01', '1999-12-31', '2023-12-31', '2100-01-01', '9999-12-31']) {
    const res = await request.get(`${RULES}?asOf=${asOf}`);
    expect(res.status(), asOf).toBe(400);
    expect((await res.json()).error).toBe('invalid_as_of');
  }
});

test('per authority: every threshold with its unit, validity and sources, in the requested language', async ({ request }) => {
  const [en, fr] = await Promise.all(['en', 'fr'].map(async (l) => (await request.get(`${RULES}?asOf=2026-11-21&locale=${l}`)).json()));
  expect(en.authorities.map((a: { id: string }) => a.id)).toEqual(['flanders', 'brussels', 'wallonia', 'german-speaking-community']);
  for (const authority of en.authorities) {
    expect(authority.parameters.length, authority.id).toBeGreaterThan(0);
    for (const p of authority.parameters) {
      expect(p.id.startsWith(`${authority.id}.`), p.id).toBe(true);
      expect(typeof p.unit).toBe('string');
      expect(p.validFrom <= '2026-11-21').toBe(true);
      expect(p.validTo === null || p.validTo >= '2026-11-21').toBe(true);
      expect(p.sources.length, `${p.id} has a source`).toBeGreaterThan(0);
    }
  }
  expect(en.federal.length).toBeGreaterThan(0);
  expect(en.authorities[0].name).not.toBe(fr.authorities[0].name);
  // Same figures whatever the language.
  const values = (doc: any) => JSON.stringify(doc.authorities.map((a: any) => a.parameters.map((p: any) => [p.id, p.value])));
  expect(values(en)).toBe(values(fr));
});

test('the parameters follow the date', async ({ request }) => {
  const ids = async (asOf: string) =>
    (await (await request.get(`${RULES}?asOf=${asOf}`)).json()).authorities.flatMap((a: any) => a.parameters.map((p: any) => `${p.id}=${p.value}@${p.validFrom}`));
  const [a, b] = await Promise.all([ids('2025-03-01'), ids('2026-11-21')]);
  expect(a).not.toEqual(b);
});

test('POST /api/v1/rules → 405 with Allow', async ({ request }) => {
  const res = await request.post(RULES, { data: '{}', headers: { 'content-type': 'application/json' } });
  expect(res.status()).toBe(405);
  expect(res.headers()['allow']).toContain('GET');
  expect((await res.json()).error).toBe('method_not_allowed');
});

test('GET /api/health → ok and the rules version', async ({ request }) => {
  const res = await request.get('/api/health');
  expect(res.status()).toBe(200);
  expect(res.headers()['cache-control']).toBe('no-store');
  const body = await res.json();
  expect(body).toEqual({ status: 'ok', rulesVersion: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  const rules = await (await request.get(`${RULES}?asOf=2026-11-21`)).json();
  expect(body.rulesVersion).toBe(rules.rulesVersion);
});

test('POST /api/v1/assessments answers any filing date from 1 January 2024; an earlier one gets a 422 that names the covered range', async ({ request }) => {
  const post = (asOf: string) => request.post('/api/v1/assessments?locale=de', { data: { asOf, workplace: { region: 'brussels' } } });
  for (const asOf of ['2024-01-01', '2024-09-30', '2024-10-01', '2025-06-01']) expect((await post(asOf)).status(), asOf).toBe(200);
  const early = await post('2023-12-31');
  expect(early.status()).toBe(422);
  const body = await early.json();
  expect(body.issues[0].path).toBe('asOf');
  expect(body.issues[0].code).toBe('date_out_of_range');
  expect(body.issues[0].message).toContain('2024-01-01');
});
