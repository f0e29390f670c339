// An advanced function's param block turned into CommandMetadata, so functions bind exactly like cmdlets.
import type {
  CommandMetadata,
  ConfirmImpact,
  ParameterMetadata,
  ParameterSetMetadata,
  ValidationAttribute,
} from '@exosh/cmdlet-binding';
import type { AttributeAst, ExpressionAst } from '@exosh/language';
import type { ExecutionContext } from '../execution-context.js';
import type { CompiledScriptBlock } from '../evaluator/compiled-script-block.js';
import { compileExpression } from '../evaluator/compile-expression.js';
import { enumerate, isTrue, toStr } from '../semantics/index.js';
import { isScriptBlockLike, type ScriptBlockLike } from '../../values/script-block-like.js';

export interface FunctionBindingInfo {
  readonly metadata: CommandMetadata;
  /** `[ValidateScript({...})]` blocks by the id the binder passes back. */
  readonly validateScripts: ReadonlyMap<string, ScriptBlockLike>;
}

const cache = new WeakMap<CompiledScriptBlock, FunctionBindingInfo>();

function attrName(a: AttributeAst): string {
  return a.typeName.name
    .replace(/^System\.Management\.Automation\./i, '')
    .replace(/Attribute$/i, '')
    .toLowerCase();
}

function value(ctx: ExecutionContext, e: ExpressionAst): unknown {
  return compileExpression(e)(ctx);
}

function list(ctx: ExecutionContext, exprs: readonly ExpressionAst[]): unknown[] {
  return exprs.flatMap((e) => {
    const v = value(ctx, e);
    return [...(enumerate(v) ?? [v])];
  });
}

function named(ctx: ExecutionContext, a: AttributeAst, name: string): unknown {
  const arg = a.namedArguments.find((n) => n.argumentName.toLowerCase() === name.toLowerCase());
  return arg ? value(ctx, arg.argument) : undefined;
}

/** `ErrorMessage = "..."` on a validation attribute: the message's `{0}` is the value, `{1}` the rule. */
function errorMessageOf(ctx: ExecutionContext, a: AttributeAst): { errorMessage?: string } {
  const message = named(ctx, a, 'ErrorMessage');
  return message === undefined || message === null ? {} : { errorMessage: toStr(ctx, message) };
}

/** PowerShell type names as a param block writes them, in the binder's spelling. */
function typeNameOf(name: string | undefined): string {
  if (!name) return 'object';
  const n = name.replace(/^System\./i, '');
  if (/^(System\.Management\.Automation\.)?SwitchParameter$/i.test(name)) return 'switch';
  return n;
}

export function functionBindingInfo(
  ctx: ExecutionContext,
  name: string,
  compiled: CompiledScriptBlock,
): FunctionBindingInfo {
  const cached = cache.get(compiled);
  if (cached) return cached;
  const validateScripts = new Map<string, ScriptBlockLike>();
  const parameters: ParameterMetadata[] = compiled.parameters.map((p) => {
    const sets: Record<string, ParameterSetMetadata> = {};
    const aliases: string[] = [];
    const validation: ValidationAttribute[] = [];
    let allowNull = false;
    let allowEmptyString = false;
    let allowEmptyCollection = false;
    for (const a of p.ast.attributes) {
      if (a.type !== 'AttributeAst') continue;
      const n = attrName(a);
      const pos = a.positionalArguments;
      switch (n) {
        case 'parameter': {
          const setName = named(ctx, a, 'ParameterSetName');
          const position = named(ctx, a, 'Position');
          const helpMessage = named(ctx, a, 'HelpMessage');
          const flag = (k: string) => {
            const v = named(ctx, a, k);
            return v === undefined ? undefined : isTrue(v);
          };
          const record: ParameterSetMetadata = {
            ...(flag('Mandatory') ? { mandatory: true } : {}),
            ...(position !== undefined ? { position: Number(position) } : {}),
            ...(flag('ValueFromPipeline') ? { valueFromPipeline: true } : {}),
            ...(flag('ValueFromPipelineByPropertyName') ? { valueFromPipelineByPropertyName: true } : {}),
            ...(flag('ValueFromRemainingArguments') ? { valueFromRemainingArguments: true } : {}),
            ...(helpMessage !== undefined ? { helpMessage: toStr(ctx, helpMessage) } : {}),
          };
          sets[setName === undefined ? '__AllParameterSets' : toStr(ctx, setName)] = record;
          break;
        }
        case 'alias':
          aliases.push(...list(ctx, pos).map((v) => toStr(ctx, v)));
          break;
        case 'validateset':
          validation.push({
            kind: 'ValidateSet',
            values: list(ctx, pos).map((v) => toStr(ctx, v)),
            ignoreCase:
              named(ctx, a, 'IgnoreCase') === undefined ? true : isTrue(named(ctx, a, 'IgnoreCase')),
            ...errorMessageOf(ctx, a),
          });
          break;
        case 'validaterange': {
          const [min, max] = list(ctx, pos);
          if (pos.length === 1 && typeof min === 'object') {
            validation.push({ kind: 'ValidateRange', rangeKind: toStr(ctx, min) as 'Positive' });
          } else if (pos.length === 1 && typeof min === 'string') {
            validation.push({ kind: 'ValidateRange', rangeKind: min as 'Positive' });
          } else {
            validation.push({ kind: 'ValidateRange', min: Number(min), max: Number(max) });
          }
          break;
        }
        case 'validatepattern':
          validation.push({
            kind: 'ValidatePattern',
            pattern: toStr(ctx, list(ctx, pos)[0]),
            ...errorMessageOf(ctx, a),
          });
          break;
        case 'validatelength': {
          const [min, max] = list(ctx, pos);
          validation.push({ kind: 'ValidateLength', min: Number(min), max: Number(max) });
          break;
        }
        case 'validatecount': {
          const [min, max] = list(ctx, pos);
          validation.push({ kind: 'ValidateCount', min: Number(min), max: Number(max) });
          break;
        }
        case 'validatenotnull':
          validation.push({ kind: 'ValidateNotNull' });
          break;
        case 'validatenotnullorempty':
          validation.push({ kind: 'ValidateNotNullOrEmpty' });
          break;
        case 'validatescript': {
          const block = list(ctx, pos)[0];
          if (isScriptBlockLike(block)) {
            const id = `${p.name}:${validateScripts.size}`;
            validateScripts.set(id, block);
            validation.push({
              kind: 'ValidateScript',
              id,
              scriptText: block.toString(),
              ...errorMessageOf(ctx, a),
            });
          }
          break;
        }
        case 'allownull':
          allowNull = true;
          break;
        case 'allowemptystring':
          allowEmptyString = true;
          break;
        case 'allowemptycollection':
          allowEmptyCollection = true;
          break;
        default:
          break;
      }
    }
    return {
      name: p.name,
      type: typeNameOf(p.typeName),
      ...(aliases.length ? { aliases } : {}),
      ...(Object.keys(sets).length ? { parameterSets: sets } : {}),
      ...(validation.length ? { validation } : {}),
      ...(allowNull ? { allowNull } : {}),
      ...(allowEmptyString ? { allowEmptyString } : {}),
      ...(allowEmptyCollection ? { allowEmptyCollection } : {}),
    };
  });
  const cb = compiled.cmdletBinding;
  const cbValue = (k: string) => (cb ? named(ctx, cb, k) : undefined);
  const defaultSet = cbValue('DefaultParameterSetName');
  const confirmImpact = cbValue('ConfirmImpact');
  const positionalBinding = cbValue('PositionalBinding');
  const metadata: CommandMetadata = {
    name,
    commandType: 'Function',
    // Simple functions bind without common parameters, sets or mandatory checks; extras go to $args.
    cmdletBinding: compiled.isAdvanced,
    ...(defaultSet !== undefined ? { defaultParameterSetName: toStr(ctx, defaultSet) } : {}),
    ...(cbValue('SupportsShouldProcess') !== undefined && isTrue(cbValue('SupportsShouldProcess'))
      ? { supportsShouldProcess: true }
      : {}),
    ...(confirmImpact !== undefined ? { confirmImpact: toStr(ctx, confirmImpact) as ConfirmImpact } : {}),
    ...(positionalBinding !== undefined ? { positionalBinding: isTrue(positionalBinding) } : {}),
    parameters,
  };
  const info = { metadata, validateScripts };
  cache.set(compiled, info);
  return info;
}
