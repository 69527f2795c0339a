// bench_als.cjs: the reference side of the runtime benchmarks.
//
// Reads one JSON object on stdin, {"workloads": [{"name", "definition",
// "input"}], "ms": 1000}, runs each definition with aws-local-stepfunctions
// 3.0.0 (the nearest node_modules above this directory) repeatedly for
// about ms milliseconds after one warm-up run, and prints one JSON line:
// {"results": [{"name", "nsPerOp", "output", "error"}]} in order. output
// is the last run's output, so the Go side can check it was correct.
'use strict';

const fs = require('fs');
const path = require('path');

function findPackage(name) {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(dir) === dir) throw new Error('node_modules/' + name + ' not found above ' + __dirname);
  }
}
const { StateMachine } = require(findPackage('aws-local-stepfunctions'));

async function measure(w, ms) {
  let machine;
  try {
    machine = new StateMachine(w.definition, { validationOptions: { checkPaths: false, checkArn: false } });
  } catch (err) {
    return { name: w.name, error: String(err && err.message || err) };
  }
  let output;
  try {
    output = await machine.run(w.input).result; // warm-up
  } catch (err) {
    return { name: w.name, error: String(err && err.message || err) };
  }
  let n = 0;
  const start = process.hrtime.bigint();
  const end = start + BigInt(Math.round(ms * 1e6));
  let now = start;
  while (n === 0 || now < end) {
    output = await machine.run(w.input).result;
    n++;
    now = process.hrtime.bigint();
  }
  return { name: w.name, nsPerOp: Number(now - start) / n, output };
}

(async () => {
  const req = JSON.parse(fs.readFileSync(0, 'utf8'));
  const results = [];
  for (const w of req.workloads) results.push(await measure(w, req.ms || 1000));
  process.stdout.write(JSON.stringify({ results }) + '\n');
})();
