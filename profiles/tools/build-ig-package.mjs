// Compiles the FSH in profiles/ with SUSHI, fully offline, and packs the result as a FHIR package.
//
// SUSHI looks for its dependencies in ~/.fhir/packages. HOME is pointed at a folder inside the build
// output that holds the package cache build-core-package.mjs wrote, so the user's own cache is never
// read or written and no registry is asked.
//
// usage: node build-ig-package.mjs <sushi-home> <work-dir> <tgz-output-file>
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { writePackage } from './fhir-package.mjs';

const [sushiHome, workDir, tgzFile] = process.argv.slice(2);
if (!sushiHome || !workDir || !tgzFile) {
  console.error('usage: node build-ig-package.mjs <sushi-home> <work-dir> <tgz-output-file>');
  process.exit(2);
}

const profilesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sushi = path.join(profilesDir, 'node_modules', 'fsh-sushi', 'dist', 'app.js');
const sushiOut = path.join(workDir, 'sushi');
fs.rmSync(sushiOut, { recursive: true, force: true });

const run = spawnSync(process.execPath, [sushi, 'build', profilesDir, '--out', sushiOut], {
  env: { ...process.env, HOME: path.resolve(sushiHome), npm_config_update_notifier: 'false' },
  encoding: 'utf8',
});
process.stdout.write(run.stdout ?? '');
process.stderr.write(run.stderr ?? '');
if (run.status !== 0) {
  // SUSHI's exit code is its error count; its own "error ..." lines above say what is wrong.
  console.error(`error SUSHI failed with ${run.status} error(s); see its messages above.`);
  process.exit(1);
}

const resourcesDir = path.join(sushiOut, 'fsh-generated', 'resources');
const resources = fs
  .readdirSync(resourcesDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(fs.readFileSync(path.join(resourcesDir, f), 'utf8')));

const ig = resources.find((r) => r.resourceType === 'ImplementationGuide');
if (!ig) {
  console.error('error SUSHI produced no ImplementationGuide resource.');
  process.exit(1);
}

const manifest = {
  name: ig.packageId,
  version: ig.version,
  title: ig.title,
  description: ig.description,
  canonical: ig.url.replace(/\/ImplementationGuide\/.*$/, ''),
  url: ig.url.replace(/\/ImplementationGuide\/.*$/, ''),
  fhirVersions: ig.fhirVersion,
  type: 'IG',
  license: ig.license,
  author: ig.publisher,
  dependencies: { 'hl7.fhir.r4.core': '4.0.1' },
};

await writePackage({ manifest, resources, folder: path.join(workDir, 'package', 'package'), tgzFile });
console.log(`${manifest.name}#${manifest.version}: ${resources.length} resources`);
