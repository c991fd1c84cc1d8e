// Value shapes that are code wherever they stand, whatever the line or file: the generic rules' filters
// drop them (filters.ts isCodeReference), and the generic rules' byte prechecks (rules/near.ts) drop their
// keyword hits before any text is decoded. One definition for both, so the precheck never drops a value
// the filters would keep.

/** A property path with no digit (`response.accessToken`, `init?.webIdentityTokenFile`, `a.b!`): code. */
export function isDigitlessPropertyPath(value: string): boolean {
  return /^[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)+/.test(value) && !/\d/.test(value);
}

/** The character right after a value that makes it a call, an index or a member access (`getToken(`, `keys[`). */
export function opensCallOrMember(next: string): boolean {
  return next === '(' || next === '[' || next === '.';
}
