/** GET /api/v1/openapi.json — the OpenAPI 3.1 description of the API (lib/server/openapi.ts). */
import { guard, jsonResponse, methodNotAllowed, options } from '@/lib/server/http';
import { openApiDocument } from '@/lib/server/openapi';

export const dynamic = 'force-dynamic';

const ALLOW = ['GET', 'HEAD', 'OPTIONS'] as const;

export const GET = guard('GET /api/v1/openapi.json', () =>
  jsonResponse(openApiDocument(), { cacheControl: 'public, max-age=3600' }),
);

const notAllowed = (request: Request) => methodNotAllowed(request, ALLOW);
export const POST = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
export const OPTIONS = () => options(ALLOW);
