// parse.js: the reference verdicts for the Go package's differential tests.
//
// Reads one JSON-encoded string per line on stdin (a bare JSONata
// expression), compiles it with jsonata (version 2.0.6, found in the
// nearest node_modules above this directory) and prints one JSON line per
// input:
//   {"ok":true}
//   {"ok":false,"code":"S0202","pos":12,"msg":"..."}
// code is jsonata's error code, or the JavaScript error name (SyntaxError
// for an invalid regular expression, RangeError for a stack overflow).
// pos is jsonata's position (UTF-16 units), -1 when it gives none.
//
// With --version, prints the version of the jsonata package and exits.
'use strict';

const path = require('path');

const { findJsonata, serveLines } = require('./find_jsonata');

const dir = findJsonata();
if (process.argv.includes('--version')) {
  console.log(require(path.join(dir, 'package.json')).version);
  process.exit(0);
}
const jsonata = require(dir);

serveLines((expr) => {
  try {
    jsonata(expr);
    return { ok: true };
  } catch (e) {
    return {
      ok: false,
      code: e && typeof e.code === 'string' ? e.code : (e && e.name) || 'Error',
      pos: e && Number.isFinite(e.position) ? e.position : -1,
      msg: String(e && e.message),
    };
  }
});
