// The CLI's commands are derived from the action declarations: every declared action is a command whose help
// and flags come from its declaration and whose module runs that same declaration.
import { describe, expect, it } from 'vitest';
import { ACTION_DECLS } from '../../packages/core/src/decls.ts';
import { COMMANDS, loadModule } from '../../packages/cli/src/commands/index.ts';
import { UsageError } from '../../packages/core/src/errors.ts';
import { userMessage } from '../../packages/core/src/report/messages.ts';

describe('CLI command table', () => {
  it('has one command per declared action, carrying that declaration', () => {
    for (const decl of ACTION_DECLS) {
      const entry = COMMANDS.find((c) => c.name === decl.name);
      expect(entry, `no CLI command for ${decl.name}`).toBeDefined();
      expect(entry!.decl).toBe(decl);
      expect(entry!.summary.length).toBeGreaterThan(10);
    }
    expect(new Set(COMMANDS.map((c) => c.name)).size).toBe(COMMANDS.length);
  });

  it("each command's module runs the declaration it is listed with", async () => {
    for (const entry of COMMANDS) {
      const command = await entry.load();
      expect(command.name).toBe(entry.name);
      if (entry.decl) expect(command.decl).toBe(entry.decl);
    }
  });

  it('a declared action without a module is a usage error naming the action and the fix, not a crash', async () => {
    const err = await loadModule('future-gate').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UsageError);
    expect(userMessage(err, { surface: 'cli' })).toMatch(/'future-gate' has no command-line form yet.*actions\/future-gate/);
  });
});
