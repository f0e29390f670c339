// TokenKind -> the value layer's operator functions, with the runspace's $OFS, types and $Matches.
import { TokenKind } from '@exosh/language';
import {
  asOperator,
  binaryArithmetic,
  bitwiseNot,
  bitwiseOperator,
  compareOperator,
  containsOperator,
  formatOperator,
  inOperator,
  isNotOperator,
  isOperator,
  joinOperator,
  likeOperator,
  matchOperator,
  notContainsOperator,
  notInOperator,
  notOperator,
  rangeOperator,
  replaceOperator,
  splitOperator,
  unaryJoinOperator,
  unaryMinus,
  unaryPlus,
  unarySplitOperator,
  xorOperator,
  type OperatorContext,
  type OperatorTypeInfo,
} from '../../operators/index.js';
import { convertToString } from '../../conversion/index.js';
import { isInstanceOf } from '../../types/index.js';
import { TypeInfo } from '../../types/type-info.js';
import type { ExecutionContext } from '../execution-context.js';
import { PSVariable } from '../session-state/ps-variable.js';
import { convertTo } from './convert.js';

function operatorTypeInfo(ctx: ExecutionContext, t: TypeInfo): OperatorTypeInfo {
  return {
    fullName: t.fullName,
    isInstance: (v) => isInstanceOf(v, t, ctx.types),
    convert: (v) => convertTo(ctx, v, t.fullName),
  };
}

const contexts = new WeakMap<ExecutionContext, OperatorContext>();

/** One context per runspace; $OFS is read only when an operator converts a collection to text. */
export function operatorContext(ctx: ExecutionContext): OperatorContext {
  let oc = contexts.get(ctx);
  if (!oc) {
    oc = {
      get ofs() {
        const v = ctx.sessionState.lookup('OFS')?.value;
        return v === null || v === undefined ? ' ' : convertToString(v);
      },
      resolveType: (name) => {
        const t = ctx.types.tryResolve(name);
        return t ? operatorTypeInfo(ctx, t) : undefined;
      },
    };
    contexts.set(ctx, oc);
  }
  return oc;
}

const comparison: Record<string, ['eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le', boolean]> = {
  [TokenKind.Ieq]: ['eq', true],
  [TokenKind.Ceq]: ['eq', false],
  [TokenKind.Ine]: ['ne', true],
  [TokenKind.Cne]: ['ne', false],
  [TokenKind.Igt]: ['gt', true],
  [TokenKind.Cgt]: ['gt', false],
  [TokenKind.Ige]: ['ge', true],
  [TokenKind.Cge]: ['ge', false],
  [TokenKind.Ilt]: ['lt', true],
  [TokenKind.Clt]: ['lt', false],
  [TokenKind.Ile]: ['le', true],
  [TokenKind.Cle]: ['le', false],
};

const arithmetic: Record<string, '+' | '-' | '*' | '/' | '%'> = {
  [TokenKind.Plus]: '+',
  [TokenKind.Minus]: '-',
  [TokenKind.Multiply]: '*',
  [TokenKind.Divide]: '/',
  [TokenKind.Rem]: '%',
};

const bitwise: Record<string, 'band' | 'bor' | 'bxor' | 'shl' | 'shr'> = {
  [TokenKind.Band]: 'band',
  [TokenKind.Bor]: 'bor',
  [TokenKind.Bxor]: 'bxor',
  [TokenKind.Shl]: 'shl',
  [TokenKind.Shr]: 'shr',
};

function typeOperand(ctx: ExecutionContext, right: unknown): string | OperatorTypeInfo {
  return right instanceof TypeInfo ? operatorTypeInfo(ctx, right) : convertToString(right);
}

/** -match sets $Matches in the current scope when a scalar matched, as PowerShell does. */
function setMatches(ctx: ExecutionContext, matches: unknown): void {
  if (matches === undefined) return;
  const vars = ctx.sessionState.current.variables;
  const existing = ctx.sessionState.lookup('Matches');
  if (existing) existing.value = matches;
  else vars.set('matches', new PSVariable('Matches', matches));
}

export function binaryOperator(ctx: ExecutionContext, op: string, left: unknown, right: unknown): unknown {
  const a = arithmetic[op];
  if (a) return binaryArithmetic(a, left, right, operatorContext(ctx));
  const c = comparison[op];
  if (c) return compareOperator(c[0], left, right, c[1], operatorContext(ctx));
  const b = bitwise[op];
  if (b) return bitwiseOperator(b, left, right);
  const oc = () => operatorContext(ctx);
  switch (op) {
    case TokenKind.Ilike:
    case TokenKind.Clike:
      return likeOperator(left, right, op === TokenKind.Ilike, false, oc());
    case TokenKind.Inotlike:
    case TokenKind.Cnotlike:
      return likeOperator(left, right, op === TokenKind.Inotlike, true, oc());
    case TokenKind.Imatch:
    case TokenKind.Cmatch:
    case TokenKind.Inotmatch:
    case TokenKind.Cnotmatch: {
      const r = matchOperator(
        left,
        right,
        op === TokenKind.Imatch || op === TokenKind.Inotmatch,
        op === TokenKind.Inotmatch || op === TokenKind.Cnotmatch,
        oc(),
      );
      setMatches(ctx, r.matches);
      return r.result;
    }
    case TokenKind.Ireplace:
    case TokenKind.Creplace:
      return replaceOperator(left, right, op === TokenKind.Ireplace, oc());
    case TokenKind.Isplit:
    case TokenKind.Csplit:
      return splitOperator(left, right, op === TokenKind.Isplit, oc());
    case TokenKind.Join:
      return joinOperator(left, right, oc());
    case TokenKind.Icontains:
    case TokenKind.Ccontains:
      return containsOperator(left, right, op === TokenKind.Icontains, oc());
    case TokenKind.Inotcontains:
    case TokenKind.Cnotcontains:
      return notContainsOperator(left, right, op === TokenKind.Inotcontains, oc());
    case TokenKind.Iin:
    case TokenKind.Cin:
      return inOperator(left, right, op === TokenKind.Iin, oc());
    case TokenKind.Inotin:
    case TokenKind.Cnotin:
      return notInOperator(left, right, op === TokenKind.Inotin, oc());
    case TokenKind.Is:
      return isOperator(left, typeOperand(ctx, right), oc());
    case TokenKind.IsNot:
      return isNotOperator(left, typeOperand(ctx, right), oc());
    case TokenKind.As:
      return asOperator(left, typeOperand(ctx, right), oc());
    case TokenKind.DotDot:
      return rangeOperator(left, right);
    case TokenKind.Format:
      return formatOperator(left, right, (v) => convertToString(v));
    case TokenKind.Xor:
      return xorOperator(left, right);
    default:
      throw new Error(`operator ${op} has no implementation`);
  }
}

export function unaryOperator(ctx: ExecutionContext, op: string, value: unknown): unknown {
  switch (op) {
    case TokenKind.Minus:
      return unaryMinus(value);
    case TokenKind.Plus:
      return unaryPlus(value);
    case TokenKind.Bnot:
      return bitwiseNot(value);
    case TokenKind.Not:
    case TokenKind.Exclaim:
      return notOperator(value);
    case TokenKind.Isplit:
    case TokenKind.Csplit:
      return unarySplitOperator(value, operatorContext(ctx));
    case TokenKind.Join:
      return unaryJoinOperator(value, operatorContext(ctx));
    default:
      throw new Error(`unary operator ${op} has no implementation`);
  }
}
