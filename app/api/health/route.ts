/**
 * GET /api/health — { status: "ok", rulesVersion }. Cheap (no evaluation); used by the test
 * server start-up (playwright.config.ts) and the container health check. Never rate limited.
 */
import { rulesVersion } from '@/lib/rules';
import { guard, jsonResponse, methodNotAllowed, options } from '@/lib/server/http';

export const dynamic = 'force-dynamic';

const ALLOW = ['GET', 'HEAD', 'OPTIONS'] as const;

export const GET = guard('GET /api/health', () => jsonResponse({ status: 'ok', rulesVersion }));

const notAllowed = (request: Request) => methodNotAllowed(request, ALLOW);
export const POST = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
export const OPTIONS = () => options(ALLOW);
