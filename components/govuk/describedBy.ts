/** An aria-describedby value from the ids that apply (undefined when none does). */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}

/** Props a form library binds to a control (react-hook-form's `register(name)`: name, ref, onChange, onBlur). */
export type Bind = (name: string) => Record<string, unknown>;

/** Without a form library: the control is only named. */
export const plainBind: Bind = (name) => ({ name });
