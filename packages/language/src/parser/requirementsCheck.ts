// The errors PowerShell's tokenizer reports for `#requires` lines (GetScriptRequirements / HandleRequiresParameter).
import type { CommandAst, CommandElementAst, CommandParameterAst } from '../ast/commands.js';
import type { ExpressionAst } from '../ast/expressions.js';
import type { ScannedToken } from '../tokenizer/tokenizer.js';
import { Parser } from './parser.js';
import { constantValue, notConstant } from './constantValue.js';
import { requiredModuleError } from './moduleSpecification.js';

/** .NET's Version.TryParse after PowerShell's Utils.StringToVersion adds `.0` to a bare major number. */
function isVersion(text: string): boolean {
  const s = text.includes('.') ? text : `${text}.0`;
  const parts = s.trim().split('.');
  return (
    parts.length >= 2 &&
    parts.length <= 4 &&
    parts.every((p) => /^\s*\+?\d+\s*$/.test(p) && Number(p.trim().replace('+', '')) <= 0x7fffffff)
  );
}

const prefixOf = (word: string, name: string): boolean => word.startsWith(name.toLowerCase());

interface State {
  shellId: boolean;
  snapin: boolean;
  snapinVersion: boolean;
  version: string | null;
  editions: string[] | null;
}

function checkParameter(
  parser: Parser,
  parameter: CommandParameterAst,
  elements: readonly CommandElementAst[],
  index: { i: number },
  snapinSpecified: boolean,
  state: State,
): void {
  let argument: ExpressionAst | null = parameter.argument;
  if (argument === null && index.i + 1 < elements.length) argument = elements[++index.i] as ExpressionAst;
  const name = parameter.parameterName;
  if (prefixOf('runasadministrator', name)) {
    if (argument !== null) parser.reportError(parameter.extent, 'ParameterCannotHaveArgument', name);
    return;
  }
  if (argument === null) {
    parser.reportError(parameter.extent, 'ParameterRequiresArgument', name);
    return;
  }
  const value = constantValue(argument);
  if (value === notConstant) {
    parser.reportError(argument.extent, 'RequiresArgumentMustBeConstant');
    return;
  }
  const alreadyBound = (token: string): void =>
    parser.reportError(parameter.extent, 'ParameterAlreadyBound', '', token);
  const invalidString = (token: string): void =>
    parser.reportError(argument.extent, 'RequiresInvalidStringArgument', token);
  if (prefixOf('shellid', name)) {
    if (state.shellId) alreadyBound('shellid');
    else if (typeof value !== 'string') invalidString('shellid');
    else state.shellId = true;
  } else if (prefixOf('pssnapin', name)) {
    if (typeof value !== 'string') invalidString('pssnapin');
    else if (state.snapin) alreadyBound('pssnapin');
    else state.snapin = true;
  } else if (prefixOf('psedition', name)) {
    if (state.editions !== null) {
      alreadyBound('psedition');
      return;
    }
    const editions: string[] = (state.editions = []);
    for (const edition of Array.isArray(value) ? value : [value]) {
      if (typeof edition !== 'string') {
        invalidString('psedition');
        continue;
      }
      const lower = edition.toLowerCase();
      if (lower !== 'core' && lower !== 'desktop')
        parser.reportError(argument.extent, 'RequiresPSEditionInvalid', 'psedition');
      if (editions.includes(lower))
        parser.reportError(argument.extent, 'RequiresPSEditionValueIsAlreadySpecified', 'psedition');
      else editions.push(lower);
    }
  } else if (prefixOf('version', name)) {
    const text = typeof value === 'string' ? value : argument.extent.text;
    if (!isVersion(text)) {
      parser.reportError(argument.extent, 'RequiresVersionInvalid');
      return;
    }
    if (snapinSpecified) {
      if (state.snapinVersion) alreadyBound('version');
      state.snapinVersion = true;
    } else {
      const normal = (text.includes('.') ? text : `${text}.0`).replace(/\s/g, '');
      if (state.version !== null && state.version !== normal) alreadyBound('version');
      else state.version = normal;
    }
  } else if (prefixOf('assembly', name)) {
    for (const assembly of Array.isArray(value) ? value : [value]) {
      if (typeof assembly !== 'string') invalidString('assembly');
    }
  } else if (prefixOf('modules', name)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      const error = requiredModuleError(item);
      if (error !== null) {
        parser.reportError(argument.extent, 'RequiresModuleInvalid', error);
        return;
      }
    }
  } else {
    parser.reportError(parameter.extent, 'ScriptRequiresInvalidFormat');
  }
}

/** Reads each `#requires` line as the command `requires ...` (a nested scan) and reports what PowerShell rejects. */
export function checkRequirements(parser: Parser, requiresTokens: readonly ScannedToken[]): void {
  const state: State = { shellId: false, snapin: false, snapinVersion: false, version: null, editions: null };
  for (const token of requiresTokens) {
    const nested = new Parser(parser.source);
    nested.tokenizer.end = token.endOffset;
    nested.resync(token.startOffset + 1);
    let command: CommandAst | null;
    try {
      command = nested.commandRule();
    } catch {
      command = null;
    }
    for (const e of nested.errors) parser.saveError(e.extent, e.errorId, e.incompleteInput, [], e.message);
    if (command === null) continue;
    const first = command.commandElements[0];
    if (first?.type !== 'StringConstantExpressionAst' || first.value.toLowerCase() !== 'requires')
      parser.reportError(command.extent, 'ScriptRequiresInvalidFormat');
    const elements = command.commandElements;
    const snapinSpecified = elements.some(
      (e) => e.type === 'CommandParameterAst' && prefixOf('pssnapin', e.parameterName.toLowerCase()),
    );
    // The snap-in and its version are per line; the rest holds across the script's #requires lines.
    state.snapin = false;
    state.snapinVersion = false;
    for (const index = { i: 1 }; index.i < elements.length; index.i++) {
      const element = elements[index.i] as CommandElementAst;
      if (element.type === 'CommandParameterAst')
        checkParameter(parser, element, elements, index, snapinSpecified, state);
      else parser.reportError(element.extent, 'ScriptRequiresInvalidFormat');
    }
  }
}
