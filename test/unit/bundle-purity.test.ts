// Each committed action bundle carries its own engine and no other action's. An engine is recognised by the
// string literals of its source area (packages/core/src/<area>/, found through the decl that names the action):
// literals of 16+ characters that appear in no other area and not in the shared kit. Declarations are left out,
// since every bundle carries all of them (the config loader checks every .bulkhead.yml section).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const CORE = join(ROOT, 'packages/core/src');
const DIST = join(ROOT, 'dist');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? tsFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function literals(file: string): string[] {
  const out: string[] = [];
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, readFileSync(file, 'utf8'));
  // Braces opened inside `${...}` of template literals: a `}` closing one resumes the template (rescanned).
  const braces: number[] = [];
  for (let k = scanner.scan(); k !== ts.SyntaxKind.EndOfFileToken; k = scanner.scan()) {
    if (k === ts.SyntaxKind.TemplateHead) braces.push(0);
    else if (k === ts.SyntaxKind.OpenBraceToken && braces.length > 0) braces[braces.length - 1]++;
    else if (k === ts.SyntaxKind.CloseBraceToken && braces.length > 0) {
      if (braces[braces.length - 1] > 0) braces[braces.length - 1]--;
      else if (scanner.reScanTemplateToken(false) === ts.SyntaxKind.TemplateTail) braces.pop();
    }
    if (k !== ts.SyntaxKind.StringLiteral && k !== ts.SyntaxKind.NoSubstitutionTemplateLiteral) continue;
    const v = scanner.getTokenValue();
    if (v.length >= 16 && !v.includes('\n')) out.push(v);
  }
  return out;
}

// `GET /repos/{owner}/{repo}`: an API fact, also in the Octokit route table that every bundle's runner carries.
const HTTP_ROUTE = /^(GET|POST|PUT|PATCH|DELETE) \//;

const isDecl = (f: string) => /(^|\/)(decl|shapes)\.ts$/.test(f);

/** action name -> its engine's area, from `name: '<action>'` in packages/core/src/<area>/decl.ts. */
function actionAreas(): Map<string, string> {
  const map = new Map<string, string>();
  for (const area of readdirSync(CORE)) {
    const decl = join(CORE, area, 'decl.ts');
    if (!existsSync(decl)) continue;
    const name = /\bname:\s*'([a-z0-9-]+)'/.exec(readFileSync(decl, 'utf8'))?.[1];
    if (name) map.set(name, area);
  }
  return map;
}

function engineFingerprints(areas: readonly string[]): Map<string, string[]> {
  const byArea = new Map(areas.map((a) => [a, new Set(tsFiles(join(CORE, a)).filter((f) => !isDecl(f)).flatMap(literals))]));
  // The shared kit, and every declaration (option and output names recur in engines' reports).
  const shared = new Set(
    readdirSync(CORE)
      .flatMap((n) => (statSync(join(CORE, n)).isDirectory() ? tsFiles(join(CORE, n)) : n.endsWith('.ts') ? [join(CORE, n)] : []))
      .filter((f) => isDecl(f) || !areas.some((a) => f.startsWith(join(CORE, a) + '/')))
      .flatMap(literals),
  );
  // A declaration's option names count as shared however its source is tokenised (every bundle has them).
  const declText = areas.map((a) => join(CORE, a, 'decl.ts')).filter((f) => existsSync(f)).map((f) => readFileSync(f, 'utf8')).join('\n');
  const out = new Map<string, string[]>();
  for (const [area, set] of byArea) {
    const others = [...byArea].filter(([a]) => a !== area).map(([, s]) => s);
    out.set(area, [...set].filter((l) => !shared.has(l) && !declText.includes(l) && !HTTP_ROUTE.test(l) && !others.some((s) => s.has(l))));
  }
  return out;
}

function bundleText(action: string): string {
  const dir = join(DIST, action);
  return readdirSync(dir)
    .filter((n) => n.endsWith('.js'))
    .map((n) => readFileSync(join(dir, n), 'utf8'))
    .join('\n');
}

/** Share of an engine's fingerprints present in a bundle (a literal may be escaped in the minified output). */
function found(code: string, prints: readonly string[]): string[] {
  return prints.filter((l) => code.includes(l) || code.includes(JSON.stringify(l).slice(1, -1)));
}

function share(code: string, prints: readonly string[]): number {
  return found(code, prints).length / prints.length;
}

describe('action bundles carry only their own engine', () => {
  const areas = actionAreas();
  const prints = engineFingerprints([...areas.values()]);
  const shipped = [...areas.keys()].filter((a) => existsSync(join(DIST, a, 'index.js')));

  it('finds every action with a bundle, and enough fingerprints to tell engines apart', () => {
    expect(shipped).toEqual(expect.arrayContaining(['secret-scan', 'diff-telemetry']));
    for (const [area, list] of prints) expect(list.length, `fingerprints of ${area}`).toBeGreaterThan(40);
  });

  for (const action of shipped) {
    it(`${action}: its own engine is there, no other action's is`, () => {
      const code = bundleText(action);
      const own = areas.get(action)!;
      // The detector works: a bundle's own engine shows (a minifier keeps string literals).
      expect(share(code, prints.get(own)!), `${action} lacks its own engine (${own})`).toBeGreaterThan(0.1);
      for (const [area, list] of prints) {
        if (area === own) continue;
        const s = share(code, list);
        // A few incidental literals may coincide (an output name, a header name); an engine is hundreds.
        expect(s, `dist/${action} carries the ${area} engine (${Math.round(s * 100)}% of its literals: ${found(code, list).slice(0, 5).join(', ')}); rebundle or fix an import`).toBeLessThan(0.05);
      }
    });
  }
});
