// INTERIM (replaced when src/operators and src/members land): the operator and member subset the engine tests need.
import { TokenKind } from '@exosh/language';
import {
  compareValues,
  convertTo,
  convertToString,
  enumerate,
  equalsValues,
  isTrue,
} from '../../conversion/index.js';
import { PSHashtable } from '../../values/ps-hashtable.js';
import { PSList } from '../../values/ps-list.js';
import { PSObject } from '../../values/ps-object.js';
import { PSRuntimeException } from '../../values/ps-exception.js';

function wildcardRegex(pattern: string, ignoreCase: boolean): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '`' && i + 1 < pattern.length)
      re += (pattern[++i] as string).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else re += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, ignoreCase ? 'is' : 's');
}

export function interimWildcard(text: string, pattern: string): boolean {
  return wildcardRegex(pattern, true).test(text);
}

function num(v: unknown): number {
  return typeof v === 'number' ? v : Number(convertTo(v, 'double'));
}

function add(l: unknown, r: unknown): unknown {
  if (l === null || l === undefined) return r;
  if (typeof l === 'string') return l + convertToString(r);
  const items = enumerate(l);
  if (items) return [...items, ...(enumerate(r) ?? [r])];
  if (l instanceof PSHashtable && r instanceof PSHashtable) {
    const t = PSHashtable.from(l.entries(), { ordered: l.ordered });
    for (const [k, v] of r.entries()) t.add(k, v);
    return t;
  }
  return num(l) + num(r);
}

function compare(op: string, l: unknown, r: unknown): boolean {
  const ignoreCase = !op.startsWith('C');
  switch (op.slice(1)) {
    case 'eq':
      return equalsValues(l, r, { ignoreCase });
    case 'ne':
      return !equalsValues(l, r, { ignoreCase });
    case 'gt':
      return compareValues(l, r, { ignoreCase }) > 0;
    case 'ge':
      return compareValues(l, r, { ignoreCase }) >= 0;
    case 'lt':
      return compareValues(l, r, { ignoreCase }) < 0;
    case 'le':
      return compareValues(l, r, { ignoreCase }) <= 0;
    case 'like':
      return wildcardRegex(convertToString(r), ignoreCase).test(convertToString(l));
    case 'notlike':
      return !wildcardRegex(convertToString(r), ignoreCase).test(convertToString(l));
    case 'match':
      return new RegExp(convertToString(r), ignoreCase ? 'i' : '').test(convertToString(l));
    case 'notmatch':
      return !new RegExp(convertToString(r), ignoreCase ? 'i' : '').test(convertToString(l));
    default:
      throw new PSRuntimeException(
        'OperatorNotSupported',
        `The operator ${op} is not supported yet.`,
        'NotImplemented',
        'System.NotSupportedException',
      );
  }
}

export function interimBinary(op: string, l: unknown, r: unknown): unknown {
  switch (op) {
    case TokenKind.Plus:
      return add(l, r);
    case TokenKind.Minus:
      return num(l) - num(r);
    case TokenKind.Multiply:
      if (typeof l === 'string') return l.repeat(num(r));
      return num(l) * num(r);
    case TokenKind.Divide:
      return num(l) / num(r);
    case TokenKind.Rem:
      return num(l) % num(r);
    case TokenKind.DotDot: {
      const a = num(l);
      const b = num(r);
      const out: number[] = [];
      if (a <= b) for (let i = a; i <= b; i++) out.push(i);
      else for (let i = a; i >= b; i--) out.push(i);
      return out;
    }
    case TokenKind.Join:
      return (enumerate(l) ?? [l]).map((x) => convertToString(x)).join(convertToString(r));
    case TokenKind.Icontains:
    case TokenKind.Ccontains:
      return (enumerate(l) ?? [l]).some((x) =>
        equalsValues(x, r, { ignoreCase: op === TokenKind.Icontains }),
      );
    case TokenKind.Inotcontains:
      return !(enumerate(l) ?? [l]).some((x) => equalsValues(x, r));
    case TokenKind.Iin:
      return (enumerate(r) ?? [r]).some((x) => equalsValues(l, x));
    case TokenKind.Inotin:
      return !(enumerate(r) ?? [r]).some((x) => equalsValues(l, x));
    case TokenKind.Format: {
      const args = enumerate(r) ?? [r];
      return convertToString(l).replace(/\{(\d+)\}/g, (_m, i: string) => convertToString(args[Number(i)]));
    }
    default: {
      const items = enumerate(l);
      if (items && /^[IC](eq|ne|gt|ge|lt|le|like|notlike|match|notmatch)$/.test(op))
        return items.filter((x) => compare(op, x, r));
      return compare(op, l, r);
    }
  }
}

export function interimUnary(op: string, v: unknown): unknown {
  if (op === TokenKind.Minus) return -num(v);
  if (op === TokenKind.Plus) return num(v);
  if (op === TokenKind.Join) return (enumerate(v) ?? [v]).map((x) => convertToString(x)).join('');
  if (op === TokenKind.Bnot) return ~num(v);
  return isTrue(v);
}

export function interimGetMember(target: unknown, name: string): unknown {
  const lower = name.toLowerCase();
  if (target instanceof PSObject) {
    const m = target.getMember(name);
    if (m?.memberType === 'NoteProperty') return m.value;
    if (m?.memberType === 'CodeProperty') return m.get(target);
    if (!target.isCustomObject) return interimGetMember(target.baseObject, name);
    return null;
  }
  if (target instanceof PSHashtable) {
    if (target.has(name)) return target.get(name);
    if (lower === 'count') return target.count;
    if (lower === 'keys') return target.entries().map(([k]) => k);
    if (lower === 'values') return target.entries().map(([, v]) => v);
    return null;
  }
  const items = enumerate(target);
  if (items) {
    if (lower === 'count' || lower === 'length') return items.length;
    return items.map((i) => interimGetMember(i, name)).filter((v) => v !== null && v !== undefined);
  }
  if (typeof target === 'string' && lower === 'length') return target.length;
  if (lower === 'count' || lower === 'length') return target === null || target === undefined ? 0 : 1;
  return null;
}

export function interimSetMember(target: unknown, name: string, value: unknown): void {
  if (target instanceof PSObject) {
    if (!target.hasMember(name))
      throw new PSRuntimeException(
        'PropertyAssignmentException',
        `The property '${name}' cannot be found on this object. Verify that the property exists and can be set.`,
        'InvalidOperation',
        'System.Management.Automation.RuntimeException',
      );
    target.setNote(name, value);
    return;
  }
  if (target instanceof PSHashtable) {
    target.set(name, value);
    return;
  }
  throw new PSRuntimeException(
    'PropertyAssignmentException',
    `The property '${name}' cannot be found on this object. Verify that the property exists and can be set.`,
    'InvalidOperation',
    'System.Management.Automation.RuntimeException',
  );
}

export function interimInvokeMethod(target: unknown, name: string, args: readonly unknown[]): unknown {
  const lower = name.toLowerCase();
  if (target instanceof PSObject) {
    const m = target.getMember(name);
    if (m?.memberType === 'CodeMethod') return m.invoke(target, args);
  }
  if (typeof target === 'string') {
    if (lower === 'toupper') return target.toUpperCase();
    if (lower === 'tolower') return target.toLowerCase();
    if (lower === 'trim') return target.trim();
  }
  if (target instanceof PSList && lower === 'add') return target.add(args[0]);
  if (target instanceof PSHashtable && lower === 'add') return void target.add(args[0], args[1]);
  if (lower === 'tostring') return convertToString(target);
  throw new PSRuntimeException(
    'MethodNotFound',
    `Method invocation failed because [${typeof target}] does not contain a method named '${name}'.`,
    'InvalidOperation',
    'System.Management.Automation.RuntimeException',
  );
}
