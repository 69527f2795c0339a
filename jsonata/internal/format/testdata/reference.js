// Evaluates one JSONata picture function per input line with jsonata-js
// and prints one JSON result per line. Input lines are
// {"fn": name, "args": [...]} (null stands for an undefined argument);
// "now" for $toMillis is fixed by argv[3].
const jsonata = require(process.argv[2]);
const fixed = Number(process.argv[3]);
const RealDate = Date;
global.Date = class extends RealDate {
  constructor(...a) { if (a.length === 0) super(fixed); else super(...a); }
  static now() { return fixed; }
};
const compiled = {};
const lines = require('fs').readFileSync(process.argv[4], 'utf8').split('\n').filter(Boolean);
(async () => {
  const out = [];
  for (const line of lines) {
    const { fn, args } = JSON.parse(line);
    const src = '$' + fn + '(' + args.map((_, i) => '$a' + i).join(', ') + ')';
    compiled[src] = compiled[src] || jsonata(src);
    const bindings = {};
    args.forEach((a, i) => { bindings['a' + i] = a === null ? undefined : a; });
    try {
      const r = await compiled[src].evaluate({}, bindings);
      if (r === undefined) out.push({ undef: true });
      else if (typeof r === 'number' && isNaN(r)) out.push({ nan: true });
      else out.push({ r });
    } catch (e) {
      out.push({ err: true, code: e.code || '', msg: e.message });
    }
  }
  process.stdout.write(out.map(o => JSON.stringify(o)).join('\n') + '\n');
})();
