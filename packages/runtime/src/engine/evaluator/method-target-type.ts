// `([object]$x).ToString()`: a cast in front of a method call picks the type whose method runs (non-virtually).
import type { ExpressionAst, ITypeName } from '@exosh/language';
import { PSObject } from '../../values/ps-object.js';
import { typeNameOf } from '../../values/type-names.js';

/** Compiler.GetTypeConstraintForMethodResolution: the outermost cast, under any parentheses. */
export function methodTargetTypeName(expr: ExpressionAst): ITypeName | undefined {
  let e: ExpressionAst = expr;
  while (e.type === 'ParenExpressionAst') {
    const p = e.pipeline;
    const only =
      p.type === 'PipelineAst' && p.pipelineElements.length === 1 ? p.pipelineElements[0] : undefined;
    if (only?.type !== 'CommandExpressionAst' || only.redirections.length > 0) return undefined;
    e = only.expression;
  }
  return e.type === 'ConvertExpressionAst' ? e.attribute.typeName : undefined;
}

export function isSystemObject(typeName: ITypeName): boolean {
  return /^(system\.)?object$/i.test(typeName.fullName);
}

const NOT_OBJECT_METHOD: unique symbol = Symbol('notObjectMethod');

/**
 * System.Object's own ToString/Equals, as a call constrained to [object] runs them: the type's full name, and
 * reference equality (a value-type or string operand is a separate boxed object, so never equal).
 * NOT_OBJECT_METHOD for other methods, which run as usual.
 */
export function invokeObjectMethod(target: unknown, name: string, args: readonly unknown[]): unknown {
  const lower = name.toLowerCase();
  if (lower === 'tostring' && args.length === 0) {
    return typeNameOf(target instanceof PSObject && !target.isCustomObject ? target.baseObject : target);
  }
  if (lower === 'equals' && args.length === 1) {
    return typeof target === 'object' && target !== null && target === args[0];
  }
  return NOT_OBJECT_METHOD;
}

invokeObjectMethod.notHandled = NOT_OBJECT_METHOD;
