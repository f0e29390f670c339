// Get-Command -Syntax: a command's Syntax text (CmdletInfo/FunctionInfo.Syntax: a blank line before each parameter
// set's line) and GetCommandCommand's `dir (alias) -> Get-ChildItem` form for a command found through an alias.
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import type { CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import type { FunctionInfo } from '../../engine/commands/command-info.js';
import { commandMetadataOfFunction } from '../../engine/binding/metadata-from-ast.js';
import { syntaxLines } from '../help/syntax.js';
import { aliasTable } from '../session/alias-info.js';

/** What Get-Command found, as far as its syntax goes. */
export interface SyntaxSubject {
  readonly commandType: string;
  readonly name: string;
  /** An application's path (its Syntax is its Definition). */
  readonly path?: string;
}

/** The command an alias resolves to (AliasInfo.ResolvedCommandName), or undefined when it names nothing. */
export function resolvedSubject(rt: CommandRuntime, resolvedName: unknown): SyntaxSubject | undefined {
  if (typeof resolvedName !== 'string') return undefined;
  const fn = rt.context.sessionState.lookupFunction(resolvedName) as FunctionInfo | undefined;
  if (fn) return { commandType: fn.commandType, name: fn.name };
  const cmdlet = rt.context.commands.getCmdlet(resolvedName);
  return cmdlet ? { commandType: 'Cmdlet', name: cmdlet.name } : undefined;
}

function metadataOf(rt: CommandRuntime, subject: SyntaxSubject): CommandMetadata | undefined {
  if (subject.commandType === 'Cmdlet') return rt.context.commands.getCmdlet(subject.name)?.metadata;
  const fn = rt.context.sessionState.lookupFunction(subject.name) as FunctionInfo | undefined;
  if (!fn?.scriptBlock) return undefined;
  return commandMetadataOfFunction(rt.context, fn.name, fn.scriptBlock);
}

/**
 * CommandInfo.Syntax: for a cmdlet or function each parameter set as `\n<Name> <set>\n` (a set without
 * parameters keeps the space after the name); an application's path.
 */
export function syntaxText(rt: CommandRuntime, subject: SyntaxSubject): string {
  if (subject.commandType === 'Application') return subject.path ?? subject.name;
  const metadata = metadataOf(rt, subject);
  if (!metadata) return '';
  return syntaxLines(metadata, subject.name)
    .map((line) => `\n${line === subject.name ? `${line} ` : line}\n`)
    .join('');
}

/**
 * GetCommandCommand.GetSyntaxObject: a command the user did not name (found through an alias or a wildcard) shows
 * as `<alias> (alias) -> <Name>` and its syntax under the alias's name. With a wildcard the alias is the first one
 * defined as that command (pwsh's quirk), else the command's own name.
 */
export function syntaxOutput(
  rt: CommandRuntime,
  subject: SyntaxSubject,
  requested: readonly string[],
  hasWildcard: boolean,
): string {
  const syntax = syntaxText(rt, subject);
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  if (requested.length === 0 || requested.some((n) => same(n, subject.name))) return syntax;
  let aliasName = hasWildcard ? subject.name : requested[0]!;
  const alias = aliasTable(rt, undefined).find(
    (a) => a.definition === subject.name && (hasWildcard || requested.some((n) => same(n, a.name))),
  );
  if (alias) aliasName = alias.name;
  if (subject.commandType === 'Application') return subject.path ?? subject.name;
  if (aliasName === subject.name) return syntax;
  return `${aliasName} (alias) -> ${subject.name}\n${syntax.split(subject.name).join(aliasName)}`;
}
