// PowerShell data files (.psd1): one hashtable in the restricted language (constants, strings, arrays, nested
// hashtables, $true/$false/$null), read without running commands, as Import-PowerShellDataFile and module manifests do.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { childrenOf, parse, type Ast } from '@exosh/language';
import type { ExecutionContext } from '../../engine/execution-context.js';
import { invokeScriptBlock } from '../../engine/invocation/invoke-script-block.js';
import { ScriptBlock } from '../../engine/script-block.js';
import { ErrorRecord } from '../../errors/error-record.js';
import { PSHashtable } from '../../values/ps-hashtable.js';

const allowedNodes = new Set([
  'ScriptBlockAst',
  'NamedBlockAst',
  'StatementBlockAst',
  'PipelineAst',
  'CommandExpressionAst',
  'HashtableAst',
  'ArrayLiteralAst',
  'ArrayExpressionAst',
  'ParenExpressionAst',
  'SubExpressionAst',
  'StringConstantExpressionAst',
  'ConstantExpressionAst',
  'UnaryExpressionAst',
]);

/** Variables a manifest may read (pwsh's module manifest restricted language); a plain data file only the constants. */
const constants = new Set(['true', 'false', 'null']);
const manifestVariables = new Set([...constants, 'psscriptroot', 'psedition', 'enabledexperimentalfeatures']);

/** Why a data file cannot be read: pwsh's error id, message and category. */
export class DataFileError extends Error {
  constructor(
    readonly errorId: string,
    message: string,
    readonly category: 'InvalidData' | 'InvalidArgument' | 'NotSpecified',
    readonly exceptionType = 'System.InvalidOperationException',
  ) {
    super(message);
  }

  record(implementingType: string, targetObject: unknown): ErrorRecord {
    return new ErrorRecord({
      message: this.message,
      errorId: this.errorId,
      category: this.category,
      exceptionType: this.exceptionType,
      targetObject,
      implementingType,
    });
  }
}

/** Types a conversion may name (pwsh's IsSafePrimitive: the primitives, string, decimal). */
const safeConversions =
  /^(system\.)?(int|int16|int32|int64|long|short|byte|sbyte|uint16|uint32|uint64|ushort|uint|ulong|char|bool|boolean|double|float|single|decimal|string)$/i;

/** The first node outside the restricted language (pwsh's IsSafeValueVisitor), or undefined. */
function firstDynamic(ast: Ast, variables: ReadonlySet<string>, keyLimit: number): Ast | undefined {
  // A script block is kept as a value, never run.
  if (ast.type === 'ScriptBlockExpressionAst') return undefined;
  if (ast.type === 'HashtableAst' && ast.keyValuePairs.length > keyLimit) return ast;
  if (ast.type === 'ConvertExpressionAst') {
    if (!safeConversions.test(ast.attribute.typeName.fullName)) return ast;
    return firstDynamic(ast.child, variables, keyLimit);
  }
  if (ast.type === 'VariableExpressionAst') {
    return variables.has(ast.variablePath.userPath.toLowerCase()) ? undefined : ast;
  }
  if (ast.type === 'ExpandableStringExpressionAst') {
    for (const nested of ast.nestedExpressions) {
      const bad = firstDynamic(nested, variables, keyLimit);
      if (bad) return bad;
    }
    return undefined;
  }
  if (!allowedNodes.has(ast.type)) return ast;
  for (const child of childrenOf(ast)) {
    const bad = firstDynamic(child, variables, keyLimit);
    if (bad) return bad;
  }
  return undefined;
}

function findHashtable(ast: Ast): Ast | undefined {
  if (ast.type === 'HashtableAst') return ast;
  for (const child of childrenOf(ast)) {
    const found = findHashtable(child);
    if (found) return found;
  }
  return undefined;
}

export interface DataFileOptions {
  /** A module manifest: $PSScriptRoot, $PSEdition and $EnabledExperimentalFeatures may be read. */
  readonly manifest?: boolean;
  /** SafeGetValue's 500 keys per hashtable (Import-PowerShellDataFile -SkipLimitCheck lifts it). */
  readonly keyLimit?: number;
}

/** Reads the file's first hashtable; throws DataFileError. */
export function readDataFile(
  ctx: ExecutionContext,
  file: string,
  options: DataFileOptions = {},
): PSHashtable {
  if (!existsSync(file) || statSync(file).isDirectory())
    throw new DataFileError(
      'PathNotFound',
      `Cannot find path '${file}' because it does not exist.`,
      'InvalidArgument',
      'System.ArgumentException',
    );
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const result = parse(text, { fileName: file });
  const couldNot = `The file '${file}' could not be parsed as a PowerShell Data File.`;
  if (result.errors.length > 0)
    throw new DataFileError('CouldNotParseAsPowerShellDataFile', couldNot, 'InvalidData');
  const table = findHashtable(result.ast);
  if (!table || table.type !== 'HashtableAst')
    throw new DataFileError('CouldNotParseAsPowerShellDataFileNoHashtableRoot', couldNot, 'InvalidData');
  // SafeGetValue reports the whole hashtable as the dynamic expression, whatever part of it is not allowed.
  if (firstDynamic(table, options.manifest ? manifestVariables : constants, options.keyLimit ?? Infinity))
    throw new DataFileError(
      'System.InvalidOperationException',
      `Cannot generate a PowerShell object for a ScriptBlock evaluating dynamic expressions. Dynamic expression: ${table.extent.text}.`,
      'NotSpecified',
    );
  // Only constants remain: evaluating the hashtable's own text gives its value.
  const block = parse(table.extent.text, { fileName: file }).ast;
  const variables = options.manifest
    ? { PSScriptRoot: file.replace(/[\\/][^\\/]*$/, ''), PSEdition: 'Core' }
    : undefined;
  const out = invokeScriptBlock(ctx, new ScriptBlock(block, ctx), variables ? { variables } : {});
  const value = out[0];
  if (!(value instanceof PSHashtable))
    throw new DataFileError('CouldNotParseAsPowerShellDataFileNoHashtableRoot', couldNot, 'InvalidData');
  return value;
}
