export const id = 429;
export const ids = [429];
export const modules = {

/***/ 6429:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ command)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/report/json.ts
var json = __webpack_require__(3092);
// EXTERNAL MODULE: ./packages/core/src/version.ts
var version = __webpack_require__(8109);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./packages/core/src/egress/ip.ts
// IP addresses and CIDR blocks as text, normalised for nft: network bits kept, host bits cleared.

function v4ToBig(a) {
    return a.split('.').reduce((n, part) => (n << 8n) | BigInt(Number(part)), 0n);
}
function bigToV4(n) {
    return [24n, 16n, 8n, 0n].map((s) => String((n >> s) & 255n)).join('.');
}
function v6ToBig(a) {
    // An embedded IPv4 tail (::ffff:192.0.2.1) becomes two hextets first.
    const m = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(a);
    if (m) {
        const v4 = v4ToBig(m[2]);
        a = `${m[1]}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
    }
    const [head, tail] = a.includes('::') ? a.split('::') : [a, undefined];
    const h = head ? head.split(':') : [];
    const t = tail ? tail.split(':') : [];
    const groups = tail === undefined ? h : [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
    return groups.reduce((n, g) => (n << 16n) | BigInt(parseInt(g, 16)), 0n);
}
/** RFC 5952 text: lower case, leading zeros dropped, the longest run (>1) of zero groups as `::`. */
function bigToV6(n) {
    const groups = Array.from({ length: 8 }, (_, i) => Number((n >> BigInt(112 - 16 * i)) & 0xffffn));
    let best = -1;
    let bestLen = 1;
    for (let i = 0; i < 8;) {
        if (groups[i] !== 0) {
            i++;
            continue;
        }
        let j = i;
        while (j < 8 && groups[j] === 0)
            j++;
        if (j - i > bestLen)
            [best, bestLen] = [i, j - i];
        i = j;
    }
    const hex = groups.map((g) => g.toString(16));
    if (best < 0)
        return hex.join(':');
    return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`;
}
function ipFamily(text) {
    if ((0,external_node_net_.isIPv4)(text))
        return 4;
    if ((0,external_node_net_.isIPv6)(text))
        return 6;
    return undefined;
}
/** Canonical text of an address, or undefined when `text` is not one (zone ids are refused). */
function canonicalIp(text) {
    const c = parseCidr(text);
    return c && c.prefix === (c.family === 4 ? 32 : 128) ? c.address : undefined;
}
/** `addr` or `addr/prefix` → network in canonical form; undefined when not an address. */
function parseCidr(text) {
    const [addr, len, extra] = text.split('/');
    if (extra !== undefined)
        return undefined;
    const family = ipFamily(addr);
    if (!family || addr.includes('%'))
        return undefined;
    const bits = family === 4 ? 32 : 128;
    if (len !== undefined && !/^\d{1,3}$/.test(len))
        return undefined;
    const prefix = len === undefined ? bits : Number(len);
    if (prefix > bits)
        return undefined;
    const value = family === 4 ? v4ToBig(addr) : v6ToBig(addr);
    const mask = ((1n << BigInt(bits)) - 1n) ^ ((1n << BigInt(bits - prefix)) - 1n);
    const net = value & mask;
    return { family, address: family === 4 ? bigToV4(net) : bigToV6(net), prefix };
}
/** nft element text: a plain address for a host route, `net/len` otherwise. */
function cidrText(c) {
    return c.prefix === (c.family === 4 ? 32 : 128) ? c.address : `${c.address}/${c.prefix}`;
}

;// CONCATENATED MODULE: ./packages/core/src/egress/nft.ts

const TABLE = 'bulkhead_egress';
const TABLE_REF = `inet ${TABLE}`;
/** Recording sets keep an element this long, so first-seen = now − (timeout − expires). */
const RECORD_TIMEOUT_S = 7 * 86_400;
const LOG_PREFIX = 'bulkhead-egress';
/** The sets the DNS proxy fills, by family and whether a port is part of the key. */
function learnedSet(family, withPort) {
    return `allow${family}${withPort ? 'p' : ''}`;
}
const ADDR_TYPE = { 4: 'ipv4_addr', 6: 'ipv6_addr' };
const MATCH = { 4: 'ip', 6: 'ip6' };
function nft_elements(items) {
    return items.length > 0 ? ` elements = { ${items.join(', ')} };` : '';
}
function staticSets(plan, family) {
    const t = ADDR_TYPE[family];
    const nets = plan.nets.filter((n) => n.family === family);
    const any = [...new Set(nets.filter((n) => n.port === undefined).map(cidrText))];
    const ported = [...new Set(nets.filter((n) => n.port !== undefined).map((n) => `${cidrText(n)} . ${n.port}`))];
    const fixedAny = plan.fixed.filter((e) => e.family === family && e.port === undefined).map((e) => e.address);
    const fixedPorted = plan.fixed.filter((e) => e.family === family && e.port !== undefined).map((e) => `${e.address} . ${e.port}`);
    const up = plan.upstreams.filter((e) => e.family === family).map((e) => e.address);
    const doh = plan.doh.filter((e) => e.family === family).map((e) => e.address);
    return [
        `  set ${learnedSet(family, false)} { type ${t}; flags timeout; }`,
        `  set ${learnedSet(family, true)} { type ${t} . inet_service; flags timeout; }`,
        `  set nets${family} { type ${t}; flags interval;${nft_elements(any)} }`,
        `  set nets${family}p { type ${t} . inet_service; flags interval;${nft_elements(ported)} }`,
        `  set fixed${family} { type ${t};${nft_elements([...new Set(fixedAny)])} }`,
        `  set fixed${family}p { type ${t} . inet_service;${nft_elements([...new Set(fixedPorted)])} }`,
        `  set upstream${family} { type ${t};${nft_elements([...new Set(up)])} }`,
        `  set doh${family} { type ${t};${nft_elements([...new Set(doh)])} }`,
        // What was refused, and (audit) what would have been: per address, protocol and port, with a packet count.
        `  set blocked${family} { type ${t} . inet_proto . inet_service; flags dynamic,timeout; timeout ${RECORD_TIMEOUT_S}s; size 65535; counter; }`,
        `  set audited${family} { type ${t} . inet_proto . inet_service; flags dynamic,timeout; timeout ${RECORD_TIMEOUT_S}s; size 65535; counter; }`,
    ];
}
/** Record in `set` (tcp/udp with the port, other protocols with port 0), log, then the verdict. */
function recordRules(family, set, verdict, why) {
    const m = MATCH[family];
    const log = `log prefix "${LOG_PREFIX} ${verdict === 'reject' ? 'block' : 'audit'} ${why}: " level info`;
    const tail = verdict === 'reject' ? '' : ' accept';
    const out = [
        `    meta nfproto ipv${family} meta l4proto { tcp, udp } add @${set}${family} { ${m} daddr . meta l4proto . th dport } ${log}${tail}`,
        `    meta nfproto ipv${family} meta l4proto != { tcp, udp } add @${set}${family} { ${m} daddr . meta l4proto . 0 } ${log}${tail}`,
    ];
    return out;
}
function rejectRules() {
    // TCP gets a reset (the caller sees "connection refused" at once); the rest an administratively-prohibited error.
    return ['    meta l4proto tcp reject with tcp reset', '    reject with icmpx admin-prohibited'];
}
function familyRules(plan, family) {
    const m = MATCH[family];
    const rules = [
        `    ${m} daddr @fixed${family} accept`,
        `    meta l4proto { tcp, udp } ${m} daddr . th dport @fixed${family}p accept`,
        `    ${m} daddr @${learnedSet(family, false)} accept`,
        `    meta l4proto { tcp, udp } ${m} daddr . th dport @${learnedSet(family, true)} accept`,
        `    ${m} daddr @nets${family} accept`,
        `    meta l4proto { tcp, udp } ${m} daddr . th dport @nets${family}p accept`,
    ];
    if (plan.doh.some((e) => e.family === family)) {
        rules.push(`    meta l4proto { tcp, udp } th dport { ${plan.dohPorts.join(', ')} } ${m} daddr @doh${family} jump refuse_doh${family}`);
    }
    return rules;
}
/** The whole table. Applied with `nft -f` after deleting any earlier copy of it, in one transaction. */
function renderRuleset(plan) {
    const verdict = plan.mode === 'block' ? 'reject' : 'accept';
    const bridges = plan.bridges.map((b) => JSON.stringify(b));
    const lines = [
        `table ${TABLE_REF} {`,
        ...staticSets(plan, 4),
        ...staticSets(plan, 6),
        '',
        '  chain output {',
        '    type filter hook output priority filter; policy accept;',
        '    oif "lo" accept',
        '    jump egress',
        '  }',
        '',
        '  chain forward {',
        '    type filter hook forward priority filter; policy accept;',
        ...(bridges.length > 0 ? [`    iifname { ${bridges.join(', ')} } jump egress`] : []),
        '  }',
        // Containers ask the servers Docker gave them; their DNS goes to the proxy instead, which also listens on
        // the bridge's own address (redirect rewrites the destination to the incoming interface's address).
        ...(bridges.length > 0
            ? ['', '  chain container_dns {', '    type nat hook prerouting priority dstnat; policy accept;', `    iifname { ${bridges.join(', ')} } meta l4proto { tcp, udp } th dport 53 redirect to :53`, '  }']
            : []),
        '',
        '  chain egress {',
        '    ct state established,related accept',
        // Neighbour discovery, router discovery and MLD: IPv6 stops working on the link without them.
        '    icmpv6 type { nd-neighbor-solicit, nd-neighbor-advert, nd-router-solicit, nd-router-advert, nd-redirect, mld-listener-report, mld2-listener-report } accept',
        // DNS goes to the proxy on loopback (accepted above); only the proxy's uid may ask the upstream servers.
        `    meta l4proto { tcp, udp } th dport 53 meta skuid ${plan.proxyUid} ip daddr @upstream4 accept`,
        `    meta l4proto { tcp, udp } th dport 53 meta skuid ${plan.proxyUid} ip6 daddr @upstream6 accept`,
        '    meta l4proto { tcp, udp } th dport { 53, 853 } jump refuse_dns',
        ...familyRules(plan, 4),
        ...familyRules(plan, 6),
        ...recordRules(4, plan.mode === 'block' ? 'blocked' : 'audited', verdict, 'unlisted'),
        ...recordRules(6, plan.mode === 'block' ? 'blocked' : 'audited', verdict, 'unlisted'),
        ...(plan.mode === 'block' ? rejectRules() : []),
        '  }',
        '',
        '  chain refuse_dns {',
        ...recordRules(4, plan.mode === 'block' ? 'blocked' : 'audited', verdict, 'dns-bypass'),
        ...recordRules(6, plan.mode === 'block' ? 'blocked' : 'audited', verdict, 'dns-bypass'),
        ...(plan.mode === 'block' ? rejectRules() : []),
        '  }',
    ];
    for (const family of [4, 6]) {
        if (!plan.doh.some((e) => e.family === family))
            continue;
        lines.push('', `  chain refuse_doh${family} {`, ...recordRules(family, 'blocked', 'reject', 'doh'), ...rejectRules(), '  }');
    }
    lines.push('}', '');
    return lines.join('\n');
}
/** `nft -f` input that replaces any earlier copy of the table atomically. */
function renderApply(plan) {
    return `table ${TABLE_REF}\ndelete table ${TABLE_REF}\n${renderRuleset(plan)}`;
}
/** One `add element` command per set touched; nft extends an existing element's timeout on re-add. */
function renderAddElements(items) {
    const bySet = new Map();
    for (const e of items) {
        const set = learnedSet(e.family, e.port !== undefined);
        const key = e.port !== undefined ? `${e.address} . ${e.port}` : e.address;
        const list = bySet.get(set) ?? [];
        list.push(`${key} timeout ${Math.max(1, Math.ceil(e.timeoutS))}s`);
        bySet.set(set, list);
    }
    return [...bySet].map(([set, els]) => `add element ${TABLE_REF} ${set} { ${els.join(', ')} }`);
}
/**
 * One transaction that sets each element's timeout to the new value whether or not it exists yet
 * (add, delete, add): older kernels keep an existing element's timeout on a plain re-add.
 */
function renderRefresh(items) {
    const adds = renderAddElements(items);
    const deletes = adds.map((cmd) => cmd.replace(/^add /, 'delete ').replace(/ timeout \d+s/g, ''));
    return [...adds, ...deletes, ...adds].join('; ');
}

;// CONCATENATED MODULE: ./packages/core/src/egress/records.ts
// What the gate saw, from its own records: the nft recording sets (per address, protocol and port, with a
// packet count; first seen from the element's remaining lifetime), the proxy's query log and the watchdog's log.

function jsonLines(text) {
    const out = [];
    for (const line of text.split('\n')) {
        if (!line.trim())
            continue;
        try {
            out.push(JSON.parse(line));
        }
        catch {
            // A line cut short by a crash; the rest still count.
        }
    }
    return out;
}
/** Elements of the `blocked*` / `audited*` sets in `nft -j list table` output. */
function parseRecordSets(tableJson, nowMs) {
    const doc = JSON.parse(tableJson);
    const out = [];
    for (const item of doc.nftables ?? []) {
        const set = item.set;
        const name = typeof set?.name === 'string' ? set.name : '';
        const m = /^(blocked|audited)[46]$/.exec(name);
        if (!m || !Array.isArray(set?.elem))
            continue;
        const timeout = typeof set.timeout === 'number' ? set.timeout : RECORD_TIMEOUT_S;
        for (const e of set.elem) {
            const el = (e.elem ?? e);
            const concat = el.val?.concat;
            if (!Array.isArray(concat) || concat.length !== 3)
                continue;
            const expires = typeof el.expires === 'number' ? el.expires : timeout;
            const packets = Number(el.counter?.packets ?? 0);
            out.push({
                address: String(concat[0]),
                protocol: String(concat[1]),
                port: Number(concat[2]),
                verdict: m[1],
                packets,
                firstSeen: new Date(nowMs - (timeout - expires) * 1000).toISOString(),
                names: [],
            });
        }
    }
    return out;
}
/** One record per (name, verdict): query types seen, count, first time, addresses answered. */
function summariseDns(logText) {
    const byKey = new Map();
    for (const l of jsonLines(logText)) {
        const key = `${l.name}\u0000${l.verdict}`;
        const r = byKey.get(key) ?? { name: l.name, types: [], verdict: l.verdict, why: l.why, count: 0, firstSeen: l.t, addresses: [] };
        r.count++;
        if (!r.types.includes(l.type))
            r.types.push(l.type);
        for (const a of l.addresses ?? [])
            if (!r.addresses.includes(a))
                r.addresses.push(a);
        if (l.t < r.firstSeen)
            r.firstSeen = l.t;
        byKey.set(key, r);
    }
    return [...byKey.values()];
}
/** Names each connection's address was given out for (so the summary can say what a blocked IP was). */
function attachNames(conns, dns) {
    const names = new Map();
    for (const d of dns)
        for (const a of d.addresses)
            names.set(a, [...(names.get(a) ?? []), d.name]);
    return conns.map((c) => ({ ...c, names: [...new Set(names.get(c.address) ?? [])] }));
}
/** One record per process: TERM then KILL becomes `killed`, TERM alone `ended`, quota warnings `warned`. */
function summariseWatchdog(logText) {
    const byPid = new Map();
    for (const l of jsonLines(logText)) {
        const key = `${l.pid}\u0000${l.cmd}`;
        const prev = byPid.get(key);
        const action = l.action === 'kill' ? 'killed' : l.action === 'term' ? 'ended' : 'warned';
        if (prev && prev.action === 'killed')
            continue;
        if (prev && action === 'warned')
            continue;
        byPid.set(key, { pid: l.pid, cmd: l.cmd, reason: prev?.reason ?? l.reason, action, ageMs: l.ageMs, cpuMs: l.cpuMs, rssBytes: l.rssBytes, at: prev?.at ?? l.t });
    }
    return [...byPid.values()];
}

;// CONCATENATED MODULE: ./packages/core/src/egress/report.ts
// The gate's result (from its records), and how it is shown: outputs, job summary, JSON report envelope
// (`data.blocked` is what diff-telemetry's risk coefficient counts).




function buildResult(i) {
    const dns = summariseDns(i.proxyLog);
    const connections = attachNames(i.tableJson ? parseRecordSets(i.tableJson, i.nowMs) : [], dns);
    const connected = new Set(connections.map((c) => c.address));
    const blocked = [
        ...connections.map((c) => ({ kind: 'connection', destination: c.address, protocol: c.protocol, port: c.port, names: c.names, verdict: c.verdict, count: c.packets, firstSeen: c.firstSeen })),
        // A refused or unlisted name counts unless a connection to one of its addresses is already counted.
        ...dns
            .filter((d) => d.verdict !== 'allowed' && !d.addresses.some((a) => connected.has(a)))
            .map((d) => ({ kind: 'dns', destination: d.name, verdict: d.verdict === 'blocked' ? 'blocked' : 'audited', why: d.why, count: d.count, firstSeen: d.firstSeen })),
    ].sort((a, b) => a.firstSeen.localeCompare(b.firstSeen) || a.destination.localeCompare(b.destination));
    return {
        mode: i.mode,
        connections,
        dns,
        processes: summariseWatchdog(i.watchdogLog),
        blocked,
        startedAt: i.startedAt,
        setupMs: i.setupMs,
        upstreams: i.upstreams ?? [],
        tableRemoved: i.tableRemoved,
        resolverRestored: i.resolverRestored,
        problems: i.problems ?? [],
        warnings: i.warnings ?? [],
    };
}
function egressOutputs(r) {
    return { 'blocked-count': String(r.blocked.length) };
}
function egressHeadline(r) {
    const what = r.mode === 'block' ? 'blocked' : 'not allow-listed (audit: let through)';
    return `egress-gate (${r.mode}): ${r.blocked.length} destination(s) ${what}, ${r.dns.filter((d) => d.verdict === 'allowed').length} allowed name(s), ${r.processes.length} process(es) ended or reported`;
}
function egressJson(r, generatedAt) {
    return (0,json/* buildJsonReport */.X)({ kind: 'bulkhead.egress-gate', schemaVersion: '1.0', tool: { name: 'bulkhead', version: version/* BULKHEAD_VERSION */.d }, generatedAt, data: r });
}
const SUDO_WARNING = 'A step that can run `sudo` can remove the gate (`nft delete table inet bulkhead_egress`) or restore the resolver. Set `disable-sudo: true` to take sudo away from the rest of the job.';
function egressSummary(r, opts = {}) {
    const s = new SummaryBuilder();
    s.heading(`Egress gate (${r.mode} mode)`, 2);
    s.paragraph(`${egressHeadline(r)}.${r.setupMs !== undefined ? ` Set up in ${r.setupMs} ms.` : ''}`);
    const rows = [];
    for (const b of r.blocked) {
        rows.push([b.destination, b.port !== undefined ? `${b.protocol}/${b.port}` : 'DNS', (b.names ?? []).join(', ') || (b.kind === 'dns' ? b.destination : ''), b.verdict === 'blocked' ? 'blocked' : 'audit: not listed', String(b.count), b.firstSeen]);
    }
    for (const d of r.dns.filter((x) => x.verdict === 'allowed'))
        rows.push([d.addresses.join(', ') || '(no address)', 'any listed', d.name, 'allowed', String(d.count), d.firstSeen]);
    if (rows.length > 0)
        s.table(['Destination', 'Port', 'Resolved name', 'Verdict', 'Count', 'First seen'], rows, { maxRows: 200 });
    else
        s.paragraph('No outbound connection or DNS query was recorded.');
    if (r.processes.length > 0) {
        s.heading('Processes ended or reported by the watchdog', 3);
        s.table(['PID', 'Command', 'Reason', 'Action', 'Age (s)', 'CPU (s)', 'RSS (MiB)'], r.processes.map((p) => [String(p.pid), p.cmd, p.reason, p.action, (p.ageMs / 1000).toFixed(1), (p.cpuMs / 1000).toFixed(1), (p.rssBytes / 1048576).toFixed(1)]), { maxRows: 100 });
    }
    const notes = [...r.problems, ...r.warnings, ...(opts.sudoDisabled ? [] : [SUDO_WARNING])];
    if (!r.tableRemoved)
        notes.push('The egress table could not be removed.');
    if (!r.resolverRestored)
        notes.push('The resolver could not be restored.');
    if (notes.length > 0)
        s.raw(`${notes.map((n) => `- ${n.replace(/\s+/g, ' ')}`).join('\n')}\n`);
    return s.toString();
}

// EXTERNAL MODULE: ./packages/core/src/egress/decl.ts
var decl = __webpack_require__(3309);
;// CONCATENATED MODULE: ./packages/core/src/egress/doh.ts
// Well-known public DNS-over-HTTPS / DNS-over-TLS resolvers: a step that talks to one bypasses the proxy, so
// the gate refuses them (by name in the proxy, by address in nft) unless the allow-list names them.
// Addresses and names as published by each operator.
const DOH_NAMES = [
    'dns.google',
    'dns.google.com',
    'dns64.dns.google',
    'cloudflare-dns.com',
    'mozilla.cloudflare-dns.com',
    'one.one.one.one',
    '1dot1dot1dot1.cloudflare-dns.com',
    'security.cloudflare-dns.com',
    'family.cloudflare-dns.com',
    'dns.quad9.net',
    'dns9.quad9.net',
    'dns10.quad9.net',
    'dns11.quad9.net',
    'doh.opendns.com',
    'dns.opendns.com',
    'dns.nextdns.io',
    'dns.adguard.com',
    'dns.adguard-dns.com',
    'doh.cleanbrowsing.org',
    'doh.dns.sb',
    'dns.mullvad.net',
];
const DOH_ADDRESSES = [
    '8.8.8.8',
    '8.8.4.4',
    '1.1.1.1',
    '1.0.0.1',
    '1.1.1.2',
    '1.0.0.2',
    '1.1.1.3',
    '1.0.0.3',
    '9.9.9.9',
    '149.112.112.112',
    '9.9.9.10',
    '9.9.9.11',
    '208.67.222.222',
    '208.67.220.220',
    '94.140.14.14',
    '94.140.15.15',
    '185.222.222.222',
    '45.11.45.11',
    '194.242.2.2',
    '2001:4860:4860::8888',
    '2001:4860:4860::8844',
    '2606:4700:4700::1111',
    '2606:4700:4700::1001',
    '2620:fe::fe',
    '2620:fe::9',
    '2620:119:35::35',
    '2620:119:53::53',
    '2a10:50c0::ad1:ff',
    '2a10:50c0::ad2:ff',
];
/** DNS-over-HTTPS (443) and DNS-over-TLS / DoQ (853) ports. */
const DOH_PORTS = [443, 853];

// EXTERNAL MODULE: ./packages/core/src/options/show.ts
var show = __webpack_require__(1487);
;// CONCATENATED MODULE: ./packages/core/src/egress/endpoints.ts
// The allow-list: `host`, `host:port`, `*.domain` (subdomains only), `.domain` (apex and subdomains), `ip`,
// `ip:port`, `cidr`, `cidr:port`, IPv6 with a port in brackets. Separated by newlines, spaces or commas;
// `#` starts a comment. Parsed once into names (decided by the DNS proxy) and networks (static nft sets).



const LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;
const FIX = 'use host, host:port, *.domain, .domain, ip, ip:port, cidr or cidr:port (IPv6 with a port: [2001:db8::1]:443)';
function fail(input, entry, problem, fix = FIX) {
    throw new errors/* InputError */.dz({ input, problem: `${(0,show/* showValue */.v)(entry)} ${problem}`, fix });
}
function parsePort(input, entry, text) {
    if (!/^\d{1,5}$/.test(text) || Number(text) < 1 || Number(text) > 65535)
        fail(input, entry, 'has a port that is not 1-65535');
    return Number(text);
}
function isHostName(name) {
    return name.length <= 253 && name.split('.').every((l) => LABEL.test(l));
}
/** Splits the text form into entries: whitespace, commas and newlines separate; `#` comments run to line end. */
function splitEntries(text) {
    const lines = typeof text === 'string' ? [text] : text;
    return lines.flatMap((l) => l.split(/\r?\n/)).flatMap((l) => l.replace(/#.*$/, '').split(/[\s,]+/)).filter(Boolean);
}
/** One entry → a name rule or a network rule. */
function parseEntry(entry, input = 'allowed-endpoints') {
    let host = entry;
    let portText;
    const bracket = /^\[([^\]]+)\](?::(.*))?$/.exec(entry);
    if (bracket) {
        host = bracket[1];
        portText = bracket[2];
        if (portText === '')
            fail(input, entry, 'has an empty port');
    }
    else if ((entry.match(/:/g) ?? []).length === 1) {
        [host, portText] = entry.split(':');
    }
    const port = portText === undefined ? undefined : parsePort(input, entry, portText);
    const net = parseCidr(host);
    if (net)
        return { ...net, ...(port === undefined ? {} : { port }), source: entry };
    if (host.includes(':') || bracket)
        fail(input, entry, 'is not a valid IPv6 address or block');
    if (/^[\d./]+$/.test(host))
        fail(input, entry, 'is not a valid IPv4 address or block');
    let name = host.toLowerCase().replace(/\.$/, '');
    let match = 'exact';
    if (name.startsWith('*.'))
        [name, match] = [name.slice(2), 'subdomains'];
    else if (name.startsWith('.'))
        [name, match] = [name.slice(1), 'domain'];
    if (name.includes('*'))
        fail(input, entry, 'has a wildcard that is not a leading `*.`', 'write *.example.com (subdomains) or .example.com (the domain and its subdomains)');
    if (!isHostName(name))
        fail(input, entry, 'is not a host name');
    if (match !== 'exact' && !name.includes('.'))
        fail(input, entry, 'wildcards a whole top-level domain', 'name a registrable domain, e.g. *.example.com');
    return { name, match, ...(port === undefined ? {} : { port }), source: entry };
}
function isNetRule(r) {
    return 'family' in r;
}
/** Parses every entry; duplicates are kept once (first spelling wins). */
function parseAllowList(text, input = 'allowed-endpoints') {
    const out = { names: [], nets: [] };
    const seen = new Set();
    for (const entry of splitEntries(text)) {
        const r = parseEntry(entry, input);
        const key = isNetRule(r) ? `n ${r.address}/${r.prefix} ${r.port ?? ''}` : `h ${r.match} ${r.name} ${r.port ?? ''}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        if (isNetRule(r))
            out.nets.push(r);
        else
            out.names.push(r);
    }
    return out;
}
function mergeAllowLists(...lists) {
    return { names: lists.flatMap((l) => l.names), nets: lists.flatMap((l) => l.nets) };
}
/** Lower case, no trailing dot: the form names are compared in. */
function normalName(name) {
    return name.toLowerCase().replace(/\.$/, '');
}
function nameMatches(rule, name) {
    const n = normalName(name);
    const sub = n.endsWith(`.${rule.name}`);
    if (rule.match === 'exact')
        return n === rule.name;
    if (rule.match === 'subdomains')
        return sub;
    return sub || n === rule.name;
}
/** The rules that allow `name`; empty when none does. */
function rulesFor(list, name) {
    return list.names.filter((r) => nameMatches(r, name));
}

// EXTERNAL MODULE: ./packages/core/src/options/suggest.ts
var suggest = __webpack_require__(5046);
;// CONCATENATED MODULE: ./packages/core/src/egress/presets.ts
// Named allow-lists. `github` is what a GitHub-hosted runner itself talks to during a job (GitHub's
// "communication requirements" for runners), so a gate in block mode never hangs the job on its own runner.



// Results and cache storage: GitHub names the accounts productionresultssa0..19 rather than all of Azure Blob.
const RESULTS_STORAGE = Array.from({ length: 20 }, (_, i) => `productionresultssa${i}.blob.core.windows.net`);
const PRESETS = {
    github: [
        'github.com',
        'api.github.com',
        'codeload.github.com',
        'uploads.github.com',
        '*.actions.githubusercontent.com',
        'objects.githubusercontent.com',
        'objects-origin.githubusercontent.com',
        'github-releases.githubusercontent.com',
        'release-assets.githubusercontent.com',
        'github-registry-files.githubusercontent.com',
        '*.githubapp.com',
        ...RESULTS_STORAGE,
    ],
};
function presetAllowList(names) {
    const entries = [];
    for (const name of names.filter((n) => n.trim().toLowerCase() !== 'none')) {
        const preset = PRESETS[name.trim().toLowerCase()];
        if (!preset) {
            const near = (0,suggest/* closest */.k)(name, Object.keys(PRESETS));
            throw new errors/* InputError */.dz({ input: 'presets', problem: `"${name}" is not a preset`, fix: `use ${near ? `"${near}"` : Object.keys(PRESETS).join(', ')}, or none for no preset` });
        }
        entries.push(...preset);
    }
    return parseAllowList(entries, 'presets');
}

;// CONCATENATED MODULE: ./packages/core/src/egress/plan.ts
// Options → what the gate will do: the allow-list (entries + presets), the names refused outright, and the
// nft plan once the host facts (upstream servers, connections open at start) are known. Pure.





/** Cloud metadata and platform addresses a runner needs (Azure IMDS + wireserver, AWS IMDS over IPv6). */
const METADATA_ADDRESSES = ['169.254.169.254', '168.63.129.16', 'fd00:ec2::254'];
/** Docker's default bridge and user-defined networks: their forwarded traffic is gated like the host's. */
const CONTAINER_BRIDGES = ['docker0', 'br-*'];
function toEndpoint(address) {
    return { address, family: ipFamily(address) ?? 4 };
}
function regexes(input, items) {
    return (items ?? []).map((p) => {
        try {
            return new RegExp(p);
        }
        catch (e) {
            throw new errors/* InputError */.dz({ input, problem: `${JSON.stringify(p)} is not a regular expression (${e instanceof Error ? e.message : 'invalid'})`, fix: 'write a JavaScript regular expression, e.g. ^node .*sidecar' });
        }
    });
}
function planGate(o) {
    const userAllow = parseAllowList(o['allowed-endpoints'] ?? []);
    const allow = mergeAllowLists(userAllow, presetAllowList(o.presets ?? []));
    const proxyAddress = canonicalIp(o['dns-address']);
    if (!proxyAddress || !(proxyAddress.startsWith('127.') || proxyAddress === '::1')) {
        throw new errors/* InputError */.dz({ input: 'dns-address', problem: `${JSON.stringify(o['dns-address'])} is not a loopback address`, fix: 'use a loopback address such as 127.0.0.153' });
    }
    const upstreams = (o['dns-upstream'] ?? []).map((u) => {
        const ip = canonicalIp(u);
        if (!ip)
            throw new errors/* InputError */.dz({ input: 'dns-upstream', problem: `${JSON.stringify(u)} is not an IP address`, fix: 'give upstream DNS servers as IP addresses, e.g. 192.0.2.53' });
        return ip;
    });
    const blockDoh = o['block-doh'];
    // A resolver the user names explicitly stays usable; presets never unblock one.
    const refusedNames = blockDoh ? DOH_NAMES.filter((n) => !rulesFor(userAllow, n).some((r) => r.name === n)) : [];
    const listedNets = userAllow.nets.filter((n) => n.prefix === (n.family === 4 ? 32 : 128)).map((n) => n.address);
    const dohAddresses = blockDoh ? DOH_ADDRESSES.map((a) => canonicalIp(a)).filter((a) => !listedNets.includes(a)).map(toEndpoint) : [];
    return {
        mode: o.mode,
        allow,
        userAllow,
        refusedNames,
        dohAddresses,
        proxyAddress,
        proxyUid: o['proxy-uid'],
        upstreams,
        killPatterns: regexes('kill-patterns', o['kill-patterns']),
        exempt: regexes('watchdog-exempt', o['watchdog-exempt']),
    };
}
/** The nft plan, given the host facts found at start. */
function nftPlanFor(plan, upstreams, established) {
    return {
        mode: plan.mode,
        nets: plan.allow.nets,
        upstreams: upstreams.map(toEndpoint),
        proxyUid: plan.proxyUid,
        fixed: [...METADATA_ADDRESSES.map(toEndpoint), ...established],
        doh: plan.dohAddresses,
        dohPorts: DOH_PORTS,
        bridges: CONTAINER_BRIDGES,
    };
}

// EXTERNAL MODULE: external "node:dgram"
var external_node_dgram_ = __webpack_require__(1314);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/dns-packet/index.js
var dns_packet = __webpack_require__(4894);
;// CONCATENATED MODULE: ./packages/core/src/egress/dns-policy.ts
// What the DNS proxy does with a question, and which addresses an allowed answer opens in the firewall.
// Pure decisions over dns-packet messages; the proxy server (host/dns-server.ts) only moves bytes.



/** Seconds added to a record's TTL: a client may use an answer a little after its TTL ran out. */
const TTL_SLACK_S = 60;
/** Shortest time an opened address stays open (TTL 0 answers are common behind CDNs). */
const MIN_OPEN_S = 30;
/** Decides one question name. `learned` holds CNAME targets reached from an allowed name, with their rules. */
function decideName(policy, name, learned) {
    const n = normalName(name);
    const rules = rulesFor(policy.allow, n);
    if (policy.refused.has(n) && !rules.some((r) => r.name === n))
        return { verdict: 'blocked', action: 'nxdomain', rules: [], why: 'doh' };
    if (rules.length > 0)
        return { verdict: 'allowed', action: 'forward', rules, why: 'listed' };
    const via = learned?.get(n);
    if (via && via.length > 0)
        return { verdict: 'allowed', action: 'forward', rules: via, why: 'cname' };
    return policy.mode === 'block'
        ? { verdict: 'blocked', action: 'nxdomain', rules: [], why: 'unlisted' }
        : { verdict: 'audited', action: 'forward', rules: [], why: 'unlisted' };
}
/** Follows the CNAME chain from `qname` through the answer section; records off the chain are ignored. */
function answerFacts(response, qname) {
    const answers = response.answers ?? [];
    const chain = new Set([normalName(qname)]);
    const cnames = [];
    // Chains are short; bounded passes keep a looping CNAME set finite.
    for (let pass = 0; pass < 16; pass++) {
        let grew = false;
        for (const a of answers) {
            if (a.type !== 'CNAME' || !chain.has(normalName(a.name)))
                continue;
            const target = normalName(String(a.data));
            if (chain.has(target))
                continue;
            chain.add(target);
            cnames.push({ name: target, ttl: a.ttl ?? 0 });
            grew = true;
        }
        if (!grew)
            break;
    }
    const addresses = [];
    for (const a of answers) {
        if ((a.type !== 'A' && a.type !== 'AAAA') || !chain.has(normalName(a.name)))
            continue;
        const address = canonicalIp(String(a.data));
        if (address)
            addresses.push({ address, family: a.type === 'A' ? 4 : 6, ttl: a.ttl ?? 0 });
    }
    return { addresses, cnames, rcode: response.rcode ?? 'NOERROR' };
}
/** How long an answer's address stays open: its TTL plus slack, at least the minimum. */
function openSeconds(ttl, t = {}) {
    return Math.max(t.minOpenS ?? MIN_OPEN_S, ttl + (t.ttlSlackS ?? TTL_SLACK_S));
}
/** Firewall elements an allowed answer opens: each address, on every port of the rules (any port when a rule has none). */
function elementsFor(facts, rules, tuning = {}) {
    const anyPort = rules.some((r) => r.port === undefined);
    const ports = anyPort ? [undefined] : [...new Set(rules.map((r) => r.port))];
    const out = [];
    for (const a of facts.addresses) {
        for (const port of ports)
            out.push({ address: a.address, family: a.family, ...(port === undefined ? {} : { port }), timeoutS: openSeconds(a.ttl, tuning) });
    }
    return out;
}
/** An NXDOMAIN answer to `query` (same id and question, recursion available). */
function nxdomain(query) {
    const rd = query.flag_rd ? dns_packet.RECURSION_DESIRED : 0;
    return dns_packet.encode({
        type: 'response',
        id: query.id,
        flags: rd | dns_packet.RECURSION_AVAILABLE | 3,
        questions: query.questions,
    });
}
/** SERVFAIL for a question the proxy could not get answered (upstream down or timed out). */
function servfail(query) {
    const rd = query.flag_rd ? dns_packet.RECURSION_DESIRED : 0;
    return dns_packet.encode({ type: 'response', id: query.id, flags: rd | dns_packet.RECURSION_AVAILABLE | 2, questions: query.questions });
}

;// CONCATENATED MODULE: ./packages/core/src/egress/host/dns-server.ts
// The DNS proxy: UDP and TCP on the listen addresses, each question decided by dns-policy, allowed answers'
// addresses opened in nft BEFORE the answer goes back (so the client's connect finds them open).






/**
 * UDP to the upstreams through one long-lived socket per family (no socket set-up per query). Each query goes
 * out under an id of ours, unpredictable and unique among those in flight; the answer gets the client's id back.
 * Only an answer from the server asked, with the id it was sent, counts (anything else is spoofing or a stray).
 */
class UdpUpstream {
    sockets = new Map();
    pending = new Map();
    socket(kind) {
        let s = this.sockets.get(kind);
        if (!s) {
            s = (0,external_node_dgram_.createSocket)(kind);
            s.on('error', () => { });
            s.on('message', (msg, rinfo) => {
                if (msg.length < 12)
                    return;
                const p = this.pending.get(msg.readUInt16BE(0));
                if (!p || rinfo.address !== p.up.address || rinfo.port !== p.up.port)
                    return;
                const out = Buffer.from(msg);
                out.writeUInt16BE(p.clientId, 0);
                p.done(out);
            });
            s.unref();
            this.sockets.set(kind, s);
        }
        return s;
    }
    ask(up, query, timeoutMs) {
        return new Promise((resolve) => {
            let id = (0,external_node_crypto_.randomInt)(0x10000);
            for (let i = 0; this.pending.has(id) && i < 64; i++)
                id = (0,external_node_crypto_.randomInt)(0x10000);
            if (this.pending.has(id))
                return resolve(undefined);
            const timer = setTimeout(() => done(undefined), timeoutMs);
            const done = (b) => {
                clearTimeout(timer);
                this.pending.delete(id);
                resolve(b);
            };
            this.pending.set(id, { up, clientId: query.readUInt16BE(0), done });
            const out = Buffer.from(query);
            out.writeUInt16BE(id, 0);
            this.socket((0,external_node_net_.isIPv6)(up.address) ? 'udp6' : 'udp4').send(out, up.port, up.address, (err) => err && done(undefined));
        });
    }
    close() {
        for (const s of this.sockets.values())
            s.close();
    }
}
function askTcp(up, query, timeoutMs) {
    return new Promise((resolve) => {
        const sock = (0,external_node_net_.connect)({ host: up.address, port: up.port });
        let buf = Buffer.alloc(0);
        const done = (v) => {
            clearTimeout(timer);
            sock.destroy();
            resolve(v);
        };
        const timer = setTimeout(() => done(undefined), timeoutMs);
        sock.on('error', () => done(undefined));
        sock.on('connect', () => {
            const len = Buffer.alloc(2);
            len.writeUInt16BE(query.length);
            sock.write(Buffer.concat([len, query]));
        });
        sock.on('data', (d) => {
            buf = Buffer.concat([buf, d]);
            if (buf.length >= 2 && buf.length >= 2 + buf.readUInt16BE(0))
                done(buf.subarray(2, 2 + buf.readUInt16BE(0)));
        });
    });
}
async function startProxy(opts) {
    const timeoutMs = opts.timeoutMs ?? 2000;
    const log = (0,external_node_fs_.createWriteStream)(opts.logFile, { flags: 'a' });
    const udpUp = new UdpUpstream();
    // CNAME targets reached from an allowed name are allowed for the CNAME's TTL (plus slack), with its rules.
    const learned = new Map();
    const learnedView = () => {
        const now = Date.now();
        const m = new Map();
        for (const [k, v] of learned)
            if (v.until > now)
                m.set(k, v.rules);
        return m;
    };
    async function answer(query, tcp) {
        const started = performance.now();
        let msg;
        try {
            msg = dns_packet.decode(query);
        }
        catch {
            return undefined;
        }
        const q = msg.questions?.[0];
        if (!q || msg.type !== 'query')
            return undefined;
        const decision = decideName(opts.policy, q.name, learnedView());
        const entry = { t: new Date().toISOString(), name: q.name.toLowerCase(), type: q.type, verdict: decision.verdict, why: decision.why, rcode: 'NXDOMAIN', addresses: [], cnames: [], ms: 0 };
        let out;
        if (decision.action === 'nxdomain') {
            out = nxdomain(msg);
        }
        else {
            let raw;
            for (const up of opts.upstreams) {
                raw = tcp ? await askTcp(up, query, timeoutMs) : await udpUp.ask(up, query, timeoutMs);
                if (raw)
                    break;
            }
            if (!raw) {
                out = servfail(msg);
                entry.rcode = 'SERVFAIL';
            }
            else {
                out = raw;
                let facts;
                try {
                    facts = answerFacts(dns_packet.decode(raw), q.name);
                }
                catch {
                    facts = { addresses: [], cnames: [], rcode: 'FORMERR' };
                }
                entry.rcode = facts.rcode;
                entry.addresses = facts.addresses.map((a) => a.address);
                entry.cnames = facts.cnames.map((c) => c.name);
                if (decision.verdict === 'allowed') {
                    for (const c of facts.cnames)
                        learned.set(c.name, { rules: decision.rules, until: Date.now() + openSeconds(c.ttl, opts.tuning) * 1000 });
                    try {
                        await opts.open(elementsFor(facts, decision.rules, opts.tuning));
                    }
                    catch {
                        // The addresses could not be opened: answering would promise a connection the firewall refuses.
                        out = servfail(msg);
                        entry.rcode = 'SERVFAIL';
                    }
                }
            }
        }
        entry.ms = Math.round((performance.now() - started) * 1000) / 1000;
        log.write(`${JSON.stringify(entry)}\n`);
        return out;
    }
    const udp = [];
    const tcp = [];
    for (const l of opts.listen) {
        const sock = (0,external_node_dgram_.createSocket)({ type: (0,external_node_net_.isIPv6)(l.address) ? 'udp6' : 'udp4' });
        sock.on('message', (m, rinfo) => {
            void answer(m, false).then((out) => {
                if (out)
                    sock.send(out, rinfo.port, rinfo.address);
            });
        });
        await new Promise((resolve, reject) => {
            sock.once('error', reject);
            sock.bind(l.port, l.address, () => resolve());
        });
        udp.push(sock);
        const server = (0,external_node_net_.createServer)((c) => {
            let buf = Buffer.alloc(0);
            c.on('error', () => { });
            c.on('data', (d) => {
                buf = Buffer.concat([buf, d]);
                while (buf.length >= 2 && buf.length >= 2 + buf.readUInt16BE(0)) {
                    const q = buf.subarray(2, 2 + buf.readUInt16BE(0));
                    buf = buf.subarray(2 + q.length);
                    void answer(Buffer.from(q), true).then((out) => {
                        if (!out || c.destroyed)
                            return;
                        const len = Buffer.alloc(2);
                        len.writeUInt16BE(out.length);
                        c.write(Buffer.concat([len, out]));
                    });
                }
            });
        });
        await new Promise((resolve, reject) => {
            server.once('error', reject);
            server.listen(l.port, l.address, () => resolve());
        });
        tcp.push(server);
    }
    return {
        async close() {
            for (const s of udp)
                s.close();
            udpUp.close();
            await Promise.all(tcp.map((s) => new Promise((r) => s.close(() => r(undefined)))));
            await new Promise((r) => log.end(r));
        },
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./packages/core/src/egress/host/exec.ts
// Running the host tools the gate needs (nft, resolvectl, sudo…): as root directly, otherwise through
// `sudo -n` (GitHub's runners give the runner user passwordless sudo). Output captured, exit code checked.


function isRoot() {
    return typeof process.getuid === 'function' && process.getuid() === 0;
}
/** argv prefixed with `sudo -n` unless we are root already. */
function privileged(argv) {
    return isRoot() ? [...argv] : ['sudo', '-n', ...argv];
}
function run(argv, input, timeoutMs = 30_000) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(argv[0], argv.slice(1), { stdio: ['pipe', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
        child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
        const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
        child.on('error', (e) => {
            clearTimeout(timer);
            reject(e);
        });
        child.on('close', (code) => {
            clearTimeout(timer);
            resolve({ code: code ?? 128, stdout, stderr });
        });
        child.stdin.on('error', () => { });
        child.stdin.end(input ?? '');
    });
}
/** Runs a privileged command; a non-zero exit is a ResourceError naming the tool and its first error line. */
async function exec_runChecked(argv, what, input) {
    const full = privileged(argv);
    let r;
    try {
        r = await run(full, input);
    }
    catch (e) {
        throw new errors/* ResourceError */.BS({ problem: `${what}: could not run ${full[0]} (${e instanceof Error ? e.message : String(e)})`, fix: `install ${argv[0]} (Debian/Ubuntu: apt-get install nftables iproute2) and run as root or with passwordless sudo` });
    }
    if (r.code !== 0) {
        const line = r.stderr.split('\n').find((l) => l.trim()) ?? `exit ${r.code}`;
        throw new errors/* ResourceError */.BS({ problem: `${what}: ${argv[0]} failed: ${line.trim()}`, fix: 'run the gate as root or with passwordless sudo, on a Linux kernel with nftables' });
    }
    return r.stdout;
}
/** IPv4 addresses of the interfaces whose names match nft-style patterns (`docker0`, `br-*`), from `ip -j`. */
async function bridgeAddresses(patterns) {
    const r = await run(['ip', '-j', '-4', 'addr', 'show']).catch(() => undefined);
    if (!r || r.code !== 0)
        return [];
    const match = (name) => patterns.some((p) => (p.endsWith('*') ? name.startsWith(p.slice(0, -1)) : name === p));
    const links = JSON.parse(r.stdout || '[]');
    return links.filter((l) => match(l.ifname)).flatMap((l) => (l.addr_info ?? []).map((a) => a.local ?? '')).filter(Boolean);
}

;// CONCATENATED MODULE: ./packages/core/src/egress/host/nft-exec.ts
// nft on the host: apply and remove the gate's table, read its recording sets, and a long-lived `nft -e -i`
// session the DNS proxy writes element updates to (no process start per answer).



async function applyRuleset(text) {
    await exec_runChecked(['nft', '-f', '-'], 'applying the egress table', text);
}
/** Check mode: the kernel validates the ruleset without committing it. */
async function checkRuleset(text) {
    await runChecked(['nft', '-c', '-f', '-'], 'checking the egress table', text);
}
/** Removes the table; true when it existed. */
async function deleteTable() {
    const r = await run(privileged(['nft', 'delete', 'table', ...TABLE_REF.split(' ')]));
    return r.code === 0;
}
async function tableExists() {
    const r = await run(privileged(['nft', 'list', 'table', ...TABLE_REF.split(' ')]));
    return r.code === 0;
}
/** `nft -j list table` of the gate (JSON text). */
async function listTableJson() {
    return exec_runChecked(['nft', '-j', 'list', 'table', ...TABLE_REF.split(' ')], 'reading the egress table');
}
/**
 * One `nft -e -i` process; commands go one at a time. With echo on, nft prints `# new generation N` when a
 * command is committed and `Error:` on stderr when it is refused, which is how a command's end is known.
 */
class NftSession {
    child;
    queue = [];
    current;
    outBuf = '';
    closed = false;
    errTimer;
    constructor() {
        const argv = privileged(['nft', '-e', '-i']);
        this.child = (0,external_node_child_process_.spawn)(argv[0], argv.slice(1), { stdio: ['pipe', 'pipe', 'pipe'] });
        this.child.stdout.setEncoding('utf8').on('data', (d) => this.onOut(d));
        this.child.stderr.setEncoding('utf8').on('data', (d) => this.onErr(d));
        this.child.on('close', () => this.fail(new Error('nft session ended')));
        this.child.on('error', (e) => this.fail(e));
        this.child.stdin.on('error', () => { });
    }
    /** Runs one line (several commands may be joined with `;`: they commit as one transaction). */
    exec(cmd) {
        if (this.closed)
            return Promise.reject(new Error('nft session ended'));
        return new Promise((resolve, reject) => {
            this.queue.push({ cmd, resolve, reject });
            this.next();
        });
    }
    close() {
        this.closed = true;
        this.child.stdin.end();
    }
    next() {
        if (this.current || this.queue.length === 0)
            return;
        const job = this.queue.shift();
        this.current = { resolve: job.resolve, reject: job.reject, err: '' };
        this.child.stdin.write(`${job.cmd.replace(/\n/g, ' ')}\n`);
    }
    onOut(d) {
        this.outBuf += d;
        let i;
        while ((i = this.outBuf.indexOf('\n')) >= 0) {
            const line = this.outBuf.slice(0, i);
            this.outBuf = this.outBuf.slice(i + 1);
            if (line.startsWith('# new generation') && this.current) {
                const c = this.current;
                this.current = undefined;
                c.resolve();
                this.next();
            }
        }
    }
    onErr(d) {
        const c = this.current;
        if (!c)
            return;
        c.err += d;
        // nft prints the error, the command and a caret line in pieces: settle once stderr has been quiet briefly.
        clearTimeout(this.errTimer);
        this.errTimer = setTimeout(() => {
            if (this.current !== c)
                return;
            this.current = undefined;
            c.reject(new Error(c.err.split('\n')[0] || 'nft error'));
            this.next();
        }, 50);
    }
    fail(e) {
        this.closed = true;
        const all = [...(this.current ? [this.current] : []), ...this.queue];
        this.current = undefined;
        this.queue = [];
        for (const j of all)
            j.reject(e);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/egress/host/proxy-main.ts
// The detached DNS proxy process: reads its config file, opens an nft session (as root), listens, then drops
// to its own uid so the process parsing untrusted DNS bytes holds no privileges. Ends on SIGTERM.





function elementKey(e) {
    return `${e.address} ${e.port ?? ''}`;
}
/** Sends only elements with less than half their new lifetime left (or none): most answers cost no nft call. */
function firewallOpener(exec) {
    const until = new Map();
    return async (els) => {
        const now = Date.now();
        const need = els.filter((e) => (until.get(elementKey(e)) ?? 0) - now < (e.timeoutS * 1000) / 2);
        if (need.length === 0)
            return;
        await exec(renderRefresh(need));
        for (const e of need)
            until.set(elementKey(e), now + e.timeoutS * 1000);
    };
}
async function runProxyDaemon(configPath) {
    const cfg = JSON.parse((0,external_node_fs_.readFileSync)(configPath, 'utf8'));
    const session = cfg.noFirewall ? undefined : new NftSession();
    const proxy = await startProxy({
        listen: cfg.listen,
        upstreams: cfg.upstreams,
        policy: { mode: cfg.mode, allow: cfg.allow, refused: new Set(cfg.refused) },
        logFile: cfg.logFile,
        tuning: cfg.tuning,
        open: session ? firewallOpener((c) => session.exec(c)) : async () => { },
    });
    // Opened before the drop: the state folder may not be writable by the proxy's own uid.
    const readyFd = (0,external_node_fs_.openSync)(cfg.readyFile, 'w');
    if (isRoot() && cfg.uid !== undefined) {
        process.setgroups?.([]);
        process.setgid?.(cfg.uid);
        process.setuid?.(cfg.uid);
    }
    (0,external_node_fs_.writeSync)(readyFd, JSON.stringify({ pid: process.pid, uid: process.getuid?.() }));
    (0,external_node_fs_.closeSync)(readyFd);
    const stop = () => {
        void proxy.close().finally(() => {
            session?.close();
            process.exit(0);
        });
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
}

;// CONCATENATED MODULE: ./packages/core/src/egress/watchdog.ts
// Process watchdog decisions: which of the job's processes started after the gate are past kill-after, match
// a kill pattern, or exceed a quota. Matched by start time since boot (from /proc), so a process that clears
// its environment (`env -i`) or renames itself cannot hide. Pure; host/watchdog-main.ts acts on it.
/** The runner's own processes are never candidates. */
const RUNNER_PROCESS = /Runner\.(Worker|Listener)|\/runsvc\.sh|\/run-helper\.sh|actions-runner/;
function judge(procs, rules, nowMs) {
    const out = [];
    for (const p of procs) {
        if (p.uid !== rules.uid || p.startMs < rules.gateStartMs || rules.protectedPids.has(p.pid))
            continue;
        if (RUNNER_PROCESS.test(p.cmd) || rules.exempt.some((r) => r.test(p.cmd)))
            continue;
        if (rules.killPatterns.some((r) => r.test(p.cmd))) {
            out.push({ pid: p.pid, reason: 'kill-pattern', end: true, proc: p });
            continue;
        }
        if (rules.killAfterMs !== undefined && nowMs - p.startMs >= rules.killAfterMs) {
            out.push({ pid: p.pid, reason: 'kill-after', end: true, proc: p });
            continue;
        }
        const kill = rules.quotaAction === 'kill';
        if (rules.maxCpuMs !== undefined && p.cpuMs > rules.maxCpuMs)
            out.push({ pid: p.pid, reason: 'cpu-quota', end: kill, proc: p });
        else if (rules.maxRssBytes !== undefined && p.rssBytes > rules.maxRssBytes)
            out.push({ pid: p.pid, reason: 'memory-quota', end: kill, proc: p });
    }
    return out;
}
/** Parses /proc/<pid>/stat (the command name may hold spaces and parentheses). */
function parseStat(text, clockTicks, pageSize) {
    const close = text.lastIndexOf(')');
    if (close < 0)
        return undefined;
    const pid = Number(text.slice(0, text.indexOf(' ')));
    // Fields after the command: index 0 is field 3 (state).
    const f = text.slice(close + 2).trim().split(/\s+/);
    if (f.length < 22)
        return undefined;
    const tick = 1000 / clockTicks;
    return {
        pid,
        zombie: f[0] === 'Z',
        ppid: Number(f[1]),
        cpuMs: (Number(f[11]) + Number(f[12])) * tick,
        startMs: Number(f[19]) * tick,
        rssBytes: Number(f[21]) * pageSize,
    };
}
/** Real uid from /proc/<pid>/status. */
function parseStatusUid(text) {
    const m = /^Uid:\s+(\d+)/m.exec(text);
    return m ? Number(m[1]) : undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/egress/host/watchdog-main.ts
// The detached watchdog: every interval, reads /proc, asks watchdog.judge, ends what it says (TERM, then KILL
// after the grace period if the same process — same pid AND start time — is still there), logs JSON lines.



function getconf(name, fallback) {
    const r = (0,external_node_child_process_.spawnSync)('getconf', [name], { encoding: 'utf8' });
    const n = Number(r.stdout?.trim());
    return Number.isFinite(n) && n > 0 ? n : fallback;
}
function uptimeMs() {
    return Math.round(Number((0,external_node_fs_.readFileSync)('/proc/uptime', 'utf8').split(' ')[0]) * 1000);
}
function readProcs(clockTicks, pageSize) {
    const out = [];
    for (const name of (0,external_node_fs_.readdirSync)('/proc')) {
        if (!/^\d+$/.test(name))
            continue;
        try {
            const stat = parseStat((0,external_node_fs_.readFileSync)(`/proc/${name}/stat`, 'utf8'), clockTicks, pageSize);
            const uid = parseStatusUid((0,external_node_fs_.readFileSync)(`/proc/${name}/status`, 'utf8'));
            // Zombies are already dead (waiting for their parent): nothing to end.
            if (!stat || stat.zombie || uid === undefined)
                continue;
            const cmd = (0,external_node_fs_.readFileSync)(`/proc/${name}/cmdline`, 'utf8').replace(/\0+$/, '').replace(/\0/g, ' ');
            out.push({ pid: stat.pid, ppid: stat.ppid, startMs: stat.startMs, cpuMs: stat.cpuMs, rssBytes: stat.rssBytes, uid, cmd });
        }
        catch {
            // The process ended while being read.
        }
    }
    return out;
}
function runWatchdogDaemon(configPath) {
    const cfg = JSON.parse((0,external_node_fs_.readFileSync)(configPath, 'utf8'));
    const ticks = getconf('CLK_TCK', 100);
    const page = getconf('PAGESIZE', 4096);
    const rules = {
        uid: cfg.uid,
        gateStartMs: cfg.gateStartMs,
        killAfterMs: cfg.killAfterMs,
        killPatterns: cfg.killPatterns.map((p) => new RegExp(p)),
        exempt: cfg.exempt.map((p) => new RegExp(p)),
        protectedPids: new Set([...cfg.protectedPids, process.pid]),
        maxCpuMs: cfg.maxCpuMs,
        maxRssBytes: cfg.maxRssBytes,
        quotaAction: cfg.quotaAction,
    };
    // pid → start time of processes already sent TERM (or already warned about), so each is handled once.
    const termed = new Map();
    const warned = new Set();
    const log = (f, action, now) => {
        const e = { t: new Date().toISOString(), pid: f.pid, cmd: f.proc.cmd.slice(0, 300), reason: f.reason, action, ageMs: now - f.proc.startMs, cpuMs: f.proc.cpuMs, rssBytes: f.proc.rssBytes };
        (0,external_node_fs_.appendFileSync)(cfg.logFile, `${JSON.stringify(e)}\n`);
    };
    const tick = () => {
        const now = uptimeMs();
        const procs = readProcs(ticks, page);
        const alive = new Map(procs.map((p) => [p.pid, p]));
        for (const [pid, t] of termed) {
            const p = alive.get(pid);
            if (!p || p.startMs !== t.startMs)
                termed.delete(pid);
            else if (now - t.at >= cfg.graceMs) {
                try {
                    process.kill(pid, 'SIGKILL');
                    log({ ...t.finding, proc: p }, 'kill', now);
                }
                catch {
                    // already gone
                }
                termed.delete(pid);
            }
        }
        for (const f of judge(procs, rules, now)) {
            if (termed.has(f.pid))
                continue;
            if (!f.end) {
                const key = `${f.pid}:${f.proc.startMs}:${f.reason}`;
                if (!warned.has(key)) {
                    warned.add(key);
                    log(f, 'warn', now);
                }
                continue;
            }
            try {
                process.kill(f.pid, 'SIGTERM');
                termed.set(f.pid, { startMs: f.proc.startMs, at: now, finding: f });
                log(f, 'term', now);
            }
            catch {
                // already gone
            }
        }
    };
    (0,external_node_fs_.writeFileSync)(cfg.readyFile, JSON.stringify({ pid: process.pid }));
    const timer = setInterval(tick, cfg.intervalMs ?? 500);
    tick();
    process.on('SIGTERM', () => {
        clearInterval(timer);
        process.exit(0);
    });
}

;// CONCATENATED MODULE: ./packages/core/src/egress/host/resolver.ts
// Pointing the system resolver at the proxy, and back. With systemd-resolved (GitHub's Ubuntu runners) a
// drop-in names the proxy as the only DNS server; without it /etc/resolv.conf is rewritten IN PLACE (it may be
// a bind mount, e.g. under `ip netns exec`, where a rename would fail) and its old bytes are kept to restore.



const RESOLV_CONF = '/etc/resolv.conf';
const RESOLVED_UPSTREAM = '/run/systemd/resolve/resolv.conf';
const RESOLVED_DROPIN = '/etc/systemd/resolved.conf.d/bulkhead-egress.conf';
/** Nameserver addresses of a resolv.conf text. */
function nameservers(text) {
    const out = [];
    for (const line of text.split('\n')) {
        const m = /^\s*nameserver\s+(\S+)/.exec(line);
        const ip = m ? canonicalIp(m[1].replace(/%.*$/, '')) : undefined;
        if (ip)
            out.push(ip);
    }
    return out;
}
async function detectResolver() {
    if (!(0,external_node_fs_.existsSync)(RESOLVED_UPSTREAM))
        return 'resolv.conf';
    const r = await run(['systemctl', 'is-active', '--quiet', 'systemd-resolved']).catch(() => ({ code: 1 }));
    return r.code === 0 ? 'systemd-resolved' : 'resolv.conf';
}
/** The servers queries went to before the gate: resolved's upstreams, or resolv.conf's nameservers. */
function currentUpstreams(kind, exclude) {
    const file = kind === 'systemd-resolved' ? RESOLVED_UPSTREAM : RESOLV_CONF;
    return nameservers((0,external_node_fs_.readFileSync)(file, 'utf8')).filter((a) => a !== exclude && !(kind === 'systemd-resolved' && a === '127.0.0.53'));
}
async function writeFilePrivileged(path, text) {
    // `tee` writes in place through the existing inode (and follows a symlink), as root or via sudo.
    await exec_runChecked(['tee', path], `writing ${path}`, text);
}
/** Points the resolver at `proxy`; returns the text to restore (resolv.conf) or undefined (drop-in). */
async function pointResolverAt(kind, proxy) {
    if (kind === 'systemd-resolved') {
        await exec_runChecked(['mkdir', '-p', '/etc/systemd/resolved.conf.d'], 'creating the resolved drop-in folder');
        await writeFilePrivileged(RESOLVED_DROPIN, `[Resolve]\nDNS=${proxy}\nDomains=~.\nDNSSEC=no\nCache=no\n`);
        await exec_runChecked(['systemctl', 'restart', 'systemd-resolved'], 'restarting systemd-resolved');
        await run(privileged(['resolvectl', 'flush-caches']));
        return undefined;
    }
    const before = (0,external_node_fs_.readFileSync)(RESOLV_CONF, 'utf8');
    await writeFilePrivileged(RESOLV_CONF, `# bulkhead egress-gate: DNS goes through its proxy until the post step\nnameserver ${proxy}\noptions timeout:2 attempts:2\n`);
    return before;
}
async function restoreResolver(kind, saved) {
    if (kind === 'systemd-resolved') {
        await exec_runChecked(['rm', '-f', RESOLVED_DROPIN], 'removing the resolved drop-in');
        await exec_runChecked(['systemctl', 'restart', 'systemd-resolved'], 'restarting systemd-resolved');
        await run(privileged(['resolvectl', 'flush-caches']));
        return;
    }
    if (saved !== undefined)
        await writeFilePrivileged(RESOLV_CONF, saved);
}

;// CONCATENATED MODULE: ./packages/core/src/egress/proc-net.ts

const ESTABLISHED = '01';
/** Kernel hex (host byte order per 32-bit word) → address text. */
function hexAddress(hex) {
    const words = hex.match(/.{8}/g) ?? [];
    const bytes = words.flatMap((w) => (w.match(/../g) ?? []).reverse().map((b) => parseInt(b, 16)));
    if (bytes.length === 4)
        return bytes.join('.');
    if (bytes.length !== 16)
        return undefined;
    // IPv4-mapped (::ffff:a.b.c.d): a dual-stack socket talking IPv4.
    if (bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 255 && bytes[11] === 255)
        return bytes.slice(12).join('.');
    const groups = Array.from({ length: 8 }, (_, i) => ((bytes[2 * i] << 8) | bytes[2 * i + 1]).toString(16));
    return canonicalIp(groups.join(':'));
}
/** Established remote endpoints (not loopback) from the text of /proc/net/tcp or /proc/net/tcp6. */
function establishedRemotes(text) {
    const out = [];
    for (const line of text.split('\n').slice(1)) {
        const f = line.trim().split(/\s+/);
        if (f.length < 4 || f[3] !== ESTABLISHED)
            continue;
        const [addrHex, portHex] = f[2].split(':');
        const address = hexAddress(addrHex);
        if (!address)
            continue;
        const a = address;
        if (a.startsWith('127.') || a === '::1')
            continue;
        out.push({ address: a, family: a.includes(':') ? 6 : 4, port: parseInt(portHex, 16) });
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/egress/host/gate.ts
// Starting and stopping the gate on this host: the side-effecting half of egress-gate. start: proxy up and
// listening → nft table applied → resolver pointed at the proxy (→ watchdog). stop: records read → daemons
// ended → resolver restored → table removed. A failure part-way through start undoes what was done.











async function readEstablished() {
    const files = ['/proc/net/tcp', '/proc/net/tcp6'];
    const texts = await Promise.all(files.map((f) => (0,promises_.readFile)(f, 'utf8').catch(() => '')));
    return texts.flatMap(establishedRemotes);
}
/** Spawns `script role config` detached (via sudo when needed) and waits for its ready file. */
async function spawnDaemon(deps, role, config, readyFile, asRoot) {
    const errFile = (0,external_node_path_.join)(deps.stateDir, `${role}.stderr`);
    const fd = (0,external_node_fs_.openSync)(errFile, 'a');
    const args = deps.daemon.args ? deps.daemon.args.map((a) => a.replace('{role}', role).replace('{config}', config)) : [role, config];
    const argv = [process.execPath, deps.daemon.script, ...args];
    const full = asRoot ? privileged(argv) : argv;
    const child = (0,external_node_child_process_.spawn)(full[0], full.slice(1), { detached: true, stdio: ['ignore', fd, fd] });
    (0,external_node_fs_.closeSync)(fd);
    let exited = null;
    child.on('exit', (code) => (exited = code ?? 1));
    child.unref();
    for (let i = 0; i < 200; i++) {
        // The daemon writes its ready file after dropping privileges, through a descriptor opened before: it may be empty for a moment.
        const ready = (0,external_node_fs_.existsSync)(readyFile) ? (0,external_node_fs_.readFileSync)(readyFile, 'utf8') : '';
        if (ready.trim())
            return JSON.parse(ready).pid;
        if (exited !== null)
            break;
        await new Promise((r) => setTimeout(r, 25));
    }
    const err = (0,external_node_fs_.readFileSync)(errFile, 'utf8').trim().split('\n').slice(-3).join(' ');
    throw new errors/* ResourceError */.BS({ problem: `the ${role} did not start${exited !== null ? ` (exit ${exited})` : ' within 5 s'}${err ? `: ${err}` : ''}`, fix: 'run on Linux as root or with passwordless sudo, with nothing else listening on the dns-address' });
}
async function stopPid(pid) {
    if (!pid)
        return;
    await run(privileged(['kill', '-TERM', String(pid)]));
    for (let i = 0; i < 40; i++) {
        if ((await run(['kill', '-0', String(pid)])).code !== 0 && !(0,external_node_fs_.existsSync)(`/proc/${pid}`))
            return;
        await new Promise((r) => setTimeout(r, 25));
    }
    await run(privileged(['kill', '-KILL', String(pid)]));
}
async function startGate(plan, deps) {
    const started = performance.now();
    await (0,promises_.mkdir)(deps.stateDir, { recursive: true });
    const resolver = await detectResolver();
    const upstreams = plan.upstreams.length > 0 ? plan.upstreams : currentUpstreams(resolver, plan.proxyAddress);
    if (upstreams.length === 0)
        throw new errors/* ResourceError */.BS({ input: 'dns-upstream', problem: 'no upstream DNS server was found in the system resolver configuration', fix: 'give the servers with dns-upstream' });
    const established = await readEstablished();
    const state = {
        stateDir: deps.stateDir,
        mode: plan.mode,
        resolver,
        proxyPid: 0,
        proxyLog: (0,external_node_path_.join)(deps.stateDir, 'dns.jsonl'),
        watchdogLog: (0,external_node_path_.join)(deps.stateDir, 'watchdog.jsonl'),
        upstreams,
        startedAt: new Date().toISOString(),
        setupMs: 0,
    };
    const proxyConfig = {
        mode: plan.mode,
        allow: plan.allow,
        refused: plan.refusedNames,
        // Container bridges present now get the proxy on their own address too (their DNS is redirected there).
        listen: [plan.proxyAddress, ...(await bridgeAddresses(CONTAINER_BRIDGES))].map((address) => ({ address, port: 53 })),
        upstreams: upstreams.map((address) => ({ address, port: 53 })),
        logFile: state.proxyLog,
        readyFile: (0,external_node_path_.join)(deps.stateDir, 'proxy.ready'),
        uid: plan.proxyUid,
        tuning: deps.proxyTuning,
    };
    const configFile = (0,external_node_path_.join)(deps.stateDir, 'proxy.json');
    await (0,promises_.writeFile)(configFile, JSON.stringify(proxyConfig));
    await (0,promises_.writeFile)(state.proxyLog, '');
    try {
        state.proxyPid = await spawnDaemon(deps, 'proxy', configFile, proxyConfig.readyFile, true);
        await applyRuleset(renderApply(nftPlanFor(plan, upstreams, established)));
        const saved = await pointResolverAt(resolver, plan.proxyAddress);
        if (saved !== undefined) {
            state.savedResolvConf = (0,external_node_path_.join)(deps.stateDir, 'resolv.conf.saved');
            await (0,promises_.writeFile)(state.savedResolvConf, saved);
        }
        if (deps.watchdog) {
            const wdConfig = { ...deps.watchdog, logFile: state.watchdogLog, readyFile: (0,external_node_path_.join)(deps.stateDir, 'watchdog.ready') };
            const wdFile = (0,external_node_path_.join)(deps.stateDir, 'watchdog.json');
            await (0,promises_.writeFile)(wdFile, JSON.stringify(wdConfig));
            await (0,promises_.writeFile)(state.watchdogLog, '');
            state.watchdogPid = await spawnDaemon(deps, 'watchdog', wdFile, wdConfig.readyFile, !isRoot());
        }
    }
    catch (e) {
        await stopPid(state.proxyPid);
        await stopPid(state.watchdogPid);
        await deleteTable();
        if (state.savedResolvConf)
            await restoreResolver(resolver, (0,external_node_fs_.readFileSync)(state.savedResolvConf, 'utf8')).catch(() => { });
        throw e;
    }
    state.setupMs = Math.round(performance.now() - started);
    deps.log?.(`egress-gate: ${plan.mode} mode, proxy on ${plan.proxyAddress}:53 → ${upstreams.join(', ')}, set up in ${state.setupMs} ms`);
    return state;
}
/**
 * With sudo disabled the post step can only read the records (the grant left is read-only): the table and
 * the resolver stay as they are until the runner VM is discarded.
 */
async function stopGate(state, opts = {}) {
    const problems = [];
    if (opts.sudoDisabled && !isRoot()) {
        const tableJson = await listTableJson().catch(() => undefined);
        const read = (f) => (0,promises_.readFile)(f, 'utf8').catch(() => '');
        problems.push('disable-sudo: the gate stays in place for the rest of the runner\'s life (post has no sudo to remove it)');
        return { tableJson, proxyLog: await read(state.proxyLog), watchdogLog: await read(state.watchdogLog), tableRemoved: false, resolverRestored: false, problems };
    }
    let tableJson;
    if (await tableExists())
        tableJson = await listTableJson().catch((e) => (problems.push(String(e)), undefined));
    else
        problems.push('the egress table was already gone (a step with sudo may have removed it)');
    await stopPid(state.watchdogPid);
    await stopPid(state.proxyPid);
    let resolverRestored = true;
    try {
        await restoreResolver(state.resolver, state.savedResolvConf ? await (0,promises_.readFile)(state.savedResolvConf, 'utf8') : undefined);
    }
    catch (e) {
        resolverRestored = false;
        problems.push(e instanceof Error ? e.message : String(e));
    }
    await deleteTable();
    const tableRemoved = !(await tableExists());
    const read = (f) => (0,promises_.readFile)(f, 'utf8').catch(() => '');
    return { tableJson, proxyLog: await read(state.proxyLog), watchdogLog: await read(state.watchdogLog), tableRemoved, resolverRestored, problems };
}

;// CONCATENATED MODULE: ./packages/core/src/egress/host/sudo.ts
// disable-sudo: the runner user's sudo rights are what a later step would use to undo the gate. GitHub's images
// grant them in /etc/sudoers.d/runner; we replace that grant with one read-only command (so post can still
// read the gate's records) and check that plain sudo no longer works.



const SUDOERS_GRANT = '/etc/sudoers.d/runner';
const SUDOERS_OURS = '/etc/sudoers.d/zz-bulkhead-egress';
function readOnlyGrant(user, nftPath = '/usr/sbin/nft') {
    return `# bulkhead egress-gate: the post step may read the gate's records, nothing else\n${user} ALL=(root) NOPASSWD: ${nftPath} -j list table ${TABLE_REF}\n`;
}
/** Removes the user's sudo grant; returns true when `sudo -n true` fails afterwards. */
async function disableSudo(user) {
    if (!/^[a-z_][a-z0-9_-]*$/i.test(user))
        throw new errors/* ResourceError */.BS({ input: 'disable-sudo', problem: `cannot tell the runner user (got ${JSON.stringify(user)})`, fix: 'run the job as a named user' });
    await exec_runChecked(['tee', SUDOERS_OURS], 'writing the read-only sudoers grant', readOnlyGrant(user));
    await exec_runChecked(['chmod', '0440', SUDOERS_OURS], 'securing the sudoers grant');
    await exec_runChecked(['visudo', '-cf', SUDOERS_OURS], 'checking the sudoers grant');
    await exec_runChecked(['rm', '-f', SUDOERS_GRANT], 'removing the sudo grant');
    const r = await run(['sudo', '-n', 'true']).catch(() => ({ code: 1 }));
    return r.code !== 0;
}

;// CONCATENATED MODULE: ./packages/core/src/egress/host/run.ts
// egress-gate's two halves as the action and the CLI run them: start (plan, start the gate, watchdog, sudo)
// and finish (stop the gate, build the result from its records). Non-Linux hosts get a no-op with a reason.






async function startEgress(o, host) {
    const plan = planGate(o);
    if (host.platform !== 'linux') {
        return { skipped: `egress-gate needs a Linux runner (nftables); on ${host.platform} it does nothing`, sudoDisabled: false, warnings: [] };
    }
    const watch = o['kill-after'] !== undefined || plan.killPatterns.length > 0 || o['max-process-cpu'] !== undefined || o['max-process-memory'] !== undefined;
    const state = await startGate(plan, {
        daemon: { script: host.daemonScript, args: host.daemonArgs },
        stateDir: host.stateDir,
        log: host.log,
        watchdog: watch
            ? {
                uid: process.getuid?.() ?? 0,
                gateStartMs: uptimeMs(),
                killAfterMs: o['kill-after'],
                graceMs: o['kill-grace'],
                killPatterns: plan.killPatterns.map((r) => r.source),
                exempt: plan.exempt.map((r) => r.source),
                protectedPids: host.protectedPids,
                maxCpuMs: o['max-process-cpu'],
                maxRssBytes: o['max-process-memory'],
                quotaAction: o['quota-action'],
            }
            : undefined,
    });
    const warnings = [];
    if (watch && (process.getuid?.() ?? 0) === 0) {
        // The watchdog's candidates are the job user's processes; when that user is root, that is every root process.
        warnings.push('the job runs as root: the watchdog considers every root process started after the gate (system services included); list the ones to keep in watchdog-exempt');
    }
    let sudoDisabled = false;
    if (o['disable-sudo']) {
        sudoDisabled = await disableSudo((0,external_node_os_.userInfo)().username);
        if (!sudoDisabled)
            warnings.push('disable-sudo: sudo still works for the runner user after removing /etc/sudoers.d/runner (another grant exists); later steps can undo the gate');
    }
    return { state, sudoDisabled, warnings };
}
async function finishEgress(state, opts = {}) {
    const out = await stopGate(state, opts);
    return buildResult({
        mode: state.mode,
        tableJson: out.tableJson,
        proxyLog: out.proxyLog,
        watchdogLog: out.watchdogLog,
        nowMs: Date.now(),
        startedAt: state.startedAt,
        setupMs: state.setupMs,
        upstreams: state.upstreams,
        tableRemoved: out.tableRemoved,
        resolverRestored: out.resolverRestored,
        problems: out.problems,
    });
}

// EXTERNAL MODULE: ./packages/core/src/fs/atomic.ts
var atomic = __webpack_require__(4444);
;// CONCATENATED MODULE: ./packages/cli/src/commands/egress-gate.ts
// `bulkhead egress-gate [plan|start|stop|serve]`: the action's gate from a terminal or another CI system.
// plan prints the nft table and DNS policy (changes nothing); start/stop need root (or passwordless sudo);
// serve runs a daemon in the foreground (start spawns this same file as `egress-gate serve --daemon proxy=CONFIG`).









function resultText(r) {
    const lines = [egressHeadline(r)];
    for (const b of r.blocked)
        lines.push(`  ${b.verdict.padEnd(8)} ${b.port !== undefined ? `${b.destination} ${b.protocol}/${b.port}` : `${b.destination} (DNS)`}${b.names?.length ? ` ${b.names.join(',')}` : ''} x${b.count} first ${b.firstSeen}`);
    for (const p of r.processes)
        lines.push(`  process ${p.pid} ${p.action} (${p.reason}): ${p.cmd}`);
    for (const p of r.problems)
        lines.push(`  note: ${p}`);
    return `${lines.join('\n')}\n`;
}
const command = {
    name: 'egress-gate',
    summary: decl/* EGRESS_GATE_DECL */.r.summary,
    decl: decl/* EGRESS_GATE_DECL */.r,
    async run(args, io) {
        const o = args.options;
        const stateDir = (0,external_node_path_.resolve)(io.cwd, o['state-dir'] ?? (0,external_node_path_.join)(io.env.TMPDIR || (0,external_node_os_.tmpdir)(), 'bulkhead-egress'));
        const stateFile = (0,external_node_path_.join)(stateDir, 'state.json');
        if (o.step === 'serve') {
            const m = /^(proxy|watchdog)=(.+)$/.exec(o.daemon ?? '');
            if (!m)
                throw new errors/* UsageError */.eb({ input: 'daemon', problem: 'serve needs --daemon proxy=FILE or --daemon watchdog=FILE', fix: 'let `bulkhead egress-gate start` run the daemons' });
            if (m[1] === 'proxy')
                await runProxyDaemon(m[2]);
            else
                runWatchdogDaemon(m[2]);
            return 0;
        }
        if (o.step === 'plan') {
            const plan = planGate(o);
            let upstreams = plan.upstreams;
            if (upstreams.length === 0)
                upstreams = nameservers((0,external_node_fs_.readFileSync)(RESOLV_CONF, 'utf8')).filter((a) => a !== plan.proxyAddress);
            const ruleset = renderRuleset(nftPlanFor(plan, upstreams, []));
            if (o.format === 'json')
                io.stdout((0,json/* serializeJson */.L)({ mode: plan.mode, names: plan.allow.names, nets: plan.allow.nets, refusedNames: plan.refusedNames, upstreams, ruleset }));
            else
                io.stdout(ruleset);
            return 0;
        }
        if (o.step === 'start') {
            await (0,promises_.mkdir)(stateDir, { recursive: true });
            const started = await startEgress(o, {
                platform: process.platform,
                stateDir,
                daemonScript: (0,external_node_path_.resolve)(process.argv[1] ?? ''),
                daemonArgs: ['egress-gate', 'serve', '--daemon', '{role}={config}'],
                protectedPids: [process.pid, process.ppid],
                log: (l) => io.stderr(`${l}\n`),
            });
            if (started.skipped) {
                io.stderr(`bulkhead: ${started.skipped}\n`);
                return 0;
            }
            for (const w of started.warnings)
                io.stderr(`bulkhead: ${w}\n`);
            await (0,atomic/* writeOutputFile */.B)(stateFile, JSON.stringify({ state: started.state, sudoDisabled: started.sudoDisabled }), 'state-dir');
            io.stdout(`egress-gate started (${o.mode}); stop it with: bulkhead egress-gate stop --state-dir ${stateDir}\n`);
            return 0;
        }
        let saved;
        try {
            saved = JSON.parse((0,external_node_fs_.readFileSync)(stateFile, 'utf8'));
        }
        catch {
            throw new errors/* UsageError */.eb({ input: 'state-dir', problem: `no gate state in ${stateDir}`, fix: 'run `bulkhead egress-gate start` first, with the same --state-dir' });
        }
        const result = await finishEgress(saved.state, { sudoDisabled: saved.sudoDisabled });
        const report = egressJson(result, new Date().toISOString());
        if (o['report-file'])
            await (0,atomic/* writeOutputFile */.B)((0,external_node_path_.resolve)(io.cwd, o['report-file']), (0,json/* serializeJson */.L)(report), 'report-file', o['report-file']);
        io.stdout(o.format === 'json' ? (0,json/* serializeJson */.L)(report) : resultText(result));
        return o['fail-on-blocked'] && result.blocked.length > 0 ? 1 : 0;
    },
};


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
