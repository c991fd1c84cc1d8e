// egress-gate's engine: pure decisions and generators (allow-list, nft ruleset, DNS policy, watchdog, report).
// The side-effecting half (proxy and watchdog daemons, nft, resolver) is `@bulkhead/core/egress/host`.
export { EGRESS_GATE_DECL, type EgressGateDecl } from './decl.ts';
export { parseAllowList, parseEntry, splitEntries, mergeAllowLists, nameMatches, rulesFor, normalName, isNetRule, type AllowList, type NameRule, type NetRule, type NameMatch } from './endpoints.ts';
export { parseCidr, canonicalIp, cidrText, ipFamily, type Cidr, type Family } from './ip.ts';
export { PRESETS, presetAllowList } from './presets.ts';
export { DOH_ADDRESSES, DOH_NAMES, DOH_PORTS } from './doh.ts';
export { renderRuleset, renderApply, renderAddElements, renderRefresh, learnedSet, TABLE, TABLE_REF, RECORD_TIMEOUT_S, LOG_PREFIX, type NftPlan, type Endpoint, type LearnedElement, type Mode } from './nft.ts';
export { decideName, answerFacts, elementsFor, openSeconds, nxdomain, servfail, TTL_SLACK_S, MIN_OPEN_S, type Decision, type NamePolicy, type Verdict, type AnswerFacts } from './dns-policy.ts';
export { planGate, nftPlanFor, METADATA_ADDRESSES, CONTAINER_BRIDGES, type GatePlan, type EgressOptions } from './plan.ts';
export { establishedRemotes } from './proc-net.ts';
export { judge, parseStat, parseStatusUid, RUNNER_PROCESS, type ProcInfo, type WatchdogRules, type WatchFinding, type WatchReason } from './watchdog.ts';
export { parseRecordSets, summariseDns, summariseWatchdog, attachNames, type ConnectionRecord, type DnsRecord, type ProcessRecord } from './records.ts';
export { buildResult, egressOutputs, egressHeadline, egressJson, egressSummary, type EgressResult, type BlockedItem, type ResultInput } from './report.ts';
