/**
 * The API routes answer the methods they do not implement with the handlers of otherMethods
 * (lib/server/http.ts), exported by name: a JSON 405 with the route's Allow, HEAD without a body,
 * and OPTIONS the CORS pre-flight. (Over HTTP, against the build: e2e/api.)
 */
import { describe, expect, it } from 'vitest';
import * as health from '@/app/api/health/route';
import * as assessments from '@/app/api/v1/assessments/route';
import * as openapi from '@/app/api/v1/openapi.json/route';
import * as rules from '@/app/api/v1/rules/route';

type Handler = (request: Request) => Response | Promise<Response>;

const routes: [string, Record<string, unknown>, string, string[]][] = [
  ['/api/health', health, 'GET, HEAD, OPTIONS', ['POST', 'PUT', 'PATCH', 'DELETE']],
  ['/api/v1/openapi.json', openapi, 'GET, HEAD, OPTIONS', ['POST', 'PUT', 'PATCH', 'DELETE']],
  ['/api/v1/rules', rules, 'GET, HEAD, OPTIONS', ['POST', 'PUT', 'PATCH', 'DELETE']],
  ['/api/v1/assessments', assessments, 'POST, OPTIONS', ['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE']],
];

describe.each(routes)('%s', (path, route, allow, refused) => {
  const call = (method: string) => (route[method] as Handler)(new Request(`http://localhost${path}?locale=fr`, { method }));

  it.each(refused)('%s → 405 with Allow, in the requested language', async (method) => {
    const res = await call(method);
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe(allow);
    expect(res.headers.get('content-language')).toBe('fr');
    if (method === 'HEAD') expect(await res.text()).toBe('');
    else expect(await res.json()).toEqual({ error: 'method_not_allowed', message: expect.stringContaining(method) });
  });

  it('OPTIONS → 204, the pre-flight naming the allowed methods', async () => {
    const res = await call('OPTIONS');
    expect(res.status).toBe(204);
    expect(res.headers.get('allow')).toBe(allow);
    expect(res.headers.get('access-control-allow-methods')).toBe(allow);
  });

  it('implements the allowed methods itself, not with a 405', () => {
    for (const method of allow.split(', ').filter((m) => m !== 'HEAD' && m !== 'OPTIONS')) {
      expect(route[method], method).toBeTypeOf('function');
      expect(route[method], method).not.toBe(route[refused[0]!]);
    }
  });
});
