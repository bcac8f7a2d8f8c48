/**
 * PUBLIC_CONTACT_EMAIL: the address of the publishing administration, shown on the privacy and
 * accessibility statements (a deployment setting, docs/DEPLOYMENT.md). Read at request time, so
 * one image serves every publisher. Anything that is not a plain email address is ignored.
 */
const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

export function publicContactEmail(raw: string | undefined = process.env.PUBLIC_CONTACT_EMAIL): string | null {
  const value = raw?.trim();
  if (!value || value.length > 254 || !EMAIL.test(value)) return null;
  return value;
}

/** The date of the current privacy and accessibility statements (change it when you change them). */
export const statementsDate = '2026-11-21';
