// Typed parsers for raw option strings (action inputs, CLI flags, `.bulkhead.yml` values).
// Each throws InputError naming the option, what was wrong and how to fix it.
import { InputError } from '../errors.ts';
import { closest } from './suggest.ts';
import { showValue } from './show.ts';

export interface ParseSettings {
  /** The value is a credential: errors must not quote it. */
  secret?: boolean;
}

function quote(raw: string, settings?: ParseSettings): string {
  return settings?.secret ? 'the value' : showValue(raw);
}

const TRUE_FORMS = new Set(['true', 'True', 'TRUE']);
const FALSE_FORMS = new Set(['false', 'False', 'FALSE']);
// YAML 1.1 spellings that GitHub's own `getBooleanInput` also rejects; named so the error can explain.
const YAML11_FORMS = new Set(['yes', 'no', 'on', 'off', 'y', 'n']);

/** YAML 1.2 core schema booleans only, as GitHub's runner does: true|True|TRUE|false|False|FALSE. */
export function parseBoolean(name: string, raw: string, settings?: ParseSettings): boolean {
  const v = raw.trim();
  if (TRUE_FORMS.has(v)) return true;
  if (FALSE_FORMS.has(v)) return false;
  const yaml11 = YAML11_FORMS.has(v.toLowerCase());
  throw new InputError({
    input: name,
    problem: yaml11
      ? `${quote(raw, settings)} is a YAML 1.1 boolean, which GitHub Actions does not accept`
      : `${quote(raw, settings)} is not a boolean`,
    fix: 'use true or false',
  });
}

export interface IntegerBounds {
  min?: number;
  max?: number;
}

function boundsText(b: IntegerBounds, fmt: (n: number) => string = String): string {
  if (b.min !== undefined && b.max !== undefined) return `between ${fmt(b.min)} and ${fmt(b.max)}`;
  if (b.min !== undefined) return `${fmt(b.min)} or more`;
  if (b.max !== undefined) return `${fmt(b.max)} or less`;
  return 'in range';
}

/** Throws unless `value` lies within the inclusive bounds. Shared by integer, bytes and duration. */
export function checkBounds(
  name: string,
  raw: string,
  value: number,
  bounds: IntegerBounds,
  settings?: ParseSettings & { format?: (n: number) => string },
): number {
  const low = bounds.min !== undefined && value < bounds.min;
  const high = bounds.max !== undefined && value > bounds.max;
  if (low || high) {
    throw new InputError({
      input: name,
      problem: `${quote(raw, settings)} is ${low ? 'too small' : 'too large'}`,
      fix: `use a value ${boundsText(bounds, settings?.format)}`,
    });
  }
  return value;
}

/** A whole number written in decimal (optional sign), within the safe-integer range and `bounds`. */
export function parseInteger(name: string, raw: string, bounds: IntegerBounds = {}, settings?: ParseSettings): number {
  const v = raw.trim();
  if (!/^[+-]?\d+$/.test(v)) {
    throw new InputError({
      input: name,
      problem: `${quote(raw, settings)} is not a whole number`,
      fix: `use digits only, ${boundsText(bounds) === 'in range' ? 'such as 10' : boundsText(bounds)}`,
    });
  }
  const n = Number(v);
  if (!Number.isSafeInteger(n)) {
    throw new InputError({
      input: name,
      problem: `${quote(raw, settings)} is too large to represent exactly`,
      fix: `use a value ${boundsText({ min: bounds.min ?? Number.MIN_SAFE_INTEGER, max: bounds.max ?? Number.MAX_SAFE_INTEGER })}`,
    });
  }
  return checkBounds(name, raw, n === 0 ? 0 : n, bounds, settings);
}

/**
 * One of `values`. An exact match wins; otherwise a case-insensitive match returns the canonical spelling.
 * The error suggests the closest value.
 */
export function parseEnum<V extends string>(name: string, raw: string, values: readonly V[], settings?: ParseSettings): V {
  const v = raw.trim();
  const exact = values.find((x) => x === v);
  if (exact !== undefined) return exact;
  const folded = values.filter((x) => x.toLowerCase() === v.toLowerCase());
  if (folded.length === 1) return folded[0];
  const guess = settings?.secret ? undefined : closest(v, values);
  const list = values.join(', ');
  throw new InputError({
    input: name,
    problem: `${quote(raw, settings)} is not one of ${list}`,
    fix: guess !== undefined ? `did you mean '${guess}'? Use one of ${list}` : `use one of ${list}`,
  });
}

/** Newline- or comma-separated items, each trimmed; empty items dropped. */
export function parseList(name: string, raw: string): string[] {
  void name; // every string is a valid list; the name keeps the parser signatures uniform
  return raw
    .split(/[\n\r,]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
