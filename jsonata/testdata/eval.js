// eval.js: reference results for the evaluator's differential tests.
//
// Reads one JSON object per line on stdin, {"expr": "...", "data": ...,
// "bindings": {...}} ("data" absent = undefined input), evaluates it with
// jsonata 2.0.6 (the nearest node_modules above this directory) and
// prints one JSON line per input, in order:
//   {"value": V} | {"undefined": true} | {"error": {"code": "T2001", "position": 12, "token": "+"}}
// A value JSON cannot hold (a function) prints as {"function": true}.
// An error that is a JavaScript exception, not a jsonata error, has its
// name as the code ("TypeError"). "leak" and "mutated" may be added (see
// below).
'use strict';

const readline = require('readline');

const { findJsonata } = require('./find_jsonata');
const jsonata = require(findJsonata());

// Two jsonata-js bugs are reported with the outcome, so the Go test can
// tell them from real disagreements (and only excuse them when they
// happened):
//   "leak": Object.keys was called on one of jsonata-js's sequences (an
//     array with its own enumerable "sequence" property), as the wildcard
//     in [*].x does: the flag's value, true, becomes part of the data.
//   "mutated": the evaluation changed the input document (an object
//     constructor over an empty array of the input pushes undefined
//     into that array).
let leaked = false;
const objectKeys = Object.keys;
Object.keys = function (o) {
  if (Array.isArray(o) && Object.prototype.propertyIsEnumerable.call(o, 'sequence')) leaked = true;
  return objectKeys(o);
};

async function one(req) {
  leaked = false;
  const before = JSON.stringify(req.data);
  const out = await outcome(req);
  if (leaked) out.leak = true;
  if (JSON.stringify(req.data) !== before) out.mutated = true;
  return out;
}

async function outcome(req) {
  try {
    const e = jsonata(req.expr);
    const v = await e.evaluate('data' in req ? req.data : undefined, req.bindings || {});
    if (v === undefined) return { undefined: true };
    if (typeof v === 'function') return { function: true };
    // Sequences are arrays with extra properties: JSON drops them.
    return { value: JSON.parse(JSON.stringify(v, (k, x) => (typeof x === 'function' ? undefined : x)) ?? 'null') };
  } catch (err) {
    return { error: { code: err.code || err.name, position: err.position, token: err.token } };
  }
}

(async () => {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  const out = [];
  for await (const line of rl) {
    if (line === '') continue;
    out.push(JSON.stringify(await one(JSON.parse(line))));
    if (out.length >= 256) { process.stdout.write(out.join('\n') + '\n'); out.length = 0; }
  }
  if (out.length) process.stdout.write(out.join('\n') + '\n');
})();
