// Strict base64 decoding for credentials that a file format wraps in base64 (Kubernetes Secret `data:`,
// Docker `auths.*.auth`, `Authorization: Basic`, npm `_auth`). Only text that round-trips and is
// printable counts, so random base64-looking words and binary blobs decode to nothing.

/** UTF-8 text of standard or URL-safe base64 (padding optional), or undefined when it is not clean text. */
export function decodeBase64Text(encoded: string): string | undefined {
  if (encoded.length < 4 || encoded.length > 8192 || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(encoded)) return undefined;
  const std = encoded.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if (std.length % 4 === 1) return undefined;
  const bytes = Buffer.from(std, 'base64');
  // Non-canonical trailing bits mean the text was not produced by a base64 encoder.
  if (bytes.toString('base64').replace(/=+$/, '') !== std) return undefined;
  const text = bytes.toString('utf8');
  if (/[\u0000-\u0008\u000e-\u001f\u007f\ufffd]/.test(text)) return undefined;
  return text;
}

/** `user:password` (the form of Basic auth, Docker `auth` and npm `_auth`), split at the first colon. */
export function splitUserPassword(text: string): { user: string; password: string } | undefined {
  const at = text.indexOf(':');
  if (at < 0) return undefined;
  return { user: text.slice(0, at), password: text.slice(at + 1) };
}
