// Compiles expressions to closures: constants, strings, variables, operators, members, indexes, literals.
import type {
  BinaryExpressionAst,
  ConvertExpressionAst,
  ExpandableStringExpressionAst,
  ExpressionAst,
  HashtableAst,
  IndexExpressionAst,
  InvokeMemberExpressionAst,
  MemberExpressionAst,
  TernaryExpressionAst,
  UnaryExpressionAst,
  ConstantExpressionAst,
} from '@exosh/language';
import { TokenKind, type Extent } from '@exosh/language';
import { FlowControlSignal, ReturnSignal } from '../flow/flow-control.js';
import { PSHashtable } from '../../values/ps-hashtable.js';
import { PSDecimal } from '../../values/ps-decimal.js';
import { int64Value } from '../../values/ps-int64.js';
import { uint32Value, uint64Value } from '../../values/ps-unsigned.js';
import { doubleValue } from '../../values/ps-double.js';
import { CollectingPipe } from '../pipeline/pipe.js';
import {
  binary,
  convertTo,
  getIndex,
  getMember,
  getMemberStrict,
  getStaticMember,
  invokeMethod,
  invokeStaticMethod,
  isTrue,
  toStr,
  typeValue,
  unary,
} from '../semantics/index.js';
import { ScriptBlock } from '../script-block.js';
import type { Eval } from './compiled-script-block.js';
import { compilePipelineValue } from './compile-pipeline.js';
import { compileStatementBlock, compileStatement } from './compile-statements.js';
import { collapse } from './output.js';
import { compileVariableRead, variableFor } from './variables.js';
import { isReferenceLike, makeReference, PSReference, type ReferenceCell } from '../../types/reference.js';
import type { PSVariable } from '../session-state/ps-variable.js';
import { asRuntimeException, runtimeError } from './errors.js';
import { compileIncrement } from './compile-assignment.js';
import { invokeMagicMethod, isMagicMethod } from './magic-methods.js';
import { invokeObjectMethod, isSystemObject, methodTargetTypeName } from './method-target-type.js';

/** A literal's value under the values contract (the number kinds of the tokenizer; strings as they are). */
export function constantValue(ast: ConstantExpressionAst): unknown {
  if (ast.numberKind === 'Decimal')
    return (
      PSDecimal.tryParse(ast.decimalText ?? String(ast.value)) ?? PSDecimal.fromNumber(Number(ast.value))
    );
  // `1L` and longs beyond 2^53 are System.Int64 (a plain number past Int32 already reports Int64).
  if (ast.numberKind === 'Int64') return int64Value(BigInt(ast.value));
  if (ast.numberKind === 'UInt32') return uint32Value(BigInt(ast.value));
  if (ast.numberKind === 'UInt64') return uint64Value(BigInt(ast.value));
  const v = typeof ast.value === 'bigint' ? Number(ast.value) : ast.value;
  // `2.0`, `1e3`: a real literal is a Double even when whole.
  if (ast.numberKind === 'Double' && typeof v === 'number') return doubleValue(v);
  return v;
}

function compileConstant(ast: ConstantExpressionAst): Eval {
  const v = constantValue(ast);
  return () => v;
}

function compileExpandable(ast: ExpandableStringExpressionAst): Eval {
  const parts = ast.literalParts;
  const nested = ast.nestedExpressions.map(compileExpression);
  if (nested.length === 0) {
    const text = parts.join('');
    return () => text;
  }
  return (ctx) => {
    let s = parts[0] as string;
    for (let i = 0; i < nested.length; i++)
      s += toStr(ctx, (nested[i] as Eval)(ctx)) + (parts[i + 1] as string);
    return s;
  };
}

/** Hashtable values are statements: each is run and its output collapsed, as PowerShell does. */
function compileHashtableEntries(ast: HashtableAst) {
  return ast.keyValuePairs.map(([k, v]) => {
    const key = compileExpression(k);
    const value =
      v.type === 'PipelineAst' ||
      v.type === 'PipelineChainAst' ||
      v.type === 'AssignmentStatementAst' ||
      v.type === 'ErrorStatementAst'
        ? compilePipelineValue(v)
        : ((s) => (ctx: Parameters<Eval>[0]) => {
            const pipe = new CollectingPipe();
            s(ctx, pipe);
            return collapse(pipe.items);
          })(compileStatement(v));
    return [key, value] as const;
  });
}

function compileHashtable(ast: HashtableAst, ordered: boolean): Eval {
  const entries = compileHashtableEntries(ast);
  return (ctx) => {
    const table = new PSHashtable({ ordered });
    for (const [k, v] of entries) table.add(k(ctx), v(ctx));
    return table;
  };
}

function compileBinary(ast: BinaryExpressionAst): Eval {
  const left = compileExpression(ast.left);
  const right = compileExpression(ast.right);
  const op = ast.operator;
  switch (op) {
    case TokenKind.And:
      return (ctx) => isTrue(left(ctx)) && isTrue(right(ctx));
    case TokenKind.Or:
      return (ctx) => isTrue(left(ctx)) || isTrue(right(ctx));
    case TokenKind.Xor:
      return (ctx) => isTrue(left(ctx)) !== isTrue(right(ctx));
    case TokenKind.QuestionQuestion:
      return (ctx) => {
        const l = left(ctx);
        return l === null || l === undefined ? right(ctx) : l;
      };
    default: {
      const extent = ast.errorPosition;
      return (ctx) => {
        try {
          return binary(ctx, op, left(ctx), right(ctx));
        } catch (err) {
          throw withPosition(err, extent);
        }
      };
    }
  }
}

function compileUnary(ast: UnaryExpressionAst): Eval {
  const kind = ast.tokenKind;
  if (
    kind === TokenKind.PlusPlus ||
    kind === TokenKind.MinusMinus ||
    kind === TokenKind.PostfixPlusPlus ||
    kind === TokenKind.PostfixMinusMinus
  ) {
    return compileIncrement(ast);
  }
  const child = compileExpression(ast.child);
  switch (kind) {
    case TokenKind.Not:
    case TokenKind.Exclaim:
      return (ctx) => !isTrue(child(ctx));
    case TokenKind.Comma:
      return (ctx) => [child(ctx)];
    default:
      return (ctx) => unary(ctx, kind, child(ctx));
  }
}

function compileTernary(ast: TernaryExpressionAst): Eval {
  const cond = compileExpression(ast.condition);
  const a = compileExpression(ast.ifTrue);
  const b = compileExpression(ast.ifFalse);
  return (ctx) => (isTrue(cond(ctx)) ? a(ctx) : b(ctx));
}

/** `[ref]$n` is a reference to the variable; `[ref]<expr>` to its value (a reference stays itself). */
function compileReference(ast: ConvertExpressionAst): Eval {
  const child = ast.child;
  if (child.type === 'VariableExpressionAst' && !child.variablePath.isDriveQualified) {
    const path = child.variablePath;
    return (ctx) => new PSReference(constrainedCell(variableFor(ctx, path)));
  }
  const value = compileExpression(child);
  return (ctx) => {
    const v = value(ctx);
    return isReferenceLike(v) ? v : makeReference(v);
  };
}

/** A constrained variable (`[int]$n`) converts what is written through a reference to it, too. */
function constrainedCell(variable: PSVariable): ReferenceCell {
  const convert = variable.typeConstraint;
  if (!convert) return variable;
  return {
    get value() {
      return variable.value;
    },
    set value(v: unknown) {
      variable.value = convert(v);
    },
  };
}

function compileConvert(ast: ConvertExpressionAst): Eval {
  const typeName = ast.attribute.typeName.fullName;
  const lower = typeName.toLowerCase();
  if (
    ast.child.type === 'HashtableAst' &&
    (lower === 'ordered' || lower === 'system.collections.specialized.ordereddictionary')
  ) {
    return compileHashtable(ast.child, true);
  }
  if (
    ast.child.type === 'HashtableAst' &&
    (lower === 'pscustomobject' || lower === 'system.management.automation.pscustomobject')
  ) {
    // Through LanguagePrimitives, so a PSTypeName key becomes the object's type name.
    const table = compileHashtable(ast.child, true);
    return (ctx) => convertTo(ctx, table(ctx), 'System.Management.Automation.PSCustomObject');
  }
  if (lower === 'ref' || lower === 'system.management.automation.psreference') return compileReference(ast);
  const child = compileExpression(ast.child);
  if (lower === 'void' || lower === 'system.void') {
    return (ctx) => {
      child(ctx);
      return undefined;
    };
  }
  const extent = ast.extent;
  return (ctx) => {
    try {
      return convertTo(ctx, child(ctx), typeName);
    } catch (err) {
      throw withPosition(err, extent);
    }
  };
}

function memberName(ast: ExpressionAst): Eval {
  if (ast.type === 'StringConstantExpressionAst') {
    const name = ast.value;
    return () => name;
  }
  const e = compileExpression(ast);
  return (ctx) => toStr(ctx, e(ctx));
}

function compileMember(ast: MemberExpressionAst): Eval {
  const name = memberName(ast.member);
  if (ast.static && ast.expression.type === 'TypeExpressionAst') {
    const typeName = ast.expression.typeName;
    return (ctx) => getStaticMember(ctx, typeName, name(ctx) as string);
  }
  const target = compileExpression(ast.expression);
  const nullConditional = ast.nullConditional;
  if (ast.static) {
    return (ctx) => getStaticMember(ctx, target(ctx), name(ctx) as string);
  }
  return (ctx) => {
    const t = target(ctx);
    if (nullConditional && (t === null || t === undefined)) return null;
    const n = name(ctx) as string;
    return getMemberStrict(ctx, t, n, getMember(ctx, t, n));
  };
}

function compileInvokeMember(ast: InvokeMemberExpressionAst): Eval {
  const name = memberName(ast.member);
  const args = ast.arguments.map(compileExpression);
  const extent = ast.extent;
  const evalArgs = (ctx: Parameters<Eval>[0]) => args.map((a) => a(ctx));
  if (ast.static) {
    const typeTarget = ast.expression.type === 'TypeExpressionAst' ? ast.expression.typeName : undefined;
    const target = typeTarget ? undefined : compileExpression(ast.expression);
    return (ctx) => {
      try {
        return invokeStaticMethod(
          ctx,
          typeTarget ?? (target as Eval)(ctx),
          name(ctx) as string,
          evalArgs(ctx),
        );
      } catch (err) {
        throw withPosition(err, extent);
      }
    };
  }
  const target = compileExpression(ast.expression);
  const nullConditional = ast.nullConditional;
  const cast = methodTargetTypeName(ast.expression);
  const castToObject = cast !== undefined && isSystemObject(cast);
  return (ctx) => {
    const t = target(ctx);
    const n = name(ctx) as string;
    if (t === null || t === undefined) {
      if (nullConditional) return null;
      throw runtimeError('InvokeMethodOnNull', extent);
    }
    try {
      if (castToObject) {
        const values = evalArgs(ctx);
        const r = invokeObjectMethod(t, n, values);
        if (r !== invokeObjectMethod.notHandled) return r;
        return isMagicMethod(t, n) ? invokeMagicMethod(ctx, t, n, values) : invokeMethod(ctx, t, n, values);
      }
      if (isMagicMethod(t, n)) return invokeMagicMethod(ctx, t, n, evalArgs(ctx));
      return invokeMethod(ctx, t, n, evalArgs(ctx));
    } catch (err) {
      throw withPosition(err, extent);
    }
  };
}

function compileIndex(ast: IndexExpressionAst): Eval {
  const target = compileExpression(ast.target);
  const index = compileExpression(ast.index);
  const nullConditional = ast.nullConditional;
  const extent = ast.extent;
  return (ctx) => {
    const t = target(ctx);
    if (t === null || t === undefined) {
      if (nullConditional) return null;
      throw runtimeError('NullArray', extent);
    }
    try {
      return getIndex(ctx, t, index(ctx));
    } catch (err) {
      throw withPosition(err, extent);
    }
  };
}

export function compileExpression(ast: ExpressionAst): Eval {
  switch (ast.type) {
    case 'ConstantExpressionAst':
      return compileConstant(ast);
    case 'StringConstantExpressionAst': {
      const v = ast.value;
      return () => v;
    }
    case 'ExpandableStringExpressionAst':
      return compileExpandable(ast);
    case 'VariableExpressionAst':
      return compileVariableRead(ast);
    case 'ArrayLiteralAst': {
      const elements = ast.elements.map(compileExpression);
      return (ctx) => elements.map((e) => e(ctx));
    }
    case 'ArrayExpressionAst': {
      const body = compileStatementBlock(ast.subExpression);
      return (ctx) => {
        const pipe = new CollectingPipe();
        body(ctx, pipe);
        return pipe.items;
      };
    }
    case 'SubExpressionAst': {
      const body = compileStatementBlock(ast.subExpression);
      return (ctx) => {
        const pipe = new CollectingPipe();
        try {
          body(ctx, pipe);
        } catch (err) {
          if (err instanceof ReturnSignal) throw err.collected(pipe.items);
          throw err;
        }
        return collapse(pipe.items);
      };
    }
    case 'ParenExpressionAst':
      return compilePipelineValue(ast.pipeline);
    case 'HashtableAst':
      return compileHashtable(ast, false);
    case 'ScriptBlockExpressionAst': {
      const block = ast.scriptBlock;
      return (ctx) => new ScriptBlock(block, ctx);
    }
    case 'BinaryExpressionAst':
      return compileBinary(ast);
    case 'UnaryExpressionAst':
      return compileUnary(ast);
    case 'TernaryExpressionAst':
      return compileTernary(ast);
    case 'ConvertExpressionAst':
      return compileConvert(ast);
    case 'AttributedExpressionAst':
      return compileExpression(ast.child);
    case 'MemberExpressionAst':
      return compileMember(ast);
    case 'InvokeMemberExpressionAst':
      return compileInvokeMember(ast);
    case 'IndexExpressionAst':
      return compileIndex(ast);
    case 'TypeExpressionAst': {
      const typeName = ast.typeName;
      const extent = ast.extent;
      return (ctx) => {
        try {
          return typeValue(ctx, typeName);
        } catch (err) {
          throw withPosition(err, extent);
        }
      };
    }
    case 'UsingExpressionAst':
      return compileExpression(ast.subExpression);
    case 'ErrorExpressionAst':
      return () => {
        throw runtimeError('ParserError', ast.extent, 'The expression could not be parsed.');
      };
  }
}

/** Gives an error raised by value code the position of the expression that failed. */
function withPosition(err: unknown, extent: Extent): unknown {
  if (err instanceof FlowControlSignal) return err;
  return asRuntimeException(err, extent);
}
