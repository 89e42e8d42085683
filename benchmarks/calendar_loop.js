// Day-by-day working-day calendar, the way popular JavaScript calendar
// libraries (e.g. chinese-days) count: a holiday map plus a loop over days.
// Used by calendar_side_by_side.py as the JavaScript baseline; prints JSON
// with nanoseconds per operation.
'use strict';
const fs = require('fs');

const [dataFile] = process.argv.slice(2);
const special = new Map();  // 'YYYY-MM-DD' -> true (work) | false (off)
for (const line of fs.readFileSync(dataFile, 'utf8').split('\n')) {
  const f = line.split('\t');
  if (/^\d{4}-\d{2}-\d{2}$/.test(f[0])) special.set(f[0], f[1] === 'work');
}

const iso = (d) => d.toISOString().slice(0, 10);
function isWorkday(d) {
  const s = special.get(iso(d));
  if (s !== undefined) return s;
  const wd = d.getUTCDay();
  return wd !== 0 && wd !== 6;
}
function addWorkdays(d, n) {
  const x = new Date(d.getTime());
  while (n > 0) {
    x.setUTCDate(x.getUTCDate() + 1);
    if (isWorkday(x)) n--;
  }
  return x;
}
function between(a, b) {
  let count = 0;
  for (const x = new Date(a.getTime()); x < b; x.setUTCDate(x.getUTCDate() + 1)) {
    if (isWorkday(x)) count++;
  }
  return count;
}

const dates = [];
for (let t = Date.UTC(2020, 0, 1); t < Date.UTC(2025, 11, 1); t += 7 * 86400000) dates.push(new Date(t));

function time(fn, iterations) {
  for (let i = 0; i < Math.min(iterations, 1000); i++) fn(i);  // warm up
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) fn(i);
  return Number(process.hrtime.bigint() - start) / iterations;
}

let sink = 0;
const y2020 = new Date(Date.UTC(2020, 0, 1));
const y2021 = new Date(Date.UTC(2021, 0, 1));
const y2026end = new Date(Date.UTC(2026, 11, 31));
const result = {
  is_working_day: time((i) => { sink += isWorkday(dates[i % dates.length]) ? 1 : 0; }, 2000000),
  add_10_working_days: time((i) => { sink += addWorkdays(dates[i % dates.length], 10).getTime() & 1; }, 200000),
  between_1_year: time(() => { sink += between(y2020, y2021); }, 2000),
  between_7_years: time(() => { sink += between(y2020, y2026end); }, 300),
};
if (sink === 42) console.error('');
console.log(JSON.stringify(result));
