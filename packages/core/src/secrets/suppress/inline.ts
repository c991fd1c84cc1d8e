// Inline allow markers. Besides our own we honour the markers of the scanners people migrate from,
// so an existing codebase keeps its reviewed exceptions.

// Same line: `bulkhead:allow`, gitleaks `gitleaks:allow`, detect-secrets `pragma: allowlist secret`,
// trufflehog `trufflehog:ignore`.
const SAME_LINE = /\b(?:bulkhead|gitleaks):allow\b|\bpragma:\s*allowlist[ -]secret\b|\btrufflehog:ignore\b/i;
// Previous line: detect-secrets `pragma: allowlist nextline secret`.
const NEXT_LINE = /\bpragma:\s*allowlist[ -]nextline[ -]secret\b/i;

/** True when the finding's line (or, for detect-secrets' nextline pragma, the line before it) carries an allow marker. */
export function isInlineAllowed(lineText: string, previousLine?: string): boolean {
  return SAME_LINE.test(lineText) || (previousLine !== undefined && NEXT_LINE.test(previousLine));
}
