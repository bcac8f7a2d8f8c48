import { readFileSync } from 'node:fs';
import { runLoad } from './scripts/lib/server.mjs';
import { RESULT_QUERY } from './scripts/lib/target.mjs';
const url = process.env.BASE_URL, pid = Number(process.env.SERVER_PID);
const cpu = () => { const s = readFileSync(`/proc/${pid}/stat`, 'utf8'); const f = s.slice(s.lastIndexOf(')') + 2).split(' '); return (Number(f[11]) + Number(f[12])) * 10; };
const targets = [['start', `${url}/en`], ['result', `${url}/en/check/result?${RESULT_QUERY}`]];
for (const [, u] of targets) await runLoad({ url: u, connections: 20, duration: 2 });
for (let round = 0; round < 3; round++) {
  const line = [];
  for (const [name, u] of targets) {
    const b = cpu(); const r = await runLoad({ url: u, connections: Number(process.env.CONN ?? 20), duration: 4 }); const a = cpu();
    line.push(`${name} ${r.requestsPerSecond.toFixed(0)} req/s ${((a - b) / r.requests).toFixed(1)} ms/req`);
  }
  console.log(line.join(' | '));
}
