'use client';

import { useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { describedBy, plainBind, type Bind } from './describedBy';
import { ErrorMessage } from './ErrorMessage';
import { Hint } from './Hint';

import type { AutocompleteProps } from './Autocomplete';

export interface SelectOption {
  value: string;
  label: string;
}

export interface AutocompleteTexts {
  hint: string;
  noResults: string;
  oneResult: string;
  /** "{count} results": the browser fills in the number. */
  results: string;
}

/**
 * GOV.UK select: a native <select> (label, hint, error message). With `autocomplete` and JavaScript,
 * an accessible type-ahead (WAI-ARIA combobox, ./Autocomplete.tsx) is layered on it: the select,
 * hidden, stays the form's field; without JavaScript the select is all there is.
 */
export function Select({
  name,
  label,
  hint,
  error,
  errorPrefix,
  placeholder,
  options,
  defaultValue,
  autocomplete,
  pageHeading,
  bind = plainBind,
}: {
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  errorPrefix: string;
  placeholder: string;
  options: SelectOption[];
  defaultValue?: string;
  autocomplete?: AutocompleteTexts;
  pageHeading?: { caption: ReactNode; afterHint?: ReactNode };
  bind?: Bind;
}) {
  // The type-ahead is loaded only on pages that have one, once JavaScript runs; until then (and
  // without JavaScript) the select is shown.
  const [Autocomplete, setAutocomplete] = useState<ComponentType<AutocompleteProps> | null>(null);
  const wanted = autocomplete !== undefined;
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void import('./Autocomplete').then((m) => live && setAutocomplete(() => m.Autocomplete));
    return () => {
      live = false;
    };
  }, [wanted]);
  const enhanced = Autocomplete !== null;
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  const acHintId = enhanced ? `${name}-autocomplete-hint` : undefined;
  // Enhanced: the type-ahead takes the id the label and the error summary point to.
  const selectId = enhanced ? `${name}-select` : name;
  return (
    <div className={`mb-6${error ? ' field-error' : ''}`}>
      {pageHeading ? (
        <>
          {pageHeading.caption}
          <h1 className="mb-3 text-2xl font-bold sm:text-3xl">
            <label id={`${name}-label`} htmlFor={name}>
              {label}
            </label>
          </h1>
        </>
      ) : (
        <label id={`${name}-label`} htmlFor={name} className="mb-1 block font-bold">
          {label}
        </label>
      )}
      {hint && hintId && <Hint id={hintId}>{hint}</Hint>}
      {enhanced && autocomplete && acHintId && <Hint id={acHintId}>{autocomplete.hint}</Hint>}
      {pageHeading?.afterHint}
      {error && errorId && (
        <ErrorMessage id={errorId} prefix={errorPrefix}>
          {error}
        </ErrorMessage>
      )}
      <select
        id={selectId}
        className={`input max-w-md${error ? ' input-error' : ''}`}
        defaultValue={defaultValue ?? ''}
        aria-describedby={describedBy(hintId, errorId)}
        aria-invalid={error ? true : undefined}
        hidden={enhanced || undefined}
        data-autocomplete={autocomplete ? (enhanced ? 'ready' : 'pending') : undefined}
        {...bind(name)}
      >
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {Autocomplete && autocomplete && (
        <Autocomplete
          id={name}
          selectId={selectId}
          labelId={`${name}-label`}
          options={options}
          defaultValue={defaultValue ?? ''}
          texts={autocomplete}
          describedBy={describedBy(hintId, acHintId, errorId)}
          invalid={!!error}
        />
      )}
    </div>
  );
}
