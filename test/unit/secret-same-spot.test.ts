// One finding per secret and place: several rules reporting the same value at the same span become one
// finding (the most confident, then a provider rule over a generic one), through the real engine.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILTIN_RULES } from '../../packages/core/src/secrets/index.ts';
import { secretScan } from '../../packages/core/src/secrets/scan.ts';
import { oneFindingPerSpot } from '../../packages/core/src/secrets/same-spot.ts';
import { chars, makeRng } from '../support/secret-gen.ts';

const dir = mkdtempSync(join(tmpdir(), 'bh-spot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('one finding per secret and place', () => {
  it('a Kubernetes Secret value is one finding, from the Kubernetes rule', async () => {
    const rng = makeRng(9);
    const password = chars(rng, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789', 14) + '#9';
    const encoded = Buffer.from(password).toString('base64');
    mkdirSync(join(dir, 'k8s'), { recursive: true });
    writeFileSync(join(dir, 'k8s', 'secret.json'), `{\n    "apiVersion": "v1",\n    "data": {\n        "db-password": "${encoded}"\n    },\n    "kind": "Secret"\n}\n`);
    writeFileSync(join(dir, 'k8s', 'secret.yaml'), `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  password: ${encoded}\n`);
    const r = await secretScan({ root: dir, target: { kind: 'tree' }, threads: 0 });
    const spots = r.findings.map((f) => JSON.stringify([f.location.path, f.location.line, f.location.column]));
    expect(new Set(spots).size).toBe(spots.length);
    const byPath = Object.fromEntries(r.findings.map((f) => [f.location.path, f.ruleId]));
    expect(byPath).toEqual({ 'k8s/secret.json': 'kubernetes-secret-data', 'k8s/secret.yaml': 'kubernetes-secret-data' });
  });

  it('keeps the more confident, then the provider rule, then the earlier rule; other spots untouched', () => {
    const rules = new Map(BUILTIN_RULES.map((r) => [r.id, r]));
    const generic = BUILTIN_RULES.find((r) => r.family === 'generic')!.id;
    const [p1, p2] = BUILTIN_RULES.filter((r) => r.family !== 'generic' && r.family !== 'entropy').map((r) => r.id);
    const at = (ruleId: string, line: number, confidence = 0.8) => ({ ruleId, path: 'a', line, column: 1, endLine: line, endColumn: 9, secret: 'S3cretValue', lineText: '', confidence });
    expect(oneFindingPerSpot([at(generic, 1), at(p1, 1)], rules).map((m) => m.ruleId)).toEqual([p1]);
    expect(oneFindingPerSpot([at(p1, 1, 0.8), at(generic, 1, 1)], rules).map((m) => m.ruleId)).toEqual([generic]);
    expect(oneFindingPerSpot([at(p2, 1), at(p1, 1)], rules).map((m) => m.ruleId)).toEqual([p1]);
    expect(oneFindingPerSpot([at(p1, 1), at(p1, 2), { ...at(p2, 1), secret: 'other' }], rules)).toHaveLength(3);
  });

  it('a value cut short where another starts is the same secret: the provider rule\'s match, else the longer one', () => {
    const rules = new Map(BUILTIN_RULES.map((r) => [r.id, r]));
    const [g1, g2] = BUILTIN_RULES.filter((r) => r.family === 'generic').map((r) => r.id);
    const [p1] = BUILTIN_RULES.filter((r) => r.family !== 'generic' && r.family !== 'entropy').map((r) => r.id);
    const at = (ruleId: string, secret: string, column = 5, confidence = 0.8) => ({ ruleId, path: 'a', line: 1, column, endLine: 1, endColumn: column + secret.length, secret, lineText: '', confidence });
    // The generic match is cut at `,` and more confident: the provider rule's whole value still wins.
    expect(oneFindingPerSpot([at(g1, 'Qw8pLm3vNx7', 5, 0.9), at(p1, 'Qw8pLm3vNx7,Rt2')], rules).map((m) => m.secret)).toEqual(['Qw8pLm3vNx7,Rt2']);
    expect(oneFindingPerSpot([at(p1, 'ghp_0123456789'), at(g1, 'ghp_0123456789abc')], rules).map((m) => m.ruleId)).toEqual([p1]);
    expect(oneFindingPerSpot([at(g1, 'abcdefgh12'), at(g2, 'abcdefgh12345')], rules).map((m) => m.ruleId)).toEqual([g2]);
    // Other starts, or values that are not prefixes of each other, stay apart.
    expect(oneFindingPerSpot([at(g1, 'abcdefgh12'), at(p1, 'abcdefgh12345', 6)], rules)).toHaveLength(2);
    expect(oneFindingPerSpot([at(g1, 'abcdefgh12'), at(p1, 'abcdefgX12345')], rules)).toHaveLength(2);
  });
});
