// Writes a FHIR package in both of its usual forms: the unpacked folder a package cache holds
// (package.json, .index.json and one JSON file per resource) and the .tgz that registries serve.
import fs from 'node:fs';
import path from 'node:path';
import { create as createTar } from 'tar';

export function fileNameFor(resource) {
  return `${resource.resourceType}-${resource.id}.json`.replace(/[^A-Za-z0-9.\-_]/g, '_');
}

export function indexEntry(resource, filename) {
  const entry = { filename, resourceType: resource.resourceType, id: resource.id };
  for (const key of ['url', 'version', 'kind', 'type', 'supplements']) {
    if (resource[key] !== undefined) entry[key] = resource[key];
  }
  return entry;
}

export async function writePackage({ manifest, resources, folder, tgzFile }) {
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  const files = [];
  for (const resource of resources) {
    const filename = fileNameFor(resource);
    fs.writeFileSync(path.join(folder, filename), JSON.stringify(resource));
    files.push(indexEntry(resource, filename));
  }
  fs.writeFileSync(path.join(folder, 'package.json'), JSON.stringify(manifest, null, 2));
  fs.writeFileSync(path.join(folder, '.index.json'), JSON.stringify({ 'index-version': 1, files }));

  fs.mkdirSync(path.dirname(tgzFile), { recursive: true });
  // package.json and .index.json first, so a reader of the stream meets the index before the resources.
  const entries = ['package.json', '.index.json', ...files.map((f) => f.filename)].map((f) => `package/${f}`);
  await createTar({ gzip: true, file: tgzFile, cwd: path.dirname(folder), portable: true, noMtime: true }, entries);
}
