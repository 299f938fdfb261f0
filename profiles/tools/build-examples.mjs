// Writes the guide's examples where tests and readers find them, from the compiled IG package:
//   examples/valid/<Type>-<id>.json     every example in the package, with valid/manifest.json naming its profile
//   examples/invalid/<rule>.json        counter-examples made from a valid example by one change each
//                                       (counter-examples.mjs), with invalid/manifest.json naming the issue expected
// Run after `dotnet build profiles/FhirRecovery.Profiles.csproj`; commit the output.
//
// usage: node build-examples.mjs [package-dir]   (default ../artifacts/fhir/ig/package/package)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { counterExamples } from './counter-examples.mjs';

const profilesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const packageDir = path.resolve(process.argv[2] ?? path.join(profilesDir, '..', 'artifacts', 'fhir', 'ig', 'package', 'package'));
const validDir = path.join(profilesDir, 'examples', 'valid');
const invalidDir = path.join(profilesDir, 'examples', 'invalid');

const igFile = fs.readdirSync(packageDir).find((f) => f.startsWith('ImplementationGuide-'));
if (!igFile) {
  console.error(`error no ImplementationGuide in ${packageDir}; build profiles/FhirRecovery.Profiles.csproj first.`);
  process.exit(1);
}
const ig = JSON.parse(fs.readFileSync(path.join(packageDir, igFile), 'utf8'));
const examples = ig.definition.resource.filter((r) => r.exampleCanonical || r.exampleBoolean);

for (const dir of [validDir, invalidDir]) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
}

const byKey = new Map();
const validManifest = [];
for (const entry of examples) {
  const [type, id] = entry.reference.reference.split('/');
  const file = `${type}-${id}.json`;
  const resource = JSON.parse(fs.readFileSync(path.join(packageDir, file), 'utf8'));
  byKey.set(`${type}-${id}`, resource);
  write(path.join(validDir, file), resource);
  validManifest.push({ file, profile: entry.exampleCanonical ?? null, title: entry.name ?? id });
}
validManifest.sort((a, b) => a.file.localeCompare(b.file));
write(path.join(validDir, 'manifest.json'), validManifest);

const invalidManifest = [];
for (const ce of counterExamples) {
  const base = byKey.get(ce.from);
  if (!base) {
    console.error(`error counter-example ${ce.name}: no example ${ce.from}`);
    process.exit(1);
  }
  const resource = structuredClone(base);
  ce.change(resource);
  const file = `${ce.name}.json`;
  write(path.join(invalidDir, file), resource);
  invalidManifest.push({
    file,
    profile: ce.profile,
    rule: ce.rule,
    expected: ce.expected,
    awaitsValidator: ce.awaitsValidator ?? false,
  });
}
write(path.join(invalidDir, 'manifest.json'), invalidManifest);
console.log(`${validManifest.length} valid examples, ${invalidManifest.length} counter-examples written under ${path.relative(process.cwd(), path.join(profilesDir, 'examples'))}`);

function write(file, value) {
  fs.writeFileSync(file, JSON.stringify(value, null, 2) + '\n');
}
