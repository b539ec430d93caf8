// Validates SARIF files against the vendored official SARIF 2.1.0 schema
// (tests/schemas/sarif-2.1.0.json, JSON Schema draft-04). Fetches nothing.
// Usage: node validate_sarif.mjs FILE...; exit 0 when every file is valid.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const here = dirname(fileURLToPath(import.meta.url));
const schema = JSON.parse(readFileSync(join(here, '..', 'schemas', 'sarif-2.1.0.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

let failed = 0;
for (const file of process.argv.slice(2)) {
  const log = JSON.parse(readFileSync(file, 'utf8'));
  if (validate(log)) {
    console.log(`${file}: valid SARIF 2.1.0`);
  } else {
    failed += 1;
    for (const e of validate.errors) console.log(`${file}: ${e.instancePath || '/'} ${e.message}`);
  }
}
process.exit(failed === 0 ? 0 : 1);
