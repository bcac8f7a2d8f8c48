/**
 * The shape of what a question page's form posts to its server action (components/wizard/actions.ts
 * submitStep): the hidden fields React puts in the form (the bound context and the previous state)
 * and the form data. All of it comes from the client and can be forged: `[null]` for the bound
 * arguments, a list where a string belongs, a number where an object belongs. The action checks the
 * shape here before it reads anything, and answers a forged post with the page again (no 500).
 * The values themselves (locale, step, answers) are checked by the action as before.
 */

const MAX_TEXT = 64;
const MAX_QUERY = 8_000;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

const isShortText = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_TEXT;

/** The bound context: { locale, mode, step, query, fixedRegion? }, all strings. */
export function isStepContext(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const { locale, mode, step, query, fixedRegion } = value;
  return (
    isShortText(locale) &&
    isShortText(mode) &&
    isShortText(step) &&
    typeof query === 'string' &&
    query.length <= MAX_QUERY &&
    (fixedRegion === undefined || isShortText(fixedRegion))
  );
}

/** The previous state of the form (useActionState): absent, or an object whose `attempt`, if any, is a count. */
export function isPreviousState(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (!isPlainObject(value)) return false;
  const { attempt } = value;
  return attempt === undefined || (typeof attempt === 'number' && Number.isSafeInteger(attempt) && attempt >= 0);
}

/** True when the three arguments of submitStep have the shapes our own forms send. */
export function isStepActionInput(context: unknown, previous: unknown, formData: unknown): boolean {
  return isStepContext(context) && isPreviousState(previous) && formData instanceof FormData;
}
