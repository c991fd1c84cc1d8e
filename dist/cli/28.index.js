export const id = 28;
export const ids = [28];
export const modules = {

/***/ 2028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ command)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/fs/atomic.ts
var atomic = __webpack_require__(4444);
// EXTERNAL MODULE: ./packages/core/src/report/sarif.ts
var sarif = __webpack_require__(389);
// EXTERNAL MODULE: ./packages/core/src/report/json.ts
var json = __webpack_require__(3092);
// EXTERNAL MODULE: ./packages/core/src/policy/decl.ts
var decl = __webpack_require__(3130);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/core/src/digest/sha256.ts
var sha256 = __webpack_require__(1427);
// EXTERNAL MODULE: ./packages/core/src/digest/manifest.ts
var manifest = __webpack_require__(869);
;// CONCATENATED MODULE: ./packages/core/src/digest/checksums.ts
function unescapeName(name) {
    let out = '';
    for (let i = 0; i < name.length; i++) {
        const c = name[i];
        if (c !== '\\') {
            out += c;
            continue;
        }
        const n = name[++i];
        if (n === '\\')
            out += '\\';
        else if (n === 'n')
            out += '\n';
        else if (n === 'r')
            out += '\r';
        else
            return undefined;
    }
    return out;
}
const GNU = /^(\\?)([0-9a-fA-F]{64}) ([ *])(.+)$/;
const BSD = /^(\\?)SHA256 \((.+)\) = ([0-9a-fA-F]{64})$/;
function parseChecksums(text) {
    const entries = [];
    const problems = [];
    const lines = text.split('\n');
    if (lines.at(-1) === '')
        lines.pop();
    lines.forEach((raw, i) => {
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (line.trim() === '' || line.startsWith('#'))
            return;
        const g = GNU.exec(line);
        const b = g ? null : BSD.exec(line);
        const escaped = g ? g[1] === '\\' : b ? b[1] === '\\' : false;
        const hex = g ? g[2] : b?.[3];
        const name = g ? g[4] : b?.[2];
        if (!hex || name === undefined) {
            problems.push({ line: i + 1, problem: 'not a SHA-256 checksum line (expected `<64 hex>  NAME` or `SHA256 (NAME) = <64 hex>`)' });
            return;
        }
        const path = escaped ? unescapeName(name) : name;
        if (path === undefined) {
            problems.push({ line: i + 1, problem: 'bad escape in the file name' });
            return;
        }
        entries.push({ path: path.replace(/^\.\//, ''), sha256: hex.toLowerCase(), line: i + 1 });
    });
    return { entries, problems };
}

// EXTERNAL MODULE: ./packages/core/src/options/glob-match.ts
var glob_match = __webpack_require__(8472);
// EXTERNAL MODULE: ./packages/core/src/secrets/scanner/tree.ts
var tree = __webpack_require__(296);
;// CONCATENATED MODULE: ./packages/core/src/policy/rules.ts
const POLICY_RULES = [
    { id: 'binary-drift/drifted', name: 'binary drifted', severity: 'high', tags: ['supply-chain'], description: "A binary's SHA-256 differs from the reference checksum.", remediation: 'Find out where the binary came from. If the new version is intended, rebuild or re-vendor it from a trusted source and update the reference (`bulkhead policy-audit --write`); otherwise restore the referenced version.' },
    { id: 'binary-drift/missing', name: 'binary missing', severity: 'high', tags: ['supply-chain'], description: 'A file listed in the reference checksums is not there.', remediation: 'Restore the file, or remove its line from the reference if it is no longer shipped.' },
    { id: 'binary-drift/unexpected', name: 'binary unexpected', severity: 'medium', tags: ['supply-chain'], description: 'A file matched by the binaries globs has no line in the reference checksums.', remediation: 'Add the file to the reference once its origin is checked (`bulkhead policy-audit --write`), or remove it.' },
    { id: 'binary-drift/bad-reference', name: 'bad reference line', severity: 'medium', tags: ['supply-chain'], description: 'A line of the reference is not a SHA-256 checksum line, or names a path outside the audited root.', remediation: 'Fix the line: `<64 hex>  PATH` (GNU) or `SHA256 (PATH) = <64 hex>` (BSD), with PATH relative to the audited root.' },
    { id: 'submodules/insecure-url', name: 'submodule insecure url', severity: 'high', tags: ['supply-chain'], description: 'A submodule URL uses an unauthenticated transport (http:// or git://), so the fetched code can be swapped in transit.', remediation: 'Use an https:// or ssh URL for the submodule in .gitmodules.' },
    { id: 'submodules/local-url', name: 'submodule local url', severity: 'high', tags: ['supply-chain'], description: 'A submodule URL is a local path or file:// URL, so the build pulls whatever that machine has.', remediation: 'Point the submodule at its hosted repository over https:// or ssh.' },
    { id: 'submodules/unsupported-url', name: 'submodule unsupported url', severity: 'high', tags: ['supply-chain'], description: 'A submodule URL uses a transport other than https or ssh.', remediation: 'Use an https:// or ssh URL for the submodule in .gitmodules.' },
    { id: 'submodules/host-not-allowed', name: 'submodule host not allowed', severity: 'high', tags: ['supply-chain'], description: 'A submodule points at a host or organisation outside submodule-hosts.', remediation: 'Move the dependency to an allowed host or organisation, or add it to submodule-hosts after review.' },
    { id: 'submodules/commit-missing', name: 'submodule commit missing', severity: 'high', tags: ['supply-chain'], description: "The commit a submodule is pinned to does not exist in the submodule's repository.", remediation: 'Pin the submodule to a commit that exists upstream (`git -C PATH checkout <commit>` then commit the superproject).' },
    { id: 'submodules/commit-unreachable', name: 'submodule commit unreachable', severity: 'medium', tags: ['supply-chain'], description: "The pinned commit exists but is on no branch or tag of the submodule, so upstream may garbage-collect it and it was never reviewed there.", remediation: 'Pin the submodule to a commit on a branch or tag of its repository.' },
    { id: 'submodules/commit-unverified', name: 'submodule commit unverified', severity: 'low', tags: ['supply-chain'], description: 'The submodule is not checked out, so its pinned commit could not be verified.', remediation: 'Check out submodules (actions/checkout with `submodules: true`) before the audit.' },
    { id: 'submodules/repo-not-found', name: 'submodule repository not found', severity: 'high', tags: ['supply-chain'], description: 'A GitHub-hosted submodule points at a repository that does not exist (or the token cannot see), so whoever registers that name controls what the build pulls in.', remediation: 'Point the submodule at the repository that exists today, or remove it.' },
    { id: 'submodules/unexpected-writer', name: 'submodule unexpected writer', severity: 'high', tags: ['supply-chain'], description: 'Someone outside submodule-writers can push to a repository the build pulls in as a submodule.', remediation: 'Remove the push, maintain or admin right from that user or team on the submodule repository, or add them to submodule-writers after review.' },
    { id: 'submodules/writers-unreadable', name: 'submodule writers unreadable', severity: 'medium', tags: ['supply-chain'], description: "The token cannot read who can push to a submodule's repository, so its writers were not checked.", remediation: "Pass a token that can list the repository's collaborators and teams (it needs push access to that repository), or accept the gap." },
    { id: 'ci-budget/near-budget', name: 'ci budget near', severity: 'low', tags: ['ci-cost'], description: "The repository's workflow runs used 80 % or more of the CPU-hour budget of the period.", remediation: 'Look at the heaviest workflows in the report (cache dependencies, cancel superseded runs, use smaller runners).' },
    { id: 'ci-budget/over-budget', name: 'ci budget over', severity: 'medium', tags: ['ci-cost'], description: "The repository's workflow runs used more CPU-hours than the budget of the period.", remediation: 'Cut the heaviest workflows (see the report) or raise cpu-hour-budget on purpose.' },
    { id: 'ai-provenance/ai-commit', name: 'ai commit', severity: 'low', tags: ['ai-generated'], description: 'The file was changed by a commit marked as written by a coding agent.', remediation: 'Review the change with the same care as any third-party code; run SAST over the files listed in the ai-files output.' },
    { id: 'ai-provenance/ai-marker', name: 'ai marker', severity: 'low', tags: ['ai-generated'], description: 'The file carries an in-file marker of AI-generated code.', remediation: 'Review the marked code; run SAST over the files listed in the ai-files output.' },
    { id: 'ai-provenance/missing-label', name: 'ai missing label', severity: 'high', tags: ['ai-generated'], description: 'A pull request with AI-marked commits lacks the label the policy requires.', remediation: 'Review the AI-marked changes and add the required label (ai-label) to the pull request.' },
    { id: 'ai-provenance/missing-reviewer-team', name: 'ai missing reviewer team', severity: 'high', tags: ['ai-generated'], description: 'A pull request with AI-marked commits has neither a review requested from the required team nor an approval by one of its members.', remediation: 'Request a review from the team named in ai-reviewer-team, and have one of its members approve.' },
    { id: 'ai-provenance/reviewers-unreadable', name: 'ai reviewers unreadable', severity: 'medium', tags: ['ai-generated'], description: "The token cannot read the pull request's reviews or the reviewer team's members, so the reviewer-team policy was not checked.", remediation: 'Pass a token that can read pull requests and the organisation\'s team members (members: read), or accept the gap.' },
];
const BY_ID = new Map(POLICY_RULES.map((r) => [r.id, r]));
function policyRule(id) {
    const r = BY_ID.get(id);
    if (!r)
        throw new Error(`policy-audit: unknown rule ${id}`);
    return r;
}

;// CONCATENATED MODULE: ./packages/core/src/policy/finding.ts
// A policy finding in the kit's shape: severity from the rule, a fingerprint stable across runs.


/** `key` identifies the finding across runs (path, URL, commit...); it never holds a secret. */
function policyFinding(ruleId, key, message, location, properties) {
    const f = { ruleId, severity: policyRule(ruleId).severity, message, location, fingerprint: (0,sha256/* sha256Bytes */.LP)(`${ruleId}\0${key}`) };
    if (properties && Object.keys(properties).length > 0)
        f.properties = properties;
    return f;
}

;// CONCATENATED MODULE: ./packages/core/src/policy/reference.ts
// binary-drift's reference: a checksum file on disk (SHA256SUMS, a double-write manifest) or one published
// with a release, downloaded over https only and cut off past a size cap.



function tooBig(reference, maxBytes) {
    return new errors/* ResourceError */.BS({ input: 'reference', problem: `${reference} is larger than reference-max-bytes (${maxBytes} bytes)`, fix: 'point reference at the checksum file itself, or raise reference-max-bytes' });
}
async function readLocal(root, reference, maxBytes) {
    const abs = (0,external_node_path_.resolve)(root, reference);
    let fh;
    try {
        fh = await (0,promises_.open)(abs, 'r');
    }
    catch (e) {
        const code = e.code;
        throw new errors/* ResourceError */.BS({ input: 'reference', problem: `${reference} cannot be read (${code === 'ENOENT' ? 'no such file' : (code ?? 'error')})`, fix: 'write it first (bulkhead policy-audit --write --reference FILE) or fix the path (relative to path)' });
    }
    try {
        const { size } = await fh.stat();
        if (size > maxBytes)
            throw tooBig(reference, maxBytes);
        const text = (await fh.readFile()).toString('utf8');
        const rel = (0,external_node_path_.relative)(root, abs);
        return { text, localPath: rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) ? undefined : rel.split('\\').join('/') };
    }
    finally {
        await fh.close();
    }
}
async function download(url, reference, maxBytes, fetcher) {
    const ac = new AbortController();
    const timer = setTimeout(() => ac.abort(), 30_000);
    try {
        const res = await fetcher(url.href, { signal: ac.signal, redirect: 'follow' });
        // A redirect may not downgrade to http.
        if (res.url && !res.url.startsWith('https://'))
            throw new errors/* ResourceError */.BS({ input: 'reference', problem: `${reference} redirected to a non-https URL`, fix: 'use the final https:// URL of the checksum file' });
        if (!res.ok)
            throw new errors/* ResourceError */.BS({ input: 'reference', problem: `${reference} answered HTTP ${res.status}`, fix: 'check the URL of the release asset (it must be public, or use a local copy)' });
        const declared = Number(res.headers.get('content-length') ?? NaN);
        if (declared > maxBytes)
            throw tooBig(reference, maxBytes);
        const parts = [];
        let got = 0;
        for await (const chunk of res.body ?? []) {
            got += chunk.length;
            if (got > maxBytes) {
                ac.abort();
                throw tooBig(reference, maxBytes);
            }
            parts.push(Buffer.from(chunk));
        }
        return { text: Buffer.concat(parts).toString('utf8') };
    }
    catch (e) {
        if (e instanceof errors/* ResourceError */.BS)
            throw e;
        throw new errors/* ResourceError */.BS({ input: 'reference', problem: `${reference} could not be downloaded (${e.name === 'AbortError' ? 'timed out after 30 s' : e.message})`, fix: 'check the URL and the runner\'s network access' });
    }
    finally {
        clearTimeout(timer);
    }
}
/** Reads the reference named by the `reference` option: a path relative to `root`, or an https:// URL. */
async function loadReference(root, reference, maxBytes, fetcher = fetch) {
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(reference)?.[1]?.toLowerCase();
    if (scheme === undefined)
        return readLocal(root, reference, maxBytes);
    if (scheme !== 'https') {
        throw new errors/* InputError */.dz({ input: 'reference', problem: `${scheme}:// is not accepted for a checksum file (it could be altered in transit)`, fix: 'use the https:// URL of the release asset, or a local file' });
    }
    return download(new URL(reference), reference, maxBytes, fetcher);
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./packages/core/src/policy/version-command.ts
// The version an executable reports (`version-command`, e.g. `{} --version`), for drift findings: run
// without a shell, `{}` replaced by the file, first line of output, killed after 5 s.


const TIMEOUT_MS = 5000;
function parseVersionCommand(command) {
    const argv = command.trim().split(/\s+/).filter(Boolean);
    if (!argv.includes('{}')) {
        throw new errors/* InputError */.dz({ input: 'version-command', problem: 'has no `{}` for the file to ask', fix: 'write it as the program and arguments with {} for the binary, e.g. `{} --version`' });
    }
    return argv;
}
/** The first non-empty output line (stdout, else stderr), at most 200 characters; undefined when the command fails. */
function reportedVersion(argv, file, cwd) {
    const [cmd, ...args] = argv.map((a) => a.split('{}').join(file));
    return new Promise((resolveVersion) => {
        (0,external_node_child_process_.execFile)(cmd, args, { cwd, timeout: TIMEOUT_MS, maxBuffer: 1 << 20, encoding: 'utf8' }, (err, stdout, stderr) => {
            const line = `${stdout}\n${stderr}`.split('\n').map((l) => l.trim()).find(Boolean);
            resolveVersion(err && !line ? undefined : line?.slice(0, 200));
        });
    });
}

;// CONCATENATED MODULE: ./packages/core/src/policy/binary-drift.ts
// binary-drift: hash the files matched by `binaries` (streamed, one at a time) and compare them with the
// reference checksums. Drifted (both hashes), missing and unexpected files are findings; `--write` makes the
// reference instead. Paths in the reference are relative to the audited root, as `sha256sum -c` reads them
// when run there.









/** Root-relative paths of the files the globs match, sorted. */
async function matchBinaries(root, binaries) {
    if (binaries.length === 0)
        return [];
    const globs = (0,glob_match/* compilePathGlobs */.Q)(binaries);
    const out = [];
    for await (const f of (0,tree/* walkTree */.I)(root))
        if (globs.matches(f.path))
            out.push(f.path);
    return out.sort();
}
/** The reference text for the files matched now (sha256sum format, the canonical manifest). */
async function writeReferenceText(root, binaries) {
    if (binaries.length === 0)
        throw new errors/* InputError */.dz({ input: 'binaries', problem: 'no globs given, so there is nothing to write', fix: 'pass --binaries GLOB (e.g. bin/**)' });
    const entries = [];
    for (const path of await matchBinaries(root, binaries)) {
        const d = await (0,sha256/* sha256File */.Q3)((0,external_node_path_.join)(root, path));
        entries.push({ path, sha256: d.sha256, bytes: d.bytes });
    }
    return { text: (0,manifest/* buildManifest */.u1)(entries).text, files: entries.length };
}
function unsafePath(p) {
    return p.startsWith('/') || /^[A-Za-z]:/.test(p) || p.split('/').includes('..');
}
async function isFile(abs) {
    try {
        const s = await (0,promises_.stat)(abs);
        return s.isFile() ? { executable: (s.mode & 0o111) !== 0 } : undefined;
    }
    catch {
        return undefined;
    }
}
async function checkBinaryDrift(input) {
    const summary = { reference: input.reference, files: 0, bytes: 0, drifted: [], missing: [], unexpected: [] };
    const findings = [];
    const notes = [];
    if (!input.reference) {
        if (input.binaries.length > 0)
            throw new errors/* InputError */.dz({ input: 'reference', problem: 'binaries are given but no reference to compare them with', fix: 'set reference to a SHA256SUMS file or manifest (bulkhead policy-audit --write makes one)' });
        notes.push('binary-drift: no binaries or reference configured; nothing to check');
        return { findings, notes, summary };
    }
    const versionArgv = input.versionCommand ? parseVersionCommand(input.versionCommand) : undefined;
    const ref = await loadReference(input.root, input.reference, input.referenceMaxBytes, input.fetcher);
    const at = (line, path) => (ref.localPath ? { path: ref.localPath, line } : { path });
    const parsed = parseChecksums(ref.text);
    for (const p of parsed.problems)
        findings.push(policyFinding('binary-drift/bad-reference', `${input.reference}:${p.line}`, `${input.reference} line ${p.line}: ${p.problem}`, at(p.line, input.reference)));
    const expected = new Map();
    for (const e of parsed.entries) {
        if (unsafePath(e.path) || expected.has(e.path)) {
            const why = expected.has(e.path) ? 'lists the path a second time' : 'names a path outside the audited root';
            findings.push(policyFinding('binary-drift/bad-reference', `${input.reference}:${e.line}`, `${input.reference} line ${e.line} ${why} (${e.path})`, at(e.line, input.reference)));
            continue;
        }
        expected.set(e.path, e);
    }
    const matched = await matchBinaries(input.root, input.binaries);
    const paths = [...new Set([...expected.keys(), ...matched])].sort();
    for (const path of paths) {
        const abs = (0,external_node_path_.join)(input.root, path);
        const want = expected.get(path);
        const file = await isFile(abs);
        if (!file) {
            if (want) {
                summary.missing.push(path);
                findings.push(policyFinding('binary-drift/missing', path, `${path} is listed in the reference but is not there`, at(want.line, path), { expected: want.sha256 }));
            }
            continue;
        }
        const got = await (0,sha256/* sha256File */.Q3)(abs);
        summary.files++;
        summary.bytes += got.bytes;
        if (want && want.sha256 === got.sha256)
            continue;
        const version = versionArgv && file.executable ? await reportedVersion(versionArgv, abs, input.root) : undefined;
        const props = { actual: got.sha256, bytes: got.bytes, ...(version ? { version } : {}) };
        const says = version ? ` (reports: ${version})` : '';
        if (want) {
            summary.drifted.push(path);
            findings.push(policyFinding('binary-drift/drifted', `${path}\0${want.sha256}\0${got.sha256}`, `${path} drifted from the reference: expected sha256 ${want.sha256}, found ${got.sha256}${says}`, { path }, { expected: want.sha256, ...props }));
        }
        else {
            summary.unexpected.push(path);
            findings.push(policyFinding('binary-drift/unexpected', `${path}\0${got.sha256}`, `${path} is not in the reference (sha256 ${got.sha256})${says}`, { path }, props));
        }
    }
    notes.push(`binary-drift: ${summary.files} files hashed against ${input.reference}: ${summary.drifted.length} drifted, ${summary.missing.length} missing, ${summary.unexpected.length} unexpected`);
    return { findings, notes, summary };
}

// EXTERNAL MODULE: ./packages/core/src/report/severity.ts
var severity = __webpack_require__(4993);
// EXTERNAL MODULE: ./packages/core/src/git/describe.ts
var describe = __webpack_require__(1761);
// EXTERNAL MODULE: ./packages/core/src/git/exec.ts
var exec = __webpack_require__(7589);
// EXTERNAL MODULE: ./packages/core/src/git/availability.ts
var availability = __webpack_require__(5223);
;// CONCATENATED MODULE: ./packages/core/src/policy/ai-markers.ts
// Matching the markers of AI-written commits and files (the default lists live with the declaration, which
// every bundle carries for the config loader, so the defaults do not pull this engine into other actions).
function compileMarkers(markers) {
    const list = markers
        .map((m) => m.trim())
        .filter(Boolean)
        .map((m) => ({ marker: m, lower: m.toLowerCase(), trailer: m.endsWith(':') }));
    return {
        match(line) {
            const l = line.trim().toLowerCase();
            for (const m of list)
                if (m.trailer ? l.startsWith(m.lower) : l.includes(m.lower))
                    return m.marker;
            return undefined;
        },
    };
}

// EXTERNAL MODULE: ./packages/core/src/git/target.ts
var git_target = __webpack_require__(3489);
;// CONCATENATED MODULE: ./packages/core/src/policy/change.ts
// The change ai-provenance looks at: the event's range as diff-telemetry resolves it, explicit base/head
// winning, else the last commit (head's parent..head, or the root commit alone).




async function resolveChange(input) {
    let target = (0,git_target/* resolveTarget */.u)(input.event, { mode: 'auto', base: input.base || undefined, head: input.head || undefined });
    if (target.kind === 'tree') {
        const head = input.head || input.event.head || input.event.sha || 'HEAD';
        target = (await (0,exec/* gitSucceeds */.GN)(input.cwd, ['rev-parse', '--verify', '--quiet', `${head}^{commit}^`]))
            ? { kind: 'range', base: `${head}^`, head }
            : { kind: 'history', head };
    }
    const wanted = target;
    target = await (0,availability/* ensureCommits */.nm)(input.cwd, target, { fetch: input.fetch, commitCount: input.event.commitCount, log: input.log });
    if (input.base && wanted.kind === 'range' && target.kind !== 'range') {
        throw new errors/* InputError */.dz({ input: 'base', problem: `'${input.base}' is not a commit in this repository`, fix: 'check the ref, or fetch it first (git fetch origin <ref>)' });
    }
    return target;
}
/** The commit whose tree is the change's end state. */
function headOf(target) {
    switch (target.kind) {
        case 'range':
        case 'new-branch':
            return target.head;
        case 'history':
            return target.head ?? 'HEAD';
        default:
            return 'HEAD';
    }
}

;// CONCATENATED MODULE: ./packages/core/src/policy/github.ts
// What policy-audit needs from the GitHub REST API, as a small interface: core never imports @actions/* or
// Octokit. `octokitApi` adapts any Octokit-shaped client (the runner's getOctokit, the CLI's @octokit/core)
// with pagination on every list; `rateLimitHandlers` is the throttling plugin's policy, shared by both.
/** An HTTP failure of the API, with the status the checks decide on (403, 404). */
class GitHubApiError extends Error {
    status;
    endpoint;
    constructor(status, endpoint, message) {
        super(`${endpoint}: HTTP ${status}${message ? ` (${message})` : ''}`);
        this.name = 'GitHubApiError';
        this.status = status;
        this.endpoint = endpoint;
    }
}
const str = (v) => (typeof v === 'string' ? v : '');
async function call(endpoint, run) {
    try {
        return await run();
    }
    catch (e) {
        const status = e.status;
        if (typeof status === 'number')
            throw new GitHubApiError(status, endpoint, str(e.response?.data?.message) || e.message);
        throw e;
    }
}
const WRITE_ORDER = ['admin', 'maintain', 'push'];
function userPermission(p) {
    return WRITE_ORDER.find((k) => p?.[k] === true);
}
function octokitApi(client) {
    return {
        async visibility(owner, repo) {
            const { data } = await call(`GET /repos/${owner}/${repo}`, () => client.request('GET /repos/{owner}/{repo}', { owner, repo }));
            const d = data;
            return str(d.visibility) || (d.private === true ? 'private' : 'public');
        },
        async writers(owner, repo) {
            const users = (await call(`GET /repos/${owner}/${repo}/collaborators`, () => client.paginate('GET /repos/{owner}/{repo}/collaborators', { owner, repo, affiliation: 'all', per_page: 100 })));
            const teams = (await call(`GET /repos/${owner}/${repo}/teams`, () => client.paginate('GET /repos/{owner}/{repo}/teams', { owner, repo, per_page: 100 })));
            const out = [];
            for (const u of users) {
                const permission = userPermission(u.permissions);
                if (permission)
                    out.push({ kind: 'user', name: str(u.login), permission });
            }
            for (const t of teams) {
                const p = str(t.permission);
                if (WRITE_ORDER.includes(p))
                    out.push({ kind: 'team', name: `${owner}/${str(t.slug)}`, permission: p });
            }
            return out;
        },
        async workflowRuns(owner, repo, since) {
            const runs = (await call(`GET /repos/${owner}/${repo}/actions/runs`, () => client.paginate('GET /repos/{owner}/{repo}/actions/runs', { owner, repo, created: `>=${since}`, per_page: 100 })));
            return runs.map((r) => ({ id: Number(r.id), name: str(r.name), createdAt: str(r.created_at) }));
        },
        async runJobs(owner, repo, runId) {
            const jobs = (await call(`GET /repos/${owner}/${repo}/actions/runs/${runId}/jobs`, () => client.paginate('GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs', { owner, repo, run_id: runId, filter: 'all', per_page: 100 })));
            return jobs.map((j) => ({
                id: Number(j.id),
                name: str(j.name),
                labels: Array.isArray(j.labels) ? j.labels.map(str) : [],
                startedAt: str(j.started_at) || null,
                completedAt: str(j.completed_at) || null,
            }));
        },
        async pullReviewers(owner, repo, pull) {
            const endpoint = `GET /repos/${owner}/${repo}/pulls/${pull}`;
            const { data } = await call(`${endpoint}/requested_reviewers`, () => client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', { owner, repo, pull_number: pull }));
            const teams = data.teams ?? [];
            const reviews = (await call(`${endpoint}/reviews`, () => client.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', { owner, repo, pull_number: pull, per_page: 100 })));
            // Reviews come oldest first: a reviewer's last word counts (an approval later dismissed or changed does not).
            const last = new Map();
            for (const r of reviews)
                last.set(str(r.user?.login), str(r.state));
            return { requestedTeams: teams.map((t) => str(t.slug)), approvedBy: [...last].filter(([, st]) => st === 'APPROVED').map(([l]) => l) };
        },
        async teamMembers(org, slug) {
            const members = (await call(`GET /orgs/${org}/teams/${slug}/members`, () => client.paginate('GET /orgs/{org}/teams/{team_slug}/members', { org, team_slug: slug, per_page: 100 })));
            return members.map((m) => str(m.login));
        },
    };
}
/** Waits longer than this are not worth a CI step's time: fail with the rate-limit error instead. */
const MAX_WAIT_S = 120;
/**
 * The throttling plugin's options: retry a primary or secondary rate limit twice when the wait is short,
 * saying so in the log. (Other 429s and 5xx are the retry plugin's.)
 */
function rateLimitHandlers(log) {
    const decide = (kind) => (retryAfter, options, _o, retryCount) => {
        const retry = retryCount < 2 && retryAfter <= MAX_WAIT_S;
        log(`GitHub API ${kind} rate limit on ${options.method ?? 'GET'} ${options.url ?? ''}: ${retry ? `retrying in ${retryAfter} s` : 'giving up'}`);
        return retry;
    };
    return { onRateLimit: decide('primary'), onSecondaryRateLimit: decide('secondary') };
}

;// CONCATENATED MODULE: ./packages/core/src/policy/review-policy.ts
// ai-provenance's reviewer-team policy, read through the API: a pull request with AI-marked commits must have
// a review requested from the team (`org/team-slug`) or an approval by one of its members (GitHub drops the
// team's request once a member reviews). A token that cannot read that is a finding of its own.



async function checkReviewerTeam(input) {
    const [org, slug] = input.team.split('/');
    if (!org || !slug)
        throw new errors/* InputError */.dz({ input: 'ai-reviewer-team', problem: `'${input.team}' is not org/team-slug`, fix: 'name the team as ORG/TEAM-SLUG, e.g. acme/security-review' });
    if (!input.api)
        throw new errors/* InputError */.dz({ input: 'token', problem: 'ai-reviewer-team reads the pull request\'s reviewers from the GitHub API and needs a token', fix: 'pass token: ${{ github.token }} (pull-requests: read; members: read for the team)' });
    const pull = Number(/^#(\d+)$/.exec(input.event.ref ?? '')?.[1]);
    const [owner, repo] = (input.event.repository ?? '').split('/');
    if (!pull || !owner || !repo)
        return [];
    const key = `${input.event.repository}#${pull}\0${input.team}`;
    try {
        const { requestedTeams, approvedBy } = await input.api.pullReviewers(owner, repo, pull);
        if (requestedTeams.some((t) => t.toLowerCase() === slug.toLowerCase()))
            return [];
        if (approvedBy.length > 0) {
            const members = new Set((await input.api.teamMembers(org, slug)).map((m) => m.toLowerCase()));
            if (approvedBy.some((l) => members.has(l.toLowerCase())))
                return [];
        }
    }
    catch (e) {
        if (!(e instanceof GitHubApiError))
            throw e;
        if (e.status === 401 || e.status === 403 || e.status === 404) {
            return [policyFinding('ai-provenance/reviewers-unreadable', key, `the token cannot read ${e.endpoint.replace(/^GET /, '')} (HTTP ${e.status}), so the reviewer team ${input.team} was not checked`, input.at, { team: input.team, status: e.status })];
        }
        throw new errors/* ResourceError */.BS({ input: 'token', problem: `the GitHub API failed: ${e.message}`, fix: 'check GITHUB_API_URL and the runner network; retry the job' });
    }
    return [
        policyFinding('ai-provenance/missing-reviewer-team', key, `${input.aiCommits} AI-marked commit${input.aiCommits === 1 ? '' : 's'} in #${pull}, which has no review requested from ${input.team} and no approval by its members`, input.at, { team: input.team }),
    ];
}

;// CONCATENATED MODULE: ./packages/core/src/policy/ai-provenance.ts
// ai-provenance: commits of the change marked as written by a coding agent (trailers, footers, author), the
// files they touched, and files of the change carrying an in-file marker. Each becomes a low finding (a SARIF
// note tagged ai-generated); the policy part (a required PR label) is a high one.







const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
function nulList(text) {
    return text.split('\0').filter(Boolean);
}
/** Commits of the change, each with the marker that flags it (if any). */
async function markedCommits(cwd, rev, markers) {
    const set = compileMarkers(markers);
    // %x1e ends a record, %x1f separates fields: neither appears in a commit message git accepts from us.
    const out = await (0,exec/* git */.$Y)(cwd, ['log', '--format=%H%x1f%an <%ae>%x1f%B%x1e', ...rev, '--']);
    const records = out.split('\x1e').map((r) => r.replace(/^\n/, '')).filter(Boolean);
    const marked = [];
    for (const r of records) {
        const [sha, author, body = ''] = r.split('\x1f');
        const marker = set.match(author) ?? body.split('\n').map((l) => set.match(l)).find(Boolean);
        if (marker)
            marked.push({ sha, marker });
    }
    return { all: records.length, marked: marked.reverse() };
}
async function checkAiProvenance(input) {
    const { cwd, target } = input;
    const findings = [];
    const notes = [];
    const rev = (0,availability/* revListArgs */.fy)(target);
    const range = (0,describe/* describeTarget */.f)(target);
    if (!rev) {
        notes.push(`ai-provenance: ${range}`);
        return { findings, notes, summary: { range, commits: 0, aiCommits: [], files: [] } };
    }
    const head = headOf(target);
    const atHead = new Set(nulList(await (0,exec/* git */.$Y)(cwd, ['ls-tree', '-r', '-z', '--name-only', head])));
    const { all, marked } = await markedCommits(cwd, rev, input.markers);
    const byFile = new Map();
    for (const c of marked) {
        const touched = nulList(await (0,exec/* git */.$Y)(cwd, ['diff-tree', '--root', '--no-commit-id', '-r', '-z', '--name-only', c.sha]));
        for (const p of touched)
            if (atHead.has(p) && !byFile.has(p))
                byFile.set(p, c);
    }
    for (const [path, c] of byFile) {
        findings.push(policyFinding('ai-provenance/ai-commit', `${path}\0${c.sha}`, `${path} was changed by commit ${c.sha.slice(0, 12)}, marked as AI-generated ('${c.marker}')`, { path, line: 1, commit: c.sha }, { marker: c.marker }));
    }
    // In-file markers in the files the change touched, as they are at head.
    const changed = new Set(nulList(await (0,exec/* git */.$Y)(cwd, ['log', '--format=', '--name-only', '-z', ...rev, '--'])).filter((p) => atHead.has(p)));
    const fileMarkers = input.fileMarkers.map((m) => m.trim()).filter(Boolean);
    const markerSet = compileMarkers(fileMarkers);
    const markedFiles = new Set();
    if (changed.size > 0 && fileMarkers.length > 0) {
        const args = ['grep', '-I', '-n', '-z', '-i', '-F', ...fileMarkers.flatMap((m) => ['-e', m]), head, '--'];
        const res = await (0,exec/* runGit */.EO)(cwd, args, { allowFailure: true });
        // `<rev>:<path>\0<line>\0<text>\n` per hit; exit 1 means no hit.
        for (const hit of res.stdout.split('\n')) {
            const [revPath, line, text = ''] = hit.split('\0');
            if (!line)
                continue;
            const path = revPath.slice(head.length + 1);
            const marker = markerSet.match(text);
            if (!changed.has(path) || !marker)
                continue;
            markedFiles.add(path);
            findings.push(policyFinding('ai-provenance/ai-marker', `${path}\0${marker}\0${line}`, `${path} line ${line} carries the AI marker '${marker}'`, { path, line: Number(line) }, { marker }));
        }
    }
    const files = [...new Set([...byFile.keys(), ...markedFiles])].sort();
    const isPr = PR_EVENTS.has(input.event.eventName);
    if ((input.label || input.reviewerTeam) && marked.length > 0 && !isPr)
        notes.push(`ai-provenance: ai-label and ai-reviewer-team apply to pull requests; this is a ${input.event.eventName} run`);
    if (input.reviewerTeam && marked.length > 0 && isPr) {
        findings.push(...(await checkReviewerTeam({ api: input.api, event: input.event, team: input.reviewerTeam, aiCommits: marked.length, at: { path: files[0] ?? '.github', line: 1 } })));
    }
    if (input.label && marked.length > 0 && isPr) {
        if (!input.event.labels.includes(input.label)) {
            findings.push(policyFinding('ai-provenance/missing-label', `${input.event.ref ?? ''}\0${input.label}`, `${marked.length} AI-marked commit${marked.length === 1 ? '' : 's'} in ${input.event.ref ?? 'this pull request'}, which lacks the required label '${input.label}'`, { path: files[0] ?? '.github', line: 1 }, { label: input.label }));
        }
    }
    notes.push(`ai-provenance: ${range}: ${all} commits, ${marked.length} AI-marked, ${files.length} AI-touched files`);
    return { findings, notes, summary: { range, commits: all, aiCommits: marked, files } };
}

// EXTERNAL MODULE: ./packages/core/src/options/suggest.ts
var suggest = __webpack_require__(5046);
;// CONCATENATED MODULE: ./packages/core/src/policy/types.ts
const CHECK_NAMES = ['binary-drift', 'submodules', 'ai-provenance', 'ci-budget'];

;// CONCATENATED MODULE: ./packages/core/src/policy/checks.ts
// The `checks` list: known names only, each once, in the order given.



function parseChecks(list) {
    const out = [];
    for (const raw of list) {
        const name = raw.trim().toLowerCase();
        if (!CHECK_NAMES.includes(name)) {
            const near = (0,suggest/* closest */.k)(name, CHECK_NAMES);
            throw new errors/* InputError */.dz({ input: 'checks', problem: `'${raw}' is not a check`, fix: near ? `did you mean '${near}'? Checks: ${CHECK_NAMES.join(', ')}` : `choose from ${CHECK_NAMES.join(', ')}` });
        }
        if (!out.includes(name))
            out.push(name);
    }
    if (out.length === 0)
        throw new errors/* InputError */.dz({ input: 'checks', problem: 'no check selected', fix: `name at least one of ${CHECK_NAMES.join(', ')}` });
    return out;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./packages/core/src/policy/submodule-url.ts
// What a submodule URL is, as git reads it: https, ssh (`ssh://` or scp-like `user@host:path`), the weak
// transports (http, git), a local path / file://, or something else. Relative URLs (`../x.git`) are resolved
// against the superproject's origin, as `git submodule` does.
const SCP_LIKE = /^(?:[^@/:]+@)?([^/:]+):(?!\/\/)(.*)$/;
function repoPathOf(p) {
    return p.replace(/^\/+/, '').replace(/\/+$/, '').replace(/\.git$/, '');
}
/** `../other.git` against `https://github.com/org/super.git` -> `https://github.com/org/other.git`. */
function resolveRelative(url, origin) {
    const segs = origin.replace(/\/+$/, '').split('/');
    let rest = url;
    for (;;) {
        if (rest.startsWith('./'))
            rest = rest.slice(2);
        else if (rest.startsWith('../')) {
            rest = rest.slice(3);
            segs.pop();
        }
        else
            break;
    }
    return `${segs.join('/')}/${rest}`;
}
function classifyUrl(url, origin) {
    const u = url.trim();
    if (u.startsWith('./') || u.startsWith('../')) {
        if (!origin)
            return { kind: 'local', resolved: u };
        const resolved = resolveRelative(u, origin);
        return { ...classifyUrl(resolved), resolved };
    }
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(u)?.[1]?.toLowerCase();
    if (scheme) {
        if (scheme === 'file')
            return { kind: 'local', resolved: u };
        if (scheme === 'http' || scheme === 'git')
            return { kind: 'insecure', resolved: u };
        if (scheme !== 'https' && scheme !== 'ssh' && scheme !== 'git+ssh' && scheme !== 'ssh+git')
            return { kind: 'unsupported', resolved: u };
        let parsed;
        try {
            parsed = new URL(u);
        }
        catch {
            return { kind: 'unsupported', resolved: u };
        }
        return { kind: scheme === 'https' ? 'https' : 'ssh', host: parsed.hostname.toLowerCase(), repoPath: repoPathOf(decodeURIComponent(parsed.pathname)), resolved: u };
    }
    if (u.startsWith('/') || /^[A-Za-z]:[\\/]/.test(u) || u.includes('::'))
        return { kind: u.includes('::') ? 'unsupported' : 'local', resolved: u };
    const scp = SCP_LIKE.exec(u);
    if (scp)
        return { kind: 'ssh', host: scp[1].toLowerCase(), repoPath: repoPathOf(scp[2]), resolved: u };
    // A bare word or relative path without ./ is a local path to git.
    return { kind: 'local', resolved: u };
}
/** `github.com` allows the host; `github.com/org` (or deeper) allows that prefix of whole path segments. */
function hostAllowed(c, allowed) {
    if (!c.host)
        return undefined;
    const path = (c.repoPath ?? '').toLowerCase();
    for (const entry of allowed) {
        const [host, ...rest] = entry.trim().toLowerCase().replace(/\/+$/, '').split('/');
        if (host !== c.host)
            continue;
        const prefix = rest.join('/');
        if (prefix === '' || path === prefix || path.startsWith(`${prefix}/`))
            return entry;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/policy/submodule-access.ts
// submodules with a token: for each GitHub-hosted submodule, the repository's visibility and everyone who
// can push to it, compared with submodule-writers. A token that cannot read the writers is a finding of its
// own; a repository that is gone is a high one (its name can be registered by anyone).



function apiFailure(e) {
    return new errors/* ResourceError */.BS({ input: 'token', problem: `the GitHub API failed: ${e.message}`, fix: 'check GITHUB_API_URL and the runner network; retry the job' });
}
/** Findings for one GitHub-hosted submodule (`owner/repo`); fills `summary.visibility` / `summary.writers`. */
async function checkAccess(input, ownerRepo, summary, at) {
    const [owner, repo] = ownerRepo.split('/');
    const where = `submodule ${summary.path || summary.name} (${ownerRepo})`;
    try {
        summary.visibility = await input.api.visibility(owner, repo);
    }
    catch (e) {
        if (!(e instanceof GitHubApiError))
            throw e;
        if (e.status === 404)
            return [policyFinding('submodules/repo-not-found', ownerRepo, `${where}: the repository does not exist or the token cannot see it`, at, { repository: ownerRepo })];
        if (e.status === 401 || e.status === 403)
            return [policyFinding('submodules/writers-unreadable', `${ownerRepo}\0repo`, `${where}: the token cannot read the repository (HTTP ${e.status})`, at, { repository: ownerRepo })];
        throw apiFailure(e);
    }
    if (input.writers.length === 0)
        return [];
    let writers;
    try {
        writers = await input.api.writers(owner, repo);
    }
    catch (e) {
        if (!(e instanceof GitHubApiError))
            throw e;
        if (e.status === 401 || e.status === 403 || e.status === 404) {
            return [policyFinding('submodules/writers-unreadable', `${ownerRepo}\0writers`, `${where}: the token cannot list who can push to it (HTTP ${e.status} on ${e.endpoint.replace(/^GET /, '')})`, at, { repository: ownerRepo, status: e.status })];
        }
        throw apiFailure(e);
    }
    summary.writers = writers.map((w) => `${w.kind}:${w.name}`);
    const allowed = new Set(input.writers.map((w) => w.trim().toLowerCase()));
    return writers
        .filter((w) => !allowed.has(w.name.toLowerCase()))
        .map((w) => policyFinding('submodules/unexpected-writer', `${ownerRepo}\0${w.kind}\0${w.name}`, `${where}: ${w.kind} ${w.name} has ${w.permission} rights and is not in submodule-writers`, at, { repository: ownerRepo, writer: w.name, kind: w.kind, permission: w.permission }));
}

;// CONCATENATED MODULE: ./packages/core/src/policy/submodules.ts
// submodules: .gitmodules hygiene. Every URL uses https or ssh, points at an allowed host/organisation, and
// the commit HEAD pins exists in the submodule's repository (checked in the checked-out submodule).






/** Sections of .gitmodules with the line of each URL (git config gives values; lines are for annotations). */
async function readGitmodules(cwd) {
    const res = await (0,exec/* runGit */.EO)(cwd, ['config', '-z', '-f', '.gitmodules', '--get-regexp', '^submodule\\.'], { allowFailure: true });
    const byName = new Map();
    for (const rec of res.stdout.split('\0').filter(Boolean)) {
        const nl = rec.indexOf('\n');
        const key = rec.slice(0, nl);
        const value = rec.slice(nl + 1);
        const m = /^submodule\.(.+)\.(path|url)$/.exec(key);
        if (!m)
            continue;
        const d = byName.get(m[1]) ?? { name: m[1], urlLine: 1 };
        d[m[2]] = value;
        byName.set(m[1], d);
    }
    const lines = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(cwd, '.gitmodules'), 'utf8').split('\n');
    let section;
    lines.forEach((l, i) => {
        const s = /^\s*\[submodule\s+"(.*)"\s*\]/.exec(l);
        if (s)
            section = s[1];
        else if (section && /^\s*url\s*=/.test(l) && byName.has(section))
            byName.get(section).urlLine = i + 1;
    });
    return [...byName.values()];
}
/** Gitlinks (mode 160000) in HEAD: path -> pinned commit. */
async function pinnedCommits(cwd) {
    const res = await (0,exec/* runGit */.EO)(cwd, ['ls-tree', '-r', '-z', 'HEAD'], { allowFailure: true });
    const out = new Map();
    for (const rec of res.stdout.split('\0')) {
        const m = /^160000 commit ([0-9a-f]+)\t(.+)$/.exec(rec);
        if (m)
            out.set(m[2], m[1]);
    }
    return out;
}
const URL_RULE = {
    insecure: { rule: 'submodules/insecure-url', why: 'uses an unauthenticated transport' },
    local: { rule: 'submodules/local-url', why: 'is a local path' },
    unsupported: { rule: 'submodules/unsupported-url', why: 'uses a transport other than https or ssh' },
};
async function checkPinned(cwd, d, commit, at) {
    const dir = (0,external_node_path_.join)(cwd, d.path);
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, '.git')) || !(await (0,exec/* gitSucceeds */.GN)(dir, ['rev-parse', '--git-dir']))) {
        return policyFinding('submodules/commit-unverified', `${d.path}\0${commit}`, `submodule ${d.path} is not checked out, so its pinned commit ${commit.slice(0, 12)} was not verified`, at, { commit });
    }
    if (!(await (0,exec/* gitSucceeds */.GN)(dir, ['cat-file', '-e', `${commit}^{commit}`]))) {
        return policyFinding('submodules/commit-missing', `${d.path}\0${commit}`, `submodule ${d.path} is pinned to ${commit.slice(0, 12)}, which does not exist in its repository`, at, { commit });
    }
    const refs = (await (0,exec/* git */.$Y)(dir, ['for-each-ref', '--count=1', '--contains', commit, '--format=%(refname)', 'refs/heads', 'refs/remotes', 'refs/tags'])).trim();
    if (!refs)
        return policyFinding('submodules/commit-unreachable', `${d.path}\0${commit}`, `submodule ${d.path} is pinned to ${commit.slice(0, 12)}, which is on no branch or tag of its repository`, at, { commit });
    return undefined;
}
async function checkSubmodules(input) {
    const findings = [];
    const notes = [];
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(input.cwd, '.gitmodules'))) {
        notes.push('submodules: no .gitmodules; nothing to check');
        return { findings, notes, summary: [] };
    }
    const origin = (await (0,exec/* runGit */.EO)(input.cwd, ['config', '--get', 'remote.origin.url'], { allowFailure: true })).stdout.trim() || undefined;
    const pinned = await pinnedCommits(input.cwd);
    const summary = [];
    for (const d of await readGitmodules(input.cwd)) {
        const at = { path: '.gitmodules', line: d.urlLine };
        const url = d.url ?? '';
        const commit = d.path ? pinned.get(d.path) : undefined;
        const entry = { name: d.name, path: d.path ?? '', url, ...(commit ? { commit } : {}) };
        summary.push(entry);
        const c = classifyUrl(url, origin);
        const ownerRepo = c.host === (input.githubHost ?? 'github.com').toLowerCase() && /^[^/]+\/[^/]+$/.test(c.repoPath ?? '') ? c.repoPath : undefined;
        if (input.access && ownerRepo && !URL_RULE[c.kind])
            findings.push(...(await checkAccess(input.access, ownerRepo, entry, at)));
        const bad = URL_RULE[c.kind];
        if (bad)
            findings.push(policyFinding(bad.rule, `${d.name}\0${url}`, `submodule ${d.path ?? d.name}: URL ${url} ${bad.why}`, at, { url }));
        else if (input.hosts.length > 0 && !hostAllowed(c, input.hosts)) {
            findings.push(policyFinding('submodules/host-not-allowed', `${d.name}\0${c.resolved}`, `submodule ${d.path ?? d.name}: ${c.host}/${c.repoPath} is not under submodule-hosts (${input.hosts.join(', ')})`, at, { url: c.resolved }));
        }
        if (d.path && commit) {
            const f = await checkPinned(input.cwd, { ...d, path: d.path }, commit, at);
            if (f)
                findings.push(f);
        }
        else if (d.path)
            notes.push(`submodules: ${d.path} is declared in .gitmodules but HEAD pins no commit there`);
    }
    if (!input.access)
        notes.push('submodules: no token, so visibility and writers of GitHub-hosted submodules were not checked');
    notes.push(`submodules: ${summary.length} declared, ${findings.length} findings`);
    return { findings, notes, summary };
}

;// CONCATENATED MODULE: ./packages/core/src/policy/runner-cores.ts
// CPU cores of the runner a job ran on, from its labels. GitHub-hosted standard runners (GitHub's runner
// reference): Linux and Windows have 4 vCPUs in public repositories and 2 in private/internal ones; macOS
// arm64 (macos-14, macos-15, macos-latest) 3; macOS Intel (macos-13) 4; `-large` macOS 12; `-xlarge` macOS 5.
// Larger runners named with their size (`ubuntu-latest-16-cores`, `linux-8-core`) count that many. Anything
// else (self-hosted) counts 1 unless `runner-cores` says otherwise.

/** `runner-cores` entries: `label=cores`. */
function parseRunnerCores(list) {
    return list.map((raw) => {
        const m = /^\s*([^=\s]+)\s*=\s*(\d+)\s*$/.exec(raw);
        if (!m || Number(m[2]) < 1)
            throw new errors/* InputError */.dz({ input: 'runner-cores', problem: `'${raw}' is not label=cores`, fix: 'write each entry as a runner label and a whole number of cores, e.g. self-hosted=8' });
        return { label: m[1].toLowerCase(), cores: Number(m[2]) };
    });
}
function coresFor(labels, visibility, rules = []) {
    const ls = labels.map((l) => l.toLowerCase());
    for (const r of rules)
        if (ls.includes(r.label))
            return { cores: r.cores, by: r.label };
    for (const l of ls) {
        const sized = /(?:^|[-_])(\d+)[-_]?(?:cores?|vcpus?|cpus?)$/.exec(l);
        if (sized)
            return { cores: Number(sized[1]), by: l };
    }
    for (const l of ls) {
        if (/^macos-/.test(l)) {
            if (l.endsWith('-xlarge'))
                return { cores: 5, by: l };
            if (l.endsWith('-large'))
                return { cores: 12, by: l };
            return { cores: /^macos-1[0-3]\b/.test(l) ? 4 : 3, by: l };
        }
        if (/^(ubuntu|windows)-/.test(l))
            return { cores: visibility === 'public' ? 4 : 2, by: l };
    }
    return { cores: 1, by: ls[0] ?? 'unlabelled' };
}

;// CONCATENATED MODULE: ./packages/core/src/policy/ci-budget.ts
// ci-budget: CPU-hours of this repository's workflow runs over the budget period, from the Actions API: each
// job's time (started_at..completed_at, cut to the period, so runs spanning its start count only their part
// inside it) times its runner's cores. 80 % of cpu-hour-budget is a low finding (a warning), past 100 % a
// medium one, and the step fails when fail-on-budget is set.



const HOUR = 3_600_000;
/** Runs created this long before the period may still have jobs inside it (hosted jobs stop at 6 h; queues). */
const LOOKBACK_MS = 24 * HOUR;
const round2 = (n) => Math.round(n * 100) / 100;
async function checkCiBudget(input) {
    if (input.budget === undefined)
        throw new errors/* InputError */.dz({ input: 'cpu-hour-budget', problem: 'ci-budget needs a budget', fix: 'set cpu-hour-budget to the CPU-hours allowed per budget-period (e.g. 500)' });
    if (!input.api)
        throw new errors/* InputError */.dz({ input: 'token', problem: 'ci-budget reads workflow runs from the GitHub API and needs a token', fix: 'pass token: ${{ github.token }} (with actions: read)' });
    const repo = input.repository?.split('/');
    if (!repo || repo.length !== 2)
        throw new errors/* InputError */.dz({ input: 'repository', problem: 'the repository (owner/name) is unknown', fix: 'run inside GitHub Actions (GITHUB_REPOSITORY), or pass --repository OWNER/NAME' });
    const [owner, name] = repo;
    const end = input.now.getTime();
    const start = end - input.periodMs;
    const visibility = await input.api.visibility(owner, name);
    const runs = await input.api.workflowRuns(owner, name, new Date(start - LOOKBACK_MS).toISOString().replace(/\.\d{3}Z$/, 'Z'));
    let cpuMs = 0;
    let jobs = 0;
    const byRunner = {};
    for (const run of runs) {
        for (const job of await input.api.runJobs(owner, name, run.id)) {
            if (!job.startedAt || !job.completedAt)
                continue;
            const s = Math.max(Date.parse(job.startedAt), start);
            const e = Math.min(Date.parse(job.completedAt), end);
            if (!(e > s))
                continue;
            const { cores, by } = coresFor(job.labels, visibility, input.coreRules);
            cpuMs += (e - s) * cores;
            byRunner[by] = (byRunner[by] ?? 0) + ((e - s) * cores) / HOUR;
            jobs++;
        }
    }
    const cpuHours = round2(cpuMs / HOUR);
    const ratio = input.budget > 0 ? cpuHours / input.budget : cpuHours > 0 ? Infinity : 0;
    for (const k of Object.keys(byRunner))
        byRunner[k] = round2(byRunner[k]);
    const summary = {
        start: new Date(start).toISOString(),
        end: new Date(end).toISOString(),
        cpuHours,
        budget: input.budget,
        ratio: round2(ratio),
        runs: runs.length,
        jobs,
        byRunner,
        failed: input.failOnBudget && cpuHours > input.budget,
    };
    const findings = [];
    const pct = Number.isFinite(ratio) ? `${Math.round(ratio * 100)} %` : 'over';
    const days = Math.round(input.periodMs / (24 * HOUR));
    const at = { path: '.github/workflows', line: 1 };
    const rule = cpuHours > input.budget ? 'ci-budget/over-budget' : ratio >= 0.8 ? 'ci-budget/near-budget' : undefined;
    if (rule) {
        findings.push(policyFinding(rule, `${input.repository}\0${summary.start.slice(0, 10)}`, `workflow runs used ${cpuHours} CPU-hours in ${days} days, ${pct} of the budget of ${input.budget}`, at, { cpuHours, budget: input.budget }));
    }
    const notes = [`ci-budget: ${cpuHours} CPU-hours in ${runs.length} runs (${jobs} jobs) from ${summary.start} to ${summary.end}; budget ${input.budget}`];
    return { findings, notes, summary };
}

;// CONCATENATED MODULE: ./packages/core/src/policy/run.ts
// One policy audit, shared by the action and the CLI: options + event -> each selected check -> one result.
// Reporting (outputs, summary, files) is the caller's.










async function runPolicyAudit(input) {
    const o = input.options;
    const checks = parseChecks(o.checks);
    const root = (0,external_node_path_.resolve)(input.baseDir, o.path);
    const result = { checks, findings: [], rules: [...POLICY_RULES], notes: [] };
    for (const check of checks) {
        if (check === 'binary-drift') {
            const r = await checkBinaryDrift({ root, binaries: o.binaries ?? [], reference: o.reference ?? '', referenceMaxBytes: o['reference-max-bytes'], versionCommand: o['version-command'] || undefined, fetcher: input.fetcher });
            result.findings.push(...r.findings);
            result.notes.push(...r.notes);
            result.drift = r.summary;
        }
        else if (check === 'submodules') {
            const access = input.api ? { api: input.api, writers: o['submodule-writers'] ?? [] } : undefined;
            const r = await checkSubmodules({ cwd: root, hosts: o['submodule-hosts'] ?? [], access, githubHost: input.githubHost });
            result.findings.push(...r.findings);
            result.notes.push(...r.notes);
            result.submodules = r.summary;
        }
        else if (check === 'ci-budget') {
            const r = await checkCiBudget({
                api: input.api,
                repository: o.repository || input.event.repository,
                budget: o['cpu-hour-budget'],
                periodMs: o['budget-period'],
                failOnBudget: o['fail-on-budget'],
                coreRules: parseRunnerCores(o['runner-cores'] ?? []),
                now: input.now ?? new Date(),
            });
            result.findings.push(...r.findings);
            result.notes.push(...r.notes);
            result.budget = r.summary;
        }
        else {
            const target = await resolveChange({ cwd: root, event: input.event, base: o.base, head: o.head, fetch: input.fetch, log: input.log });
            const r = await checkAiProvenance({ cwd: root, target, event: input.event, markers: o['ai-markers'], fileMarkers: o['ai-file-markers'], label: o['ai-label'] || undefined, reviewerTeam: o['ai-reviewer-team'] || undefined, api: input.api });
            result.findings.push(...r.findings);
            result.notes.push(...r.notes);
            result.ai = r.summary;
        }
    }
    result.findings.sort(severity/* compareFindings */.Eg);
    return result;
}

// EXTERNAL MODULE: ./packages/core/src/version.ts
var version = __webpack_require__(8109);
;// CONCATENATED MODULE: ./packages/core/src/policy/report.ts
// policy-audit's result for each audience: job summary, annotations, SARIF, JSON, terminal text.







const POLICY_REPORT_KIND = 'bulkhead.policy-audit';
const POLICY_REPORT_VERSION = '1.0';
function where(f) {
    return `${f.location.path}${f.location.line ? `:${f.location.line}` : ''}`;
}
function headline(r, failOn) {
    const failing = (0,severity/* failingFindings */.v9)(r.findings, failOn).length;
    const n = r.findings.length;
    const found = n === 0 ? 'no findings' : `${n} finding${n === 1 ? '' : 's'} (${failing} at or above fail-on '${failOn}')`;
    return `Checks ${r.checks.join(', ')}: ${found}.`;
}
function policyAuditSummary(r, failOn, maxRows = 200) {
    const s = new SummaryBuilder();
    s.heading(`${policyAuditFailed(r, failOn) ? '🔴' : '🟢'} Bulkhead policy-audit`, 2);
    s.paragraph(headline(r, failOn));
    if (r.findings.length) {
        const by = countBySeverity(r.findings);
        s.paragraph(SEVERITIES.slice().reverse().map((sev) => `**${sev}**: ${by[sev]}`).join(' · '));
        s.table(['Severity', 'Rule', 'Location', 'Finding'], r.findings.map((f) => [f.severity, f.ruleId, where(f), f.message]), { maxRows });
    }
    if (r.budget) {
        const b = r.budget;
        s.paragraph(`**CI budget**: ${b.cpuHours} of ${b.budget} CPU-hours (${Math.round(b.ratio * 100)} %) from ${b.start.slice(0, 10)} to ${b.end.slice(0, 10)}, ${b.runs} runs, ${b.jobs} jobs${b.failed ? ' — over budget, the step fails (fail-on-budget)' : ''}.`);
        const rows = Object.entries(b.byRunner).sort((x, y) => y[1] - x[1]);
        if (rows.length)
            s.table(['Runner', 'CPU-hours'], rows.map(([k, v]) => [k, String(v)]), { maxRows: 20 });
    }
    if (r.ai?.files.length)
        s.details(`${r.ai.files.length} AI-touched files (ai-files)`, r.ai.files.slice(0, 200).map((p) => `- \`${p.replace(/`/g, "'")}\``).join('\n'));
    if (r.notes.length)
        s.details('Notes', r.notes.map((n) => `- ${n}`).join('\n'));
    return s.toString();
}
function policyAuditAnnotations(r, failOn) {
    const failing = new Set(failingFindings(r.findings, failOn));
    return capAnnotations(r.findings.map((f) => ({
        // The budget's 80 % mark is a warning although its finding is low (it must not trip fail-on: low alone).
        level: failing.has(f) || (f.ruleId === 'ci-budget/over-budget' && r.budget?.failed) ? 'error' : f.severity === 'low' && !f.ruleId.startsWith('ci-budget/') ? 'notice' : 'warning',
        title: `Policy: ${f.ruleId}`,
        message: f.message,
        file: f.location.path,
        startLine: f.location.line,
        endLine: f.location.line,
    })));
}
function policyAuditSarif(r) {
    return (0,sarif/* buildSarif */.Ep)({ toolVersion: version/* BULKHEAD_VERSION */.d, informationUri: version/* BULKHEAD_URI */.w, rules: r.rules, findings: r.findings });
}
function policyAuditJson(r, failOn, generatedAt) {
    return (0,json/* buildJsonReport */.X)({
        kind: POLICY_REPORT_KIND,
        schemaVersion: POLICY_REPORT_VERSION,
        tool: { name: 'bulkhead', version: version/* BULKHEAD_VERSION */.d },
        generatedAt,
        data: {
            checks: r.checks,
            findings: r.findings,
            failOn,
            failing: (0,severity/* failingFindings */.v9)(r.findings, failOn).length,
            drift: r.drift ?? null,
            ai: r.ai ?? null,
            submodules: r.submodules ?? null,
            budget: r.budget ?? null,
            cpuHours: r.budget?.cpuHours ?? null,
            notes: r.notes,
        },
    });
}
function policyAuditText(r, failOn) {
    const lines = r.findings.map((f) => `${f.severity.toUpperCase().padEnd(8)} ${f.ruleId.padEnd(28)} ${where(f)}  ${f.message}`);
    const budget = r.budget ? [`ci-budget: ${r.budget.cpuHours} of ${r.budget.budget} CPU-hours since ${r.budget.start}${r.budget.failed ? ' (over budget)' : ''}`] : [];
    return [...lines, ...budget, headline(r, failOn)].join('\n') + '\n';
}
/** The verdict: findings at or above fail-on, or an exceeded budget with fail-on-budget. */
function policyAuditFailed(r, failOn) {
    return (0,severity/* failingFindings */.v9)(r.findings, failOn).length > 0 || r.budget?.failed === true;
}
/** The ai-files output: one path per line, relative to the audited root. */
function aiFilesText(r) {
    return (r.ai?.files ?? []).map((p) => `${p}\n`).join('');
}

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(4730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(3779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var plugin_retry_dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./packages/cli/src/github-api.ts
// The GitHub API for `bulkhead policy-audit` in a terminal: Octokit with pagination, retries and rate-limit
// handling, at GITHUB_API_URL (GitHub Enterprise Server) or api.github.com, with GITHUB_TOKEN or GH_TOKEN.





function cliGitHubApi(env, log) {
    const token = env.GITHUB_TOKEN || env.GH_TOKEN;
    if (!token)
        return undefined;
    const Client = dist_src/* Octokit */.E.plugin(dist_bundle/* paginateRest */.ud, plugin_retry_dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
    const client = new Client({ auth: token, baseUrl: env.GITHUB_API_URL || 'https://api.github.com', throttle: rateLimitHandlers(log), retry: { retries: 3 } });
    return octokitApi(client);
}

;// CONCATENATED MODULE: ./packages/cli/src/commands/policy-audit.ts
// `bulkhead policy-audit [PATH] ...`: the action's checks from a terminal. binary-drift, submodules and
// ai-provenance work offline; with GITHUB_TOKEN, submodule writers/visibility and ci-budget (--repository)
// call the API. `--write` makes binary-drift's reference file.






const command = {
    name: 'policy-audit',
    summary: decl/* POLICY_AUDIT_DECL */.me.summary,
    decl: decl/* POLICY_AUDIT_DECL */.me,
    async run(args, io) {
        const o = args.options;
        const root = (0,external_node_path_.resolve)(io.cwd, o.path);
        if (o.write) {
            if (!o.reference || /^[a-z][a-z0-9+.-]*:\/\//i.test(o.reference)) {
                throw new errors/* InputError */.dz({ input: 'reference', problem: '--write needs a local file to write', fix: 'pass --reference FILE (relative to PATH), e.g. --reference SHA256SUMS' });
            }
            const { text, files } = await writeReferenceText(root, o.binaries ?? []);
            await (0,atomic/* writeOutputFile */.B)((0,external_node_path_.resolve)(root, o.reference), text, 'reference', o.reference);
            io.stderr(`bulkhead: wrote ${files} checksums to ${o.reference}\n`);
            return 0;
        }
        const event = { eventName: 'cli', labels: [] };
        const log = (m) => io.stderr(`bulkhead: ${m}\n`);
        const api = cliGitHubApi(io.env, log);
        const result = await runPolicyAudit({ options: o, event, baseDir: io.cwd, fetch: false, log, api });
        const failOn = o['fail-on'];
        if (o['ai-files-file'] && result.ai)
            await (0,atomic/* writeOutputFile */.B)((0,external_node_path_.resolve)(io.cwd, o['ai-files-file']), aiFilesText(result), 'ai-files-file', o['ai-files-file']);
        const text = o.format === 'sarif'
            ? (0,sarif/* serializeSarif */.YO)(policyAuditSarif(result))
            : o.format === 'json'
                ? (0,json/* serializeJson */.L)(policyAuditJson(result, failOn, new Date().toISOString()))
                : policyAuditText(result, failOn);
        if (o.output)
            await (0,atomic/* writeOutputFile */.B)((0,external_node_path_.resolve)(io.cwd, o.output), text, 'output', o.output);
        else
            io.stdout(text);
        for (const note of result.notes)
            io.stderr(`bulkhead: ${note}\n`);
        return policyAuditFailed(result, failOn) ? 1 : 0;
    },
};


/***/ }),

/***/ 869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $V: () => (/* binding */ manifestOf),
/* harmony export */   u1: () => (/* binding */ buildManifest)
/* harmony export */ });
/* unused harmony exports compareUtf8, checksumLine */
/* harmony import */ var _sha256_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1427);
// The canonical manifest of a set of files, and its digest. Format (each action README that states a digest links here):
// one line per file, `<sha256 hex>  <path>\n` — exactly what GNU `sha256sum` writes, so `sha256sum -c` can
// check a manifest — with paths relative and `/`-separated, sorted by their UTF-8 bytes (no locale), no
// duplicates. A path holding `\`, a newline or a carriage return is escaped as GNU does (the line starts with
// `\`, and `\\`, `\n`, `\r` stand for them). The set's digest is the SHA-256 of that text.

function compareUtf8(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
function needsEscape(path) {
    return /[\\\n\r]/.test(path);
}
function escapeName(path) {
    return path.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}
/** One `sha256sum` text-mode line for a file. */
function checksumLine(sha256, path) {
    return needsEscape(path) ? `\\${sha256}  ${escapeName(path)}\n` : `${sha256}  ${path}\n`;
}
/** The canonical manifest of these entries (any order in; duplicates by path are an error of the caller). */
function buildManifest(entries) {
    const files = [...entries].sort((a, b) => compareUtf8(a.path, b.path));
    for (let i = 1; i < files.length; i++) {
        if (files[i].path === files[i - 1].path)
            throw new Error(`manifest: duplicate path ${files[i].path}`);
    }
    const text = files.map((f) => checksumLine(f.sha256, f.path)).join('');
    return { files, sha256: (0,_sha256_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Bytes */ .LP)(text), bytes: files.reduce((n, f) => n + f.bytes, 0), text };
}
/** Hashes each file (streamed, one at a time) and returns their canonical manifest. */
async function manifestOf(files) {
    const entries = [];
    for (const f of files) {
        const d = await (0,_sha256_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256File */ .Q3)(f.absPath);
        entries.push({ path: f.path, sha256: d.sha256, bytes: d.bytes });
    }
    return buildManifest(entries);
}


/***/ }),

/***/ 1427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LP: () => (/* binding */ sha256Bytes),
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   eG: () => (/* binding */ parseDigestTag),
/* harmony export */   t9: () => (/* binding */ digestTag),
/* harmony export */   y7: () => (/* binding */ HashTap)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7638);
// Streaming SHA-256 of files and streams: one implementation for every action that states a digest
// (oauth-signature-gate, double-write, policy-audit's binary drift). No file is held in memory.




/** `sha256:<hex>`: the form of upload-artifact's `artifact-digest` and of attestation subjects. */
function digestTag(hex) {
    return `sha256:${hex}`;
}
const HEX64 = /^[0-9a-f]{64}$/;
/** The hex of a `sha256:<hex>` (or bare hex) digest, lower-cased; undefined when it is not one. */
function parseDigestTag(text) {
    const t = text.trim().toLowerCase();
    const hex = t.startsWith('sha256:') ? t.slice(7) : t;
    return HEX64.test(hex) ? hex : undefined;
}
// 1 MiB reads: large enough that the per-call cost vanishes against hashing, small enough to stay in cache.
const CHUNK = 1 << 20;
/** SHA-256 of a file's bytes, read once in 1 MiB chunks into one reused buffer. */
async function sha256File(path) {
    let fh;
    try {
        fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ResourceError */ .BS({ problem: `cannot read ${path} (${e.code ?? 'error'})`, fix: 'check that the file exists and is readable' });
    }
    try {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        const buf = Buffer.allocUnsafe(CHUNK);
        let bytes = 0;
        for (;;) {
            const { bytesRead } = await fh.read(buf, 0, CHUNK, null);
            if (bytesRead === 0)
                break;
            hash.update(buf.subarray(0, bytesRead));
            bytes += bytesRead;
        }
        return { sha256: hash.digest('hex'), bytes };
    }
    finally {
        await fh.close();
    }
}
/** SHA-256 of bytes in memory (small texts: manifests, responses). */
function sha256Bytes(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/**
 * A pass-through stream that hashes what flows through it, so a copy can be written and digested in one read
 * (`source.pipe(tap).pipe(sink)`); `digest()` is valid once the stream has ended.
 */
class HashTap extends node_stream__WEBPACK_IMPORTED_MODULE_2__.Transform {
    hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    count = 0;
    result;
    _transform(chunk, _enc, done) {
        this.hash.update(chunk);
        this.count += chunk.length;
        done(null, chunk);
    }
    _flush(done) {
        this.result = { sha256: this.hash.digest('hex'), bytes: this.count };
        done();
    }
    digest() {
        if (!this.result)
            throw new Error('HashTap.digest() before the stream ended');
        return this.result;
    }
}


/***/ }),

/***/ 4444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ writeOutputFile),
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7638);
// Atomic file writes: temp file in the same directory, fsync, rename, fsync the directory.
// A crash leaves the old file or the new one, never half of either.




async function writeFileAtomic(file, data) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(file);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(file)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(4).toString('hex')}.tmp`);
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(tmp, 'wx', 0o644);
    try {
        try {
            await fh.writeFile(data);
            await fh.sync();
        }
        finally {
            await fh.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tmp, file);
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.unlink)(tmp).catch(() => { });
        throw err;
    }
    await syncDir(dir);
}
async function syncDir(dir) {
    // Directory fsync makes the rename durable; some filesystems refuse it, which is harmless.
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(dir, 'r').catch(() => undefined);
    if (!fh)
        return;
    await fh.sync().catch(() => { });
    await fh.close();
}
/**
 * A file the user asked for (a report, `--output`): written atomically, so a full disk or a killed
 * process never leaves half a report, and a failure is the user's to fix, naming the input.
 */
async function writeOutputFile(file, data, input, shown = file) {
    try {
        await writeFileAtomic(file, data);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ResourceError */ .BS({
            input,
            problem: `${shown} cannot be written (${e.code ?? 'error'})`,
            fix: 'choose a path in a writable directory with free space',
        });
    }
}


/***/ }),

/***/ 5223:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fy: () => (/* binding */ revListArgs),
/* harmony export */   nm: () => (/* binding */ ensureCommits)
/* harmony export */ });
/* unused harmony exports isShallow, hasCommit, listCommits */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7589);
// Make sure the commits a target needs are in the clone: fetch / deepen shallow clones when a remote
// can provide them, otherwise fail with the fetch-depth to set. Never let a short clone pass silently.


async function isShallow(cwd) {
    return (await (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(cwd, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
}
async function hasCommit(cwd, rev) {
    return (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .gitSucceeds */ .GN)(cwd, ['cat-file', '-e', `${rev}^{commit}`]);
}
async function hasRemote(cwd, remote) {
    return (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .gitSucceeds */ .GN)(cwd, ['remote', 'get-url', remote]);
}
async function tryFetch(cwd, args, log) {
    log?.(`git fetch ${args.join(' ')}`);
    const r = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .runGit */ .EO)(cwd, ['fetch', '--no-tags', '--quiet', ...args], { allowFailure: true });
    return r.code === 0;
}
function depthError(what, fix) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitError */ .XS({ problem: `${what} are not in this clone (it is shallow or missing refs)`, fix });
}
/**
 * Returns the target to use: unchanged, or — for a force-push whose old head is gone — the equivalent
 * new-branch target. Throws GitError naming the fetch-depth to set when the commits cannot be had.
 */
async function ensureCommits(cwd, target, opts = {}) {
    const remote = opts.remote ?? 'origin';
    const canFetch = (opts.fetch ?? true) && (await hasRemote(cwd, remote));
    const fetchSha = async (sha) => (await hasCommit(cwd, sha)) || (canFetch && (await tryFetch(cwd, [remote, sha], opts.log)) && (await hasCommit(cwd, sha)));
    switch (target.kind) {
        case 'tree':
        case 'none':
        case 'staged':
            return target;
        case 'history': {
            if (await isShallow(cwd)) {
                if (!(canFetch && (await tryFetch(cwd, ['--unshallow', remote], opts.log)))) {
                    throw depthError('the full history', "set 'fetch-depth: 0' on actions/checkout to scan history");
                }
            }
            if (target.head && !(await fetchSha(target.head)))
                throw depthError(`commit ${target.head}`, "set 'fetch-depth: 0' on actions/checkout");
            return target;
        }
        case 'range': {
            if (!(await fetchSha(target.head))) {
                throw depthError(`head commit ${target.head.slice(0, 12)}`, "check out the event's commit (actions/checkout does by default) or set the 'head' input");
            }
            if (!(await fetchSha(target.base))) {
                if (!canFetch && (await isShallow(cwd))) {
                    throw depthError(`base commit ${target.base.slice(0, 12)}`, commitCountFix(opts.commitCount));
                }
                // A force-push drops the old head from the server: fall back to "commits not on the default branch".
                return { kind: 'new-branch', head: target.head, exclude: await defaultExcludes(cwd, remote) };
            }
            await deepenUntil(cwd, () => (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .gitSucceeds */ .GN)(cwd, ['merge-base', target.base, target.head]), canFetch, remote, opts, `the history between ${target.base.slice(0, 12)} and ${target.head.slice(0, 12)}`);
            return target;
        }
        case 'new-branch': {
            if (!(await fetchSha(target.head)))
                throw depthError(`head commit ${target.head.slice(0, 12)}`, "set 'fetch-depth: 0' on actions/checkout");
            const exclude = [];
            for (const ref of target.exclude) {
                if (await hasCommit(cwd, ref))
                    exclude.push(ref);
                else {
                    const branch = ref.replace(/^refs\/remotes\/[^/]+\//, '');
                    if (canFetch && (await tryFetch(cwd, [remote, `+refs/heads/${branch}:${ref}`], opts.log)) && (await hasCommit(cwd, ref)))
                        exclude.push(ref);
                }
            }
            if (exclude.length === 0) {
                // Without a default branch to compare to, every commit reachable from head is "new": say so by scanning them all.
                if (await isShallow(cwd)) {
                    if (!(canFetch && (await tryFetch(cwd, ['--unshallow', remote], opts.log)))) {
                        throw depthError('the commits of this new branch', "set 'fetch-depth: 0' on actions/checkout");
                    }
                }
                return { kind: 'new-branch', head: target.head, exclude: [] };
            }
            const excl = exclude;
            await deepenUntil(cwd, () => (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .gitSucceeds */ .GN)(cwd, ['merge-base', target.head, ...excl.slice(0, 1)]), canFetch, remote, opts, 'the history of this branch back to the default branch');
            return { kind: 'new-branch', head: target.head, exclude };
        }
    }
}
async function defaultExcludes(cwd, remote) {
    const r = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .runGit */ .EO)(cwd, ['symbolic-ref', '-q', `refs/remotes/${remote}/HEAD`], { allowFailure: true });
    if (r.code === 0 && r.stdout.trim())
        return [r.stdout.trim()];
    for (const name of ['main', 'master']) {
        if (await hasCommit(cwd, `refs/remotes/${remote}/${name}`))
            return [`refs/remotes/${remote}/${name}`];
    }
    return [];
}
/** Deepen a shallow clone step by step until `ok()` holds; error with the fetch-depth otherwise. */
async function deepenUntil(cwd, ok, canFetch, remote, opts, what) {
    if (await ok())
        return;
    if (!(await isShallow(cwd))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitError */ .XS({ problem: `${what} has no common ancestor in this repository`, fix: 'check that base and head belong to the same repository' });
    }
    let depth = Math.max(50, (opts.commitCount ?? 0) + 10);
    for (let i = 0; canFetch && i < 4; i++, depth *= 4) {
        if (!(await tryFetch(cwd, [`--deepen=${depth}`, remote], opts.log)))
            break;
        if (await ok())
            return;
        if (!(await isShallow(cwd)))
            break;
    }
    if (canFetch && (await isShallow(cwd)) && (await tryFetch(cwd, ['--unshallow', remote], opts.log)) && (await ok()))
        return;
    throw depthError(what, commitCountFix(opts.commitCount));
}
function commitCountFix(commitCount) {
    return commitCount
        ? `set 'fetch-depth: ${commitCount + 1}' or more (0 fetches all history) on actions/checkout`
        : "set 'fetch-depth: 0' on actions/checkout";
}
/** Commit SHAs a target covers, oldest first. */
async function listCommits(cwd, target) {
    const args = revListArgs(target);
    if (!args)
        return [];
    const out = await git(cwd, ['rev-list', '--reverse', ...args]);
    return out.split('\n').filter(Boolean);
}
/** rev-list arguments selecting a target's commits, or null for tree/none/staged. */
function revListArgs(target) {
    switch (target.kind) {
        case 'history':
            return [target.head ?? 'HEAD'];
        case 'range':
            return [`${target.base}..${target.head}`];
        case 'new-branch':
            return target.exclude.length ? [target.head, '--not', ...target.exclude] : [target.head];
        default:
            return null;
    }
}


/***/ }),

/***/ 1761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ describeTarget)
/* harmony export */ });
function describeTarget(t) {
    switch (t.kind) {
        case 'tree':
            return 'working tree';
        case 'history':
            return `history of ${t.head ?? 'HEAD'}`;
        case 'range':
            return `commits ${t.base.slice(0, 12)}..${t.head.slice(0, 12)}`;
        case 'new-branch':
            return t.exclude.length ? `commits of ${t.head.slice(0, 12)} not on ${t.exclude.join(', ')}` : `all commits of ${t.head.slice(0, 12)}`;
        case 'staged':
            return 'staged changes';
        case 'none':
            return `nothing (${t.reason})`;
    }
}


/***/ }),

/***/ 7589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   EO: () => (/* binding */ runGit),
/* harmony export */   GN: () => (/* binding */ gitSucceeds),
/* harmony export */   QT: () => (/* binding */ gitCommand),
/* harmony export */   gy: () => (/* binding */ ZERO_SHA),
/* harmony export */   s5: () => (/* binding */ gitSpawnError),
/* harmony export */   th: () => (/* binding */ gitReason)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
// Thin wrappers over the git CLI. Engines use local git (never the GitHub API: it refuses large diffs).


/** Run git and collect its output. Throws GitError (a user error) when git is missing or fails. */
function runGit(cwd, args, opts = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', args, {
            cwd,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...opts.env },
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        const out = [];
        const err = [];
        child.stdout.on('data', (b) => out.push(b));
        child.stderr.on('data', (b) => err.push(b));
        child.on('error', (e) => reject(gitSpawnError(e)));
        child.on('close', (code) => {
            const result = { code: code ?? 1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
            if (result.code !== 0 && !opts.allowFailure) {
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitError */ .XS({
                    problem: `${gitCommand(args)} failed in ${cwd}: ${gitReason(result.stderr, result.code)}`,
                    fix: 'check that the path is a git repository checked out with actions/checkout and that the refs exist',
                }));
                return;
            }
            resolve(result);
        });
        child.stdin.on('error', () => { }); // git may exit before reading stdin
        child.stdin.end(opts.input ?? '');
    });
}
/** The error for a git that could not be started at all. */
function gitSpawnError(e) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitError */ .XS({
        problem: e.code === 'ENOENT' ? 'git is not installed or not on PATH' : `could not run git: ${e.message}`,
        fix: 'install git on the runner (it is preinstalled on GitHub-hosted runners)',
    });
}
/** git, stdout only. */
async function git(cwd, args, opts = {}) {
    return (await runGit(cwd, args, opts)).stdout;
}
/** True when git exits 0. */
async function gitSucceeds(cwd, args) {
    return (await runGit(cwd, args, { allowFailure: true })).code === 0;
}
/** `git ls-files`, not `git -c`: the subcommand after any `-c key=value` pairs. */
function gitCommand(args) {
    let i = 0;
    while (args[i] === '-c' || args[i] === '-C')
        i += 2;
    return `git ${args[i] ?? ''}`.trimEnd();
}
/** Why git failed, from its stderr: the `fatal:` line (git's conclusion) before an earlier `error:` line. */
function gitReason(stderr, code) {
    const lines = stderr.trim().split('\n');
    const line = lines.find((l) => l.startsWith('fatal:')) ?? lines.find((l) => l.startsWith('error:')) ?? lines[0] ?? '';
    return line.replace(/^(fatal|error):\s*/, '').trim() || `exit ${code ?? 'by signal'}`;
}
const ZERO_SHA = /^0+$/;


/***/ }),

/***/ 3489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ resolveTarget)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7589);
// Turn the event (or CLI flags) plus the user's mode into what to scan / measure.


/** Events whose payload names exactly the new commits (base..head). */
const CHANGE_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group', 'push']);
function resolveTarget(event, inputs) {
    const { mode } = inputs;
    if (mode === 'tree')
        return { kind: 'tree' };
    const head = inputs.head || event.head || event.sha || 'HEAD';
    if (mode === 'history')
        return { kind: 'history', head: inputs.head || undefined };
    if (inputs.base)
        return rangeOrNone(inputs.base, head);
    if (CHANGE_EVENTS.has(event.eventName)) {
        const base = event.base && !_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .ZERO_SHA */ .gy.test(event.base) ? event.base : undefined;
        if (base)
            return rangeOrNone(base, head);
        // A new branch (push with a zero `before`): the commits not on the default branch.
        const exclude = event.defaultBranch ? [`refs/remotes/origin/${event.defaultBranch}`] : [];
        return { kind: 'new-branch', head, exclude };
    }
    if (mode === 'changes') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
            input: 'mode',
            problem: `'changes' needs a commit range, but the '${event.eventName}' event has none`,
            fix: "set the 'base' input (and optionally 'head'), or use mode 'tree' or 'history' for this event",
        });
    }
    return { kind: 'tree' };
}
function rangeOrNone(base, head) {
    if (base === head)
        return { kind: 'none', reason: `base and head are the same commit (${base.slice(0, 12)}): nothing new to check` };
    return { kind: 'range', base, head };
}


/***/ }),

/***/ 3092:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ serializeJson),
/* harmony export */   X: () => (/* binding */ buildJsonReport)
/* harmony export */ });
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7929);
/* harmony import */ var _stable_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9620);
// The versioned envelope every JSON report file uses, so consumers can check kind and version first.


function buildJsonReport(input) {
    return {
        kind: input.kind,
        schemaVersion: input.schemaVersion,
        tool: { name: input.tool.name, version: input.tool.version },
        generatedAt: input.generatedAt,
        data: input.data,
        ...withRun(input.run ?? (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .currentReportRun */ .RE)()),
    };
}
function withRun(run) {
    return run ? { run: { ...run } } : {};
}
/** Stable key order, 2-space indent, newline at end. */
function serializeJson(value) {
    return (0,_stable_json_js__WEBPACK_IMPORTED_MODULE_1__/* .stableStringify */ .J)(value);
}


/***/ }),

/***/ 7929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RE: () => (/* binding */ currentReportRun),
/* harmony export */   m$: () => (/* binding */ setReportRun),
/* harmony export */   xJ: () => (/* binding */ reportRunFromEnv)
/* harmony export */ });
// Which workflow run wrote a report (`ci #41`), so the dashboard can label runs by what people see in the
// Actions tab instead of internal ids. Core never reads process.env: the runner and the CLI, which own the
// environment, set it once per process and every envelope built afterwards carries it.
let current;
/** The run from the runner's variables; undefined outside a workflow run (no workflow name or run number). */
function reportRunFromEnv(env) {
    const workflow = env.GITHUB_WORKFLOW?.trim();
    const number = Number(env.GITHUB_RUN_NUMBER);
    if (!workflow || !Number.isSafeInteger(number) || number < 1)
        return undefined;
    const run = { workflow, number };
    const attempt = Number(env.GITHUB_RUN_ATTEMPT);
    if (Number.isSafeInteger(attempt) && attempt > 1)
        run.attempt = attempt;
    if (env.GITHUB_RUN_ID)
        run.id = env.GITHUB_RUN_ID;
    if (env.GITHUB_REPOSITORY)
        run.repository = env.GITHUB_REPOSITORY;
    return run;
}
/** Set by the runner / CLI before an action runs; undefined clears it. */
function setReportRun(run) {
    current = run ? { ...run } : undefined;
}
function currentReportRun() {
    return current;
}


/***/ }),

/***/ 389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ SARIF_SCHEMA),
/* harmony export */   Ep: () => (/* binding */ buildSarif),
/* harmony export */   F1: () => (/* binding */ SARIF_LEVEL),
/* harmony export */   It: () => (/* binding */ mergeSarif),
/* harmony export */   TA: () => (/* binding */ pathToUri),
/* harmony export */   XG: () => (/* binding */ FINGERPRINT_KEY),
/* harmony export */   YO: () => (/* binding */ serializeSarif),
/* harmony export */   lL: () => (/* binding */ SECURITY_SEVERITY),
/* harmony export */   y9: () => (/* binding */ precisionFor)
/* harmony export */ });
/* unused harmony export artifactLocationFor */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);
/* harmony import */ var _stable_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9620);
// SARIF 2.1.0 for GitHub code scanning: one run, rules with help, stable partialFingerprints.
// Only rules that some finding references are written (a 200-rule catalogue in every upload is
// noise); mergeSarif unions them across shards.




const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const FINGERPRINT_KEY = 'bulkhead/v1';
/** GitHub reads `security-severity` as a CVSS-like score: >9 critical, 7–8.9 high, 4–6.9 medium, else low. */
const SECURITY_SEVERITY = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' };
const SARIF_LEVEL = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };
function sentence(text) {
    const t = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
    return /[.!?]$/.test(t) ? t : `${t}.`;
}
function firstSentence(text) {
    const t = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
    const m = /^(.+?[.!?])(\s|$)/.exec(t);
    return sentence(m ? m[1] : t);
}
/** SARIF rule names are PascalCase identifiers. */
function pascal(name) {
    const words = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
    const p = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
    return /^[A-Za-z]/.test(p) ? p : `Rule${p}`;
}
/** Confidence 0..1 → SARIF precision. */
function precisionFor(confidence) {
    if (confidence === undefined)
        return 'high';
    if (confidence >= 0.95)
        return 'very-high';
    if (confidence >= 0.8)
        return 'high';
    if (confidence >= 0.5)
        return 'medium';
    return 'low';
}
/**
 * A relative, `/`-separated, percent-encoded URI for a scan path. Archive entries (`a.zip!/x`) keep
 * the `!` (legal in a URI path); anything that could read as a scheme, query or fragment is encoded.
 */
function pathToUri(path) {
    const segments = path
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/^\/+/, '')
        .split('/')
        .filter((s, i, all) => s !== '' || i === all.length - 1);
    const uri = segments.map((s) => encodeURIComponent(s)).join('/');
    return uri === '' ? '.' : uri;
}
/**
 * Where a finding is: relative to SRCROOT under the scanned root; an absolute `file://` URI outside it
 * (artifacts the build put elsewhere), which the validator and code scanning both accept.
 */
function artifactLocationFor(path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(path) ? { uri: (0,node_url__WEBPACK_IMPORTED_MODULE_1__.pathToFileURL)(path).href } : { uri: pathToUri(path), uriBaseId: 'SRCROOT' };
}
function ruleFor(info, findings) {
    const maxConfidence = findings.reduce((m, f) => (f.confidence === undefined ? m : Math.max(m ?? 0, f.confidence)), undefined);
    const tags = [...new Set(['security', ...(info.tags ?? [])])];
    const name = pascal(info.name || info.id);
    const rule = {
        id: info.id,
        ...(name.toLowerCase() === info.id.toLowerCase() ? {} : { name }),
        shortDescription: { text: firstSentence(info.description || info.id) },
        fullDescription: { text: sentence(info.description || info.id) },
        help: { text: sentence(info.remediation || info.description || info.id), markdown: info.remediation || info.description || info.id },
        defaultConfiguration: { level: SARIF_LEVEL[info.severity] },
        properties: { tags, 'security-severity': SECURITY_SEVERITY[info.severity], precision: precisionFor(maxConfidence) },
    };
    if (info.helpUri)
        rule.helpUri = info.helpUri;
    return rule;
}
function regionFor(f) {
    const region = { startLine: Math.max(1, Math.floor(f.location.line ?? 1)) };
    const col = f.location.column;
    if (col !== undefined && col >= 1) {
        region.startColumn = Math.floor(col);
        const end = f.location.endColumn;
        if (end !== undefined && end > region.startColumn)
            region.endColumn = Math.floor(end);
    }
    return region;
}
function resultFor(f, ruleIndex) {
    const partialFingerprints = { [FINGERPRINT_KEY]: f.fingerprint };
    if (f.location.commit)
        partialFingerprints.commitSha = f.location.commit;
    const properties = { ...(f.properties ?? {}) };
    if (f.location.commit)
        properties.commit = f.location.commit;
    if (f.location.commitDate)
        properties.commitDate = f.location.commitDate;
    if (f.confidence !== undefined)
        properties.confidence = f.confidence;
    if (f.redacted !== undefined)
        properties.redacted = f.redacted;
    const result = {
        ruleId: f.ruleId,
        ruleIndex,
        level: SARIF_LEVEL[f.severity],
        message: { text: sentence(f.message) },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: artifactLocationFor(f.location.path),
                    region: regionFor(f),
                },
            },
        ],
        partialFingerprints,
    };
    if (Object.keys(properties).length > 0)
        result.properties = properties;
    return result;
}
function buildSarif(input) {
    const known = new Map(input.rules.map((r) => [r.id, r]));
    const order = [];
    const byRule = new Map();
    for (const f of input.findings) {
        let list = byRule.get(f.ruleId);
        if (!list) {
            list = [];
            byRule.set(f.ruleId, list);
            order.push(f.ruleId);
        }
        list.push(f);
    }
    // Rules in the order given, then any rule a finding names that was not given (described minimally).
    const ids = [...input.rules.map((r) => r.id).filter((id) => byRule.has(id)), ...order.filter((id) => !known.has(id))];
    const rules = ids.map((id) => {
        const fs = byRule.get(id) ?? [];
        const info = known.get(id) ?? {
            id,
            name: id,
            severity: fs[0].severity,
            description: `Findings of rule ${id}.`,
            remediation: 'Review the finding.',
        };
        return ruleFor(info, fs);
    });
    const index = new Map(ids.map((id, i) => [id, i]));
    const root = input.srcRootUri
        ? { uri: input.srcRootUri.endsWith('/') ? input.srcRootUri : `${input.srcRootUri}/`, description: { text: 'The scanned root.' } }
        : { description: { text: 'The scanned root; result URIs are relative to it.' } };
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: input.toolName ?? 'bulkhead',
                        semanticVersion: input.toolVersion,
                        ...(input.informationUri ? { informationUri: input.informationUri } : {}),
                        rules,
                    },
                },
                originalUriBaseIds: { SRCROOT: root },
                columnKind: 'utf16CodeUnits',
                results: input.findings.map((f) => resultFor(f, index.get(f.ruleId) ?? 0)),
            },
        ],
    };
}
function resultKey(r) {
    const fp = Object.entries(r.partialFingerprints).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const loc = r.locations.map((l) => {
        const { artifactLocation: a, region: g } = l.physicalLocation;
        return [a.uriBaseId, a.uri, g.startLine, g.startColumn ?? 0, g.endColumn ?? 0];
    });
    return JSON.stringify([r.ruleId, fp, loc]);
}
/**
 * Merges shard logs of the same tool into one run: rules unioned by id (first description wins,
 * ruleIndex renumbered), results concatenated in order, duplicates (same fingerprints and location) dropped.
 */
function mergeSarif(logs) {
    const runs = logs.flatMap((l) => l.runs);
    if (runs.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ResourceError */ .BS({ input: 'sarif', problem: 'there are no SARIF runs to merge', fix: 'pass at least one SARIF file written by bulkhead' });
    }
    const first = runs[0];
    const names = new Set(runs.map((r) => r.tool.driver.name));
    if (names.size > 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ResourceError */ .BS({
            input: 'sarif',
            problem: `the logs come from different tools (${[...names].join(', ')})`,
            fix: 'merge only logs written by the same tool; upload the others separately',
        });
    }
    const rules = [];
    const ruleIndex = new Map();
    const results = [];
    const seen = new Set();
    for (const run of runs) {
        for (const rule of run.tool.driver.rules) {
            if (!ruleIndex.has(rule.id)) {
                ruleIndex.set(rule.id, rules.length);
                rules.push(rule);
            }
        }
        for (const r of run.results) {
            const key = resultKey(r);
            if (seen.has(key))
                continue;
            seen.add(key);
            results.push({ ...r, ruleIndex: ruleIndex.get(r.ruleId) ?? 0 });
        }
    }
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: { driver: { ...first.tool.driver, rules } },
                originalUriBaseIds: first.originalUriBaseIds,
                columnKind: first.columnKind,
                results,
            },
        ],
    };
}
/** Stable JSON (sorted keys, newline at end). */
function serializeSarif(log) {
    return (0,_stable_json_js__WEBPACK_IMPORTED_MODULE_3__/* .stableStringify */ .J)(log);
}


/***/ }),

/***/ 4993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   _2: () => (/* binding */ severityAtLeast),
/* harmony export */   qs: () => (/* binding */ severityRank),
/* harmony export */   v9: () => (/* binding */ failingFindings)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3773);

const RANK = { low: 0, medium: 1, high: 2, critical: 3 };
function severityRank(s) {
    return RANK[s];
}
function severityAtLeast(s, threshold) {
    return RANK[s] >= RANK[threshold];
}
/** Findings at or above `fail-on`. */
function failingFindings(findings, failOn) {
    if (failOn === 'none')
        return [];
    return findings.filter((f) => severityAtLeast(f.severity, failOn));
}
function countBySeverity(findings) {
    const out = Object.fromEntries(_types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .o.map((s) => [s, 0]));
    for (const f of findings)
        out[f.severity]++;
    return out;
}
/** Severity (highest first), then path, line, column, rule. */
function compareFindings(a, b) {
    return (RANK[b.severity] - RANK[a.severity] ||
        a.location.path.localeCompare(b.location.path) ||
        (a.location.line ?? 0) - (b.location.line ?? 0) ||
        (a.location.column ?? 0) - (b.location.column ?? 0) ||
        a.ruleId.localeCompare(b.ruleId));
}


/***/ }),

/***/ 9620:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ stableStringify)
/* harmony export */ });
// Deterministic JSON: object keys sorted recursively, 2-space indent, newline at end, so reports diff
// cleanly and byte-compare across runs. `undefined` members are dropped, as JSON.stringify does.
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map((v) => (v === undefined ? null : sortKeys(v)));
    if (value !== null && typeof value === 'object') {
        const src = value;
        const out = {};
        for (const k of Object.keys(src).sort()) {
            if (src[k] !== undefined)
                out[k] = sortKeys(src[k]);
        }
        return out;
    }
    return value;
}
function stableStringify(value) {
    return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}


/***/ }),

/***/ 6534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IS: () => (/* binding */ shardOf),
/* harmony export */   Iw: () => (/* binding */ inShard),
/* harmony export */   pO: () => (/* binding */ commitShardOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// Deterministic sharding: a key belongs to shard i of n (1-based) when uint32(first 4 bytes of sha1(key)) mod n == i-1.

function shardOf(key, count) {
    return ((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(key).digest().readUInt32BE(0) % count) + 1;
}
/** Commits shard on their SHA's own first 4 bytes (already uniformly distributed). */
function commitShardOf(sha, count) {
    return (parseInt(sha.slice(0, 8), 16) % count) + 1;
}
function inShard(key, shard) {
    return !shard || shard.count <= 1 || shardOf(key, shard.count) === shard.index;
}


/***/ }),

/***/ 296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ walkTree)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7638);
/* harmony import */ var _git_exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7589);
/* harmony import */ var _options_glob_match_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8472);
/* harmony import */ var _shard_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6534);
// Files under a root: regular files only (FIFOs, sockets and devices are never opened), `.git/` left out,
// symlinks followed only while their real path stays inside the root, with loop detection on the chain
// of real directories. Problems become notes in `skipped`, never errors.






function walkTree(root, opts = {}) {
    const skipped = [];
    const notes = [];
    const excluded = (0,_options_glob_match_js__WEBPACK_IMPORTED_MODULE_2__/* .compilePathGlobs */ .Q)(opts.exclude ?? []).matches;
    const files = async () => {
        const rootReal = resolveRoot(root);
        const ctx = { rootReal, skipped, excluded, shard: opts.shard, openPath: openPathFor(rootReal) };
        if (opts.honourGitignore) {
            if (await isWorkTreeRoot(rootReal)) {
                const list = await (0,_git_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .git */ .$Y)(rootReal, ['-c', 'core.quotePath=false', 'ls-files', '-co', '--exclude-standard', '-z']);
                return listedFiles(ctx, list);
            }
            notes.push('not a git work tree: .gitignore is not applied, every file is scanned');
        }
        return walkDir(ctx, '', rootReal, [rootReal]);
    };
    return {
        skipped,
        notes,
        files,
        async *[Symbol.asyncIterator]() {
            yield* await files();
        },
    };
}
/** The root must be an existing directory: a typed user error otherwise. */
function resolveRoot(root) {
    let real;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ResourceError */ .BS({ input: 'path', problem: `${root} does not exist or cannot be read (${e.code ?? 'error'})`, fix: 'pass an existing directory to scan' });
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real).isDirectory()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ResourceError */ .BS({ input: 'path', problem: `${root} is not a directory`, fix: 'pass the directory that contains the files to scan' });
    }
    return real;
}
/**
 * Files are opened relative to the working directory when the root is inside it (the usual case: the
 * workspace is the working directory), else by absolute real path: the kernel then looks up only the
 * components below the working directory. On the 300 MB tree (files ~10 components deep) path lookup
 * had been ~3% of a scan's CPU. Nothing changes the working directory during a walk and its scan.
 */
function openPathFor(rootReal) {
    let cwd;
    try {
        cwd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(process.cwd());
    }
    catch {
        return (p) => p; // no working directory any more: absolute paths
    }
    const prefix = cwd.endsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) ? cwd : cwd + node_path__WEBPACK_IMPORTED_MODULE_1__.sep;
    if (!(rootReal + node_path__WEBPACK_IMPORTED_MODULE_1__.sep).startsWith(prefix))
        return (p) => p;
    const cut = prefix.length;
    return (p) => (p.length > cut && p.startsWith(prefix) ? p.slice(cut) : p);
}
function inside(rootReal, p) {
    return p === rootReal || p.startsWith(rootReal.endsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) ? rootReal : rootReal + node_path__WEBPACK_IMPORTED_MODULE_1__.sep);
}
const childPath = (dir, name) => (dir.endsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) ? dir + name : dir + node_path__WEBPACK_IMPORTED_MODULE_1__.sep + name);
function* walkDir(ctx, rel, real, chain) {
    const stack = [];
    const open = (dirRel, dirReal, dirChain) => {
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(ctx.openPath(dirReal), { withFileTypes: true });
        }
        catch (e) {
            ctx.skipped.push({ path: dirRel || '.', reason: `directory not readable (${e.code ?? 'error'})` });
            return;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        stack.push({ entries, next: 0, rel: dirRel, real: dirReal, chain: dirChain });
    };
    open(rel, real, chain);
    while (stack.length > 0) {
        const top = stack[stack.length - 1];
        if (top.next >= top.entries.length) {
            stack.pop();
            continue;
        }
        const d = top.entries[top.next++];
        const name = d.name;
        if (name === '.git')
            continue;
        const childRel = top.rel ? `${top.rel}/${name}` : name;
        const isDir = d.isDirectory();
        if (ctx.excluded(childRel, isDir))
            continue;
        const childAbs = childPath(top.real, name);
        if (isDir) {
            open(childRel, childAbs, [...top.chain, childAbs]);
        }
        else if (d.isFile()) {
            // No lstat: readdir already says it is a regular file, and scanFile opens it with O_NOFOLLOW and
            // fstat-checks it again, so a file swapped for a FIFO or symlink since is still never read.
            // (That lstat was a third of the walk's time.)
            if ((0,_shard_js__WEBPACK_IMPORTED_MODULE_5__/* .inShard */ .Iw)(childRel, ctx.shard))
                yield { path: childRel, absPath: ctx.openPath(childAbs) };
        }
        else if (d.isSymbolicLink()) {
            const to = followLink(ctx, childRel, childAbs, top.chain);
            if (to?.dir !== undefined)
                open(childRel, to.dir, [...top.chain, to.dir]);
            else if (to?.file)
                yield to.file;
        }
        else {
            ctx.skipped.push({ path: childRel, reason: 'not a regular file (FIFO, socket or device): not opened' });
        }
    }
}
/** Where a symlink inside the root leads: a directory to walk, a file to scan, or nothing (noted in `skipped`). */
function followLink(ctx, rel, abs, chain) {
    let target;
    try {
        target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(abs);
    }
    catch (e) {
        const code = e.code;
        ctx.skipped.push({ path: rel, reason: code === 'ELOOP' ? 'symlink loop' : `dangling symlink (${code ?? 'error'})` });
        return undefined;
    }
    if (!inside(ctx.rootReal, target)) {
        ctx.skipped.push({ path: rel, reason: 'symlink points outside the scanned root: not followed' });
        return undefined;
    }
    let st;
    try {
        st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(target);
    }
    catch (e) {
        ctx.skipped.push({ path: rel, reason: `not readable (${e.code ?? 'error'})` });
        return undefined;
    }
    if (st.isDirectory()) {
        if (chain.includes(target)) {
            ctx.skipped.push({ path: rel, reason: 'symlink loop: points to a directory that contains it' });
            return undefined;
        }
        if (target.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).includes('.git'))
            return undefined;
        return { dir: target };
    }
    if (st.isFile())
        return (0,_shard_js__WEBPACK_IMPORTED_MODULE_5__/* .inShard */ .Iw)(rel, ctx.shard) ? { file: { path: rel, absPath: ctx.openPath(target), size: st.size } } : undefined;
    ctx.skipped.push({ path: rel, reason: 'symlink to something that is not a regular file: not opened' });
    return undefined;
}
async function isWorkTreeRoot(dir) {
    // Not a repository, or no git at all: the caller walks the directory and says gitignore was not applied.
    const r = await (0,_git_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .runGit */ .EO)(dir, ['rev-parse', '--is-inside-work-tree'], { allowFailure: true }).catch(() => undefined);
    return r?.code === 0 && r.stdout.trim() === 'true';
}
/** The files of `git ls-files -z` output (`list`), checked on disk as the walk checks its own. */
function* listedFiles(ctx, list) {
    const seen = new Set();
    for (const rel of list.split('\0')) {
        if (!rel || seen.has(rel))
            continue;
        seen.add(rel);
        if (ctx.excluded(rel) || rel.split('/').includes('.git'))
            continue;
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ctx.rootReal, rel);
        let st;
        try {
            st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(abs);
        }
        catch {
            continue; // tracked but deleted on disk: nothing to scan
        }
        if (st.isSymbolicLink()) {
            const to = followLink(ctx, rel, abs, [ctx.rootReal]);
            if (to?.dir !== undefined)
                yield* walkDir(ctx, rel, to.dir, [ctx.rootReal, to.dir]);
            else if (to?.file)
                yield to.file;
        }
        else if (st.isFile()) {
            if ((0,_shard_js__WEBPACK_IMPORTED_MODULE_5__/* .inShard */ .Iw)(rel, ctx.shard))
                yield { path: rel, absPath: ctx.openPath(abs), size: st.size };
        }
        else if (!st.isDirectory())
            ctx.skipped.push({ path: rel, reason: 'not a regular file (FIFO, socket or device): not opened' });
        // a directory here is a submodule (gitlink): its own repository, not scanned from the parent
    }
}


/***/ }),

/***/ 8109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ BULKHEAD_VERSION),
/* harmony export */   w: () => (/* binding */ BULKHEAD_URI)
/* harmony export */ });
// One version for every action, the CLI and report envelopes (kept in step with package.json by a test).
const BULKHEAD_VERSION = '0.1.0';
const BULKHEAD_URI = 'https://github.com/bulkhead-dev/bulkhead';


/***/ })

};
