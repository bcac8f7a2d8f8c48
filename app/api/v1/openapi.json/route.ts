/** GET /api/v1/openapi.json — the OpenAPI 3.1 description of the API (lib/server/openapi.ts). */
import { guard, jsonResponse, otherMethods } from '@/lib/server/http';
import { openApiDocument } from '@/lib/server/openapi';

export const dynamic = 'force-dynamic';

const ALLOW = ['GET', 'HEAD', 'OPTIONS'] as const;

export const GET = guard('GET /api/v1/openapi.json', () =>
  jsonResponse(openApiDocument(), { cacheControl: 'public, max-age=3600' }),
);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(ALLOW);
