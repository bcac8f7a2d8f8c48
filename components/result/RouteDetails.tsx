/** A route's documents (a printable checklist), fees, processing time, figures to confirm and the under-30 clause. */
import { ExternalLink } from '@/components/govuk/ExternalLink';
import { type AssessedRoute, formatMoney } from '@/lib/rules';
import type { FigureToConfirm, Under30Clause } from '@/lib/result/view';
import { ConfirmMarks, confirmId, placeId } from './Checks';
import type { ResultContext } from './flow';
import { under30Sources } from './under30';

export function Documents({ ctx, route }: { ctx: ResultContext; route: AssessedRoute }) {
  const { t } = ctx;
  if (!route.documents.length) return null;
  return (
    <section className="mb-8" aria-labelledby="documents-heading">
      <h2 id="documents-heading" className="mb-2 text-2xl font-bold">
        {t('result.documentsHeading')}
      </h2>
      <p className="mb-3">{t.fixed('result.documentsLead', { route: route.name })}</p>
      {(['regional', 'federal'] as const).map((part) => {
        const docs = route.documents.filter((d) => d.part === part);
        return docs.length ? (
          <fieldset key={part} className="mb-4">
            <legend className="mb-2 font-bold">{part === 'regional' ? t('result.documentsRegional') : t('result.documentsFederal')}</legend>
            {docs.map((d) => (
              <div key={d.id} className="choice keep-together">
                <input type="checkbox" id={`doc-${d.id}`} name="documents" value={d.id} />
                <div>
                  <label htmlFor={`doc-${d.id}`}>{d.title}</label>
                  {d.detail && <div className="text-muted">{d.detail}</div>}
                </div>
              </div>
            ))}
          </fieldset>
        ) : null;
      })}
    </section>
  );
}

export function FeesAndTime({ ctx, route, figures }: { ctx: ResultContext; route: AssessedRoute; figures: FigureToConfirm[] }) {
  const { t } = ctx;
  return (
    <section className="keep-together mb-8" aria-labelledby="fees-heading">
      <h2 id="fees-heading" className="mb-2 text-2xl font-bold">
        {t('result.feesHeading')}
      </h2>
      {route.fees.length === 0 ? (
        <p>{t('result.noFees')}</p>
      ) : (
        <ul className="m-0 list-disc pl-6">
          {route.fees.map((f) => (
            <li key={f.id} id={`fee-${f.id}`} className="mb-1">
              {f.exemption ? (
                t.fixed('result.feeExempt', { title: f.title, exemption: f.exemption })
              ) : (
                <>
                  {f.title}: <strong>{formatMoney(ctx.flow.locale, f.amount)}</strong> ({f.payer === 'employer' ? t('result.feePayerEmployer') : t('result.feePayerWorker')})
                  <ConfirmMarks ctx={ctx} figures={figures} place={{ kind: 'fee', route: route.id, fee: f.id }} />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <h2 id="time" className="mb-2 mt-6 text-2xl font-bold">
        {t('result.timeHeading')}
      </h2>
      <p>
        {route.processingTime.note}
        <ConfirmMarks ctx={ctx} figures={figures} place={{ kind: 'processing', route: route.id }} />
      </p>
    </section>
  );
}

/** Only the figures this result relies on; each links to where it is used. */
export function FiguresToConfirm({ ctx, figures }: { ctx: ResultContext; figures: FigureToConfirm[] }) {
  const { t } = ctx;
  if (!figures.length) return null;
  return (
    <section className="warning keep-together mb-8" aria-labelledby="confirm-heading">
      <h2 id="confirm-heading" className="mb-2 text-xl font-bold">
        {t('result.confirmHeading')}
      </h2>
      <p className="mb-2">{t('result.confirmLead')}</p>
      <ul className="m-0 list-disc pl-6">
        {figures.map((f) => (
          <li key={f.parameter} id={confirmId(f.parameter)} className="mb-1">
            {f.text}{' '}
            <a className="link print-hide" href={`#${placeId(f.usedIn[0]!)}`}>
              {t('result.confirmWhere')}
            </a>
            {f.officialUrl && (
              <>
                {' · '}
                <ExternalLink href={f.officialUrl} newTab={ctx.newTab}>
                  {t('result.confirmLink')}
                </ExternalLink>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The Flemish under-30 clause (reference §1.1; the worker guidance says the same, with the same sources). */
export function Under30({ ctx, clause }: { ctx: ResultContext; clause: Under30Clause | null }) {
  if (!clause) return null;
  const { t } = ctx;
  return (
    <div className="warning keep-together" data-testid="under-30-clause">
      <p className="mb-1 font-bold">{t.fixed('result.under30Heading', { age: clause.age })}</p>
      <p className="mb-1">{t.fixed('result.under30Clause', { age: clause.age })}</p>
      <p className="mb-0 text-sm">
        {t('result.sourcesHeading')}:{' '}
        {under30Sources().map((s, i) => (
          <span key={s.id}>
            {i > 0 && ', '}
            <ExternalLink href={s.url} newTab={ctx.newTab}>
              {s.title}
            </ExternalLink>
          </span>
        ))}
      </p>
    </div>
  );
}
