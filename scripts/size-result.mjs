// Prints what a visitor downloads for a result page besides scripts: the HTML document, split into
// its markup and the React Server Components payload it carries inline (the `self.__next_f.push`
// scripts), and the RSC payload alone as a client-side navigation fetches it (`RSC: 1`), raw and
// gzipped, beside the start page (npm run size:result). Figures only: no pass/fail.
// Target (issue 11.7): a typical result page (HTML + RSC payload) at most half of 180 KB.
//
// BASE_URL=http://127.0.0.1:3501 npm run size:result  measures a running server instead of building one.
import { gzipSync } from 'node:zlib';
import { printTable } from './lib/server.mjs';
import { RESULT_QUERY, fmt, withServer } from './lib/target.mjs';

const gz = (text) => gzipSync(Buffer.from(text), { level: 6 }).length;
const bytes = (text) => Buffer.byteLength(text);

/** "I don't know" to every question that offers it (4000 Liège): the longest list of open questions. */
const UNKNOWN_QUERY =
  'case=unknown&postingEmployer=unknown&hqExecutive=unknown&postDoc=unknown&student=unknown&shortBusiness=unknown&diplomaDate=unknown' +
  '&postcode=4000&employment=employee&nationality=unknown&residence=unknown&contract=unknown&salary=unknown&age=unknown' +
  '&qualification=unknown&experience=unknown&jobLevel=unknown&hqPosition=unknown&nurseTeacher=unknown&posted=unknown' +
  '&executive=unknown&ict=unknown&transfer=unknown&researcher=unknown&fte=unknown&shortageList=unknown' +
  '&pesShortageList=unknown&published=unknown&eures=unknown&weeks=unknown&publishedFrom=unknown&support=unknown' +
  '&candidate=unknown&asOf=2026-11-21';

export const pages = [
  ['start page', '/en'],
  ['result page (typical, en)', `/en/check/result?${RESULT_QUERY}`],
  ['result page (typical, de)', `/de/check/result?${RESULT_QUERY}`],
  ['result page ("I don\'t know")', `/en/check/result?${UNKNOWN_QUERY}`],
  ['embedded result page', `/en/embed/check/result?preset=flanders&${RESULT_QUERY.replace('postcode=9000&', '')}`],
  ['route page (EU Blue Card)', `/en/check/result/eu-blue-card?${RESULT_QUERY}`],
];

const inlinePayload = /<script(?: nonce="[^"]*")?>self\.__next_f\.push\([\s\S]*?\)<\/script>/g;

async function measure(url) {
  const res = await fetch(url, { redirect: 'manual' });
  const html = await res.text();
  if (res.status !== 200) return { status: res.status };
  const payload = (html.match(inlinePayload) ?? []).join('');
  const markup = html.replace(inlinePayload, '');
  // Next.js redirects an RSC request without its cache-busting `_rsc` parameter to one with it.
  const rsc = await fetch(url, { headers: { RSC: '1' } });
  const flight = rsc.status === 200 ? await rsc.text() : '';
  return {
    status: 200,
    total: bytes(html),
    totalGz: gz(html),
    markup: bytes(markup),
    payload: bytes(payload),
    flight: bytes(flight),
    flightGz: gz(flight),
  };
}

await withServer(async ({ url }) => {
  const rows = [];
  for (const [name, path] of pages) {
    const r = await measure(url + path);
    if (r.status !== 200) {
      rows.push([name, `HTTP ${r.status}`]);
      continue;
    }
    rows.push([name, fmt.kb(r.total), fmt.kb(r.markup), fmt.kb(r.payload), fmt.kb(r.totalGz), fmt.kb(r.flight), fmt.kb(r.flightGz)]);
  }
  console.log('\nThe HTML document of each page (the RSC payload is inline in it) and the RSC payload of a client navigation:\n');
  printTable([['page', 'HTML', 'of which markup', 'of which RSC', 'HTML gzip', 'RSC (nav)', 'RSC (nav) gzip'], ...rows]);
  console.log('\nTarget: the typical result page\'s HTML (markup + inline RSC payload) <= 90 KB (half of 180 KB).');
});
