// Recursive-descent parser for OPATH filters: -or binds loosest, then -and, then -not and parentheses.
import type { ComparisonOperator, FilterNode, FilterValue } from './ast.js';
import { OpathSyntaxError, tokenize, type OpathToken } from './tokenizer.js';

/** Deepest nesting of parentheses and -not accepted. */
const MAX_DEPTH = 100;

const COMPARISON_OPERATORS: ReadonlySet<string> = new Set([
  'eq',
  'ne',
  'like',
  'notlike',
  'gt',
  'lt',
  'ge',
  'le',
]);

/** Parses a filter; throws OpathSyntaxError with the 1-based position of the first bad token. */
export function parseFilter(filter: string): FilterNode {
  const text = stripBraces(filter);
  const offset = filter.indexOf(text);
  const tokens = tokenize(text);
  let index = 0;
  const peek = (): OpathToken => tokens[index] as OpathToken;
  const take = (): OpathToken => tokens[index++] as OpathToken;
  const fail = (token: OpathToken): never => {
    throw new OpathSyntaxError(token.position + offset);
  };

  const parseOr = (): FilterNode => {
    let left = parseAnd();
    while (peek().kind === 'operator' && peek().text === 'or') {
      take();
      left = { type: 'or', left, right: parseAnd() };
    }
    return left;
  };
  const parseAnd = (): FilterNode => {
    let left = parseUnary();
    while (peek().kind === 'operator' && peek().text === 'and') {
      take();
      left = { type: 'and', left, right: parseUnary() };
    }
    return left;
  };
  let depth = 0;
  const parseUnary = (): FilterNode => {
    const t = peek();
    // A depth guard: absurd nesting is a syntax error, never a stack overflow.
    if (++depth > MAX_DEPTH) fail(t);
    try {
      return parseUnaryInner(t);
    } finally {
      depth--;
    }
  };
  const parseUnaryInner = (t: OpathToken): FilterNode => {
    if (t.kind === 'operator' && t.text === 'not') {
      take();
      return { type: 'not', operand: parseUnary() };
    }
    if (t.kind === 'lparen') {
      take();
      const inner = parseOr();
      if (peek().kind !== 'rparen') fail(peek());
      take();
      return inner;
    }
    return parseComparison();
  };
  const parseComparison = (): FilterNode => {
    const prop = take();
    if (prop.kind !== 'word' || !/^[a-z_][a-z0-9_.]*$/i.test(prop.text)) return fail(prop);
    const op = take();
    if (op.kind !== 'operator' || !COMPARISON_OPERATORS.has(op.text)) return fail(op);
    const value = parseValue();
    return {
      type: 'comparison',
      property: prop.text,
      operator: op.text as ComparisonOperator,
      value,
      position: prop.position + offset,
    };
  };
  const parseValue = (): FilterValue => {
    const t = take();
    if (t.kind === 'string' || t.kind === 'word') return { kind: 'string', text: t.text };
    if (t.kind === 'variable') {
      if (t.text === 'true' || t.text === 'false') return { kind: 'boolean', value: t.text === 'true' };
      if (t.text === 'null') return { kind: 'null' };
    }
    return fail(t);
  };

  if (peek().kind === 'end') fail(peek());
  const node = parseOr();
  if (peek().kind !== 'end') fail(peek());
  return node;
}

/** `{ ... }` around a filter is accepted (scriptblock form), as Exchange does. */
function stripBraces(filter: string): string {
  const t = filter.trim();
  return t.startsWith('{') && t.endsWith('}') ? t.slice(1, -1).trim() : t;
}

/** Every property a filter mentions, for validation against a cmdlet's filterable properties. */
export function filterProperties(node: FilterNode): { property: string; position: number }[] {
  switch (node.type) {
    case 'comparison':
      return [{ property: node.property, position: node.position }];
    case 'not':
      return filterProperties(node.operand);
    default:
      return [...filterProperties(node.left), ...filterProperties(node.right)];
  }
}
