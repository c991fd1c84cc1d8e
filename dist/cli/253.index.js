export const id = 253;
export const ids = [253];
export const modules = {

/***/ 5253:
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
// EXTERNAL MODULE: ./packages/core/src/git/availability.ts
var availability = __webpack_require__(5223);
// EXTERNAL MODULE: ./packages/core/src/git/target.ts
var git_target = __webpack_require__(3489);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/core/src/git/stream.ts
var stream = __webpack_require__(1300);
;// CONCATENATED MODULE: ./packages/core/src/diff/attrs.ts
// .gitattributes as of the head commit (not the working tree, which may be elsewhere): load head's
// tree into a throw-away index and ask `git check-attr --cached` for every path in one batch.



const ATTRS = ['diff', 'linguist-generated', 'linguist-vendored'];
/** `paths` may still be coming: head's tree is loaded meanwhile. */
async function readAttributes(cwd, head, pathList, tempDir) {
    const result = new Map();
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(tempDir, 'bulkhead-attr-'));
    try {
        const env = { GIT_INDEX_FILE: (0,external_node_path_.join)(dir, 'index') };
        await (0,stream/* gitBuffer */.vv)(cwd, ['read-tree', head], { env });
        const paths = await pathList;
        if (paths.length === 0)
            return result;
        const out = await (0,stream/* gitBuffer */.vv)(cwd, ['check-attr', '--cached', '-z', '--stdin', ...ATTRS], {
            env,
            input: paths.map((p) => p + '\0'),
        });
        const parts = out.toString('utf8').split('\0');
        for (let i = 0; i + 2 < parts.length; i += 3) {
            const [path, attr, value] = [parts[i], parts[i + 1], parts[i + 2]];
            if (value === 'unspecified')
                continue;
            let entry = result.get(path);
            if (!entry)
                result.set(path, (entry = {}));
            entry[attr] = value;
        }
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
    return result;
}
/** linguist-style booleans: `set`/`true` are on, `unset`/`false` explicitly off, anything else undecided. */
function attrFlag(value) {
    if (value === 'set' || value === 'true')
        return true;
    if (value === 'unset' || value === 'false')
        return false;
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/diff/blobscan.ts
// Read added / deleted blobs through one `git cat-file --batch` and keep only what the patch size
// needs: size, line count, final newline, and git's binary test. Content is never held whole.



const FIRST_FEW_BYTES = 8000;
const LF = 10;
/** Scan blobs by id; the result is keyed by the ids as given (abbreviated ids are fine). */
async function scanBlobs(cwd, ids) {
    // Inflating blobs is git's bottleneck and single-threaded: two readers use a second core when there is one.
    if (ids.length < 2000 || (0,external_node_os_.availableParallelism)() < 2)
        return scanShard(cwd, ids);
    const half = Math.ceil(ids.length / 2);
    const parts = await Promise.all([scanShard(cwd, ids.slice(0, half)), scanShard(cwd, ids.slice(half))]);
    return new Map([...parts[0], ...parts[1]]);
}
async function scanShard(cwd, ids) {
    const facts = new Map();
    if (ids.length === 0)
        return facts;
    let index = 0; // which requested id the next header answers
    let header = [];
    let remaining = -1; // body bytes left for the current blob; -1 = reading a header; -2 = skipping the LF after a body
    let cur = { size: 0, lines: 0, endsWithNewline: false, nulInHead: false };
    let seen = 0;
    const onData = (chunk) => {
        let pos = 0;
        while (pos < chunk.length) {
            if (remaining === -2) {
                pos++;
                remaining = -1;
                continue;
            }
            if (remaining === -1) {
                const nl = chunk.indexOf(LF, pos);
                if (nl === -1) {
                    header.push(chunk.subarray(pos));
                    return;
                }
                header.push(chunk.subarray(pos, nl));
                const line = Buffer.concat(header).toString('utf8');
                header = [];
                pos = nl + 1;
                const id = ids[index++];
                const m = /^\S+ (\S+) (\d+)$/.exec(line);
                if (!m) {
                    throw new errors/* GitError */.XS({
                        problem: `blob ${id} is not in this clone (${line})`,
                        fix: 'fetch the full objects of the range (a partial or shallow clone is missing them): use actions/checkout with fetch-depth: 0 and no filter',
                    });
                }
                cur = { size: Number(m[2]), lines: 0, endsWithNewline: false, nulInHead: false };
                facts.set(id, cur);
                seen = 0;
                remaining = cur.size;
                if (remaining === 0)
                    remaining = -2;
                continue;
            }
            const end = Math.min(chunk.length, pos + remaining);
            if (seen < FIRST_FEW_BYTES) {
                const headEnd = Math.min(end, pos + (FIRST_FEW_BYTES - seen));
                if (!cur.nulInHead && chunk.subarray(pos, headEnd).includes(0))
                    cur.nulInHead = true;
            }
            let n = 0;
            for (let p = chunk.indexOf(LF, pos); p !== -1 && p < end; p = chunk.indexOf(LF, p + 1))
                n++;
            cur.lines += n;
            seen += end - pos;
            remaining -= end - pos;
            pos = end;
            if (remaining === 0) {
                cur.endsWithNewline = chunk[end - 1] === LF;
                if (!cur.endsWithNewline)
                    cur.lines++;
                remaining = -2;
            }
        }
    };
    await (0,stream/* streamGit */.t1)(cwd, ['cat-file', '--batch', '--buffer'], onData, { input: ids.map((id) => id + '\n') });
    if (index !== ids.length) {
        throw new errors/* GitError */.XS({ problem: `git cat-file answered ${index} of ${ids.length} blobs`, fix: 'check the repository is not corrupt (git fsck)' });
    }
    return facts;
}
/** Sizes of many objects through one `git cat-file --batch-check`. Missing objects are left out. */
async function blobSizes(cwd, ids) {
    const list = [...new Set(ids)];
    const sizes = new Map();
    if (list.length === 0)
        return sizes;
    let rest = '';
    let i = 0;
    await (0,stream/* streamGit */.t1)(cwd, ['cat-file', '--batch-check=%(objectsize)', '--buffer'], (chunk) => {
        const lines = (rest + chunk.toString('latin1')).split('\n');
        rest = lines.pop() ?? '';
        for (const l of lines) {
            const id = list[i++];
            if (/^\d+$/.test(l))
                sizes.set(id, Number(l));
        }
    }, { input: list.map((id) => id + '\n') });
    return sizes;
}

// EXTERNAL MODULE: ./packages/core/src/files/lockfiles.ts
var lockfiles = __webpack_require__(9063);
// EXTERNAL MODULE: ./packages/core/src/files/leak-patterns.ts
var leak_patterns = __webpack_require__(9396);
// EXTERNAL MODULE: ./packages/core/src/options/glob-match.ts
var glob_match = __webpack_require__(8472);
;// CONCATENATED MODULE: ./packages/core/src/diff/classify.ts




/** Paths that are generated by tools in most projects (linguist-generated overrides either way). */
const GENERATED_GLOBS = [
    '**/*.min.js', '**/*.min.css', '**/*.map', '**/*.pb.go', '**/*_pb2.py', '**/*_pb2_grpc.py', '**/*.pb.cc', '**/*.pb.h',
    '**/*.g.dart', '**/*.freezed.dart', '**/*.designer.cs', '**/*.Designer.cs', '**/*.generated.*', '**/__generated__/**',
    '**/__snapshots__/**', '**/*.snap', 'dist/**', '**/node_modules/.cache/**',
];
/** Vendored code by path (linguist-vendored overrides either way). */
const VENDORED_GLOBS = [
    '**/vendor/**', 'vendor/**', '**/node_modules/**', '**/third_party/**', '**/third-party/**', '**/bower_components/**', '**/Godeps/_workspace/**',
];
function makeClassifier(opts) {
    // Globs mean what they mean in .gitignore (options/glob-match.ts), as in every other action.
    const isGenerated = (0,glob_match/* compilePathGlobs */.Q)(GENERATED_GLOBS);
    const isVendored = (0,glob_match/* compilePathGlobs */.Q)(VENDORED_GLOBS);
    const leakPattern = (0,leak_patterns/* compileLeakPatterns */.Kd)(opts.leakPatterns);
    const isExcluded = (0,glob_match/* compilePathGlobs */.Q)(opts.exclude);
    return (path, attrs, binary, nulContent) => {
        const classes = [];
        // -diff on a text file marks output nobody reviews (linguist: generated). On real binary content
        // (the `binary` macro on images) it stays a binary, so its bytes are still counted.
        const generated = attrFlag(attrs?.['linguist-generated']) ?? ((attrs?.diff === 'unset' && !nulContent) || isGenerated.matches(path));
        if (generated)
            classes.push('generated');
        if ((0,lockfiles/* isLockfile */.e)(path))
            classes.push('lockfile');
        if (attrFlag(attrs?.['linguist-vendored']) ?? isVendored.matches(path))
            classes.push('vendored');
        if (binary)
            classes.push('binary');
        if (leakPattern(path) !== undefined)
            classes.push('leak');
        if (isExcluded.matches(path))
            classes.push('excluded');
        return classes;
    };
}

;// CONCATENATED MODULE: ./packages/core/src/diff/raw.ts
const STATUS = { A: 'added', M: 'modified', D: 'deleted', R: 'renamed', C: 'copied', T: 'type-changed', U: 'modified', X: 'modified' };
/** Records are `:old new oldId newId S[score]\0path\0[newpath\0]`. Paths are raw bytes decoded as UTF-8. */
function parseRaw(out) {
    const parts = out.toString('utf8').split('\0');
    const entries = [];
    for (let i = 0; i < parts.length; i++) {
        const head = parts[i]?.replace(/^\n+/, '');
        if (!head || head[0] !== ':')
            continue;
        const [oldMode, newMode, oldId, newId, st] = head.slice(1).split(' ');
        const letter = st[0];
        const score = st.length > 1 ? Number(st.slice(1)) : undefined;
        if (letter === 'R' || letter === 'C') {
            const oldPath = parts[++i];
            const path = parts[++i];
            entries.push({ oldMode, newMode, oldId, newId, letter, status: STATUS[letter], similarity: score, path, oldPath });
        }
        else {
            const path = parts[++i];
            entries.push({ oldMode, newMode, oldId, newId, letter, status: STATUS[letter] ?? 'modified', path });
        }
    }
    return entries;
}

;// CONCATENATED MODULE: ./packages/core/src/diff/commits.ts



const MAX_COMMITS = 50;
async function readCommits(cwd, revArgs, max = MAX_COMMITS) {
    const list = (await (0,stream/* gitBuffer */.vv)(cwd, ['log', '--format=%aI%x02%cI', ...revArgs, '--'])).toString('utf8').split('\n').filter(Boolean);
    let first;
    let last;
    for (const l of list) {
        const [a, c] = l.split('\x02');
        if (!first || Date.parse(a) < Date.parse(first))
            first = a;
        if (!last || Date.parse(c) > Date.parse(last))
            last = c;
    }
    if (list.length === 0)
        return { count: 0, commits: [] };
    const single = list.length === 1;
    const out = await (0,stream/* gitBuffer */.vv)(cwd, [
        'log', `-n${max}`, '--diff-merges=first-parent', '--no-renames', '--raw', '--no-abbrev', '-z',
        '--format=%x01%H%x02%aI%x02%cI%x02%s%x02', ...(single ? ['--no-patch'] : []), ...revArgs, '--',
    ]);
    const parsed = out
        .toString('utf8')
        .split('\x01')
        .filter(Boolean)
        .map((rec) => {
        const [sha, authorDate, commitDate, subject, rest] = rec.split('\x02');
        return { sha, authorDate, commitDate, subject, entries: parseRaw(Buffer.from(rest ?? '', 'utf8')) };
    });
    const wanted = parsed.flatMap((c) => c.entries.filter((e) => e.status !== 'deleted' && e.newMode !== '160000').map((e) => e.newId));
    const sizes = await blobSizes(cwd, wanted);
    const commits = parsed.map((c) => ({
        sha: c.sha,
        authorDate: c.authorDate,
        commitDate: c.commitDate,
        subject: c.subject,
        filesChanged: c.entries.length,
        blobBytesAdded: c.entries.reduce((n, e) => n + (e.status === 'deleted' ? 0 : (sizes.get(e.newId) ?? 0)), 0),
    }));
    return { count: list.length, commits, firstCommitDate: first, lastCommitDate: last, sizesFromTotals: single };
}

;// CONCATENATED MODULE: ./packages/core/src/diff/measure-types.ts
// The result of measuring one change (base..head) from local git. Produced by measureDiff()
// (diff/measure.ts), evaluated against thresholds (diff/thresholds.ts), consumed by the
// metrics/history code and by the reporters. Plain JSON-safe data: it goes into the report file.
const FILE_CLASSES = ['generated', 'lockfile', 'vendored', 'binary', 'leak', 'excluded'];

;// CONCATENATED MODULE: ./packages/core/src/diff/patch-scan.ts
// Stream `git diff --patch` for the files git must really diff (modified, renamed, type-changed)
// and split it into per-file sections: bytes, added / deleted lines, binary. Nothing is kept.
const patch_scan_LF = 10;
const DIFF_GIT = Buffer.from('diff --git ');
/** Incremental parser: feed chunks, then call end(). */
class PatchScanner {
    sections = [];
    /** Bytes before the first section (none in practice). */
    preamble = 0;
    cur;
    inHunks = false;
    partial = [];
    partialLen = 0;
    push(chunk) {
        let pos = 0;
        while (pos < chunk.length) {
            const nl = chunk.indexOf(patch_scan_LF, pos);
            const end = nl === -1 ? chunk.length : nl + 1;
            if (this.partialLen > 0 || nl === -1) {
                // A line split across chunks: only its first bytes matter for classifying it.
                if (this.partialLen < 16)
                    this.partial.push(chunk.subarray(pos, Math.min(end, pos + 16)));
                this.partialLen += end - pos;
                if (nl === -1)
                    return;
                const startBytes = Buffer.concat(this.partial);
                this.line(startBytes, 0, this.partialLen);
                this.partial = [];
                this.partialLen = 0;
            }
            else {
                this.line(chunk, pos, end - pos);
            }
            pos = end;
        }
    }
    end() {
        if (this.partialLen > 0)
            this.line(Buffer.concat(this.partial), 0, this.partialLen);
        this.partial = [];
        this.partialLen = 0;
        return this.sections;
    }
    /** `buf[start..]` holds at least the line's first bytes; `len` is its full length incl. LF. */
    line(buf, start, len) {
        const c = buf[start];
        if (c === 0x64 /* d */ && len > DIFF_GIT.length && buf.length - start >= DIFF_GIT.length && buf.compare(DIFF_GIT, 0, DIFF_GIT.length, start, start + DIFF_GIT.length) === 0) {
            this.cur = { bytes: 0, added: 0, deleted: 0, binary: false };
            this.sections.push(this.cur);
            this.inHunks = false;
        }
        const cur = this.cur;
        if (!cur) {
            this.preamble += len;
            return;
        }
        cur.bytes += len;
        if (this.inHunks) {
            if (c === 0x2b /* + */)
                cur.added++;
            else if (c === 0x2d /* - */)
                cur.deleted++;
        }
        else if (c === 0x40 /* @ */ && buf[start + 1] === 0x40) {
            this.inHunks = true;
        }
        else if (c === 0x42 /* B */ && buf.toString('latin1', start, start + 13) === 'Binary files ') {
            cur.binary = true;
        }
        else if (c === 0x47 /* G */ && buf.toString('latin1', start, start + 16) === 'GIT binary patch') {
            cur.binary = true;
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/diff/patch-format.ts
/** git's quote_c_style with core.quotePath=true: returns the byte length of the (maybe quoted) name. */
function quotedLength(name) {
    let extra = 0;
    let quote = false;
    for (const c of name) {
        if (c === 0x22 || c === 0x5c || (c >= 7 && c <= 13)) {
            extra += 1; // \" \\ \a \b \t \n \v \f \r
            quote = true;
        }
        else if (c < 0x20 || c >= 0x7f) {
            extra += 3; // \ooo
            quote = true;
        }
    }
    return quote ? name.length + extra + 2 : name.length;
}
/** Printable ASCII other than `"` and `\`: never quoted, one byte per character. */
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
function label(prefix, path) {
    const name = prefix + path;
    return { len: PLAIN.test(name) ? name.length : quotedLength(Buffer.from(name, 'utf8')), space: path.includes(' ') };
}
function range(start, count) {
    return count === 1 ? `${start}` : `${start},${count}`;
}
/** Bytes of the patch section for a file that is wholly added or deleted. */
function wholeFilePatchBytes(f) {
    const a = label('a/', f.path);
    const b = label('b/', f.path);
    let n = `diff --git `.length + a.len + 1 + b.len + 1;
    n += `${f.side === 'add' ? 'new' : 'deleted'} file mode ${f.mode}\n`.length;
    n += `index ${f.oldAbbrev}..${f.newAbbrev}\n`.length;
    if (f.facts.size === 0)
        return n; // empty file: header only
    const dev = '/dev/null'.length;
    const left = f.side === 'add' ? dev : a.len;
    const right = f.side === 'add' ? b.len : dev;
    if (f.binary)
        return n + `Binary files  and  differ\n`.length + left + right;
    const space = f.side === 'add' ? b.space : a.space;
    n += `--- \n`.length + left + (f.side === 'delete' && space ? 1 : 0);
    n += `+++ \n`.length + right + (f.side === 'add' && space ? 1 : 0);
    const lines = f.facts.lines;
    n += (f.side === 'add' ? `@@ -0,0 +${range(1, lines)} @@\n` : `@@ -${range(1, lines)} +0,0 @@\n`).length;
    n += f.facts.size + lines; // each line gets a '+' / '-'
    if (!f.facts.endsWithNewline)
        n += 1 + `\\ No newline at end of file\n`.length;
    return n;
}

;// CONCATENATED MODULE: ./packages/core/src/diff/measure.ts
// Measure a change from local git (never the GitHub API, which refuses diffs over 300 files).
// Whole-file additions / deletions are sized from their blobs (one streamed `cat-file --batch`);
// only files git must really diff go through `git diff --patch`. Everything streams.












const DEFAULT_EXCLUDED_CLASSES = ['generated', 'lockfile', 'vendored'];
/** core.bigFileThreshold's default: git treats larger blobs as binary. */
const BIG_FILE_THRESHOLD = 512 * 1024 * 1024;
const GITLINK = '160000';
function emptyTotals() {
    return { diffBytes: 0, patchBytes: 0, blobBytesAdded: 0, filesChanged: 0, filesAdded: 0, filesDeleted: 0, filesRenamed: 0, linesAdded: 0, linesDeleted: 0, binaryFiles: 0, binaryBytes: 0 };
}
async function rev(cwd, ref) {
    return (await (0,stream/* gitBuffer */.vv)(cwd, ['rev-parse', '--verify', '--end-of-options', `${ref}^{commit}`])).toString().trim();
}
async function tryMergeBase(cwd, a, b) {
    try {
        return (await (0,stream/* gitBuffer */.vv)(cwd, ['merge-base', a, b])).toString().trim() || null;
    }
    catch {
        return null;
    }
}
async function emptyTree(cwd) {
    return (await (0,stream/* gitBuffer */.vv)(cwd, ['hash-object', '-t', 'tree', '--stdin'], { input: '' })).toString().trim();
}
/** The two trees to compare and the commits between them. */
async function resolveRange(cwd, target) {
    if (target.kind === 'range') {
        const head = await rev(cwd, target.head);
        const base = await rev(cwd, target.base);
        if (base === head)
            return { kind: 'none', base, head, commitCount: 0, note: 'base and head are the same commit' };
        // Like a pull request's "Files changed": from the merge base, so base-branch moves don't count.
        const mb = await tryMergeBase(cwd, base, head);
        const from = mb ?? base;
        const note = mb && mb !== base ? `measured from the merge base ${mb.slice(0, 12)} of ${base.slice(0, 12)} and head` : undefined;
        return { range: { kind: 'range', base: from, head, commitCount: 0, note }, revArgs: [`${from}..${head}`] };
    }
    if (target.kind === 'new-branch') {
        const head = await rev(cwd, target.head);
        const revArgs = target.exclude.length ? [head, '--not', ...target.exclude] : [head];
        const oldest = (await (0,stream/* gitBuffer */.vv)(cwd, ['rev-list', '--reverse', '--first-parent', ...revArgs])).toString().split('\n')[0]?.trim();
        if (!oldest)
            return { kind: 'none', base: null, head, commitCount: 0, note: 'the branch has no commits that are not already on the default branch' };
        const parent = (await (0,stream/* gitBuffer */.vv)(cwd, ['rev-list', '--parents', '-n1', oldest])).toString().trim().split(' ')[1];
        const base = parent ?? (await emptyTree(cwd));
        const note = target.exclude.length
            ? `new branch: commits not on ${target.exclude.join(', ')}`
            : 'new branch with no default branch to compare to: every commit of head';
        return { range: { kind: 'new-branch', base, head, commitCount: 0, note }, revArgs };
    }
    if (target.kind === 'none')
        return { kind: 'none', base: null, head: null, commitCount: 0, note: target.reason };
    throw new errors/* GitError */.XS({ problem: `diff-telemetry measures a commit range, not a ${target.kind} target`, fix: 'give base and head' });
}
function emptyMeasurement(range, excluded, started) {
    return {
        range,
        totals: emptyTotals(),
        counted: emptyTotals(),
        excludedClasses: [...excluded],
        byClass: Object.fromEntries(FILE_CLASSES.map((c) => [c, { files: 0, bytes: 0 }])),
        leakedFiles: [],
        files: [],
        commits: [],
        commitsOmitted: 0,
        elapsedMs: Date.now() - started,
    };
}
const RENAMES = ['--find-renames', '--no-ext-diff', '--no-textconv', '--src-prefix=a/', '--dst-prefix=b/'];
/** `git diff --raw` twice: full ids for reading blobs, default-abbreviated ids as the patch prints them. */
async function rawEntries(cwd, base, head) {
    const [full, short] = await Promise.all([
        (0,stream/* gitBuffer */.vv)(cwd, ['diff', '--raw', '-z', '--no-abbrev', ...RENAMES, base, head, '--']),
        (0,stream/* gitBuffer */.vv)(cwd, ['diff', '--raw', '-z', ...RENAMES, base, head, '--']),
    ]);
    const entries = parseRaw(full);
    const abbrev = parseRaw(short);
    if (abbrev.length !== entries.length)
        throw new errors/* GitError */.XS({ problem: 'git diff gave two different file lists for the same range', fix: 'retry; if it persists, run git fsck' });
    return { entries, abbrev };
}
async function scanPatch(cwd, base, head) {
    const scanner = new PatchScanner();
    // Lower-case filter letters exclude: everything but whole-file additions and deletions.
    await (0,stream/* streamGit */.t1)(cwd, ['diff', '--patch', '--diff-filter=ad', ...RENAMES, base, head, '--'], (b) => scanner.push(b));
    return scanner.end();
}
const isWhole = (e) => e.letter === 'A' || e.letter === 'D';
/** git prints a file <-> symlink change as a deletion plus an addition: two sections. */
const sectionsOf = (e) => e.letter === 'T' && e.oldMode !== GITLINK && e.newMode !== GITLINK && e.oldMode.slice(0, 2) !== e.newMode.slice(0, 2) ? 2 : 1;
async function measureDiff(opts) {
    const started = Date.now();
    const { cwd } = opts;
    const excluded = opts.excludeClasses ?? DEFAULT_EXCLUDED_CLASSES;
    const resolved = await resolveRange(cwd, opts.target);
    if (!('revArgs' in resolved))
        return emptyMeasurement(resolved, excluded, started);
    const { range, revArgs } = resolved;
    const base = range.base;
    const head = range.head;
    const commitsP = readCommits(cwd, revArgs, opts.maxCommits ?? MAX_COMMITS);
    const rawP = rawEntries(cwd, base, head);
    // Started beside the file list, not after it: they need only the two commits (the paths come later),
    // so they run in parallel, and are spawned while this process is still small (a fork costs more later).
    const sectionsP = scanPatch(cwd, base, head);
    const attrsP = readAttributes(cwd, head, rawP.then((r) => r.entries.map((e) => e.path)), opts.tempDir ?? (0,external_node_os_.tmpdir)());
    for (const p of [commitsP, sectionsP, attrsP])
        p.catch(() => { }); // awaited below, after rawP, whose failure comes first
    const { entries, abbrev } = await rawP;
    const whole = entries.filter((e) => isWhole(e) && (e.letter === 'A' ? e.newMode : e.oldMode) !== GITLINK);
    const diffed = entries.filter((e) => !isWhole(e));
    const [facts, sections, sizes, attrs, commits] = await Promise.all([
        scanBlobs(cwd, whole.map((e) => (e.letter === 'A' ? e.newId : e.oldId))),
        sectionsP,
        blobSizes(cwd, diffed.flatMap((e) => [e.oldId, e.newId]).filter((id) => !/^0+$/.test(id))),
        attrsP,
        commitsP,
    ]);
    // -diff text files are "generated", -diff binaries are binaries: sniff the few modified ones.
    const sniff = diffed.filter((e) => attrs.get(e.path)?.diff === 'unset' && e.newMode !== GITLINK && !/^0+$/.test(e.newId));
    const sniffed = await scanBlobs(cwd, sniff.map((e) => e.newId));
    const classify = makeClassifier({ leakPatterns: opts.leakPatterns ?? leak_patterns/* DEFAULT_LEAK_PATTERNS */.Iy, exclude: opts.exclude ?? [] });
    const excludedSet = new Set([...excluded, 'excluded']);
    const files = [];
    let section = 0;
    const newBlob = new Set(); // files whose head blob is new (not a pure rename / mode change)
    for (let i = 0; i < entries.length; i++) {
        const e = entries[i];
        const a = attrs.get(e.path);
        let f;
        let nul = false;
        if (isWhole(e)) {
            const r = wholeFileChange(e, abbrev[i], facts, a);
            f = r.file;
            nul = r.nul;
        }
        else {
            const n = sectionsOf(e);
            const parts = sections.slice(section, section + n);
            section += n;
            const binary = parts.some((p) => p.binary);
            f = {
                path: e.path,
                oldPath: e.oldPath,
                status: e.status,
                similarity: e.similarity,
                linesAdded: parts.reduce((s, p) => s + p.added, 0),
                linesDeleted: parts.reduce((s, p) => s + p.deleted, 0),
                binary,
                oldBytes: sizes.get(e.oldId) ?? 0,
                newBytes: sizes.get(e.newId) ?? 0,
                patchBytes: parts.reduce((s, p) => s + p.bytes, 0),
            };
            nul = a?.diff === 'unset' ? (sniffed.get(e.newId)?.nulInHead ?? true) : binary;
        }
        const classes = classify(e.path, a, f.binary, nul);
        const diffBytes = f.patchBytes + (f.binary ? f.newBytes : 0);
        const file = fileChange(f, diffBytes, classes, !classes.some((c) => excludedSet.has(c)));
        files.push(file);
        if (e.letter !== 'D' && e.oldId !== e.newId)
            newBlob.add(file);
    }
    const totals = sum(files, newBlob);
    // If the patch split differently from the file list (an exotic type change), totals stay exact.
    totals.patchBytes += sections.slice(section).reduce((n, p) => n + p.bytes, 0);
    totals.diffBytes = totals.patchBytes + totals.binaryBytes;
    const counted = sum(files.filter((f) => f.counted), newBlob);
    const byClass = emptyMeasurement(range, excluded, started).byClass;
    for (const f of files)
        for (const c of f.classes) {
            byClass[c].files++;
            byClass[c].bytes += f.diffBytes;
        }
    files.sort((x, y) => y.diffBytes - x.diffBytes || (x.path < y.path ? -1 : 1));
    range.commitCount = commits.count;
    if (commits.sizesFromTotals && commits.commits[0]) {
        commits.commits[0].filesChanged = totals.filesChanged;
        commits.commits[0].blobBytesAdded = totals.blobBytesAdded;
    }
    return {
        range,
        totals,
        counted,
        excludedClasses: [...excluded],
        byClass,
        leakedFiles: files.filter((f) => f.classes.includes('leak') && f.status !== 'deleted').map((f) => f.path).sort(),
        files,
        commits: commits.commits,
        commitsOmitted: Math.max(0, commits.count - commits.commits.length),
        firstCommitDate: commits.firstCommitDate,
        lastCommitDate: commits.lastCommitDate,
        elapsedMs: Date.now() - started,
    };
}
/**
 * The record with its keys in sorted order and no undefined members: the JSON report sorts keys, and
 * for 20,000 files copying records whose keys came in another order cost ~5x the writing itself.
 */
function fileChange(f, diffBytes, classes, counted) {
    const out = {
        binary: f.binary,
        classes,
        counted,
        diffBytes,
        linesAdded: f.linesAdded,
        linesDeleted: f.linesDeleted,
        newBytes: f.newBytes,
        oldBytes: f.oldBytes,
    };
    if (f.oldPath !== undefined)
        out.oldPath = f.oldPath;
    out.patchBytes = f.patchBytes;
    out.path = f.path;
    if (f.similarity !== undefined)
        out.similarity = f.similarity;
    out.status = f.status;
    return out;
}
function wholeFileChange(e, short, facts, a) {
    const add = e.letter === 'A';
    const mode = add ? e.newMode : e.oldMode;
    const id = add ? e.newId : e.oldId;
    const f = mode === GITLINK
        ? { size: `Subproject commit ${id}\n`.length, lines: 1, endsWithNewline: true, nulInHead: false }
        : facts.get(id);
    const binary = mode !== GITLINK && (a?.diff === 'unset' || (a?.diff !== 'set' && (f.nulInHead || f.size > BIG_FILE_THRESHOLD)));
    const patchBytes = wholeFilePatchBytes({ path: e.path, side: add ? 'add' : 'delete', mode, oldAbbrev: short.oldId, newAbbrev: short.newId, facts: f, binary });
    const lines = binary ? 0 : f.lines;
    return {
        nul: f.nulInHead,
        file: {
            path: e.path,
            status: e.status,
            linesAdded: add ? lines : 0,
            linesDeleted: add ? 0 : lines,
            binary,
            oldBytes: add ? 0 : f.size,
            newBytes: add ? f.size : 0,
            patchBytes,
        },
    };
}
function sum(files, newBlob) {
    const t = emptyTotals();
    for (const f of files) {
        t.patchBytes += f.patchBytes;
        t.filesChanged++;
        if (f.status === 'added' || f.status === 'copied')
            t.filesAdded++;
        if (f.status === 'deleted')
            t.filesDeleted++;
        if (f.status === 'renamed')
            t.filesRenamed++;
        t.linesAdded += f.linesAdded;
        t.linesDeleted += f.linesDeleted;
        if (newBlob.has(f))
            t.blobBytesAdded += f.newBytes;
        if (f.binary) {
            t.binaryFiles++;
            t.binaryBytes += f.newBytes;
        }
    }
    t.diffBytes = t.patchBytes + t.binaryBytes;
    return t;
}

// EXTERNAL MODULE: ./packages/core/src/options/bytes.ts
var bytes = __webpack_require__(7119);
;// CONCATENATED MODULE: ./packages/core/src/diff/thresholds.ts
// Thresholds over the counted set -> alerts; fail-on-alert and the bypass label / trailer -> verdict.

function findAlerts(m, t) {
    const alerts = [];
    const c = m.counted;
    if (t.maxDiffBytes !== undefined && c.diffBytes > t.maxDiffBytes) {
        alerts.push({
            threshold: 'max-diff-bytes',
            limit: t.maxDiffBytes,
            actual: c.diffBytes,
            message: `the change is ${(0,bytes/* formatBytes */.z3)(c.diffBytes)} (patch ${(0,bytes/* formatBytes */.z3)(c.patchBytes)} + binaries ${(0,bytes/* formatBytes */.z3)(c.binaryBytes)}), over max-diff-bytes ${(0,bytes/* formatBytes */.z3)(t.maxDiffBytes)}`,
        });
    }
    if (t.maxFiles !== undefined && c.filesChanged > t.maxFiles) {
        alerts.push({ threshold: 'max-files', limit: t.maxFiles, actual: c.filesChanged, message: `${c.filesChanged} files changed, over max-files ${t.maxFiles}` });
    }
    if (t.maxBinaryBytes !== undefined && c.binaryBytes > t.maxBinaryBytes) {
        alerts.push({
            threshold: 'max-binary-bytes',
            limit: t.maxBinaryBytes,
            actual: c.binaryBytes,
            message: `binary files add ${(0,bytes/* formatBytes */.z3)(c.binaryBytes)} (${c.binaryFiles} files), over max-binary-bytes ${(0,bytes/* formatBytes */.z3)(t.maxBinaryBytes)}`,
        });
    }
    if (t.maxFileBytes !== undefined) {
        const limit = t.maxFileBytes;
        // files are sorted largest first
        for (const f of m.files) {
            if (f.diffBytes <= limit)
                break;
            if (!f.counted)
                continue;
            alerts.push({ threshold: 'max-file-bytes', limit, actual: f.diffBytes, path: f.path, message: `${f.path} changes by ${(0,bytes/* formatBytes */.z3)(f.diffBytes)}, over max-file-bytes ${(0,bytes/* formatBytes */.z3)(limit)}` });
        }
    }
    return alerts;
}
function decide(alerts, o) {
    const alert = alerts.length > 0;
    let bypassedBy;
    if (alert && o.failOnAlert) {
        if (o.bypassLabel && o.labels?.includes(o.bypassLabel))
            bypassedBy = `label '${o.bypassLabel}'`;
        else if (o.bypassTrailer && o.trailerFound)
            bypassedBy = `commit trailer '${o.bypassTrailer}'`;
    }
    return { alerts, alert, failed: alert && o.failOnAlert && !bypassedBy, bypassedBy };
}

;// CONCATENATED MODULE: ./packages/core/src/diff/trailer.ts
// Does a commit of the range carry the bypass trailer (`Key: reason` in the message's trailer block)?

async function hasTrailer(cwd, revArgs, key) {
    const out = await (0,stream/* gitBuffer */.vv)(cwd, ['log', '-n200', `--format=%(trailers:key=${key},valueonly=false)%x00`, ...revArgs, '--']);
    const want = key.toLowerCase();
    return out
        .toString('utf8')
        .split(/[\n\0]/)
        .some((l) => l.toLowerCase().startsWith(want + ':'));
}

;// CONCATENATED MODULE: ./packages/core/src/diff/run.ts
// One diff-telemetry run, shared by the action and the CLI: options + event -> target -> commits
// ensured -> measurement -> verdict. Reporting (outputs, summary, files) is the caller's.







const CLASS_NAMES = FILE_CLASSES.filter((c) => c !== 'excluded');
/** exclude-classes: class names (plural forms accepted), or `none`. */
function parseExcludeClasses(list) {
    const out = [];
    for (const raw of list) {
        const v = raw.toLowerCase().replace(/s$/, '');
        if (v === 'none')
            continue;
        if (!CLASS_NAMES.includes(v)) {
            throw new errors/* InputError */.dz({ input: 'exclude-classes', problem: `'${raw}' is not a file class`, fix: `use any of ${CLASS_NAMES.join(', ')}, or none` });
        }
        out.push(v);
    }
    return [...new Set(out)];
}
async function runDiffTelemetry(input) {
    const o = input.options;
    const excludeClasses = parseExcludeClasses(o['exclude-classes']);
    let target = (0,git_target/* resolveTarget */.u)(input.event, { mode: 'changes', base: o.base || undefined, head: o.head || undefined });
    if (target.kind === 'tree')
        target = { kind: 'none', reason: 'no commit range to measure' };
    const wanted = target;
    target = await (0,availability/* ensureCommits */.nm)(input.cwd, target, { fetch: input.fetch ?? true, commitCount: input.event.commitCount, log: input.log });
    // A missing event base means a force-push (measure the branch instead); a base the user typed must exist.
    if (o.base && wanted.kind === 'range' && target.kind !== 'range') {
        throw new errors/* InputError */.dz({ input: 'base', problem: `'${o.base}' is not a commit in this repository`, fix: 'check the ref, or fetch it first (git fetch origin <ref>)' });
    }
    const measurement = await measureDiff({
        cwd: input.cwd,
        target,
        leakPatterns: o['leak-patterns'],
        exclude: o.exclude ?? [],
        excludeClasses,
        tempDir: input.tempDir,
    });
    const alerts = findAlerts(measurement, {
        maxDiffBytes: o['max-diff-bytes'],
        maxFileBytes: o['max-file-bytes'],
        maxFiles: o['max-files'],
        maxBinaryBytes: o['max-binary-bytes'],
    });
    const rev = (0,availability/* revListArgs */.fy)(target);
    const trailerFound = alerts.length > 0 && o['fail-on-alert'] && !!o['bypass-trailer'] && rev !== null ? await hasTrailer(input.cwd, rev, o['bypass-trailer']) : false;
    const verdict = decide(alerts, {
        failOnAlert: o['fail-on-alert'],
        bypassLabel: o['bypass-label'] || undefined,
        labels: input.event.labels,
        bypassTrailer: o['bypass-trailer'] || undefined,
        trailerFound,
    });
    return { measurement, verdict, target };
}

// EXTERNAL MODULE: ./packages/core/src/version.ts
var version = __webpack_require__(8109);
// EXTERNAL MODULE: ./packages/core/src/diff/metrics/time.ts
var time = __webpack_require__(6358);
;// CONCATENATED MODULE: ./packages/core/src/diff/metrics/lead-time.ts

/** First commit of the change (author date) -> the run that ships it. */
function leadTime(firstCommitAt, shippedAt) {
    const from = (0,time/* toMs */.G8)(firstCommitAt);
    const to = (0,time/* toMs */.G8)(shippedAt);
    return {
        hours: Number.isNaN(from) ? null : (0,time/* hoursBetween */.UH)(from, to),
        firstCommitAt: Number.isNaN(from) ? null : (0,time/* toIso */.tK)(firstCommitAt),
        shippedAt: (0,time/* toIso */.tK)(shippedAt),
    };
}
/**
 * For each leak (deduped by key, keeping the first detection), introduced -> first flagged;
 * the run reports the worst one, since the change waited for its last leak to be found.
 */
function detectionLatency(events) {
    const first = new Map();
    events.forEach((e, i) => {
        const intro = (0,time/* toMs */.G8)(e.introducedAt);
        const det = (0,time/* toMs */.G8)(e.detectedAt);
        if (Number.isNaN(intro) || Number.isNaN(det))
            return;
        const key = e.key ? `${e.kind}:${e.key}` : `#${i}`;
        const seen = first.get(key);
        if (!seen)
            first.set(key, { intro, det });
        else
            first.set(key, { intro: Math.min(seen.intro, intro), det: Math.min(seen.det, det) });
    });
    let worst;
    for (const v of first.values())
        if (!worst || v.det - v.intro > worst.det - worst.intro)
            worst = v;
    if (!worst)
        return { hours: null, leaks: 0, introducedAt: null, detectedAt: null };
    return {
        hours: (0,time/* hoursBetween */.UH)(worst.intro, worst.det),
        leaks: first.size,
        introducedAt: new Date(worst.intro).toISOString(),
        detectedAt: new Date(worst.det).toISOString(),
    };
}
/** Adjusted lead time = lead time + detection latency, with both buckets kept. */
function adjustedLeadTime(lead, latency) {
    return {
        hours: lead === null ? null : Math.round((lead + (latency ?? 0)) * 100) / 100,
        buckets: { leadTimeHours: lead, detectionLatencyHours: latency },
    };
}

// EXTERNAL MODULE: ./packages/core/src/diff/metrics/risk.ts
var risk = __webpack_require__(7652);
;// CONCATENATED MODULE: ./packages/core/src/diff/metrics/velocity.ts
// Risk-adjusted velocity = raw velocity × (1 − r) (METRICS.md §5).

/** round(raw × (1 − r)); e.g. raw 45, r 0.156 -> 37.98 -> 38. */
function riskAdjustedVelocity(raw, r) {
    if (!Number.isFinite(raw) || raw < 0) {
        throw new errors/* InputError */.dz({ input: 'velocity', problem: `raw velocity must be a number ≥ 0, got ${raw}`, fix: 'give story points per week, or leave it empty to use merged changes per week' });
    }
    const clamped = Math.min(Math.max(r, 0), 1);
    // The epsilon keeps x.5 results that float math puts at x.4999… rounding up.
    return Math.round(raw * (1 - clamped) + 1e-9);
}
function velocityMetric(raw, rawSource, r) {
    return { raw, rawSource, r, adjusted: riskAdjustedVelocity(raw, r) };
}

// EXTERNAL MODULE: ./packages/core/src/diff/metrics/pipeline.ts
var pipeline = __webpack_require__(4033);
;// CONCATENATED MODULE: ./packages/core/src/diff/metrics/compute.ts





const DEFAULT_RISK_WINDOW_MS = 7 * time/* DAY_MS */.sO;
function countEvents(events) {
    const c = (0,risk/* zeroCounts */.Nd)();
    for (const e of events)
        c[e.kind]++;
    return c;
}
/** This run's leak events: its own leak-pattern files plus the given reports' events. */
function runLeakEvents(input) {
    const now = (0,time/* toIso */.tK)(input.now);
    const own = input.measurement.leakedFiles.map((path) => {
        // Which commit of the range added the file is not tracked: its oldest commit bounds it.
        const ev = { kind: 'leaked-file', detectedAt: now, source: 'diff-telemetry', key: path };
        if (input.measurement.firstCommitDate)
            ev.introducedAt = input.measurement.firstCommitDate;
        return ev;
    });
    return [...own, ...(input.reports ?? []).flatMap((r) => r.events)];
}
function computeDiffMetrics(input) {
    const now = (0,time/* toIso */.tK)(input.now);
    const nowMs = (0,time/* toMs */.G8)(now);
    const history = input.history ?? [];
    const weights = input.weights ?? { ...risk/* DEFAULT_RISK_WEIGHTS */.Ig };
    const windowMs = input.riskWindowMs ?? DEFAULT_RISK_WINDOW_MS;
    const days = Math.round((windowMs / time/* DAY_MS */.sO) * 1000) / 1000;
    const fromMs = nowMs - windowMs;
    const events = runLeakEvents(input);
    const inWindow = (t) => t > fromMs && t <= nowMs;
    // Reports older than the window do not count; a clock a little ahead of the runner's still does.
    const runEvents = countEvents(events.filter((e) => (0,time/* toMs */.G8)(e.detectedAt) > fromMs));
    let windowEvents = runEvents;
    for (const rec of history)
        if (inWindow((0,time/* toMs */.G8)(rec.time)))
            windowEvents = (0,risk/* addCounts */.c5)(windowEvents, rec.events);
    const r = (0,risk/* leakRisk */.V4)(windowEvents, weights);
    const notes = (input.reports ?? []).flatMap((rep) => (rep.note ? [rep.note] : []));
    const lead = leadTime(input.measurement.firstCommitDate, now);
    const latency = detectionLatency(events);
    const merged = input.merged ?? true;
    const raw = input.rawVelocity ?? (0,pipeline/* mergedChangesPerWeek */.l)([...history, { time: now, changes: merged ? 1 : 0 }], now);
    const runRecord = { workflow: input.workflow, runs: 1, time: now, leakedFiles: input.measurement.leakedFiles.length };
    return {
        schemaVersion: 1,
        runId: input.runId,
        workflow: input.workflow,
        leadTime: lead,
        detectionLatency: latency,
        adjustedLeadTime: adjustedLeadTime(lead.hours, latency.hours),
        risk: {
            r,
            window: { from: new Date(fromMs).toISOString(), to: now, days },
            weights,
            events: windowEvents,
            runEvents,
            notes,
        },
        velocity: velocityMetric(raw, input.rawVelocity === undefined ? 'merged-changes-per-week' : 'input', r),
        leakedFiles: {
            thisRun: input.measurement.leakedFiles.length,
            perPipeline: (0,pipeline/* leakedFilesPerPipeline */.H)([...history, runRecord]),
        },
    };
}
/** The small record this run appends to the history. */
function toHistoryRecord(input, metrics) {
    const ev = metrics.risk.runEvents;
    return {
        runId: input.runId,
        ...(input.runNumber !== undefined ? { runNumber: input.runNumber } : {}),
        time: (0,time/* toIso */.tK)(input.now),
        workflow: input.workflow,
        runs: 1,
        diffBytes: input.measurement.counted.diffBytes,
        files: input.measurement.counted.filesChanged,
        binaryBytes: input.measurement.counted.binaryBytes,
        leakedFiles: metrics.leakedFiles.thisRun,
        alerts: input.alert ? 1 : 0,
        r: metrics.risk.r,
        leadTimeHours: metrics.leadTime.hours,
        detectionLatencyHours: metrics.detectionLatency.hours,
        adjustedVelocity: metrics.velocity.adjusted,
        leakDetected: ev.secret + ev['leaked-file'] + ev['egress-blocked'] + ev['gate-failure'] > 0,
        changes: (input.merged ?? true) ? 1 : 0,
        events: { ...ev },
        // The last policy-audit report's ci-budget figure, when one was given (older records have none).
        ...cpuHoursOf(input.reports),
    };
}
function cpuHoursOf(reports) {
    const c = (reports ?? []).map((r) => r.cpuHours).filter((v) => v !== undefined).at(-1);
    return c === undefined ? {} : { cpuHours: c };
}

// EXTERNAL MODULE: ./packages/core/src/diff/history/compact.ts
var compact = __webpack_require__(6983);
;// CONCATENATED MODULE: ./packages/core/src/diff/history/run.ts


/** `input.history` is ignored: the store's records are used. */
async function recordRun(store, input, opts = {}) {
    const before = await store.load();
    const full = { ...input, history: before };
    const metrics = computeDiffMetrics(full);
    const record = toHistoryRecord(full, metrics);
    // A re-run of the same run replaces its record rather than counting twice.
    const history = (0,compact/* compactHistory */.EQ)([...before.filter((r) => r.runId !== record.runId), record], opts);
    await store.save(history);
    return { metrics, record, history };
}

;// CONCATENATED MODULE: ./packages/core/src/diff/history/trend.ts
const DEFAULT_TREND_RUNS = 30;
/** `MM-DD` labels; repeats on the same day get b, c, … so categories stay distinct. */
function labels(records) {
    const seen = new Map();
    return records.map((r) => {
        const d = new Date(r.time);
        const base = `${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
        const n = seen.get(base) ?? 0;
        seen.set(base, n + 1);
        return n === 0 ? base : `${base}${String.fromCharCode(97 + Math.min(n, 25))}`;
    });
}
const num = (n) => String(Math.round(n * 1000) / 1000);
/** Mermaid strings cannot hold a double quote; nothing here needs one. */
const quote = (s) => `"${s.replace(/"/g, "'")}"`;
function chart(title, xs, yLabel, yMax, kind, values) {
    return [
        '```mermaid',
        'xychart-beta',
        `    title ${quote(title)}`,
        `    x-axis [${xs.map(quote).join(', ')}]`,
        `    y-axis ${quote(yLabel)} 0 --> ${num(yMax)}`,
        `    ${kind} [${values.map(num).join(', ')}]`,
        '```',
    ].join('\n');
}
/** Markdown with two Mermaid charts over the last `last` records; '' when there is no history. */
function renderTrendChart(records, last = DEFAULT_TREND_RUNS) {
    const shown = [...records].sort((a, b) => Date.parse(a.time) - Date.parse(b.time)).slice(-last);
    if (shown.length === 0)
        return '';
    const xs = labels(shown);
    const kib = shown.map((r) => r.diffBytes / 1024);
    const maxKib = Math.max(1, ...kib);
    const yMax = Math.ceil(maxKib * 1.1);
    return [
        chart(`Diff size (KiB), last ${shown.length} runs`, xs, 'KiB', yMax, 'bar', kib.map((v) => Math.round(v * 10) / 10)),
        '',
        chart(`Leak risk r, last ${shown.length} runs`, xs, 'r', 1, 'line', shown.map((r) => r.r)),
    ].join('\n');
}

;// CONCATENATED MODULE: ./packages/core/src/diff/metrics/reports.ts
// Leak events from other Bulkhead JSON reports (envelope {kind, schemaVersion, tool, generatedAt, data}).
// Which field is counted per kind is documented in METRICS.md §4.




const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Array -> its items; non-negative integer -> that many anonymous items; else undefined. */
function items(v) {
    if (Array.isArray(v))
        return v;
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0)
        return Array.from({ length: v }, () => undefined);
    return undefined;
}
/** First of `fields` present in data with a usable count. */
function firstCount(data, fields) {
    for (const f of fields) {
        const got = items(data[f]);
        if (got)
            return got;
    }
    return [];
}
const KIND_EVENTS = {
    'secret-scan': { kind: 'secret', fields: ['findings', 'events'] },
    'diff-telemetry': { kind: 'leaked-file', fields: ['leakedFiles', 'events'] },
    'egress-gate': { kind: 'egress-blocked', fields: ['blocked', 'events'] },
    'oauth-signature-gate': { kind: 'gate-failure', fields: ['events', 'findings'] },
    'double-write': { kind: 'gate-failure', fields: ['events', 'findings'] },
};
function bad(path, problem) {
    return new errors/* ResourceError */.BS({
        input: 'reports',
        problem: `${path}: ${problem}`,
        fix: 'point `reports` at JSON reports written by Bulkhead (an action\'s `report-file` output, or the CLI\'s `--format json` output)',
    });
}
/** Parses one report's text. Throws ResourceError (input `reports`) when it is not a Bulkhead report. */
function parseLeakReport(text, path, runTime) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        throw bad(path, 'is not valid JSON');
    }
    if (!isObj(doc) || typeof doc.kind !== 'string' || !isObj(doc.data)) {
        throw bad(path, 'has no Bulkhead report envelope ({kind, data})');
    }
    const gen = typeof doc.generatedAt === 'string' && !Number.isNaN((0,time/* toMs */.G8)(doc.generatedAt)) ? doc.generatedAt : null;
    // Envelopes say `bulkhead.<action>`; the bare action name is accepted too.
    const bare = doc.kind.replace(/^bulkhead\./, '');
    // policy-audit is no leak source, but its CPU-hours go into the history (METRICS.md §4).
    if (bare === 'policy-audit') {
        const c = doc.data.cpuHours;
        return { path, kind: doc.kind, generatedAt: gen, events: [], ...(typeof c === 'number' && Number.isFinite(c) && c >= 0 ? { cpuHours: c } : {}) };
    }
    const spec = KIND_EVENTS[bare];
    if (!spec)
        return { path, kind: doc.kind, generatedAt: gen, events: [], note: `${path}: report kind "${doc.kind}" is not a leak source; ignored` };
    const data = doc.data;
    let list = firstCount(data, spec.fields);
    // A gate report with no counted items still counts one failure when it says it failed.
    if (list.length === 0 && spec.kind === 'gate-failure' && (data.passed === false || data.failed === true))
        list = [undefined];
    const detectedAt = gen ?? runTime;
    const events = list.map((item) => {
        const ev = { kind: spec.kind, detectedAt, source: path };
        if (isObj(item)) {
            const loc = isObj(item.location) ? item.location : undefined;
            const intro = loc?.commitDate ?? item.introducedAt;
            if (typeof intro === 'string' && !Number.isNaN((0,time/* toMs */.G8)(intro)))
                ev.introducedAt = intro;
            const key = item.fingerprint ?? item.path ?? loc?.path;
            if (typeof key === 'string')
                ev.key = key;
        }
        else if (typeof item === 'string') {
            ev.key = item; // diff-telemetry leakedFiles: paths
        }
        return ev;
    });
    return { path, kind: doc.kind, generatedAt: gen, events };
}
/** Reads and parses each path (relative to `baseDir`). Missing or malformed -> ResourceError (`reports`). */
async function readLeakReports(paths, runTime, baseDir = '.') {
    const out = [];
    for (const p of paths) {
        let text;
        try {
            text = await (0,promises_.readFile)((0,external_node_path_.resolve)(baseDir, p), 'utf8');
        }
        catch (e) {
            const code = e.code;
            throw new errors/* ResourceError */.BS({
                input: 'reports',
                problem: `${p}: cannot be read (${code === 'ENOENT' ? 'no such file' : (code ?? 'read error')})`,
                fix: 'run the action that writes the report earlier in the job, or fix the path (relative to the workspace)',
            });
        }
        out.push(parseLeakReport(text, p, runTime));
    }
    return out;
}

// EXTERNAL MODULE: ./packages/core/src/report/json.ts
var json = __webpack_require__(3092);
// EXTERNAL MODULE: ./packages/core/src/report/summary.ts
var summary = __webpack_require__(8960);
;// CONCATENATED MODULE: ./packages/core/src/diff/report.ts
// Turn a run's result into what people read: JSON report data, job summary, annotations, CLI text.
// Pure functions; the action and the CLI do the writing.





const DIFF_REPORT_KIND = 'bulkhead.diff-telemetry';
const DIFF_REPORT_VERSION = '1.0.0';
const LARGEST_SHOWN = 20;
function buildDiffReport(r, opts) {
    const m = r.measurement;
    const data = {
        range: m.range,
        totals: m.totals,
        counted: m.counted,
        excludedClasses: m.excludedClasses,
        byClass: m.byClass,
        leakedFiles: m.leakedFiles,
        alert: r.verdict.alert,
        failed: r.verdict.failed,
        bypassedBy: r.verdict.bypassedBy ?? null,
        alerts: r.verdict.alerts,
        files: m.files,
        commits: m.commits,
        commitsOmitted: m.commitsOmitted,
        firstCommitDate: m.firstCommitDate ?? null,
        lastCommitDate: m.lastCommitDate ?? null,
        elapsedMs: m.elapsedMs,
    };
    if (opts.metrics !== undefined)
        data.metrics = opts.metrics;
    return (0,json/* buildJsonReport */.X)({ kind: DIFF_REPORT_KIND, schemaVersion: DIFF_REPORT_VERSION, tool: { name: 'bulkhead', version: opts.version }, generatedAt: opts.generatedAt, data });
}
/** One line for the log / CLI. */
function headline(r) {
    const m = r.measurement;
    if (m.range.kind === 'none')
        return `diff-telemetry: nothing to measure (${m.range.note ?? 'no range'})`;
    const c = m.counted;
    const state = r.verdict.failed ? 'FAILED' : r.verdict.alert ? (r.verdict.bypassedBy ? `alert (bypassed by ${r.verdict.bypassedBy})` : 'alert') : 'ok';
    return `diff-telemetry: ${(0,bytes/* formatBytes */.z3)(c.diffBytes)} in ${c.filesChanged} counted files (${m.totals.filesChanged} in all), ${c.binaryFiles} binaries ${(0,bytes/* formatBytes */.z3)(c.binaryBytes)}, ${m.leakedFiles.length} leaked files: ${state}`;
}
function diffAnnotations(r) {
    const level = r.verdict.failed ? 'error' : 'warning';
    const list = r.verdict.alerts.map((a) => ({
        level,
        title: `diff-telemetry: ${a.threshold}`,
        message: a.message + (r.verdict.bypassedBy ? ` (failure bypassed by ${r.verdict.bypassedBy})` : ''),
        ...(a.path ? { file: a.path } : {}),
    }));
    for (const p of r.measurement.leakedFiles) {
        list.push({ level: 'warning', title: 'diff-telemetry: leak-pattern file', message: `${p} matches leak-patterns: it should not be committed`, file: p });
    }
    return capAnnotations(list);
}
const totalsRows = (a, b) => [
    ['Diff bytes (patch + binaries)', (0,bytes/* formatBytes */.z3)(b.diffBytes), (0,bytes/* formatBytes */.z3)(a.diffBytes)],
    ['Patch bytes', (0,bytes/* formatBytes */.z3)(b.patchBytes), (0,bytes/* formatBytes */.z3)(a.patchBytes)],
    ['Blob bytes added', (0,bytes/* formatBytes */.z3)(b.blobBytesAdded), (0,bytes/* formatBytes */.z3)(a.blobBytesAdded)],
    ['Files changed', `${b.filesChanged}`, `${a.filesChanged}`],
    ['Added / deleted / renamed', `${b.filesAdded} / ${b.filesDeleted} / ${b.filesRenamed}`, `${a.filesAdded} / ${a.filesDeleted} / ${a.filesRenamed}`],
    ['Lines + / −', `${b.linesAdded} / ${b.linesDeleted}`, `${a.linesAdded} / ${a.linesDeleted}`],
    ['Binary files (bytes)', `${b.binaryFiles} (${(0,bytes/* formatBytes */.z3)(b.binaryBytes)})`, `${a.binaryFiles} (${(0,bytes/* formatBytes */.z3)(a.binaryBytes)})`],
];
/** The job summary (kept under the 1 MiB step cap by SummaryBuilder). `extra` is appended markdown (metrics, trend). */
function renderDiffSummary(r, extra = []) {
    const m = r.measurement;
    const s = new summary/* SummaryBuilder */.CF();
    s.heading('Bulkhead diff-telemetry');
    if (m.range.kind === 'none') {
        s.paragraph(`Nothing to measure: ${m.range.note ?? 'no commit range'}.`);
    }
    else {
        const range = `\`${m.range.base?.slice(0, 12)}..${m.range.head?.slice(0, 12)}\`, ${m.range.commitCount} commits`;
        s.paragraph(`${verdictLine(r)}  \nRange ${range}${m.range.note ? ` (${m.range.note})` : ''}. Excluded from the counted totals: ${m.excludedClasses.length ? m.excludedClasses.join(', ') : 'nothing'}${m.byClass.excluded.files ? ' and the exclude globs' : ''}.`);
        s.table(['', 'Counted', 'All files'], totalsRows(m.totals, m.counted));
        if (r.verdict.alerts.length) {
            s.heading('Alerts', 3);
            s.table(['Threshold', 'Limit', 'Actual', 'Detail'], r.verdict.alerts.map((a) => [a.threshold, a.threshold === 'max-files' ? `${a.limit}` : (0,bytes/* formatBytes */.z3)(a.limit), a.threshold === 'max-files' ? `${a.actual}` : (0,bytes/* formatBytes */.z3)(a.actual), a.message]), { maxRows: 20 });
        }
        if (m.leakedFiles.length) {
            s.heading(`Leak-pattern files (${m.leakedFiles.length})`, 3);
            s.table(['Path'], m.leakedFiles.map((p) => [p]), { maxRows: 20 });
        }
        const classes = FILE_CLASSES.filter((c) => m.byClass[c].files > 0);
        if (classes.length)
            s.table(['Class', 'Files', 'Bytes', 'Counted'], classes.map((c) => [c, `${m.byClass[c].files}`, (0,bytes/* formatBytes */.z3)(m.byClass[c].bytes), m.excludedClasses.includes(c) || c === 'excluded' ? 'no' : 'yes']));
        if (m.files.length) {
            s.heading('Largest files', 3);
            // Only the rows shown are formatted; the rest only count toward "…and N more" (20,000 files cost ~0.2 s).
            const notShown = [];
            s.table(['Path', 'Status', 'Bytes', 'Lines + / −', 'Classes'], m.files.map((f, i) => (i < LARGEST_SHOWN ? fileRow(f) : notShown)), {
                maxRows: LARGEST_SHOWN,
                moreLabel: (n) => `…and ${n} more files (see the report file).`,
            });
        }
    }
    for (const block of extra)
        if (block)
            s.raw(block.endsWith('\n\n') ? block : `${block}\n\n`);
    return s.toString();
}
function fileRow(f) {
    const path = f.oldPath ? `${f.oldPath} → ${f.path}` : f.path;
    return [path, f.status, (0,bytes/* formatBytes */.z3)(f.diffBytes), f.binary ? 'binary' : `${f.linesAdded} / ${f.linesDeleted}`, f.classes.join(', ')];
}
function verdictLine(r) {
    if (!r.verdict.alert)
        return '**No size alert.**';
    const n = r.verdict.alerts.length;
    if (r.verdict.failed)
        return `**${n} alert${n > 1 ? 's' : ''}: the step fails** (fail-on-alert).`;
    if (r.verdict.bypassedBy)
        return `**${n} alert${n > 1 ? 's' : ''}**, reported as a warning: the failure was bypassed by ${r.verdict.bypassedBy}.`;
    return `**${n} alert${n > 1 ? 's' : ''}** (a warning; set fail-on-alert to fail the step).`;
}
/** Plain text for `bulkhead diff-telemetry --format text`. */
function renderDiffText(r) {
    const m = r.measurement;
    const lines = [headline(r)];
    if (m.range.kind !== 'none') {
        lines.push(`range ${m.range.base}..${m.range.head} (${m.range.commitCount} commits)${m.range.note ? `: ${m.range.note}` : ''}`);
        for (const [name, counted, all] of totalsRows(m.totals, m.counted))
            lines.push(`  ${name.padEnd(30)} ${counted.padStart(20)}   (all: ${all})`);
        for (const a of r.verdict.alerts)
            lines.push(`${r.verdict.failed ? 'error' : 'warning'}: ${a.message}`);
        if (r.verdict.bypassedBy)
            lines.push(`failure bypassed by ${r.verdict.bypassedBy}`);
        for (const p of m.leakedFiles)
            lines.push(`leak-pattern file: ${p}`);
        if (m.files.length) {
            lines.push('largest files:');
            for (const f of m.files.slice(0, LARGEST_SHOWN))
                lines.push(`  ${(0,bytes/* formatBytes */.z3)(f.diffBytes).padStart(10)}  ${f.status.padEnd(8)} ${f.oldPath ? `${f.oldPath} -> ` : ''}${f.path}${f.classes.length ? `  [${f.classes.join(', ')}]` : ''}`);
            if (m.files.length > LARGEST_SHOWN)
                lines.push(`  …and ${m.files.length - LARGEST_SHOWN} more`);
        }
    }
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./packages/core/src/diff/finish.ts
// After measuring: metrics (risk, velocity, lead time) with the run history, the JSON report, the
// summary and the output values. Shared by the action and the CLI; the history store is passed in
// because the actions-cache store lives in packages/runner.









function parseHistorySetting(raw, baseDir) {
    const v = raw.trim();
    if (v === 'cache' || v === 'none')
        return { kind: v };
    if (v.startsWith('file:') && v.length > 5) {
        const p = v.slice(5);
        return { kind: 'file', path: (0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(baseDir, p) };
    }
    throw new errors/* InputError */.dz({ input: 'history', problem: `'${v}' is not a history location`, fix: 'use cache, none, or file:PATH (e.g. file:.bulkhead/history.json)' });
}
function parseRawVelocity(raw) {
    if (raw === undefined || raw.trim() === '')
        return undefined;
    const n = Number(raw.trim());
    if (!Number.isFinite(n) || n < 0) {
        throw new errors/* InputError */.dz({ input: 'raw-velocity', problem: `'${raw}' is not a non-negative number`, fix: 'give story points per period as a number, e.g. 45, or leave it empty to use merged changes per week' });
    }
    return n;
}
/** A run that ships a change: a push to the default branch or a merge-queue group. */
function shipsChange(event) {
    if (event.eventName === 'merge_group')
        return true;
    if (event.eventName !== 'push')
        return false;
    return !event.defaultBranch || event.ref === `refs/heads/${event.defaultBranch}`;
}
async function finishDiffRun(i) {
    const o = i.options;
    const now = i.now.toISOString();
    const m = i.result.measurement;
    const input = {
        now,
        runId: i.event.runId ?? `local-${i.now.getTime()}`,
        runNumber: i.event.runNumber,
        workflow: i.event.workflow ?? 'local',
        measurement: m,
        alert: i.result.verdict.alert,
        reports: o.reports?.length ? await readLeakReports(o.reports, now, i.baseDir) : [],
        weights: (0,risk/* parseRiskWeights */.OO)(o['risk-weights']),
        riskWindowMs: o['risk-window'],
        rawVelocity: parseRawVelocity(o['raw-velocity']),
        merged: shipsChange(i.event),
    };
    let metrics;
    let history = [];
    if (i.store)
        ({ metrics, history } = await recordRun(i.store, input));
    else
        metrics = computeDiffMetrics(input);
    const report = buildDiffReport(i.result, { generatedAt: now, version: version/* BULKHEAD_VERSION */.d, metrics });
    const summary = renderDiffSummary(i.result, [renderMetrics(metrics), history.length > 1 ? renderTrendChart(history) : '']);
    const outputs = {
        'diff-bytes': m.counted.diffBytes,
        'files-changed': m.counted.filesChanged,
        'binary-bytes': m.counted.binaryBytes,
        'leaked-files': m.leakedFiles.length,
        alert: i.result.verdict.alert,
        'risk-coefficient': metrics.risk.r,
        'adjusted-velocity': metrics.velocity.adjusted,
        'lead-time-hours': metrics.leadTime.hours ?? '',
    };
    return { metrics, history, report, summary, outputs };
}
const hours = (h) => (h === null ? '—' : `${h} h`);
function renderMetrics(x) {
    const rows = [
        ['Leak risk r', `${x.risk.r} (${x.risk.window.days} d window)`],
        ['Velocity (raw → adjusted)', `${x.velocity.raw} → ${x.velocity.adjusted} (${x.velocity.rawSource})`],
        ['Lead time', hours(x.leadTime.hours)],
        ['Detection latency', hours(x.detectionLatency.hours)],
        ['Adjusted lead time', hours(x.adjustedLeadTime.hours)],
        ['Leaked files (this run)', `${x.leakedFiles.thisRun}`],
    ];
    const notes = x.risk.notes.length ? `\n${x.risk.notes.map((n) => `- ${n.replace(/[|\n]/g, ' ')}`).join('\n')}\n` : '';
    return `### Metrics\n\n| Metric | Value |\n| --- | --- |\n${rows.map(([a, b]) => `| ${a} | ${b} |`).join('\n')}\n${notes}\n`;
}

// EXTERNAL MODULE: ./packages/core/src/diff/history/file-store.ts + 2 modules
var file_store = __webpack_require__(1159);
// EXTERNAL MODULE: ./packages/core/src/fs/atomic.ts
var atomic = __webpack_require__(4444);
// EXTERNAL MODULE: ./packages/core/src/diff/decl.ts
var decl = __webpack_require__(6965);
;// CONCATENATED MODULE: ./packages/cli/src/commands/diff-telemetry.ts
// `bulkhead diff-telemetry [PATH] --base X [--head Y] [flags]`: the action's measurement from a terminal.







const command = {
    name: 'diff-telemetry',
    summary: 'Measure a commit range (bytes, files, binaries, leak-pattern files) and alert on size thresholds.',
    decl: decl/* DIFF_TELEMETRY_DECL */.v,
    async run(args, io) {
        const o = args.options;
        const cwd = (0,external_node_path_.resolve)(io.cwd, o.path);
        if (!o.base) {
            throw new errors/* InputError */.dz({ input: 'base', problem: 'no commit range given', fix: 'pass --base REF (and optionally --head REF, default HEAD), e.g. --base origin/main' });
        }
        // In a workflow step the history record names that run, as the action's would.
        const event = { eventName: 'cli', labels: [], workflow: io.env.GITHUB_WORKFLOW || 'cli', runId: io.env.GITHUB_RUN_ID || `cli-${Date.now()}` };
        const runNumber = Number(io.env.GITHUB_RUN_NUMBER);
        if (Number.isSafeInteger(runNumber) && runNumber > 0)
            event.runNumber = runNumber;
        const result = await runDiffTelemetry({ options: o, event, cwd, tempDir: io.env.TMPDIR || '/tmp', fetch: false, log: (m) => io.stderr(`${m}\n`) });
        const history = parseHistorySetting(o.history, io.cwd);
        if (history.kind === 'cache' && args.explicit.has('history'))
            io.stderr('history: cache is only available inside GitHub Actions; no history kept (use --history file:PATH)\n');
        const store = history.kind === 'file' ? new file_store/* FileHistoryStore */.y(history.path) : null;
        const done = await finishDiffRun({ result, options: o, event, now: new Date(), store, baseDir: io.cwd });
        if (o['report-file']) {
            const file = (0,external_node_path_.resolve)(io.cwd, o['report-file']);
            await (0,atomic/* writeOutputFile */.B)(file, (0,json/* serializeJson */.L)(done.report), 'report-file', o['report-file']);
        }
        io.stdout(o.format === 'json' ? (0,json/* serializeJson */.L)(done.report) : renderDiffText(result));
        return result.verdict.failed ? 1 : 0;
    },
};


/***/ }),

/***/ 6983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EQ: () => (/* binding */ compactHistory)
/* harmony export */ });
/* unused harmony exports DEFAULT_KEEP_RUNS, DEFAULT_KEEP_WEEKS, isoWeek, aggregateWeek */
/* harmony import */ var _metrics_risk_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7652);

const DEFAULT_KEEP_RUNS = 200;
const DEFAULT_KEEP_WEEKS = 104;
/** ISO 8601 week label `YYYY-Www` (weeks start Monday; week 1 holds the year's first Thursday). */
function isoWeek(time) {
    const d = new Date(time);
    const day = (d.getUTCDay() + 6) % 7; // Monday = 0
    const thursday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day + 3));
    const year = thursday.getUTCFullYear();
    const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
    return `${year}-W${String(week).padStart(2, '0')}`;
}
const byTime = (a, b) => Date.parse(a.time) - Date.parse(b.time);
const round = (n, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
function weightedMean(recs, pick) {
    let sum = 0;
    let n = 0;
    for (const r of recs) {
        const v = pick(r);
        if (v === null)
            continue;
        sum += v * r.runs;
        n += r.runs;
    }
    return n ? sum / n : null;
}
function maxOf(recs, pick) {
    const vals = recs.map(pick).filter((v) => v !== null);
    return vals.length ? Math.max(...vals) : null;
}
/** Folds records of one workflow and week into one (means weighted by runs, sums, maxima). */
function aggregateWeek(week, recs) {
    const sorted = [...recs].sort(byTime);
    const mean = (pick) => Math.round(weightedMean(sorted, pick) ?? 0);
    const velocity = weightedMean(sorted, (r) => r.adjustedVelocity);
    const lead = weightedMean(sorted, (r) => r.leadTimeHours);
    return {
        runId: `week:${week}`,
        time: sorted[sorted.length - 1].time,
        workflow: sorted[0].workflow,
        runs: sorted.reduce((n, r) => n + r.runs, 0),
        diffBytes: mean((r) => r.diffBytes),
        files: mean((r) => r.files),
        binaryBytes: mean((r) => r.binaryBytes),
        leakedFiles: sorted.reduce((n, r) => n + r.leakedFiles, 0),
        alerts: sorted.reduce((n, r) => n + r.alerts, 0),
        r: Math.max(...sorted.map((r) => r.r)),
        leadTimeHours: lead === null ? null : round(lead),
        detectionLatencyHours: maxOf(sorted, (r) => r.detectionLatencyHours),
        adjustedVelocity: velocity === null ? null : round(velocity),
        leakDetected: sorted.some((r) => r.leakDetected),
        changes: sorted.reduce((n, r) => n + r.changes, 0),
        events: sorted.reduce((c, r) => (0,_metrics_risk_js__WEBPACK_IMPORTED_MODULE_0__/* .addCounts */ .c5)(c, r.events), (0,_metrics_risk_js__WEBPACK_IMPORTED_MODULE_0__/* .zeroCounts */ .Nd)()),
        ...(sorted.some((r) => typeof r.cpuHours === 'number') ? { cpuHours: maxOf(sorted, (r) => r.cpuHours ?? null) } : {}),
    };
}
/** Sorted by time; at most keep + keepWeeks × workflows records. Idempotent. */
function compactHistory(records, opts = {}) {
    const keep = opts.keep ?? DEFAULT_KEEP_RUNS;
    const keepWeeks = opts.keepWeeks ?? DEFAULT_KEEP_WEEKS;
    const sorted = [...records].sort(byTime);
    const singles = sorted.filter((r) => r.runs === 1 && !r.runId.startsWith('week:'));
    const recent = singles.slice(Math.max(0, singles.length - keep));
    const recentSet = new Set(recent);
    const groups = new Map();
    for (const r of sorted) {
        if (recentSet.has(r))
            continue;
        const week = r.runId.startsWith('week:') ? r.runId.slice(5) : isoWeek(r.time);
        const key = `${r.workflow}\u0000${week}`;
        const g = groups.get(key) ?? { week, recs: [] };
        g.recs.push(r);
        groups.set(key, g);
    }
    const weeks = [...groups.values()].map((g) => (g.recs.length === 1 && g.recs[0].runId.startsWith('week:') ? g.recs[0] : aggregateWeek(g.week, g.recs)));
    const weekLabels = [...new Set(weeks.map((w) => w.runId))].sort().slice(-keepWeeks);
    const kept = weeks.filter((w) => weekLabels.includes(w.runId));
    return [...kept, ...recent].sort(byTime);
}


/***/ }),

/***/ 1159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ FileHistoryStore)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/core/src/fs/atomic.ts
var atomic = __webpack_require__(4444);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/diff/metrics/types.ts
var types = __webpack_require__(7862);
;// CONCATENATED MODULE: ./packages/core/src/diff/history/types.ts
const HISTORY_VERSION = 1;

;// CONCATENATED MODULE: ./packages/core/src/diff/history/parse.ts
// Reads a history file back, checking each record's shape so a hand-edited or truncated file
// fails with a clear message instead of NaN charts.



const NUMS = ['runs', 'diffBytes', 'files', 'binaryBytes', 'leakedFiles', 'alerts', 'r', 'changes'];
const NULLABLE = ['leadTimeHours', 'detectionLatencyHours', 'adjustedVelocity'];
function fail(where, problem, input) {
    throw new errors/* ResourceError */.BS({
        input,
        problem: `${where}: ${problem}`,
        fix: 'restore the file from version control, or delete it to start a new history',
    });
}
/** Checks one record; returns the problem or undefined. */
function recordProblem(v) {
    if (typeof v !== 'object' || v === null)
        return 'not an object';
    const r = v;
    for (const k of ['runId', 'time', 'workflow'])
        if (typeof r[k] !== 'string')
            return `${k} is not a string`;
    if (Number.isNaN(Date.parse(r.time)))
        return 'time is not an ISO date';
    for (const k of NUMS)
        if (typeof r[k] !== 'number' || !Number.isFinite(r[k]) || r[k] < 0)
            return `${k} is not a number ≥ 0`;
    for (const k of NULLABLE)
        if (r[k] !== null && (typeof r[k] !== 'number' || !Number.isFinite(r[k])))
            return `${k} is not a number or null`;
    if (typeof r.leakDetected !== 'boolean')
        return 'leakDetected is not a boolean';
    if (r.runNumber !== undefined && (typeof r.runNumber !== 'number' || !Number.isSafeInteger(r.runNumber) || r.runNumber < 1))
        return 'runNumber is not a whole number ≥ 1';
    if (r.cpuHours !== undefined && r.cpuHours !== null && (typeof r.cpuHours !== 'number' || !Number.isFinite(r.cpuHours) || r.cpuHours < 0))
        return 'cpuHours is not a number ≥ 0 or null';
    const ev = r.events;
    if (typeof ev !== 'object' || ev === null)
        return 'events is not an object';
    for (const k of types/* LEAK_EVENT_KINDS */.P)
        if (typeof ev[k] !== 'number')
            return `events.${k} is not a number`;
    return undefined;
}
/** Parses history file text. `where` names the file in errors; `input` the option that named it. */
function parseHistory(text, where, input = 'history') {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        fail(where, 'is not valid JSON (corrupt or truncated history)', input);
    }
    const file = doc;
    if (typeof file !== 'object' || file === null || file.schema !== 'bulkhead/diff-history' || !Array.isArray(file.records)) {
        fail(where, 'is not a Bulkhead diff history ({schema: "bulkhead/diff-history", records: [...]})', input);
    }
    if (file.version !== HISTORY_VERSION)
        fail(where, `has history version ${String(file.version)}, this Bulkhead reads ${HISTORY_VERSION}`, input);
    file.records.forEach((rec, i) => {
        const p = recordProblem(rec);
        if (p)
            fail(where, `record ${i}: ${p}`, input);
    });
    return file.records;
}
function serializeHistory(records) {
    const file = { schema: 'bulkhead/diff-history', version: HISTORY_VERSION, records: [...records] };
    return JSON.stringify(file) + '\n';
}

// EXTERNAL MODULE: ./packages/core/src/diff/history/compact.ts
var compact = __webpack_require__(6983);
;// CONCATENATED MODULE: ./packages/core/src/diff/history/file-store.ts
// History kept in a JSON file the user commits or uploads. Writes are atomic (temp + rename) so a
// cancelled job never leaves half a file behind.





class FileHistoryStore {
    path;
    #opts;
    constructor(path, opts = {}) {
        this.path = path;
        this.#opts = opts;
    }
    async load() {
        let text;
        try {
            text = await (0,promises_.readFile)(this.path, 'utf8');
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return []; // first run
            throw new errors/* ResourceError */.BS({
                input: this.#opts.input ?? 'history',
                problem: `${this.path} cannot be read (${e.code ?? 'error'})`,
                fix: 'point it at a readable file, or at a path that does not exist yet to start a history',
            });
        }
        return parseHistory(text, this.path, this.#opts.input);
    }
    /** Compacts, then writes atomically (temp file beside the target, renamed over). */
    async save(records) {
        const text = serializeHistory((0,compact/* compactHistory */.EQ)(records, this.#opts));
        try {
            await (0,atomic/* writeFileAtomic */.Z)(this.path, text);
        }
        catch (e) {
            throw new errors/* ResourceError */.BS({
                input: this.#opts.input ?? 'history',
                problem: `${this.path} cannot be written (${e.code ?? 'error'})`,
                fix: 'use a path inside the workspace that the job can write',
            });
        }
    }
}


/***/ }),

/***/ 4033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ leakedFilesPerPipeline),
/* harmony export */   l: () => (/* binding */ mergedChangesPerWeek)
/* harmony export */ });
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6358);

/** Leak-pattern files per workflow: total, runs, per run and in the newest run (METRICS.md §6). */
function leakedFilesPerPipeline(records) {
    const by = new Map();
    for (const rec of records) {
        const t = (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .toMs */ .G8)(rec.time);
        const cur = by.get(rec.workflow) ?? { runs: 0, leaked: 0, latestTime: -Infinity, latest: 0 };
        cur.runs += rec.runs;
        cur.leaked += rec.leakedFiles;
        // A weekly aggregate is never "the newest run", unless it is all there is.
        if (t >= cur.latestTime && (rec.runs === 1 || cur.latestTime === -Infinity)) {
            cur.latestTime = t;
            cur.latest = rec.leakedFiles;
        }
        by.set(rec.workflow, cur);
    }
    return [...by.entries()]
        .map(([workflow, v]) => ({
        workflow,
        runs: v.runs,
        leakedFiles: v.leaked,
        perRun: v.runs ? Math.round((v.leaked / v.runs) * 100) / 100 : 0,
        latest: v.latest,
    }))
        .sort((a, b) => b.leakedFiles - a.leakedFiles || a.workflow.localeCompare(b.workflow));
}
/** Merged changes in the 7 days ending at `now` (inclusive), from records' `changes`. */
function mergedChangesPerWeek(records, now) {
    const to = (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .toMs */ .G8)(now);
    const from = to - 7 * _time_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO;
    let n = 0;
    for (const rec of records) {
        const t = (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .toMs */ .G8)(rec.time);
        if (t > from && t <= to)
            n += rec.changes;
    }
    return n;
}


/***/ }),

/***/ 7652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ig: () => (/* binding */ DEFAULT_RISK_WEIGHTS),
/* harmony export */   Nd: () => (/* binding */ zeroCounts),
/* harmony export */   OO: () => (/* binding */ parseRiskWeights),
/* harmony export */   V4: () => (/* binding */ leakRisk),
/* harmony export */   c5: () => (/* binding */ addCounts)
/* harmony export */ });
/* unused harmony export R_MAX */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7862);
// Leak risk coefficient r = 1 − exp(−Σ wᵢ·eᵢ) (METRICS.md §4). Bounded in [0, 1), monotone in
// every count: one more event never lowers r, and no number of events reaches 1.


/** Defaults: one leaked secret alone gives r ≈ 0.26, one leak-pattern file ≈ 0.10. */
const DEFAULT_RISK_WEIGHTS = Object.freeze({
    secret: 0.3,
    'leaked-file': 0.1,
    'egress-blocked': 0.05,
    'gate-failure': 0.15,
});
/** Largest reported r: rounding to 3 decimals must not reach 1. */
const R_MAX = 0.999;
function zeroCounts() {
    return { secret: 0, 'leaked-file': 0, 'egress-blocked': 0, 'gate-failure': 0 };
}
function addCounts(a, b) {
    const out = { ...a };
    for (const k of _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LEAK_EVENT_KINDS */ .P)
        out[k] += b[k] ?? 0;
    return out;
}
/** r for the given counts, rounded to 3 decimals and clamped to [0, R_MAX]. */
function leakRisk(counts, weights = DEFAULT_RISK_WEIGHTS) {
    let exposure = 0;
    for (const k of _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LEAK_EVENT_KINDS */ .P) {
        const n = counts[k] ?? 0;
        if (n > 0 && weights[k] > 0)
            exposure += weights[k] * n;
    }
    const r = 1 - Math.exp(-exposure);
    if (!(r > 0))
        return 0; // also maps NaN to 0
    return Math.min(R_MAX, Math.round(r * 1000) / 1000);
}
/**
 * Parses `secret=0.3, leaked-file=0.1` (comma or newline separated, or the `list` option's items); unnamed kinds keep
 * their default. Throws InputError naming `inputName` for an unknown kind or a bad weight.
 */
function parseRiskWeights(raw, inputName = 'risk-weights') {
    const weights = { ...DEFAULT_RISK_WEIGHTS };
    const parts = (typeof raw === 'string' ? [raw] : (raw ?? [])).flatMap((s) => s.split(/[,\n]/));
    for (const part of parts.map((s) => s.trim()).filter(Boolean)) {
        const m = /^([a-z-]+)\s*[=:]\s*(\S+)$/.exec(part);
        if (!m) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ input: inputName, problem: `"${part}" is not kind=weight`, fix: `write e.g. "secret=0.3, leaked-file=0.1"` });
        }
        const kind = m[1];
        if (!_types_js__WEBPACK_IMPORTED_MODULE_0__/* .LEAK_EVENT_KINDS */ .P.includes(kind)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ input: inputName, problem: `unknown event kind "${m[1]}"`, fix: `use one of ${_types_js__WEBPACK_IMPORTED_MODULE_0__/* .LEAK_EVENT_KINDS */ .P.join(', ')}` });
        }
        const w = Number(m[2]);
        if (!Number.isFinite(w) || w < 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ input: inputName, problem: `weight of ${kind} must be a number ≥ 0, got "${m[2]}"`, fix: `set e.g. ${kind}=${DEFAULT_RISK_WEIGHTS[kind]}` });
        }
        weights[kind] = w;
    }
    return weights;
}


/***/ }),

/***/ 6358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G8: () => (/* binding */ toMs),
/* harmony export */   UH: () => (/* binding */ hoursBetween),
/* harmony export */   sO: () => (/* binding */ DAY_MS),
/* harmony export */   tK: () => (/* binding */ toIso)
/* harmony export */ });
/* unused harmony export HOUR_MS */
// ISO time helpers shared by the metric functions (hours are the reported unit).
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Milliseconds since the epoch, or NaN for a missing / unparsable date. */
function toMs(t) {
    if (t === undefined || t === null)
        return NaN;
    return t instanceof Date ? t.getTime() : Date.parse(t);
}
function toIso(t) {
    return new Date(toMs(t)).toISOString();
}
/** Hours between two instants, 2 decimals, never negative (clock skew between runner and committer). */
function hoursBetween(from, to) {
    return Math.round((Math.max(0, to - from) / HOUR_MS) * 100) / 100;
}


/***/ }),

/***/ 7862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ LEAK_EVENT_KINDS)
/* harmony export */ });
// Types of the diff-telemetry metrics (report part `metrics`, schema/diff-telemetry-report.v1.json).
// Definitions are in actions/diff-telemetry/METRICS.md; keep the three in step.
const LEAK_EVENT_KINDS = ['secret', 'leaked-file', 'egress-blocked', 'gate-failure'];


/***/ }),

/***/ 9063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ isLockfile)
/* harmony export */ });
/* unused harmony export LOCKFILE_NAMES */
// Lockfiles of package managers, by file name: one list for secret-scan (no generic-rule findings in them)
// and diff-telemetry (the `lockfile` class), so the two can never disagree on a name.
/** Exact file names written by package managers to pin resolved dependencies. */
const LOCKFILE_NAMES = new Set([
    // JavaScript
    'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock', 'bun.lockb', 'deno.lock',
    // Python
    'poetry.lock', 'Pipfile.lock', 'uv.lock', 'pdm.lock', 'pixi.lock', 'conda-lock.yml', 'pylock.toml',
    // Ruby, PHP, Go, Rust
    'Gemfile.lock', 'gems.locked', 'composer.lock', 'go.sum', 'go.work.sum', 'Gopkg.lock', 'Cargo.lock',
    // Apple, Dart, Elixir/Erlang, Nix, .NET, JVM, C/C++
    'Podfile.lock', 'Package.resolved', 'Cartfile.resolved', 'pubspec.lock', 'mix.lock', 'rebar.lock', 'flake.lock',
    'packages.lock.json', 'paket.lock', 'gradle.lockfile', 'buildscript-gradle.lockfile', 'conan.lock',
    // Julia, Crystal, Haskell, R, Helm, Terraform, Bazel
    'Manifest.toml', 'shard.lock', 'cabal.project.freeze', 'stack.yaml.lock', 'renv.lock', 'Chart.lock',
    '.terraform.lock.hcl', 'MODULE.bazel.lock',
]);
/** Lockfile names with a variable part: PEP 751 `pylock.<name>.toml`, opam `<pkg>.opam.locked`. */
const LOCKFILE_NAME_PATTERNS = [/^pylock\.[^.]+\.toml$/, /^.+\.opam\.locked$/];
/** The file name (last `/`-separated segment) of a path. */
function baseName(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
/** True when the path's file name is a lockfile's, at any depth (`a/b/yarn.lock`). Paths use `/`. */
function isLockfile(path) {
    const name = baseName(path);
    return LOCKFILE_NAMES.has(name) || LOCKFILE_NAME_PATTERNS.some((re) => re.test(name));
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

/***/ 1300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t1: () => (/* binding */ streamGit),
/* harmony export */   vv: () => (/* binding */ gitBuffer)
/* harmony export */ });
/* unused harmony export DIFF_CONFIG */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7589);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);
// Streaming git: large diffs are read chunk by chunk and never held whole in memory.



/** Pinned so our byte counts match across user configs (colour, prefixes, quoting, external tools). */
const DIFF_CONFIG = ['-c', 'core.quotePath=true', '-c', 'diff.noprefix=false', '-c', 'diff.mnemonicPrefix=false', '-c', 'color.ui=false', '-c', 'diff.context=3', '-c', 'diff.interHunkContext=0'];
/** Run git, handing each stdout chunk to `onData`. Rejects with a GitError naming the command on failure. */
function streamGit(cwd, args, onData, opts = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', [...DIFF_CONFIG, ...args], {
            cwd,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0', ...opts.env },
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        let stderr = '';
        let failed;
        child.stdout.on('data', (b) => {
            if (failed)
                return;
            try {
                onData(b);
            }
            catch (e) {
                failed = e;
                child.kill();
            }
        });
        child.stderr.on('data', (b) => {
            if (stderr.length < 4000)
                stderr += b.toString('utf8');
        });
        child.on('error', (e) => reject((0,_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .gitSpawnError */ .s5)(e)));
        child.on('close', (code) => {
            if (failed)
                return reject(failed);
            if (code !== 0) {
                return reject(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GitError */ .XS({
                    problem: `${(0,_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .gitCommand */ .QT)(args)} failed: ${(0,_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .gitReason */ .th)(stderr, code)}`,
                    fix: 'check that the path is a git repository with both commits of the range (fetch-depth: 0 on actions/checkout)',
                }));
            }
            resolve();
        });
        child.stdin.on('error', () => { }); // git may exit before reading all of stdin
        const input = opts.input;
        if (input === undefined)
            child.stdin.end();
        else if (typeof input === 'string')
            child.stdin.end(input);
        else
            void writeAll(child.stdin, input);
    });
}
async function writeAll(stream, chunks) {
    let buf = '';
    for (const c of chunks) {
        buf += c;
        if (buf.length >= 65536) {
            const ok = stream.write(buf);
            buf = '';
            if (!ok)
                await new Promise((r) => stream.once('drain', () => r()));
        }
    }
    stream.end(buf);
}
/** Run git and collect stdout as a Buffer (for small, bounded outputs). */
async function gitBuffer(cwd, args, opts = {}) {
    const parts = [];
    await streamGit(cwd, args, (b) => parts.push(b), opts);
    return Buffer.concat(parts);
}


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

/***/ 7119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z3: () => (/* binding */ formatBytes),
/* harmony export */   z_: () => (/* binding */ parseBytes)
/* harmony export */ });
/* unused harmony export BYTE_UNITS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _decimal_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(147);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9791);
/* harmony import */ var _show_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1487);
// Byte sizes: `5MB` (decimal, 5,000,000), `5MiB` (binary, 5 × 1024²), `1.5GB`, `1024`, `0`.




/** Unit (lower-cased) → bytes. */
const BYTE_UNITS = {
    '': 1,
    b: 1,
    kb: 1e3,
    mb: 1e6,
    gb: 1e9,
    tb: 1e12,
    kib: 1024,
    mib: 1024 ** 2,
    gib: 1024 ** 3,
    tib: 1024 ** 4,
};
const FIX = 'use a number with a unit such as 5MB or 512KiB (B, KB, MB, GB, TB, KiB, MiB, GiB, TiB; a bare number is bytes)';
/** Bytes as a safe integer. Units are case-insensitive; fractions are allowed when the result is whole. */
function parseBytes(name, raw, bounds = {}, settings) {
    const shown = settings?.secret ? 'the value' : (0,_show_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .v)(raw);
    const m = /^(\d+(?:\.\d+)?|\.\d+)\s*([a-z]*)$/i.exec(raw.trim());
    const unit = m ? BYTE_UNITS[m[2].toLowerCase()] : undefined;
    if (!m || unit === undefined) {
        const negative = /^\s*-/.test(raw);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
            input: name,
            problem: negative ? `${shown} is negative` : `${shown} is not a byte size`,
            fix: negative ? 'use 0 or a positive size such as 5MB' : FIX,
        });
    }
    const value = (0,_decimal_js__WEBPACK_IMPORTED_MODULE_2__/* .scaleDecimal */ .M)(m[1], unit);
    if (value === 'fraction') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ input: name, problem: `${shown} is not a whole number of bytes`, fix: 'use a smaller unit, e.g. 1536KiB instead of 1.5MiB' });
    }
    if (value === 'overflow') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ input: name, problem: `${shown} is too large`, fix: 'use a size below 8 PiB' });
    }
    return (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .checkBounds */ .Mi)(name, raw, value, bounds, { ...settings, format: formatBytes });
}
/** Human-readable size for messages and summaries (`1.5 MB`, `512 B`); decimal units. Not exact. */
function formatBytes(n) {
    const abs = Math.abs(n);
    const units = [
        ['TB', 1e12],
        ['GB', 1e9],
        ['MB', 1e6],
        ['kB', 1e3],
    ];
    for (const [u, size] of units) {
        if (abs >= size) {
            const v = n / size;
            return `${Number.isInteger(v) ? v : v.toFixed(v < 10 ? 2 : 1)} ${u}`;
        }
    }
    return `${n} B`;
}


/***/ }),

/***/ 147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ scaleDecimal)
/* harmony export */ });
// Exact decimal × integer-multiplier arithmetic for byte sizes and durations, so `1.1GB` is
// exactly 1,100,000,000 and not whatever binary floating point makes of 1.1 * 1e9.
/**
 * `digits` is a non-negative decimal literal (`12`, `1.5`, `.25`). Returns the exact product with
 * `multiplier`, `'fraction'` when the product is not a whole number, or `'overflow'` beyond
 * Number.MAX_SAFE_INTEGER.
 */
function scaleDecimal(digits, multiplier) {
    const [whole = '', frac = ''] = digits.split('.');
    const scale = 10n ** BigInt(frac.length);
    const numerator = BigInt((whole || '0') + frac) * BigInt(multiplier);
    if (numerator % scale !== 0n)
        return 'fraction';
    const value = numerator / scale;
    if (value > BigInt(Number.MAX_SAFE_INTEGER))
        return 'overflow';
    return Number(value);
}


/***/ }),

/***/ 9791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   Mi: () => (/* binding */ checkBounds),
/* harmony export */   cG: () => (/* binding */ parseInteger),
/* harmony export */   nL: () => (/* binding */ parseEnum),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5046);
/* harmony import */ var _show_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1487);
// Typed parsers for raw option strings (action inputs, CLI flags, `.bulkhead.yml` values).
// Each throws InputError naming the option, what was wrong and how to fix it.



function quote(raw, settings) {
    return settings?.secret ? 'the value' : (0,_show_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .v)(raw);
}
const TRUE_FORMS = new Set(['true', 'True', 'TRUE']);
const FALSE_FORMS = new Set(['false', 'False', 'FALSE']);
// YAML 1.1 spellings that GitHub's own `getBooleanInput` also rejects; named so the error can explain.
const YAML11_FORMS = new Set(['yes', 'no', 'on', 'off', 'y', 'n']);
/** YAML 1.2 core schema booleans only, as GitHub's runner does: true|True|TRUE|false|False|FALSE. */
function parseBoolean(name, raw, settings) {
    const v = raw.trim();
    if (TRUE_FORMS.has(v))
        return true;
    if (FALSE_FORMS.has(v))
        return false;
    const yaml11 = YAML11_FORMS.has(v.toLowerCase());
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
        input: name,
        problem: yaml11
            ? `${quote(raw, settings)} is a YAML 1.1 boolean, which GitHub Actions does not accept`
            : `${quote(raw, settings)} is not a boolean`,
        fix: 'use true or false',
    });
}
function boundsText(b, fmt = String) {
    if (b.min !== undefined && b.max !== undefined)
        return `between ${fmt(b.min)} and ${fmt(b.max)}`;
    if (b.min !== undefined)
        return `${fmt(b.min)} or more`;
    if (b.max !== undefined)
        return `${fmt(b.max)} or less`;
    return 'in range';
}
/** Throws unless `value` lies within the inclusive bounds. Shared by integer, bytes and duration. */
function checkBounds(name, raw, value, bounds, settings) {
    const low = bounds.min !== undefined && value < bounds.min;
    const high = bounds.max !== undefined && value > bounds.max;
    if (low || high) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
            input: name,
            problem: `${quote(raw, settings)} is ${low ? 'too small' : 'too large'}`,
            fix: `use a value ${boundsText(bounds, settings?.format)}`,
        });
    }
    return value;
}
/** A whole number written in decimal (optional sign), within the safe-integer range and `bounds`. */
function parseInteger(name, raw, bounds = {}, settings) {
    const v = raw.trim();
    if (!/^[+-]?\d+$/.test(v)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
            input: name,
            problem: `${quote(raw, settings)} is not a whole number`,
            fix: `use digits only, ${boundsText(bounds) === 'in range' ? 'such as 10' : boundsText(bounds)}`,
        });
    }
    const n = Number(v);
    if (!Number.isSafeInteger(n)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
            input: name,
            problem: `${quote(raw, settings)} is too large to represent exactly`,
            fix: `use a value ${boundsText({ min: bounds.min ?? Number.MIN_SAFE_INTEGER, max: bounds.max ?? Number.MAX_SAFE_INTEGER })}`,
        });
    }
    return checkBounds(name, raw, n === 0 ? 0 : n, bounds, settings);
}
/**
 * One of `values`. An exact match wins; otherwise a case-insensitive match returns the canonical spelling.
 * The error suggests the closest value.
 */
function parseEnum(name, raw, values, settings) {
    const v = raw.trim();
    const exact = values.find((x) => x === v);
    if (exact !== undefined)
        return exact;
    const folded = values.filter((x) => x.toLowerCase() === v.toLowerCase());
    if (folded.length === 1)
        return folded[0];
    const guess = settings?.secret ? undefined : (0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .closest */ .k)(v, values);
    const list = values.join(', ');
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
        input: name,
        problem: `${quote(raw, settings)} is not one of ${list}`,
        fix: guess !== undefined ? `did you mean '${guess}'? Use one of ${list}` : `use one of ${list}`,
    });
}
/** Newline- or comma-separated items, each trimmed; empty items dropped. */
function parseList(name, raw) {
    void name; // every string is a valid list; the name keeps the parser signatures uniform
    return raw
        .split(/[\n\r,]/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
}


/***/ }),

/***/ 1487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ describeValue),
/* harmony export */   v: () => (/* binding */ showValue)
/* harmony export */ });
// How a rejected raw value is quoted inside an error message: one line, bounded, never a secret.
const MAX_SHOWN = 60;
/** JSON-quoted (so newlines and control characters are visible) and cut to a readable length. */
function showValue(raw) {
    const cut = raw.length > MAX_SHOWN ? raw.slice(0, MAX_SHOWN) + '…' : raw;
    return JSON.stringify(cut);
}
/** Errors about a secret option say "the value" instead of quoting it. */
function describeValue(raw, secret) {
    return secret ? 'the value' : showValue(raw);
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

/***/ 8960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CF: () => (/* binding */ SummaryBuilder),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   kq: () => (/* binding */ escapeCell)
/* harmony export */ });
// Markdown for the job summary, built as text under a byte budget: GitHub rejects a step summary
// over 1 MiB, so whatever is added, toString() never exceeds maxBytes (UTF-8).
const encoder = new TextEncoder();
function bytes(s) {
    return encoder.encode(s).length;
}
/** Cuts `s` to at most `max` UTF-8 bytes without splitting a character. */
function cutToBytes(s, max) {
    if (bytes(s) <= max)
        return s;
    let out = '';
    let used = 0;
    for (const ch of s) {
        const b = bytes(ch);
        if (used + b > max)
            break;
        out += ch;
        used += b;
    }
    return out;
}
const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** Text safe inside HTML (used for `<summary>`). */
function escapeHtml(text) {
    return text.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c]);
}
/**
 * Text safe inside a GFM table cell: HTML is inert, `|` cannot split the cell, backticks cannot open
 * code spans, emphasis/link characters are literal, and newlines become `<br>`.
 */
function escapeCell(text) {
    return escapeHtml(text)
        .replace(/\|/g, '&#124;')
        .replace(/`/g, '&#96;')
        .replace(/([\\*_[\]~])/g, '\\$1')
        .replace(/\r\n|\r|\n/g, '<br>');
}
function oneLine(text) {
    return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
const DEFAULT_MORE = (n) => `…and ${n} more not shown (see the report file).`;
const TRUNCATED = '\n…summary truncated (see the report file).\n';
class SummaryBuilder {
    maxBytes;
    parts = [];
    used = 0;
    dropped = false;
    constructor(options = {}) {
        this.maxBytes = Math.max(0, Math.floor(options.maxBytes ?? 1024 * 1024 - 16 * 1024));
    }
    /** Bytes available to blocks, keeping room for the final truncation notice. */
    get budget() {
        return this.maxBytes - bytes(TRUNCATED) - this.used;
    }
    /** Appends a block if it fits whole; otherwise records that something was left out. */
    push(block) {
        const b = bytes(block);
        if (b > this.budget) {
            this.dropped = true;
            return false;
        }
        this.parts.push(block);
        this.used += b;
        return true;
    }
    /** Whether anything was left out so far. */
    get truncated() {
        return this.dropped;
    }
    heading(text, level = 2) {
        const l = Math.min(6, Math.max(1, Math.floor(level)));
        this.push(`${'#'.repeat(l)} ${oneLine(text)}\n\n`);
        return this;
    }
    /** A markdown paragraph; blank lines inside are collapsed so it stays one paragraph. */
    paragraph(text) {
        this.push(`${text.replace(/\n\s*\n/g, '\n').trim()}\n\n`);
        return this;
    }
    /** Markdown written as given (the caller vouches for it). Left out whole if it does not fit. */
    raw(markdown) {
        this.push(markdown.endsWith('\n') ? markdown : `${markdown}\n`);
        return this;
    }
    /** A collapsed `<details>` block; the body is markdown. */
    details(summary, body) {
        this.push(`<details><summary>${escapeHtml(oneLine(summary))}</summary>\n\n${body.trim()}\n\n</details>\n\n`);
        return this;
    }
    /**
     * A GFM table. Rows stop when `maxRows` or the byte budget runs out; then one line says how many
     * rows were left out. Cells are escaped; short rows are padded and long rows cut to the header width.
     */
    table(headers, rows, options = {}) {
        if (headers.length === 0)
            return this;
        const more = options.moreLabel ?? DEFAULT_MORE;
        const width = headers.length;
        const line = (cells) => `| ${Array.from({ length: width }, (_, i) => escapeCell(cells[i] ?? '')).join(' | ')} |\n`;
        const head = line(headers) + `|${' --- |'.repeat(width)}\n`;
        const limit = Math.max(0, Math.min(rows.length, options.maxRows ?? rows.length));
        // Room for the "more" line whatever the count turns out to be (the total count bounds its digits).
        const moreReserve = rows.length > 0 ? bytes(`\n${more(rows.length)}\n\n`) : 0;
        let body = '';
        let bodyBytes = 0;
        let shown = 0;
        const room = this.budget - bytes(head) - moreReserve - 1;
        for (; shown < limit; shown++) {
            const l = line(rows[shown]);
            const b = bytes(l);
            if (bodyBytes + b > room)
                break;
            body += l;
            bodyBytes += b;
        }
        const hidden = rows.length - shown;
        if (shown > 0 || rows.length === 0) {
            this.push(`${head}${body}\n`);
        }
        if (hidden > 0) {
            const note = `${oneLine(more(hidden))}\n\n`;
            this.push(note);
        }
        return this;
    }
    toString() {
        const text = this.parts.join('');
        if (!this.dropped)
            return text;
        const notice = cutToBytes(TRUNCATED, this.maxBytes - this.used);
        return text + notice;
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
