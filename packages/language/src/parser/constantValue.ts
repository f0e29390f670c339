// The constant value of an argument, as PowerShell's IsConstantValueVisitor (forRequires) sees it.
import type { Ast } from '../ast/ast.js';

/** A constant: what PowerShell's IsConstantValueVisitor accepts, as a value (a hashtable keeps its entries in order). */
export type Constant =
  | string
  | number
  | bigint
  | boolean
  | null
  | Constant[]
  | { readonly hashtable: readonly (readonly [Constant, Constant])[] };
export const notConstant = Symbol('notConstant');

/**
 * The value PowerShell's IsConstantValueVisitor (forRequires) finds: strings, numbers, `$true`/`$false`/`$null`,
 * arrays and parentheses of constants, hashtables of constant keys and values; `notConstant` otherwise.
 */
export function constantValue(ast: Ast): Constant | typeof notConstant {
  switch (ast.type) {
    case 'StringConstantExpressionAst':
      return ast.value;
    case 'ConstantExpressionAst':
      return ast.value as number | bigint;
    case 'VariableExpressionAst': {
      const name = ast.variablePath.userPath.toLowerCase();
      if (name === 'true') return true;
      if (name === 'false') return false;
      if (name === 'null') return null;
      return notConstant;
    }
    case 'ArrayLiteralAst': {
      const values: Constant[] = [];
      for (const e of ast.elements) {
        const v = constantValue(e);
        if (v === notConstant) return notConstant;
        values.push(v);
      }
      return values;
    }
    case 'HashtableAst': {
      const entries: (readonly [Constant, Constant])[] = [];
      for (const [key, value] of ast.keyValuePairs) {
        const k = constantValue(key);
        const v = constantValue(value);
        if (k === notConstant || v === notConstant) return notConstant;
        entries.push([k, v]);
      }
      return { hashtable: entries };
    }
    case 'ParenExpressionAst':
    case 'PipelineAst':
    case 'CommandExpressionAst': {
      const inner =
        ast.type === 'ParenExpressionAst'
          ? ast.pipeline
          : ast.type === 'PipelineAst'
            ? ast.pipelineElements.length === 1
              ? ast.pipelineElements[0]
              : undefined
            : ast.redirections.length === 0
              ? ast.expression
              : undefined;
      return inner === undefined ? notConstant : constantValue(inner);
    }
    default:
      return notConstant;
  }
}
