// reference.js: JavaScript's own RegExp answers for the Go package's
// differential tests (run by node_test.go under Node.js).
//
// Reads one JSON request per line on stdin and prints one JSON line per
// request. Strings travel as arrays of UTF-16 code units, so lone
// surrogates survive the trip.
//   {"op":"check","p":[...]}            -> {"ok":true} or {"ok":false,"msg":"..."}
//       whether new RegExp(p, "g") throws, and V8's message.
//   {"op":"all","p":[...],"f":"im","s":[...]}
//       -> {"ok":true,"matches":[{"start":0,"end":1,"text":[...],"groups":[[...] or null]}]}
//       every match of new RegExp(p, f + "g") in s by an exec loop that
//       steps one unit past an empty match.
//   {"op":"canon"}                       -> {"ok":true,"canon":[...65536 units]}
//       Canonicalize(ch) of ECMAScript 22.2.2.7.3 without the u flag (what
//       the i flag compares) for every code unit, checked against RegExp.
'use strict';

const { serveLines } = require('../../../testdata/find_jsonata');

const str = (units) => String.fromCharCode(...(units || []));
const units = (s) => {
  const out = new Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
};

function canonicalize(c) {
  const upper = String.fromCharCode(c).toUpperCase();
  if (upper.length !== 1) return c;
  const u = upper.charCodeAt(0);
  return c >= 128 && u < 128 ? c : u;
}

function answer(req) {
  if (req.op === 'canon') {
    const canon = [];
    for (let c = 0; c < 0x10000; c++) {
      const k = canonicalize(c);
      // The definition above must be what RegExp does.
      if (k !== c && !new RegExp('^' + String.fromCharCode(k).replace(/[\\^$.*+?()[\]{}|\/-]/g, '\\$&') + '$', 'i').test(String.fromCharCode(c))) {
        throw new Error('canonicalize disagrees with RegExp at ' + c);
      }
      canon.push(k);
    }
    return { ok: true, canon };
  }
  let re;
  try {
    re = new RegExp(str(req.p), (req.f || '') + 'g');
  } catch (e) {
    const prefix = /^Invalid regular expression: \/.*\/[a-z]*: /s;
    return { ok: false, msg: String(e.message).replace(prefix, '') };
  }
  if (req.op === 'check') return { ok: true };
  const s = str(req.s);
  const matches = [];
  for (let m; (m = re.exec(s)) !== null; ) {
    matches.push({
      start: m.index,
      end: m.index + m[0].length,
      text: units(m[0]),
      groups: m.slice(1).map((g) => (g === undefined ? null : units(g))),
    });
    if (m[0].length === 0) re.lastIndex++;
  }
  return { ok: true, matches };
}

serveLines(answer);
