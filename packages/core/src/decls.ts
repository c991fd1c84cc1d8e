// Every action's option declaration, for the config loader, the CLI and the action.yml consistency test.
// Each action adds its declaration here (one import + one entry).
import type { ActionDecl } from './options/types.ts';
import { SECRET_SCAN_DECL } from './secrets/decl.ts';
import { DIFF_TELEMETRY_DECL } from './diff/decl.ts';
import { OAUTH_SIGNATURE_GATE_DECL } from './gate/decl.ts';
import { POLICY_AUDIT_DECL } from './policy/decl.ts';
import { DOUBLE_WRITE_DECL } from './storage/decl.ts';
import { EGRESS_GATE_DECL } from './egress/decl.ts';

export const ACTION_DECLS: readonly ActionDecl[] = [SECRET_SCAN_DECL, DIFF_TELEMETRY_DECL, OAUTH_SIGNATURE_GATE_DECL, POLICY_AUDIT_DECL, DOUBLE_WRITE_DECL, EGRESS_GATE_DECL];
