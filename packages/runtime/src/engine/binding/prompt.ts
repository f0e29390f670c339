// The host side of mandatory-parameter prompts: "Supply values for the following parameters:".
import type { MandatoryPromptAnswers, MandatoryPromptRequest } from '@exosh/cmdlet-binding';
import type { ExecutionContext } from '../execution-context.js';
import { writeHostLine } from '../host-output.js';

export function promptForMandatory(
  ctx: ExecutionContext,
  request: MandatoryPromptRequest,
): MandatoryPromptAnswers {
  const readLine = ctx.host.readLine;
  if (!ctx.host.interactive || !readLine) return undefined;
  writeHostLine(ctx, `${request.caption}\n${request.message}`);
  const answers: Record<string, unknown> = {};
  for (const field of request.fields) {
    if (field.isArray) {
      const items: string[] = [];
      for (let i = 0; ; i++) {
        const line = readLine.call(ctx.host, `${field.name}[${i}]: `);
        if (line === undefined || line === '') break;
        items.push(line);
      }
      if (items.length === 0) return undefined;
      answers[field.name] = items;
    } else {
      const line = readLine.call(ctx.host, `${field.name}: `);
      if (line === undefined) return undefined;
      answers[field.name] = line;
    }
  }
  return answers;
}
