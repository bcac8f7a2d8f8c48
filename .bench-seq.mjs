import { readFileSync } from 'node:fs';
import { RESULT_QUERY } from './scripts/lib/target.mjs';
const url = process.env.BASE_URL, pid = Number(process.env.SERVER_PID);
const cpu = () => { const s = readFileSync(`/proc/${pid}/stat`, 'utf8'); const f = s.slice(s.lastIndexOf(')') + 2).split(' '); return (Number(f[11]) + Number(f[12])) * 10; };
const targets = [['start', `${url}/en`], ['answers', `${url}/en/check/answers?${RESULT_QUERY}`], ['result', `${url}/en/check/result?${RESULT_QUERY}`], ['route', `${url}/en/check/result/eu-blue-card?${RESULT_QUERY}`], ['privacy', `${url}/en/privacy`]];
const spent = targets.map(() => 0);
const N = Number(process.env.ROUNDS ?? 200);
for (let i = 0; i < N + 20; i++) for (let k = 0; k < targets.length; k++) { const b = cpu(); await (await fetch(targets[k][1])).arrayBuffer(); if (i >= 20) spent[k] += cpu() - b; }
console.log(targets.map(([n], k) => `${n} ${(spent[k] / N).toFixed(1)}`).join(' | '), 'ms CPU/request');
