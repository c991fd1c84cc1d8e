// Enum options parse to the union of their declared values, so engines and publishers need no casts.
// These are type assertions (checked by `tsc`, which `npm test` runs first) plus a runtime check that the
// declared values are what the types were derived from.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ParsedOptions } from '../../packages/core/src/options/types.ts';
import { parseOptions } from '../../packages/core/src/options/parse-options.ts';
import { SECRET_SCAN_DECL } from '../../packages/core/src/secrets/decl.ts';
import { DIFF_TELEMETRY_DECL } from '../../packages/core/src/diff/decl.ts';

type Scan = ParsedOptions<typeof SECRET_SCAN_DECL>;

describe('typed enum options', () => {
  it('an enum with a default is the union of its values; other types keep theirs', () => {
    expectTypeOf<Scan['fail-on']>().toEqualTypeOf<'low' | 'medium' | 'high' | 'critical' | 'none'>();
    expectTypeOf<Scan['mode']>().toEqualTypeOf<'auto' | 'tree' | 'history' | 'changes'>();
    expectTypeOf<Scan['exclude']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<Scan['max-artifact-size']>().toEqualTypeOf<number>();
    expectTypeOf<ParsedOptions<typeof DIFF_TELEMETRY_DECL>['fail-on-alert']>().toEqualTypeOf<boolean>();
  });

  it('the parser accepts exactly the declared values, so the union is honest', () => {
    const failOn = SECRET_SCAN_DECL.options.find((o) => o.name === 'fail-on')!;
    for (const v of failOn.values) {
      const { options } = parseOptions(SECRET_SCAN_DECL, [{ 'fail-on': v }]);
      expect(options['fail-on']).toBe(v);
    }
    expect(() => parseOptions(SECRET_SCAN_DECL, [{ 'fail-on': 'severe' }])).toThrow(/fail-on/);
  });
});
