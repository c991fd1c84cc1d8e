// secret-scan suppression: inline markers, ignore files, baselines, allow-lists and custom rules.
export { isInlineAllowed } from './inline.ts';
export type { IgnoreSet } from './ignore-file.ts';
export { loadIgnoreFile, parseIgnoreFiles, IGNORE_FILES } from './ignore-file.ts';
export type { BaselineEntry, BaselineFile } from './baseline.ts';
export { readBaseline, writeBaseline, applyBaseline, baselineFromFindings, formatBaseline } from './baseline.ts';
export type { AllowConfig, AllowList } from './allow.ts';
export { compileAllowList } from './allow.ts';
export type { CompileCustomRulesOptions } from './custom-rules.ts';
export { compileCustomRules } from './custom-rules.ts';
export type { ProbeResult } from './redos.ts';
export { probeBacktracking } from './redos.ts';
export { ALLOW_CONFIG_SHAPE, CUSTOM_RULES_CONFIG_SHAPE, SECRET_SCAN_CONFIG_SHAPES } from './shapes.ts';
