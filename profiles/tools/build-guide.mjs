// Writes the human-readable guide (Markdown) from the compiled IG package, for readers who know UK drug treatment
// but not FHIR: an index, one page per profile, one per code system, and pages for extensions and value sets.
// Run after `dotnet build profiles/FhirRecovery.Profiles.csproj` and `node tools/build-examples.mjs`; commit docs/guide.
//
// usage: node build-guide.mjs [package-dir] [output-dir]
//        (defaults: ../artifacts/fhir/ig/package/package and ../docs/guide, relative to profiles/)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { introduction, decisions, profileNotes } from './guide-notes.mjs';

const profilesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoDir = path.resolve(profilesDir, '..');
const packageDir = path.resolve(process.argv[2] ?? path.join(repoDir, 'artifacts', 'fhir', 'ig', 'package', 'package'));
const outDir = path.resolve(process.argv[3] ?? path.join(repoDir, 'docs', 'guide'));
const examplesDir = path.join(profilesDir, 'examples');
// The core R4 definitions (unpacked by the profiles build) give the base cardinality of what a profile leaves unchanged.
const coreCache = new Map();
// Links are relative: pages under profiles/ and codesystems/ reach the top level through '../'.
let up = '';
const coreDir = path.join(repoDir, 'artifacts', 'fhir', 'sushi-home', '.fhir', 'packages', 'hl7.fhir.r4.core#4.0.1', 'package');

const resources = fs.readdirSync(packageDir).filter((f) => f.endsWith('.json') && !f.startsWith('.') && f !== 'package.json')
  .map((f) => JSON.parse(fs.readFileSync(path.join(packageDir, f), 'utf8')));
const manifest = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
const byUrl = new Map(resources.filter((r) => r.url).map((r) => [r.url, r]));
const structures = resources.filter((r) => r.resourceType === 'StructureDefinition');
const profiles = structures.filter((r) => r.type !== 'Extension').sort(byTitle);
const extensions = structures.filter((r) => r.type === 'Extension').sort(byTitle);
const codeSystems = resources.filter((r) => r.resourceType === 'CodeSystem').sort(byTitle);
const valueSets = resources.filter((r) => r.resourceType === 'ValueSet').sort(byTitle);
const validExamples = readJson(path.join(examplesDir, 'valid', 'manifest.json'), []);
const counterExamples = readJson(path.join(examplesDir, 'invalid', 'manifest.json'), []);

fs.rmSync(outDir, { recursive: true, force: true });
for (const sub of ['profiles', 'codesystems']) fs.mkdirSync(path.join(outDir, sub), { recursive: true });

write('README.md', indexPage());
write('extensions.md', extensionsPage());
write('valuesets.md', valueSetsPage());
for (const p of profiles) write(`profiles/${p.id}.md`, profilePage(p));
for (const cs of codeSystems) write(`codesystems/${cs.id}.md`, codeSystemPage(cs));
console.log(`guide written to ${path.relative(process.cwd(), outDir)}: ${profiles.length} profiles, ${extensions.length} extensions, ${codeSystems.length} code systems, ${valueSets.length} value sets`);

function indexPage() {
  up = '';
  return [
    `# ${manifest.title}`,
    '',
    `Package \`${manifest.name}\` version ${manifest.version}, FHIR ${manifest.fhirVersions.join(', ')}, canonical base \`${manifest.canonical}\`.`,
    'Generated from the compiled package by `profiles/tools/build-guide.mjs`; do not edit by hand.',
    '',
    introduction,
    '',
    decisions,
    '',
    '## Profiles',
    '',
    '| profile | FHIR resource | what it is for |',
    '|---|---|---|',
    ...profiles.map((p) => `| [${p.title}](profiles/${p.id}.md) | ${p.type} | ${cell(firstSentence(p.description))} |`),
    '',
    `## Extensions\n\n${extensions.length} extensions, described in [extensions](extensions.md): ${extensions.map((e) => e.title).join(', ')}.`,
    '',
    '## Code systems',
    '',
    '| code system | codes | what it lists |',
    '|---|---|---|',
    ...codeSystems.map((cs) => `| [${cs.title}](codesystems/${cs.id}.md) | ${countCodes(cs.concept)} | ${cell(firstSentence(cs.description))} |`),
    '',
    `## Value sets\n\n${valueSets.length} value sets, described in [value sets](valuesets.md).`,
    '',
    '## Examples',
    '',
    `Every profile has at least one valid example (\`profiles/examples/valid\`, ${validExamples.length} files) and at least two`,
    `counter-examples (\`profiles/examples/invalid\`, ${counterExamples.length} files), each named for the rule it breaks, with`,
    'the issue a validator must report in `invalid/manifest.json`. The examples are fictitious: NHS numbers are from the',
    '999 test range, organisations and people are invented.',
    '',
    '## Care pathways',
    '',
    'How the gateway carries these profiles between services, with the exact requests (the exchanges themselves are',
    'MessageDefinitions in `conformance/pathways`):',
    '[prison release OST handover](../pathways/release-handover.md), [GP shared care](../pathways/gp-shared-care.md),',
    '[mental health referral](../pathways/mental-health-referral.md), [housing and employment referral](../pathways/housing-referral.md),',
    'and [review follows the person](../pathways/review-follows-the-person.md) (exactly what makes the gateway flag a review).',
    '',
  ].join('\n');
}

function profilePage(p) {
  up = '../';
  const elements = p.differential.element.slice(1);
  const root = p.differential.element[0];
  const bindings = elements.filter((e) => e.binding);
  const valid = validExamples.filter((e) => e.profile === p.url);
  const invalid = counterExamples.filter((c) => c.profile === p.url);
  return [
    `# ${p.title}`,
    '',
    `Profile of FHIR [${p.type}](https://hl7.org/fhir/R4/${p.type.toLowerCase()}.html). Canonical URL: \`${p.url}\``,
    '',
    '## Purpose and seed reference',
    '',
    p.description,
    '',
    ...(profileNotes[p.id] ? ['## Why it is built this way', '', profileNotes[p.id], ''] : []),
    '## Key elements',
    '',
    'Only what this profile changes or marks as key (must support); everything else is as in FHIR.',
    '',
    '| element | how many | rule |',
    '|---|---|---|',
    ...elements.filter(shown).map((e) => `| \`${elementName(e)}\` | ${cardinality(e, p.type)} | ${cell(sliceRuleText(e, elements))} |`),
    '',
    '## Bindings (which codes are allowed)',
    '',
    ...(bindings.length === 0 ? ['No bindings beyond FHIR\'s own.'] : [
      '| element | value set | strength |',
      '|---|---|---|',
      ...bindings.map((e) => `| \`${elementName(e)}\` | ${valueSetLink(e.binding.valueSet)} | ${strength(e.binding.strength)} |`),
    ]),
    '',
    '## Invariants (checks across items)',
    '',
    ...((root.constraint ?? []).length === 0 ? ['None beyond FHIR\'s own.'] : [
      '| key | severity | meaning | FHIRPath |',
      '|---|---|---|---|',
      ...root.constraint.map((c) => `| ${c.key} | ${c.severity} | ${cell(c.human)} | \`${cell(c.expression)}\` |`),
    ]),
    '',
    '## Examples',
    '',
    ...valid.map((e) => `- valid: [${e.file}](../../../profiles/examples/valid/${e.file})`),
    ...invalid.map((c) => `- counter-example: [${c.file}](../../../profiles/examples/invalid/${c.file}) breaks *${c.rule}*; expect ${c.expected.severity} at \`${c.expected.expression}\` (${c.expected.message})${c.awaitsValidator ? ' (awaits the validator)' : ''}`),
    '',
  ].join('\n');
}

function codeSystemPage(cs) {
  up = '../';
  const usedBy = valueSets.filter((vs) => (vs.compose?.include ?? []).some((i) => i.system === cs.url));
  return [
    `# ${cs.title}`,
    '',
    `Code system \`${cs.url}\` (${cs.content}, ${countCodes(cs.concept)} codes).`,
    '',
    cs.description,
    '',
    usedBy.length ? `Used by: ${usedBy.map((vs) => valueSetLink(vs.url)).join(', ')}.` : '',
    '',
    '| code | display | definition |',
    '|---|---|---|',
    ...(cs.concept ?? []).map((c) => `| \`${c.code}\` | ${cell(c.display ?? '')} | ${cell(c.definition ?? '')} |`),
    '',
  ].join('\n');
}

function extensionsPage() {
  up = '';
  return [
    '# Extensions',
    '',
    'Items of information FHIR does not have out of the box. Each is identified by its URL.',
    '',
    ...extensions.flatMap((x) => {
      const parts = x.differential.element;
      const value = parts.find((e) => e.path === 'Extension.value[x]' && !e.id.includes(':') && e.max !== '0');
      const subs = parts.filter((e) => e.sliceName && e.path === 'Extension.extension');
      return [
        `## ${x.title}`,
        '',
        `\`${x.url}\`, used on ${(x.context ?? []).map((c) => `\`${c.expression}\``).join(', ')}.`,
        '',
        x.description,
        '',
        ...(value ? [`Value: ${ruleText(value)}.`, ''] : []),
        ...(subs.length ? ['| part | how many | value |', '|---|---|---|', ...subs.map((s) => {
          const v = parts.find((e) => e.id === `${s.id}.value[x]`);
          return `| \`${s.sliceName}\` | ${cardinality(s, 'Extension')} | ${cell([s.short, v ? ruleText(v) : ''].filter(Boolean).join('; '))} |`;
        }), ''] : []),
      ];
    }),
  ].join('\n');
}

function valueSetsPage() {
  up = '';
  return [
    '# Value sets',
    '',
    'Which codes are allowed where. A *required* binding to one of these value sets means any other code is an error.',
    '',
    ...valueSets.flatMap((vs) => [
      `## ${vs.title}`,
      '',
      `\`${vs.url}\``,
      '',
      vs.description,
      '',
      ...(vs.compose?.include ?? []).map((inc) => {
        const cs = byUrl.get(inc.system);
        const name = cs ? `[${cs.title}](codesystems/${cs.id}.md)` : `\`${inc.system}\``;
        return inc.concept ? `- from ${name}: ${inc.concept.map((c) => `\`${c.code}\` ${display(inc.system, c.code)}`).join(', ')}` : `- all codes of ${name}`;
      }),
      ...(vs.compose?.exclude ?? []).map((exc) => `- except ${exc.concept.map((c) => `\`${c.code}\``).join(', ')}`),
      '',
    ]),
  ].join('\n');
}

// Elements shown in a profile's table: everything the differential names except the plumbing of slices
// (an extension slice's url, a component slice's min/max value details are folded into the slice's own row).
function shown(e) {
  return !/\.url$/.test(e.path) && !/:[^.]+\./.test(e.id);
}

// A slice's row also says what its parts must hold (e.g. a TOP item's code and the type of its answer).
function sliceRuleText(e, elements) {
  if (!e.sliceName) return ruleText(e);
  const parts = elements.filter((d) => d.id.startsWith(`${e.id}.`) && !/\.url$/.test(d.path))
    .map((d) => `${d.id.slice(e.id.length + 1)}: ${ruleText(d)}`);
  return [ruleText(e), ...parts].filter(Boolean).join('; ');
}

function elementName(e) {
  return e.id.split('.').slice(1).join('.') || e.id;
}

function cardinality(e, type) {
  if (e.min === undefined && e.max === undefined) return 'as in FHIR';
  if (e.max === '0') return 'not allowed';
  const base = baseElement(type, e.path);
  const min = e.min ?? base?.min ?? 0;
  const max = e.max ?? base?.max ?? '*';
  const text = { '0..1': 'optional, one', '1..1': 'required, one', '0..*': 'optional, any number', '1..*': 'required, one or more' }[`${min}..${max}`];
  return `${min}..${max}${text ? ` (${text})` : ''}`;
}

function baseElement(type, elementPath) {
  if (!type) return undefined;
  if (!coreCache.has(type)) {
    const file = path.join(coreDir, `StructureDefinition-${type}.json`);
    coreCache.set(type, fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')).snapshot.element : []);
  }
  return coreCache.get(type).find((b) => b.path === elementPath);
}

function ruleText(e) {
  const parts = [];
  if (e.short) parts.push(e.short);
  if (e.sliceName && e.type?.[0]?.profile) parts.push(`extension ${structureLink(e.type[0].profile[0])}`);
  else if (e.type) parts.push(e.type.map(typeText).join(' or '));
  for (const [key, value] of Object.entries(e)) {
    if (key.startsWith('pattern')) parts.push(`must contain ${valueText(value)}`);
    if (key.startsWith('fixed')) parts.push(`must be exactly ${valueText(value)}`);
    if (key.startsWith('minValue')) parts.push(`at least ${value}`);
    if (key.startsWith('maxValue')) parts.push(`at most ${value}`);
  }
  if (e.binding) parts.push(`codes from ${valueSetLink(e.binding.valueSet)} (${e.binding.strength})`);
  if (e.slicing) parts.push(`split into named parts by ${e.slicing.discriminator.map((d) => d.path).join(', ')}${e.slicing.description ? `: ${e.slicing.description}` : ''}`);
  if (e.mustSupport) parts.push('key element: systems must be able to send and use it');
  return parts.join('; ');
}

function typeText(t) {
  const targets = t.targetProfile ?? t.profile;
  return targets ? `${t.code}(${targets.map(structureLink).join(' or ')})` : t.code;
}

function structureLink(url) {
  const sd = byUrl.get(url);
  if (!sd) return url.replace('http://hl7.org/fhir/StructureDefinition/', '');
  return sd.type === 'Extension' ? `[${sd.title}](${up}extensions.md#${anchor(sd.title)})` : `[${sd.title}](${up}profiles/${sd.id}.md)`;
}

function valueSetLink(url) {
  const vs = byUrl.get(url.split('|')[0]);
  return vs ? `[${vs.title}](${up}valuesets.md#${anchor(vs.title)})` : `\`${url}\``;
}

function valueText(value) {
  if (value === null || typeof value !== 'object') return `\`${value}\``;
  const codings = value.coding ?? (value.code ? [value] : null);
  if (codings) return codings.map((c) => `\`${c.code}\` ${display(c.system, c.code)} (${systemName(c.system)})`).join(', ');
  if (value.system && value.code) return `\`${value.code}\` (${systemName(value.system)})`;
  return `\`${JSON.stringify(value)}\``;
}

function display(system, code) {
  const c = (byUrl.get(system)?.concept ?? []).find((x) => x.code === code);
  return c?.display ? `"${c.display}"` : '';
}

function systemName(system) {
  const cs = byUrl.get(system);
  return cs ? `[${cs.title}](${up}codesystems/${cs.id}.md)` : system;
}

function strength(s) {
  return { required: 'required: only these codes', extensible: 'extensible: these codes when one fits', preferred: 'preferred', example: 'example' }[s] ?? s;
}

function countCodes(concepts) {
  return (concepts ?? []).reduce((n, c) => n + 1 + countCodes(c.concept), 0);
}

function firstSentence(text) {
  const m = /^(.*?[.:])(\s|$)/s.exec(text ?? '');
  return m ? m[1] : text ?? '';
}

function cell(text) {
  return String(text).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function anchor(title) {
  return title.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');
}

function byTitle(a, b) {
  return (a.title ?? a.id).localeCompare(b.title ?? b.id);
}

function readJson(file, fallback) {
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : fallback;
}

function write(file, text) {
  fs.writeFileSync(path.join(outDir, file), text.replace(/\n{3,}/g, '\n\n'));
}
