// find_jsonata.js: where the reference engine is, for the scripts beside
// it: the jsonata package (2.0.6, pinned in package.json) in the nearest
// node_modules above this directory.
'use strict';

const fs = require('fs');
const path = require('path');

// findJsonata returns the jsonata package's directory, or throws.
function findJsonata() {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', 'jsonata');
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(dir) === dir) throw new Error('node_modules/jsonata not found above ' + __dirname);
  }
}



// serveLines answers stdin, one JSON value a line, with one JSON line of
// answer(value) each on stdout, written in batches; empty lines are
// skipped.
function serveLines(answer) {
  const readline = require('readline');
  const out = [];
  const flush = () => {
    if (out.length) process.stdout.write(out.join('\n') + '\n');
    out.length = 0;
  };
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  rl.on('line', (line) => {
    if (line === '') return;
    out.push(JSON.stringify(answer(JSON.parse(line))));
    if (out.length >= 256) flush();
  });
  rl.on('close', flush);
}
module.exports = { findJsonata, serveLines };
