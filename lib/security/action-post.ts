/**
 * The shape of a server-action post, checked by proxy.ts before Next.js decodes it.
 *
 * Next.js and React decode the hidden fields of a form post (React's "reply" encoding) and answer
 * 500, with a stack trace in the log, for every malformed one: broken JSON, a reference to a row
 * that is not there, a Map or a promise where none belongs, 2,000 bound arguments. Our forms only
 * ever send a small subset of that encoding, so the proxy accepts that subset and refuses the rest
 * with a 400:
 *  - without JavaScript (a multipart form): per action `n`, `$ACTION_n:0` is `{"id": "…", "bound":
 *    null | "$@k"}` and the bound row `$ACTION_n:k` is an array of at most MAX_ARGUMENTS values;
 *  - with JavaScript (a `Next-Action` header): the root row (`0` of a multipart body, or a text
 *    body) is such an array;
 *  - every value in them is plain JSON in which a string starting with `$` is an escaped string
 *    (`$$…`), `$undefined`, or a reference to form data sent in the same body (`$K1`).
 * Anything else in those rows cannot come from a page of ours. The values themselves (locale,
 * step, answers) are checked by the action (lib/security/action-input.ts, components/wizard/actions.ts).
 */

/** More than any action of ours takes (submitStep: context, previous state, form data). */
export const MAX_ARGUMENTS = 16;
const MAX_DEPTH = 12;

/** A JSON value of the subset our forms encode (see above). */
export function isPlainReplyValue(value: unknown, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  if (value === null || typeof value === 'boolean' || typeof value === 'number') return true;
  if (typeof value === 'string') return !value.startsWith('$') || value.startsWith('$$') || value === '$undefined' || /^\$K[0-9a-f]{1,8}$/.test(value);
  if (Array.isArray(value)) return value.every((v) => isPlainReplyValue(v, depth + 1));
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).every((v) => isPlainReplyValue(v, depth + 1));
  return false;
}

function parseJson(text: unknown): { ok: true; value: unknown } | { ok: false } {
  if (typeof text !== 'string') return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** A row that holds the arguments of an action: a short array of plain values. */
export function isArgumentsRow(text: unknown): boolean {
  const parsed = parseJson(text);
  return parsed.ok && Array.isArray(parsed.value) && parsed.value.length <= MAX_ARGUMENTS && isPlainReplyValue(parsed.value);
}

/** The form fields of a post, as far as the check needs them (a FormData fits). */
export interface FormFields {
  keys(): Iterable<string>;
  get(name: string): unknown;
}

/**
 * A post without JavaScript: every `$ACTION_REF_n` has its `$ACTION_n:0` and bound row in the
 * shape above. A form without any is not a server action (Next.js renders the page): true.
 */
export function isWellFormedFormAction(form: FormFields): boolean {
  for (const name of form.keys()) {
    const ref = /^\$ACTION_REF_(\d{1,4})$/.exec(name);
    if (!ref) continue;
    const prefix = `$ACTION_${ref[1]}:`;
    const meta = parseJson(form.get(`${prefix}0`));
    if (!meta.ok || meta.value === null || typeof meta.value !== 'object' || Array.isArray(meta.value)) return false;
    const { id, bound } = meta.value as Record<string, unknown>;
    if (typeof id !== 'string' || id.length > 200) return false;
    if (bound === null) continue;
    const row = typeof bound === 'string' ? /^\$@([0-9a-f]{1,8})$/.exec(bound) : null;
    if (!row || !isArgumentsRow(form.get(`${prefix}${parseInt(row[1]!, 16)}`))) return false;
  }
  return true;
}

/** A post with JavaScript (`Next-Action` header): its root row, from a multipart body (`0`) or a text body. */
export function isWellFormedFetchAction(body: { form: FormFields } | { text: string }): boolean {
  return isArgumentsRow('form' in body ? body.form.get('0') : body.text);
}
