import { notFound } from 'next/navigation';
import { connection } from 'next/server';

/**
 * Test hook for the 500 page (app/[locale]/error.tsx): with ENABLE_TEST_ERROR_ROUTE=1 in the
 * server's environment, /{locale}/test-error throws while rendering. The variable is read per
 * request and is never set in production (docs/DEPLOYMENT.md); without it this is a 404.
 */
export default async function TestError() {
  await connection();
  if (process.env.ENABLE_TEST_ERROR_ROUTE !== '1') notFound();
  throw new Error('Test error thrown on purpose (ENABLE_TEST_ERROR_ROUTE=1)');
}
