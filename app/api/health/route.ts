/**
 * GET /api/health — { status: "ok", rulesVersion }. Cheap (no evaluation); used by the test
 * server start-up (playwright.config.ts) and the container health check. Never rate limited.
 */
import { rulesVersion } from '@/lib/rules';
import { guard, jsonResponse, otherMethods } from '@/lib/server/http';

export const dynamic = 'force-dynamic';

const ALLOW = ['GET', 'HEAD', 'OPTIONS'] as const;

export const GET = guard('GET /api/health', () => jsonResponse({ status: 'ok', rulesVersion }));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(ALLOW);
