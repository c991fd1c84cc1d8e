// Checks a parsed YAML value against a ConfigShape; problems name the dotted key path.
import type { ConfigShape } from './shape.ts';
import { closest } from '../options/suggest.ts';

export interface ShapeProblem {
  /** Dotted path below the section key, e.g. `allow.paths[2]`. */
  path: string;
  problem: string;
  fix: string;
}

function kind(v: unknown): string {
  if (v === null) return 'empty';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return `a ${typeof v}`;
}

/** First problem found, or undefined when `value` fits `shape`. */
export function checkShape(value: unknown, shape: ConfigShape, path: string): ShapeProblem | undefined {
  const wrong = (want: string): ShapeProblem => ({ path, problem: `is ${kind(value)}, expected ${want}`, fix: `write ${want}${shape.description ? ` (${shape.description})` : ''}` });
  switch (shape.type) {
    case 'string':
      if (typeof value !== 'string') return wrong('a string');
      if (shape.enum && !shape.enum.includes(value)) {
        const guess = closest(value, shape.enum);
        return { path, problem: `${JSON.stringify(value)} is not one of ${shape.enum.join(', ')}`, fix: guess ? `did you mean '${guess}'?` : `use one of ${shape.enum.join(', ')}` };
      }
      return undefined;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return wrong(shape.integer ? 'a whole number' : 'a number');
      if (shape.integer && !Number.isInteger(value)) return wrong('a whole number');
      if (shape.minimum !== undefined && value < shape.minimum) return { path, problem: `${value} is too small`, fix: `use ${shape.minimum} or more` };
      if (shape.maximum !== undefined && value > shape.maximum) return { path, problem: `${value} is too large`, fix: `use ${shape.maximum} or less` };
      return undefined;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : wrong('true or false');
    case 'array': {
      if (!Array.isArray(value)) return wrong('a list');
      for (let i = 0; i < value.length; i++) {
        const p = checkShape(value[i], shape.items, `${path}[${i}]`);
        if (p) return p;
      }
      return undefined;
    }
    case 'object': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return wrong('a mapping');
      const obj = value as Record<string, unknown>;
      const known = Object.keys(shape.properties);
      for (const key of Object.keys(obj)) {
        if (!Object.hasOwn(shape.properties, key)) {
          const guess = closest(key, known);
          return { path: `${path}.${key}`, problem: 'is not a known key', fix: guess ? `did you mean '${guess}'?` : `use one of ${known.join(', ') || '(no keys)'}` };
        }
        const p = checkShape(obj[key], shape.properties[key], `${path}.${key}`);
        if (p) return p;
      }
      for (const key of shape.required ?? []) {
        if (obj[key] === undefined) return { path: `${path}.${key}`, problem: 'is required but missing', fix: `add ${key}:${shape.properties[key]?.description ? ` (${shape.properties[key].description})` : ''}` };
      }
      return undefined;
    }
  }
}
