// What the runspace's host shows, as views render it: $PSStyle now, and whether the host renders VT (OutputRendering).
import type { ExecutionContext } from '../../engine/execution-context.js';
import { psStyleSettings, rendersVt, type ViewRendering } from '../../format/index.js';

/** The rendering for output the host will show (Out-Host, Format-* lines): VT where $PSStyle and the host allow it. */
export function hostRendering(context: ExecutionContext): ViewRendering {
  const style = psStyleSettings(context.sessionState.lookup('PSStyle', 'global')?.value);
  return { ansi: rendersVt(style, context.host.supportsVirtualTerminal === true), style };
}
