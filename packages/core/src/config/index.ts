export type { ConfigShape, StringShape, NumberShape, BooleanShape, ArrayShape, ObjectShape } from './shape.ts';
export * from './types.ts';
export { loadConfig, parseConfigText, DEFAULT_CONFIG_FILES } from './load.ts';
export { checkShape, type ShapeProblem } from './validate-shape.ts';
export { buildConfigSchema, shapeSchema, type JsonSchema } from './schema.ts';
export { configLocation } from './location.ts';
