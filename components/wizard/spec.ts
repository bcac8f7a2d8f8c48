/**
 * Builds the description of a question page (texts translated on the server) from the question of
 * lib/flow/questions.ts. Presentation only: which question comes next is lib/flow/next.ts.
 */
import { getTranslations } from 'next-intl/server';
import { allCountryCodes, getQuestion, qualificationLevels, UNKNOWN, type StepId } from '@/lib/flow/questions';
import { officialListUrl } from '@/lib/rules/shortage';
import { shortageListsPageHref } from '@/lib/guide/links';
import { flowHref } from '@/lib/flow/url';
import type { AuthorityId } from '@/lib/rules/types';
import type { Locale } from '@/lib/i18n/locales';
import type { FlowContext } from './flow';
import type { Field, Option, StepSpec } from './types';

type Section = 'workplace' | 'candidate' | 'job' | 'vacancy';

const sectionOf: Record<StepId, Section> = {
  workplace: 'workplace',
  region: 'workplace',
  nationality: 'candidate',
  residence: 'candidate',
  age: 'candidate',
  qualification: 'candidate',
  experience: 'candidate',
  employment: 'job',
  contract: 'job',
  salary: 'job',
  'job-level': 'job',
  'highly-qualified': 'job',
  'nurse-or-teacher': 'job',
  posted: 'job',
  executive: 'job',
  ict: 'job',
  transfer: 'job',
  researcher: 'job',
  'working-time': 'job',
  'shortage-list': 'job',
  'pes-shortage-list': 'job',
  vacancy: 'vacancy',
  eures: 'vacancy',
  'publication-weeks': 'vacancy',
  'publication-start': 'vacancy',
  'recruitment-support': 'vacancy',
  candidate: 'vacancy',
};

export type WizardT = Awaited<ReturnType<typeof getTranslations<'wizard'>>>;

/** Values interpolated in a step's texts: the authority and its public employment service. */
export function stepValues(t: WizardT, authority: AuthorityId | null): Record<string, string> {
  const a = authority ?? 'flanders';
  return {
    authority: t(`common.authorities.${a}`),
    authorityName: t(`common.authorities.${a}`),
    pes: t(`common.pes.${a}`),
  };
}

/** The authority's own unit for salaries (Brussels: monthly base pay; the others: annual gross). */
export function salaryUnitOf(authority: AuthorityId | null): 'month' | 'year' {
  return authority === 'brussels' ? 'month' : 'year';
}

export async function buildSpec(step: StepId, ctx: FlowContext, siteName: string): Promise<StepSpec> {
  const t = await getTranslations({ locale: ctx.locale, namespace: 'wizard' });
  const q = getQuestion(step);
  const v = stepValues(t, ctx.authority);
  const s = (key: string) => t(`steps.${step}.${key}` as never, v as never) as string;
  const has = (key: string) => t.has(`steps.${step}.${key}` as never);
  const unknownOption: Option = { value: UNKNOWN, label: t('common.dontKnow') };
  const title = s('title');
  const errors: Record<string, string> = {};
  for (const key of q.keys) {
    for (const code of ['required', 'invalid', 'unknown', 'too_small', 'too_large', 'not_whole']) {
      const k = `errors.${key}.${code}`;
      if (t.has(k as never)) errors[`${key}.${code}`] = t(k as never) as string;
    }
  }
  const spec: StepSpec = {
    step,
    locale: ctx.locale,
    title,
    documentTitle: `${title} – ${siteName}`,
    caption: t(`common.sections.${sectionOf[step]}`),
    hint: has('hint') ? s('hint') : undefined,
    links: [],
    why: { summary: t('common.whyWeAsk'), text: s('why') },
    heading: 'legend',
    fields: [],
    texts: {
      continue: t('common.continue'),
      or: t('common.or'),
      errorSummaryTitle: t('common.errorSummaryTitle'),
      errorPrefix: t('common.errorPrefix'),
      opensInNewTab: t('common.opensInNewTab'),
    },
    errors,
  };

  const optionsOf = (values: readonly string[], labels: (value: string) => string, hints?: (value: string) => string | undefined): Option[] =>
    values.map((value) => {
      const hint = hints?.(value);
      return hint ? { value, label: labels(value), hint } : { value, label: labels(value) };
    });
  const stepOption = (value: string) => s(`options.${value}`);
  const stepHint = (value: string) => (has(`hints.${value}`) ? s(`hints.${value}`) : undefined);
  const yesNo = (): Option[] => [
    { value: 'yes', label: t('answers.yes') },
    { value: 'no', label: t('answers.no') },
  ];
  const key = q.keys[0]!;

  switch (q.kind) {
    case 'postcode': {
      spec.heading = 'label';
      spec.fields = [{ type: 'text', name: 'postcode', label: title, inputMode: 'numeric', width: 'max-w-28', autoComplete: 'postal-code' }];
      spec.alternative = { href: flowHref(ctx.base, 'region', ctx.params), label: s('chooseRegion') };
      break;
    }
    case 'region': {
      spec.fields = [{ type: 'radios', name: 'region', options: optionsOf(q.options, stepOption, stepHint) }];
      spec.alternative = { href: flowHref(ctx.base, 'workplace', ctx.params), label: s('enterPostcode') };
      break;
    }
    case 'country': {
      spec.heading = 'label';
      spec.fields = [
        {
          type: 'select',
          name: 'nationality',
          label: title,
          placeholder: s('placeholder'),
          options: countryOptions(ctx.locale),
          unknown: { value: UNKNOWN, label: s('unknown') },
        },
      ];
      break;
    }
    case 'choice': {
      let options: Option[];
      if (q.options === (yesNoOptions as readonly string[]) || (q.options.length === 2 && q.options[0] === 'yes')) options = yesNo();
      else if (step === 'qualification' || step === 'job-level') {
        options = optionsOf(
          Object.keys(qualificationLevels),
          (value) => (step === 'job-level' && value === 'none' ? t('jobLevels.none') : t(`levels.${value}` as never)),
          (value) => (t.has(`levelHints.${value}` as never) ? (t(`levelHints.${value}` as never) as string) : undefined),
        );
      } else options = optionsOf(q.options, stepOption, stepHint);
      const inline = options.length === 2 && options[0]!.value === 'yes';
      spec.fields = [{ type: 'radios', name: key, options, unknown: q.unknown === 'option' ? unknownOption : undefined, inline }];
      // The official list, and the site's page of shortage lists (searchable, in four languages).
      if ((step === 'shortage-list' || step === 'pes-shortage-list') && ctx.authority) {
        const kind = step === 'shortage-list' ? 'migration' : 'pes-study';
        const href = officialListUrl(ctx.authority, kind, ctx.asOf);
        if (href) spec.links.push({ href, label: s('link') });
        spec.links.push({ href: shortageListsPageHref(ctx.locale, ctx.authority, kind, ctx.asOf), label: s('listsLink') });
      }
      break;
    }
    case 'duration': {
      spec.fields = [
        {
          type: 'radios',
          name: 'contract',
          options: optionsOf(q.options, stepOption),
          unknown: unknownOption,
          conditional: {
            fixed: [
              { type: 'text', name: 'length', label: s('lengthLabel'), hint: s('lengthHint'), inputMode: 'decimal', width: 'max-w-28' },
              {
                type: 'radios',
                name: 'lengthUnit',
                legend: s('unitLabel'),
                options: optionsOf(['days', 'months', 'years'], (u) => s(`units.${u}`)),
                inline: true,
              },
            ],
          },
        },
      ];
      break;
    }
    case 'salary': {
      spec.hint = `${s('hint')} ${t('steps.salary.unitHint', { authority: ctx.authority ?? 'other', authorityName: v.authority! })}`;
      spec.fields = [
        { type: 'text', name: 'salary', label: s('amountLabel'), inputMode: 'decimal', width: 'max-w-48', prefix: '€' },
        { type: 'radios', name: 'salaryPer', legend: s('perLabel'), options: optionsOf(q.options, stepOption), inline: true },
      ];
      spec.unknownButton = s('unknown');
      break;
    }
    case 'number': {
      spec.heading = 'label';
      spec.fields = [
        {
          type: 'text',
          name: key,
          label: title,
          inputMode: step === 'experience' ? 'decimal' : 'numeric',
          width: 'max-w-24',
        },
      ];
      spec.unknownButton = s('unknown');
      break;
    }
    case 'fte': {
      spec.fields = [
        {
          type: 'radios',
          name: 'fte',
          options: optionsOf(q.options, stepOption),
          unknown: unknownOption,
          conditional: {
            part: [{ type: 'text', name: 'ftePercent', label: s('percentLabel'), hint: s('percentHint'), inputMode: 'decimal', width: 'max-w-24', suffix: '%' }],
          },
        },
      ];
      break;
    }
    case 'date': {
      spec.heading = 'label';
      spec.fields = [{ type: 'date', name: key, label: title }];
      spec.unknownButton = s('unknown');
      break;
    }
  }
  return spec;
}

const yesNoOptions = ['yes', 'no'] as const;

/** Every nationality, named in the page's language and sorted as that language sorts. */
export function countryOptions(locale: Locale): Option[] {
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  const collator = new Intl.Collator(locale);
  return allCountryCodes()
    .map((code) => ({ value: code, label: names.of(code) ?? code }))
    .sort((a, b) => collator.compare(a.label, b.label));
}
