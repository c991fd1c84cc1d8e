// egress-gate's allow-list syntax. Independent judges: WHATWG URL's IPv6 serialisation (RFC 5952 text),
// node:net's BlockList for CIDR membership, and nft itself for the sets it loads (egress-nft.test.ts).
import { BlockList } from 'node:net';
import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../packages/core/src/errors.ts';
import { nameMatches, parseAllowList, parseEntry, splitEntries } from '../../packages/core/src/egress/endpoints.ts';
import { canonicalIp, parseCidr } from '../../packages/core/src/egress/ip.ts';
import { presetAllowList } from '../../packages/core/src/egress/presets.ts';

describe('allow-list entries', () => {
  it('splits on newlines, spaces and commas and drops # comments', () => {
    expect(splitEntries('a.example.com  b.example.com,c.example.com\n# all of d\nd.example.com # trailing\n')).toEqual(['a.example.com', 'b.example.com', 'c.example.com', 'd.example.com']);
    expect(splitEntries(['x.example.com y.example.com', 'z.example.com'])).toEqual(['x.example.com', 'y.example.com', 'z.example.com']);
  });

  it('reads every documented form', () => {
    expect(parseEntry('Example.COM.')).toEqual({ name: 'example.com', match: 'exact', source: 'Example.COM.' });
    expect(parseEntry('example.com:8443')).toMatchObject({ name: 'example.com', match: 'exact', port: 8443 });
    expect(parseEntry('*.example.com')).toMatchObject({ name: 'example.com', match: 'subdomains' });
    expect(parseEntry('.example.com:443')).toMatchObject({ name: 'example.com', match: 'domain', port: 443 });
    expect(parseEntry('192.0.2.7')).toMatchObject({ family: 4, address: '192.0.2.7', prefix: 32 });
    expect(parseEntry('192.0.2.7:80')).toMatchObject({ family: 4, address: '192.0.2.7', prefix: 32, port: 80 });
    expect(parseEntry('198.51.100.77/24:443')).toMatchObject({ family: 4, address: '198.51.100.0', prefix: 24, port: 443 });
    expect(parseEntry('2001:DB8:0:0::1')).toMatchObject({ family: 6, address: '2001:db8::1', prefix: 128 });
    expect(parseEntry('[2001:db8::1]:443')).toMatchObject({ family: 6, address: '2001:db8::1', port: 443 });
    expect(parseEntry('[2001:db8:ff::/32]:53')).toMatchObject({ family: 6, address: '2001:db8::', prefix: 32, port: 53 });
  });

  it('wildcards: *.d matches subdomains only, .d the apex too, exact only itself', () => {
    const sub = parseEntry('*.example.com') as Parameters<typeof nameMatches>[0];
    const dom = parseEntry('.example.com') as Parameters<typeof nameMatches>[0];
    const exact = parseEntry('example.com') as Parameters<typeof nameMatches>[0];
    const cases: [string, boolean, boolean, boolean][] = [
      // name, *.example.com, .example.com, example.com
      ['example.com', false, true, true],
      ['a.example.com', true, true, false],
      ['a.b.example.com', true, true, false],
      ['A.Example.Com.', true, true, false],
      ['badexample.com', false, false, false],
      ['example.com.evil.test', false, false, false],
      ['com', false, false, false],
    ];
    for (const [name, s, d, e] of cases) {
      expect([nameMatches(sub, name), nameMatches(dom, name), nameMatches(exact, name)], name).toEqual([s, d, e]);
    }
  });

  it('refuses bad entries with the input name and a fix', () => {
    for (const bad of ['exa mple.com:x', 'example.com:0', 'example.com:70000', '*.com', 'a.*.example.com', '999.0.2.1', '192.0.2.0/33', '[2001:db8::1]', '[2001:db8::1]:', '2001:db8::/129', '-bad-.example.com', 'a_b..c']) {
      const entries = splitEntries(bad);
      let err: unknown;
      try {
        for (const e of entries) parseEntry(e);
      } catch (e) {
        err = e;
      }
      if (bad === '[2001:db8::1]') {
        expect(err, bad).toBeUndefined(); // a bracketed address without a port is fine
        continue;
      }
      expect(err, bad).toBeInstanceOf(InputError);
      expect((err as InputError).input).toBe('allowed-endpoints');
      expect((err as InputError).fix.length).toBeGreaterThan(10);
    }
  });

  it('keeps each distinct rule once', () => {
    const l = parseAllowList('example.com example.com EXAMPLE.com. *.example.com 192.0.2.1 192.0.2.1/32 192.0.2.1:80');
    expect(l.names.map((n) => `${n.match} ${n.name}`)).toEqual(['exact example.com', 'subdomains example.com']);
    expect(l.nets.map((n) => `${n.address}/${n.prefix}:${n.port ?? ''}`)).toEqual(['192.0.2.1/32:', '192.0.2.1/32:80']);
  });

  it('the github preset parses and covers the runner service names', () => {
    const p = presetAllowList(['github']);
    const allowed = (n: string) => p.names.some((r) => nameMatches(r, n));
    for (const n of ['github.com', 'api.github.com', 'codeload.github.com', 'pipelines.actions.githubusercontent.com', 'results-receiver.actions.githubusercontent.com', 'productionresultssa7.blob.core.windows.net', 'x.githubapp.com']) expect(allowed(n), n).toBe(true);
    for (const n of ['evil.blob.core.windows.net', 'gist.github.com', 'example.com']) expect(allowed(n), n).toBe(false);
    let err: InputError | undefined;
    try {
      presetAllowList(['githb']);
    } catch (e) {
      err = e as InputError;
    }
    expect(err?.input).toBe('presets');
    expect(err?.fix).toContain('"github"');
  });
});

const v6 = fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 0xffff })), { minLength: 8, maxLength: 8 }).map((g) => g.map((x) => x.toString(16)).join(':'));

describe('addresses', () => {
  fcTest.prop([v6])('IPv6 text is RFC 5952 canonical (as WHATWG URL serialises it)', (addr) => {
    expect(canonicalIp(addr)).toBe(new URL(`http://[${addr}]/`).hostname.slice(1, -1));
  });

  fcTest.prop([fc.ipV4(), fc.integer({ min: 0, max: 32 }), fc.ipV4()])('IPv4 CIDR membership agrees with node:net BlockList', (net, len, probe) => {
    const c = parseCidr(`${net}/${len}`)!;
    const ours = new BlockList();
    ours.addSubnet(c.address, c.prefix, 'ipv4');
    const ref = new BlockList();
    ref.addSubnet(net, len, 'ipv4');
    expect(ours.check(probe, 'ipv4')).toBe(ref.check(probe, 'ipv4'));
    expect(ours.check(net, 'ipv4')).toBe(true);
  });

  fcTest.prop([v6, fc.integer({ min: 0, max: 128 }), v6])('IPv6 CIDR membership agrees with node:net BlockList', (net, len, probe) => {
    const c = parseCidr(`${net}/${len}`)!;
    const ours = new BlockList();
    ours.addSubnet(c.address, c.prefix, 'ipv6');
    const ref = new BlockList();
    ref.addSubnet(net, len, 'ipv6');
    expect(ours.check(probe, 'ipv6')).toBe(ref.check(probe, 'ipv6'));
  });
});
