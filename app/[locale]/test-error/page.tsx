import { notFound } from 'next/navigation';
import { connection } from 'next/server';

/**
 * Test hook for the error pages (e2e/browser/errors.spec.ts). With ENABLE_TEST_ERROR_ROUTE=1 in the
 * server's environment, /{locale}/test-error throws while rendering (the 500 page,
 * app/[locale]/error.tsx) and /{locale}/test-error?kind=not-found calls notFound() (the 404 page of
 * a page, app/[locale]/not-found.tsx). The variable is read per request and is never set in
 * production (docs/DEPLOYMENT.md); without it this address is a plain 404.
 */
export default async function TestError({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  if (process.env.ENABLE_TEST_ERROR_ROUTE !== '1') notFound();
  if ((await searchParams).kind === 'not-found') notFound();
  throw new Error('Test error thrown on purpose (ENABLE_TEST_ERROR_ROUTE=1)');
}
