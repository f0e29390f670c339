// System.Management.Automation.FlagsExpression[T]: an OR (`,`) of ANDs (`+`) of enum names, each maybe NOT-ed (`!`),
// parsed as pwsh's EnumExpressionEvaluator does (Get-ChildItem -Attributes 'Directory+!Hidden,ReadOnly').
import { enumDisambiguate, namesByValue } from '../../conversion/enum-convert.js';
import { PSRuntimeException } from '../../values/ps-exception.js';
import type { EnumTypeInfo } from '../../values/ps-enum.js';
import { unwrap } from '../argument-conversion.js';
import { method } from '../method-def.js';
import type { GenericTypeDefinition } from '../type-registry.js';

type Token = { kind: 'Or' | 'And' | 'Not' } | { kind: 'Identifier'; text: string };
/** One operand of an AND clause: the flag's value, and whether it is NOT-ed. */
type Term = { readonly value: number; readonly negated: boolean };

export class FlagsExpression {
  /** The expression as an OR of AND clauses (pwsh builds the same shape as a tree). */
  readonly #clauses: readonly (readonly Term[])[];

  constructor(
    readonly enumType: EnumTypeInfo,
    expression: string | readonly unknown[],
  ) {
    const inputs =
      typeof expression === 'string' ? [expression] : expression.map((e) => String(unwrap(e) ?? ''));
    if (inputs.length === 0 || inputs.some((i) => i.trim() === ''))
      throw PSRuntimeException.of('EmptyInputString');
    // Each input is an OR clause of its own: `-Attributes ReadOnly,Hidden` binds an array of two.
    const tokens: Token[] = [];
    for (const input of inputs) tokens.push(...tokenize(input, enumType), { kind: 'Or' });
    this.#clauses = clausesOf(tokens, enumType);
  }

  /** FlagsExpression.Evaluate: whether the flags value satisfies the expression. */
  evaluate(flags: number): boolean {
    return this.#clauses.some((c) => c.every((t) => ((flags & t.value) === t.value) !== t.negated));
  }

  /** FlagsExpression.ExistsInExpression: whether the expression names `flag` (NOT-ed or not). */
  existsInExpression(flag: number): boolean {
    return this.#clauses.some((c) => c.some((t) => (flag & t.value) === flag));
  }

  toString(): string {
    return `System.Management.Automation.FlagsExpression\`1[${this.enumType.fullName}]`;
  }
}

/** GetNextToken repeated: `,` `+` `!` alone, else an identifier up to the next operator (quotes and blanks trimmed). */
function tokenize(input: string, enumType: EnumTypeInfo): Token[] {
  const tokens: Token[] = [];
  let offset = 0;
  while (offset < input.length) {
    while (offset < input.length && /\s/.test(input[offset]!)) offset++;
    if (offset >= input.length) break;
    let text = '';
    let identifier = false;
    while (offset < input.length) {
      const c = input[offset++]!;
      if (c === ',' || c === '+' || c === '!') {
        if (!identifier) text += c;
        else offset--;
        break;
      }
      text += c;
      identifier = true;
    }
    text = text.trim();
    if (text.length >= 2 && (text[0] === "'" || text[0] === '"') && text.at(-1) === text[0])
      text = text.slice(1, -1);
    text = text.trim();
    if (text === '') throw PSRuntimeException.of('EmptyTokenString', namesByValue(enumType).join(', '));
    if (text.startsWith('(') && (text.endsWith(')') || input.indexOf(')', offset) >= 0))
      throw PSRuntimeException.of('NoIdentifierGroupingAllowed');
    if (text === ',') tokens.push({ kind: 'Or' });
    else if (text === '+') tokens.push({ kind: 'And' });
    else if (text === '!') tokens.push({ kind: 'Not' });
    else tokens.push({ kind: 'Identifier', text });
  }
  return tokens;
}

/** CheckSyntaxError and ConstructExpressionTree: names disambiguated in order, the first misplaced token reported. */
function clausesOf(tokens: readonly Token[], enumType: EnumTypeInfo): Term[][] {
  const clauses: Term[][] = [];
  let clause: Term[] = [];
  let previous: Token['kind'] = 'Or';
  let negated = false;
  for (const token of tokens) {
    const operator = token.kind === 'Or' || token.kind === 'And';
    if ((previous === 'Or' || previous === 'And') && operator)
      throw PSRuntimeException.of('SyntaxErrorUnexpectedBinaryOperator');
    if (previous === 'Not' && token.kind !== 'Identifier')
      throw PSRuntimeException.of('SyntaxErrorIdentifierExpected');
    if (previous === 'Identifier' && !operator)
      throw PSRuntimeException.of('SyntaxErrorBinaryOperatorExpected');
    previous = token.kind;
    if (token.kind === 'Identifier') {
      const name = enumDisambiguate(token.text, enumType);
      const value = enumType.members.find(([n]) => n === name)?.[1] ?? 0;
      clause.push({ value, negated });
      negated = false;
    } else if (token.kind === 'Not') negated = true;
    else if (token.kind === 'Or') {
      clauses.push(clause);
      clause = [];
    }
  }
  return clauses;
}

export const FlagsExpressionDefinition: GenericTypeDefinition = {
  fullName: 'System.Management.Automation.FlagsExpression`1',
  arity: 1,
  // `where T : struct, IConvertible`; a struct that is no enum fails in the constructor (InvalidGenericType).
  validate: (args) =>
    args[0]!.isValueType
      ? undefined
      : `GenericArguments[0], '${args[0]!.fullName}', on 'System.Management.Automation.FlagsExpression\`1[T]' violates the constraint of type 'T'.`,
  make: (args) => {
    const t = args[0]!;
    const sig = `System.Management.Automation.FlagsExpression[${t.fullName}]`;
    const make = (expression: unknown): FlagsExpression => {
      if (!t.enumInfo) throw PSRuntimeException.of('InvalidGenericType');
      const raw = unwrap(expression);
      return new FlagsExpression(t.enumInfo, Array.isArray(raw) ? raw : String(raw ?? ''));
    };
    return {
      isInstance: (v: unknown) => v instanceof FlagsExpression && v.enumType.fullName === t.fullName,
      constructors: method<null>(
        'new',
        [`${sig} new(string expression)`, (_t, a) => make(a[0])],
        [`${sig} new(System.Object[] expression)`, (_t, a) => make(a[0])],
      ),
    };
  },
};
