// bench.js: the reference side of the evaluator benchmarks.
//
// Reads one JSON object on stdin, {"doc": ..., "exprs": ["...", ...],
// "ms": 300}, compiles each expression once with jsonata 2.0.6 (the
// nearest node_modules above this directory) and evaluates it against doc
// repeatedly for about ms milliseconds (after a warm-up of the same
// length), awaiting each evaluation as a caller of jsonata 2.x must.
// Prints one JSON line: {"nsPerOp": [n1, n2, ...]} in expression order.
'use strict';

const fs = require('fs');

const { findJsonata } = require('./find_jsonata');
const jsonata = require(findJsonata());

async function measure(expr, doc, ms) {
  const e = jsonata(expr);
  const run = async (limit) => {
    let n = 0;
    const start = process.hrtime.bigint();
    const end = start + BigInt(Math.round(limit * 1e6));
    let now = start;
    while (now < end) {
      for (let i = 0; i < 16; i++) await e.evaluate(doc);
      n += 16;
      now = process.hrtime.bigint();
    }
    return Number(now - start) / n;
  };
  await run(ms); // warm-up: let V8 optimise
  return run(ms);
}

(async () => {
  const req = JSON.parse(fs.readFileSync(0, 'utf8'));
  const res = [];
  for (const expr of req.exprs) res.push(await measure(expr, req.doc, req.ms || 300));
  process.stdout.write(JSON.stringify({ nsPerOp: res }) + '\n');
})();
