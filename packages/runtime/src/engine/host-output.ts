// Text the engine shows on the host directly (What if:, prompts' captions, Out-Host), sent as host information
// records marked hostUi, so no redirection captures them.
import type { ExecutionContext } from './execution-context.js';

export function writeHostLine(ctx: ExecutionContext, text: string): void {
  ctx.streams.information({
    messageData: text,
    tags: ['PSHOST'],
    source: 'exosh',
    timeGenerated: new Date(),
    hostMessage: { text, noNewLine: false },
    hostUi: true,
  });
}
