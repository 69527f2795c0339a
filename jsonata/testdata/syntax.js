// syntax.js: reference syntax errors for the Go package's differential
// test of syntax errors (syntax_diff_test.go).
//
// Reads one JSON-encoded string per line on stdin (a bare JSONata
// expression), compiles it with jsonata 2.0.6 (the nearest node_modules
// above this directory) and prints one JSON line per input:
//   {"ok":true}
//   {"error":{"code":"S0202","message":"...","position":12,"token":"a","value":")"}}
// The error holds the fields jsonata-js puts on it (stack excepted), each
// as JSON.stringify writes it, so a RegExp token prints as {} and an
// undefined field is left out, and so is a position that is not a
// number. A JavaScript exception (a regular
// expression V8 rejects, a stack overflow) has no code: its name is
// printed as "name".
'use strict';


const { findJsonata, serveLines } = require('./find_jsonata');
const jsonata = require(findJsonata());

serveLines((expr) => {
  try {
    jsonata(expr);
    return { ok: true };
  } catch (e) {
    const err = {};
    if (e instanceof Error && !('code' in e)) err.name = e.name;
    for (const k of ['code', 'message', 'position', 'token', 'value']) {
      if (e && k in e) err[k] = e[k];
    }
    // A signature whose RegExp V8 rejects gets position NaN (jsonata-js
    // adds an offset the SyntaxError does not have): no position.
    if ('position' in err && !Number.isFinite(err.position)) delete err.position;
    return { error: err };
  }
});
