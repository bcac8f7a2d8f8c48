import type { ReactNode } from 'react';
import { describedBy, plainBind, type Bind } from './describedBy';
import { ErrorMessage } from './ErrorMessage';
import { Hint } from './Hint';

/**
 * GOV.UK text input (and date input): label, hint, error message, then the field, with an optional
 * prefix (€) or suffix (%). As the page's only question, the label is the <h1> (`pageHeading`:
 * the caption and anything shown before the field, such as links, go with it).
 */
export function Input({
  name,
  label,
  type = 'text',
  hint,
  error,
  errorPrefix,
  defaultValue,
  inputMode,
  width = 'max-w-md',
  prefix,
  suffix,
  autoComplete,
  pageHeading,
  nested,
  bind = plainBind,
}: {
  name: string;
  label: string;
  type?: 'text' | 'date';
  hint?: ReactNode;
  error?: string;
  errorPrefix: string;
  defaultValue?: string;
  inputMode?: 'numeric' | 'decimal' | 'text';
  /** Tailwind width class. */
  width?: string;
  prefix?: string;
  suffix?: string;
  autoComplete?: string;
  pageHeading?: { caption: ReactNode; afterHint?: ReactNode };
  /** Inside a fieldset or a revealed panel: the error bar is drawn beside this field alone. */
  nested?: boolean;
  bind?: Bind;
}) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  const input = (
    // No autocomplete="off": without JavaScript, the browser's Back button restores what was typed
    // only in fields it may remember.
    <input
      type={type}
      id={name}
      className={`input ${width}${error ? ' input-error' : ''}`}
      defaultValue={defaultValue ?? ''}
      inputMode={type === 'text' ? inputMode : undefined}
      autoComplete={autoComplete}
      spellCheck={type === 'text' ? false : undefined}
      aria-describedby={describedBy(hintId, errorId)}
      aria-invalid={error ? true : undefined}
      {...bind(name)}
    />
  );
  const affix = (text: string, side: 'l' | 'r') => (
    <span aria-hidden="true" className={`flex min-w-10 items-center justify-center border-2 ${side === 'l' ? 'border-r-0' : 'border-l-0'} border-ink bg-panel px-2 font-bold`}>
      {text}
    </span>
  );
  return (
    <div className={`${pageHeading ? 'mb-6' : 'mb-5'}${error && (pageHeading || nested) ? ' field-error' : ''}`}>
      {pageHeading ? (
        <>
          {pageHeading.caption}
          <h1 className="mb-3 text-2xl font-bold sm:text-3xl">
            <label htmlFor={name}>{label}</label>
          </h1>
        </>
      ) : (
        <label htmlFor={name} className="mb-1 block font-bold">
          {label}
        </label>
      )}
      {hint && hintId && <Hint id={hintId}>{hint}</Hint>}
      {pageHeading?.afterHint}
      {error && errorId && (
        <ErrorMessage id={errorId} prefix={errorPrefix}>
          {error}
        </ErrorMessage>
      )}
      {prefix || suffix ? (
        <div className="flex items-stretch">
          {prefix && affix(prefix, 'l')}
          {input}
          {suffix && affix(suffix, 'r')}
        </div>
      ) : (
        input
      )}
    </div>
  );
}
