// Validates every file named on the command line (or listed, one per
// line, in the file given with --list) with AWS's language service
// (npm amazon-states-language-service), the validator behind the AWS
// Toolkit for VS Code, and prints one line per file ("FILE<TAB>valid" or
// "FILE<TAB>invalid<TAB>first error") and a last line
// "total N valid V invalid I ms T", T being the validation time
// without Node's start-up and the module load. Used by the benchmark
// in ../bench_validate_test.go.
const fs = require('fs');
const path = require('path');
const root = process.env.STEPWISE_NODE_MODULES || path.join(__dirname, '..', '..', '..', 'node_modules');
const asl = require(path.join(root, 'amazon-states-language-service'));
const { TextDocument } = require(path.join(root, 'vscode-languageserver-textdocument'));

let files = process.argv.slice(2);
if (files[0] === '--list') {
  files = fs.readFileSync(files[1], 'utf8').split('\n').filter(Boolean);
}
const service = asl.getLanguageService({});
async function main() {
  const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
  const start = process.hrtime.bigint();
  let valid = 0;
  const lines = [];
  for (let i = 0; i < files.length; i++) {
    const doc = TextDocument.create('file://' + files[i], 'json', 1, texts[i]);
    const json = service.parseJSONDocument(doc);
    const diags = await service.doValidation(doc, json);
    const errors = diags.filter((d) => d.severity === 1);
    if (errors.length === 0) {
      valid++;
      lines.push(files[i] + '\tvalid');
    } else {
      lines.push(files[i] + '\tinvalid\t' + errors[0].message.replace(/\s+/g, ' '));
    }
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stdout.write(lines.join('\n') + '\n');
  process.stdout.write(`total ${files.length} valid ${valid} invalid ${files.length - valid} ms ${ms.toFixed(1)}\n`);
}
main().catch((e) => { console.error(e); process.exit(2); });
