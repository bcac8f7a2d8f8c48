/**
 * What the employer (and the worker) pay, per authority (reference §3): the federal administrative
 * fee (exempt under 18 and for Turkish nationals), the Flemish retribution when in force, and the
 * type D visa fee paid by the worker abroad.
 */
import { Memo } from './memo';
import { authorityIndex } from './route-index';
import { param, num, workerOf } from './routes/shared';
import type { AuthorityId, FeeResult, IsoDate, Message } from './types';
import type { Answers } from './answers';


/** Turkish nationals are exempt from the federal fee (EC–Turkey Association Agreement; dofi.ibz.be). */
const TURKEY = 'TR';

const feeCache = new Memo<IsoDate, (FeeResult[] | undefined)[]>(1024);

export function feesFor(authority: AuthorityId, answers: Answers, asOf: IsoDate): FeeResult[] {
  const worker = workerOf(answers);
  const under = num(param('federal.fee.exempt-under-age', asOf));
  const exempt = under !== null && worker.age !== undefined && worker.age < under ? 1 : worker.nationality === TURKEY ? 2 : 0;
  const visa = worker.residence === 'abroad' ? 1 : worker.residence === undefined ? 2 : 0;
  const key = (authorityIndex[authority] * 3 + exempt) * 3 + visa;
  const row = feeCache.getOr(asOf, () => []);
  let hit = row[key];
  if (!hit) {
    hit = Object.freeze(buildFees(authority, exempt, under, visa, asOf)) as FeeResult[];
    row[key] = hit;
  }
  return hit;
}

function buildFees(authority: AuthorityId, exempt: number, under: number | null, visaKind: number, asOf: IsoDate): FeeResult[] {
  const out: FeeResult[] = [];
  const adm = param('federal.fee.administrative', asOf);
  const admAmount = num(adm);
  if (admAmount !== null) {
    let exemption: Message | undefined;
    if (exempt === 1) {
      exemption = { key: 'fees.exemption-under-age', values: { age: under as number } };
    } else if (exempt === 2) {
      exemption = { key: 'fees.exemption-turkish' };
    }
    const f: FeeResult = {
      id: 'federal-administrative-fee',
      amount: exemption ? 0 : admAmount,
      currency: 'EUR',
      payer: 'employer',
      text: { key: 'fees.federal-administrative-fee' },
      parameter: adm,
    };
    if (exemption) f.exemption = exemption;
    out.push(f);
  }
  if (authority === 'flanders') {
    // Flemish retribution for single-permit applications filed from 1 Sep 2026 (secondary source; must confirm).
    const r = param('flanders.fee.retribution', asOf);
    const v = num(r);
    if (v !== null) {
      out.push({ id: 'flemish-retribution', amount: v, currency: 'EUR', payer: 'employer', text: { key: 'fees.flemish-retribution' }, parameter: r });
    }
  }
  if (visaKind !== 0) {
    const visa = param('federal.fee.visa-d', asOf);
    const v = num(visa);
    if (v !== null) {
      out.push({
        id: 'visa-d',
        amount: v,
        currency: 'EUR',
        payer: 'worker',
        text: { key: visaKind === 1 ? 'fees.visa-d' : 'fees.visa-d-if-abroad' },
        parameter: visa,
      });
    }
  }
  return out;
}
