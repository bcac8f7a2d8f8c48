'use client';

/**
 * The one client component of a question page: the question's form (as its kind describes it,
 * lib/flow/form.ts) drawn with the GOV.UK components of components/govuk. Its state (validation,
 * errors, browser Back) is useStepForm.ts.
 */
import { useState, type ReactNode } from 'react';
import { ErrorSummary } from '@/components/govuk/ErrorSummary';
import { Fieldset } from '@/components/govuk/Fieldset';
import { Hint } from '@/components/govuk/Hint';
import { Input } from '@/components/govuk/Input';
import { Radios } from '@/components/govuk/Radios';
import { Select } from '@/components/govuk/Select';
import { describedBy, type Bind } from '@/components/govuk/describedBy';
import { flattenFields, type Field, type QuestionForm } from '@/lib/flow/form';
import type { FieldIssue } from '@/lib/flow/questions';
import { ListDetails, OccupationSearch, occupationFilter } from './OccupationSearch';
import { UNKNOWN_BUTTON, type StepFormState, type StepSpec } from './types';
import { useStepForm, type StepAction, type StepLocation } from './useStepForm';

export type { StepLocation } from './useStepForm';

/** What every field needs besides its own description. */
interface Ctx {
  bind: Bind;
  values: Record<string, string>;
  errorOf(name: string): string | undefined;
  errorPrefix: string;
  or: string;
  /** Whether an option hidden by the server is shown (the occupation filter). */
  visible(option: { hidden?: boolean; filter?: string }): boolean;
}

export function StepForm({ spec, action, initial, location }: { spec: StepSpec; action: StepAction; initial: StepFormState; location: StepLocation }) {
  const { values, issues, attemptKey, pending, formAction, onSubmit, bind, warm } = useStepForm(spec, action, initial, location);
  const [filter, setFilter] = useState('');
  const form = spec.form;
  const messageOf = (i: FieldIssue) => spec.errors[`${i.field}.${i.code}`] ?? spec.errors[`${i.field}.required`] ?? i.code;
  const errorOf = (name: string) => {
    const i = issues.find((x) => x.field === name);
    return i ? messageOf(i) : undefined;
  };
  const ctx: Ctx = { bind, values, errorOf, errorPrefix: spec.texts.errorPrefix, or: spec.texts.or, visible: occupationFilter(filter) };
  const caption = <span className="caption">{spec.caption}</span>;
  const heading = <h1 className="text-2xl font-bold sm:text-3xl">{spec.title}</h1>;
  const hintId = 'question-hint';
  const aside = (
    <>
      {form.notes?.map((n) => (
        <p key={n} className="mb-4">
          {n}
        </p>
      ))}
      <Links form={form} opensInNewTab={spec.texts.opensInNewTab} />
    </>
  );
  const only = form.fields.length === 1 ? form.fields[0]! : undefined;

  let body: ReactNode;
  if (form.heading === 'label' && only && only.type !== 'radios') {
    body = <FieldView ctx={ctx} field={only} pageHeading={{ caption, afterHint: aside }} hint={form.hint} />;
  } else {
    const single = only && only.type === 'radios' ? errorOf(only.name) : undefined;
    const fields = (
      <>
        {form.fields.map((f) => (
          <FieldView key={f.name} ctx={ctx} field={f} nested={form.fields.length > 1} />
        ))}
      </>
    );
    body =
      form.heading === 'page' ? (
        <Fieldset legend={form.legend} error={!!single} describedBy={describedBy(single && `${only!.name}-error`)}>
          {fields}
        </Fieldset>
      ) : (
        <Fieldset
          pageHeading
          legend={
            <>
              {caption}
              {heading}
            </>
          }
          error={!!single}
          describedBy={describedBy(form.hint && hintId, single && `${only!.name}-error`)}
        >
          {form.hint && <Hint id={hintId}>{form.hint}</Hint>}
          {aside}
          {form.list && !form.search && <ListDetails list={form.list} />}
          {fields}
        </Fieldset>
      );
  }

  return (
    <>
      <title>{issues.length ? `${spec.texts.errorPrefix} ${spec.documentTitle}` : spec.documentTitle}</title>
      <ErrorSummary title={spec.texts.errorSummaryTitle} items={issues.map((i) => ({ href: fieldAnchor(form, i.field), text: messageOf(i) }))} focusKey={attemptKey} />
      {form.heading === 'page' && (
        <div className="mb-6">
          {caption}
          <h1 className="mb-3 text-2xl font-bold sm:text-3xl">{spec.title}</h1>
          {form.hint && <Hint id={hintId}>{form.hint}</Hint>}
          {aside}
          {form.search && <OccupationSearch search={form.search} list={form.list} filter={filter} onFilter={setFilter} options={flattenFields(form.fields)} />}
        </div>
      )}
      <form action={formAction} onSubmit={onSubmit} onFocusCapture={warm} onPointerDownCapture={warm} noValidate aria-busy={pending || undefined}>
        {body}

        {form.alternative && (
          <p className="mb-6">
            <a className="link" href={form.alternative.href}>
              {form.alternative.label}
            </a>
          </p>
        )}

        <details className="mb-6">
          <summary className="link inline-block min-h-6 cursor-pointer">{spec.why.summary}</summary>
          <div className="inset mt-2">{spec.why.text}</div>
        </details>

        <div className="flex flex-wrap items-center gap-x-6 gap-y-4">
          <button type="submit" className="btn" disabled={pending}>
            {spec.texts.continue}
          </button>
          {form.unknownButton && (
            <button type="submit" name={UNKNOWN_BUTTON} value="1" disabled={pending} className="link min-h-11 cursor-pointer border-0 bg-transparent p-0 text-left text-lg">
              {form.unknownButton}
            </button>
          )}
        </div>
      </form>
    </>
  );
}

function Links({ form, opensInNewTab }: { form: QuestionForm; opensInNewTab: string }) {
  if (!form.links.length) return null;
  return (
    <ul className="mb-4 list-none p-0">
      {form.links.map((l) => (
        <li key={l.href}>
          <a className="link" href={l.href} target="_blank" rel="noopener noreferrer">
            {l.label} <span className="sr-only">{opensInNewTab}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

/** Where an error summary link goes: the field, or the first option shown of a group. */
function fieldAnchor(form: QuestionForm, name: string): string {
  const f = flattenFields(form.fields).find((x) => x.name === name);
  if (f?.type !== 'radios') return name;
  const first = f.options.find((o) => !o.hidden) ?? f.unknown;
  return `${name}-${first?.value ?? 'unknown'}`;
}

function FieldView({
  ctx,
  field,
  nested,
  pageHeading,
  hint,
}: {
  ctx: Ctx;
  field: Field;
  nested?: boolean;
  pageHeading?: { caption: ReactNode; afterHint?: ReactNode };
  hint?: string;
}) {
  const error = ctx.errorOf(field.name);
  const common = { name: field.name, error, errorPrefix: ctx.errorPrefix, defaultValue: ctx.values[field.name], bind: ctx.bind, pageHeading };
  if (field.type === 'text') {
    return (
      <Input
        {...common}
        nested={nested}
        label={field.label}
        hint={hint ?? field.hint}
        inputMode={field.inputMode}
        width={field.width}
        prefix={field.prefix}
        suffix={field.suffix}
        autoComplete={field.autoComplete}
      />
    );
  }
  if (field.type === 'date') return <Input {...common} nested={nested} type="date" width="max-w-56" label={field.label} hint={hint ?? field.hint} />;
  if (field.type === 'select') {
    return (
      <Select
        {...common}
        label={field.label}
        hint={hint ?? field.hint}
        placeholder={field.placeholder}
        options={[...(field.unknown ? [field.unknown] : []), ...field.options]}
        autocomplete={field.autocomplete}
      />
    );
  }
  const radios = (
    <Radios
      name={field.name}
      items={field.options.map((o) => ({
        value: o.value,
        label: o.label,
        hint: o.hint,
        hidden: !ctx.visible(o),
        conditional: field.conditional?.[o.value]?.map((f) => <FieldView key={f.name} ctx={ctx} field={f} nested />),
      }))}
      unknown={field.unknown}
      orText={ctx.or}
      inline={field.inline}
      checked={ctx.values[field.name]}
      error={error}
      errorPrefix={ctx.errorPrefix}
      bind={ctx.bind}
    />
  );
  if (!field.legend) return nested ? <div className={error ? 'field-error' : undefined}>{radios}</div> : radios;
  const hintId = field.hint ? `${field.name}-legend-hint` : undefined;
  return (
    <Fieldset legend={field.legend} error={!!error} describedBy={describedBy(hintId, error && `${field.name}-error`)}>
      {field.hint && hintId && <Hint id={hintId}>{field.hint}</Hint>}
      {radios}
    </Fieldset>
  );
}
