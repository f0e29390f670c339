// The service's generated psm1 -> one CommandMetadata per proxy function, validated before anything is registered.
import { validateCommandMetadata, type CommandMetadata } from '@exosh/cmdlet-binding';
import { parse, type FunctionDefinitionAst, type StatementAst } from '@exosh/language';
import { commandMetadataFromScriptBlock, type Runspace } from '@exosh/runtime';

export class ModuleFileError extends Error {
  override readonly name = 'ModuleFileError';
}

function functionsOf(statements: readonly StatementAst[]): FunctionDefinitionAst[] {
  return statements.filter((s): s is FunctionDefinitionAst => s.type === 'FunctionDefinitionAst');
}

/** Only verb-noun functions the service exported become proxies; helper functions in the file do not. */
export function metadataFromModuleFile(
  runspace: Runspace,
  fileContent: string,
  exported: readonly string[],
): CommandMetadata[] {
  const parsed = parse(fileContent, { fileName: 'ExchangeOnline.psm1' });
  if (parsed.errors.length > 0) {
    const e = parsed.errors[0];
    throw new ModuleFileError(
      `The module file from the service could not be parsed: ${e?.message ?? ''} (line ${e?.extent.startLineNumber ?? 0}).`,
    );
  }
  const wanted = new Set(exported.map((n) => n.toLowerCase()));
  const functions = functionsOf(parsed.ast.endBlock?.statements ?? []);
  const out: CommandMetadata[] = [];
  for (const f of functions) {
    if (!/^[A-Za-z]+-[A-Za-z0-9]+$/.test(f.name)) continue;
    if (wanted.size > 0 && !wanted.has(f.name.toLowerCase())) continue;
    const metadata = commandMetadataFromScriptBlock(runspace.context, f.name, f.body);
    const check = validateCommandMetadata(metadata);
    if (!check.valid)
      throw new ModuleFileError(
        `The module file's metadata for ${f.name} is not valid: ${check.errors.join('; ')}`,
      );
    out.push(metadata);
  }
  return out;
}
