// `#requires` lines, as PowerShell's tokenizer reads them (GetScriptRequirements / HandleRequiresParameter): each line
// is re-read as the command `requires ...`; its parameters fill ScriptRequirements, and what PowerShell rejects is
// reported.
import type { ScriptRequirements } from '../ast/blocks.js';
import type { CommandAst, CommandElementAst, CommandParameterAst } from '../ast/commands.js';
import type { Ast } from '../ast/ast.js';
import type { ExpressionAst } from '../ast/expressions.js';
import type { ScannedToken } from '../tokenizer/tokenizer.js';
import { Parser } from './parser.js';
import { constantValue, notConstant, type Constant } from './constantValue.js';
import { requiredModuleError } from './moduleSpecification.js';

/**
 * Utils.StringToVersion: `.0` added to a bare major number, then .NET's Version.TryParse (2 to 4 parts, each an
 * Int32 >= 0, spaces around allowed); the version as Version.ToString writes it, or null.
 */
function toVersion(text: string): string | null {
  const s = text.includes('.') ? text : `${text}.0`;
  const parts = s.split('.');
  if (parts.length < 2 || parts.length > 4) return null;
  const numbers: number[] = [];
  for (const p of parts) {
    if (!/^\s*\+?\d+\s*$/.test(p)) return null;
    const n = Number(p.trim().replace('+', ''));
    if (n > 0x7fffffff) return null;
    numbers.push(n);
  }
  return numbers.join('.');
}

/** PSSnapInInfo.IsPSSnapinIdValid. */
const isSnapinId = (name: string): boolean => /^[A-Za-z0-9\-_.]+$/.test(name);

const prefixOf = (word: string, name: string): boolean => word.startsWith(name.toLowerCase());

/** What the lines set so far (script-wide), and the snap-in of the current line. */
interface State {
  shellId: string | null;
  version: string | null;
  editions: string[] | null;
  modules: string[];
  assemblies: string[];
  elevation: boolean;
  snapinName: string | null;
  snapinVersion: string | null;
}

/** The expression inside parentheses (`(@{ ... })`). */
function unwrap(ast: Ast): Ast {
  let at: Ast = ast;
  for (;;) {
    if (at.type === 'ParenExpressionAst') at = at.pipeline;
    else if (at.type === 'PipelineAst' && at.pipelineElements.length === 1)
      at = at.pipelineElements[0] as Ast;
    else if (at.type === 'CommandExpressionAst') at = at.expression;
    else return at;
  }
}

/** The items of an array argument: the elements of its array literal (constantValue reads them one to one). */
function itemAsts(ast: Ast): readonly Ast[] {
  const at = unwrap(ast);
  return at.type === 'ArrayLiteralAst' ? at.elements : [at];
}

/** A `-Modules` item as ScriptRequirements keeps it: a name or path, or a module specification hashtable's text. */
function moduleText(value: Constant, ast: Ast | undefined): string {
  if (typeof value === 'string') return value;
  return ast === undefined ? String(value) : unwrap(ast).extent.text;
}

function handleParameter(
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
    state.elevation = true;
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
    if (state.shellId !== null) alreadyBound('shellid');
    else if (typeof value !== 'string') invalidString('shellid');
    else state.shellId = value;
  } else if (prefixOf('pssnapin', name)) {
    if (typeof value !== 'string') invalidString('pssnapin');
    else if (state.snapinName !== null) alreadyBound('pssnapin');
    else if (!isSnapinId(value)) parser.reportError(argument.extent, 'InvalidPSSnapInName');
    else state.snapinName = value;
  } else if (prefixOf('psedition', name)) {
    if (state.editions !== null) {
      alreadyBound('psedition');
      return;
    }
    for (const edition of Array.isArray(value) ? value : [value]) {
      if (typeof edition !== 'string') {
        invalidString('psedition');
        continue;
      }
      const editions = (state.editions ??= []);
      const lower = edition.toLowerCase();
      if (lower !== 'core' && lower !== 'desktop')
        parser.reportError(argument.extent, 'RequiresPSEditionInvalid', 'psedition');
      if (editions.some((e) => e.toLowerCase() === lower))
        parser.reportError(argument.extent, 'RequiresPSEditionValueIsAlreadySpecified', 'psedition');
      else editions.push(edition);
    }
  } else if (prefixOf('version', name)) {
    const version = toVersion(typeof value === 'string' ? value : argument.extent.text);
    if (version === null) {
      parser.reportError(argument.extent, 'RequiresVersionInvalid');
      return;
    }
    // With -PSSnapin on the line, -Version is the snap-in's (which PowerShell 7.4 no longer keeps).
    if (snapinSpecified) {
      if (state.snapinVersion !== null) alreadyBound('version');
      else state.snapinVersion = version;
    } else if (state.version !== null && state.version !== version) alreadyBound('version');
    else state.version = version;
  } else if (prefixOf('assembly', name)) {
    for (const assembly of Array.isArray(value) ? value : [value]) {
      if (typeof assembly !== 'string') invalidString('assembly');
      else if (!state.assemblies.includes(assembly)) state.assemblies.push(assembly);
    }
  } else if (prefixOf('modules', name)) {
    const items = Array.isArray(value) ? value : [value];
    const asts = Array.isArray(value) ? itemAsts(argument) : [argument];
    for (let k = 0; k < items.length; k++) {
      const item = items[k] as Constant;
      const error = requiredModuleError(item);
      if (error !== null) {
        parser.reportError(argument.extent, 'RequiresModuleInvalid', error);
        return;
      }
      state.modules.push(moduleText(item, asts[k]));
    }
  } else {
    parser.reportError(parameter.extent, 'ScriptRequiresInvalidFormat');
  }
}

/**
 * Reads the script's `#requires` lines into its ScriptRequirements and reports what PowerShell rejects. Each line is
 * read as the command `requires ...` (a nested scan); the snap-in and its version are per line (and dropped, as
 * PowerShell 7.4 drops them), the rest holds across the lines.
 */
export function readRequirements(
  parser: Parser,
  requiresTokens: readonly ScannedToken[],
): ScriptRequirements {
  const state: State = {
    shellId: null,
    version: null,
    editions: null,
    modules: [],
    assemblies: [],
    elevation: false,
    snapinName: null,
    snapinVersion: null,
  };
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
      (e, i) => i > 0 && e.type === 'CommandParameterAst' && prefixOf('pssnapin', e.parameterName),
    );
    state.snapinName = null;
    state.snapinVersion = null;
    for (const index = { i: 1 }; index.i < elements.length; index.i++) {
      const element = elements[index.i] as CommandElementAst;
      if (element.type === 'CommandParameterAst')
        handleParameter(parser, element, elements, index, snapinSpecified, state);
      else parser.reportError(element.extent, 'ScriptRequiresInvalidFormat');
    }
  }
  return {
    requiredApplicationId: state.shellId,
    requiredPSVersion: state.version,
    requiredPSEditions: state.editions ?? [],
    requiredModules: state.modules,
    requiredAssemblies: state.assemblies,
    requiresElevation: state.elevation,
  };
}
