/** Any other address under /api: a JSON 404 instead of the site's HTML page. */
import { apiError, safeLocale } from '@/lib/server/http';

export const dynamic = 'force-dynamic';

const notFound = (request: Request) => {
  const res = apiError('not_found', safeLocale(request));
  return request.method === 'HEAD' ? new Response(null, { status: 404, headers: res.headers }) : res;
};
export const GET = notFound;
export const HEAD = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
export const OPTIONS = notFound;
