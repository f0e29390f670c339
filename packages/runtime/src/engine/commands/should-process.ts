// ShouldProcess: -WhatIf, -Confirm and $ConfirmPreference against the command's ConfirmImpact.
import type { CommandMetadata, CommonParameterValues } from '@exosh/cmdlet-binding';
import { ErrorRecord } from '../../errors/error-record.js';
import { RuntimeException } from '../../errors/runtime-exception.js';
import type { ExecutionContext } from '../execution-context.js';
import { writeHostLine } from '../host-output.js';
import { isTrue, toStr } from '../semantics/index.js';

const impactRank: Record<string, number> = { none: 0, low: 1, medium: 2, high: 3 };

/** What ShouldProcess will do for this command now: go ahead, only say what would happen, or ask first. */
export type ShouldProcessMode = 'Proceed' | 'WhatIf' | 'Confirm';

export function shouldProcessMode(
  ctx: ExecutionContext,
  metadata: Pick<CommandMetadata, 'confirmImpact'>,
  common: CommonParameterValues,
): ShouldProcessMode {
  const whatIf = common.whatIf ?? isTrue(ctx.sessionState.lookup('WhatIfPreference')?.value ?? false);
  if (whatIf) return 'WhatIf';
  const impact = impactRank[(metadata.confirmImpact ?? 'Medium').toLowerCase()] ?? 2;
  const prefValue = ctx.sessionState.lookup('ConfirmPreference')?.value;
  const preference = impactRank[toStr(ctx, prefValue ?? 'High').toLowerCase()] ?? 3;
  const confirm = common.confirm ?? (preference > 0 && impact >= preference);
  return confirm ? 'Confirm' : 'Proceed';
}

/** ShouldProcess with a full description (the service's confirmation text, or "Performing the operation ..."). */
export function shouldProcessDescription(
  ctx: ExecutionContext,
  mode: ShouldProcessMode,
  description: string,
): boolean {
  if (mode === 'WhatIf') {
    writeHostLine(ctx, `What if: ${description}`);
    return false;
  }
  if (mode === 'Proceed') return true;
  if (!ctx.host.interactive || !ctx.host.readLine) {
    throw new RuntimeException(
      new ErrorRecord({
        message: 'PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.',
        errorId: 'HostException',
        category: 'ResourceUnavailable',
        exceptionType: 'System.Management.Automation.Host.HostException',
      }),
    );
  }
  writeHostLine(ctx, `\nConfirm\nAre you sure you want to perform this action?\n${description}`);
  for (;;) {
    const answer = ctx.host.readLine(
      '[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): ',
    );
    const a = (answer ?? 'n').trim().toLowerCase();
    if (a === '' || a === 'y' || a === 'a') return true;
    if (a === 'n' || a === 'l') return false;
  }
}

export function shouldProcess(
  ctx: ExecutionContext,
  metadata: Pick<CommandMetadata, 'confirmImpact'>,
  common: CommonParameterValues,
  _commandName: string,
  target: string,
  action: string,
): boolean {
  const mode = shouldProcessMode(ctx, metadata, common);
  return shouldProcessDescription(ctx, mode, `Performing the operation "${action}" on target "${target}".`);
}
