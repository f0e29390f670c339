// The structural invariants every parse must satisfy, whatever the input: returned as readable violations.
import { childrenOf } from '../../src/index.js';
import type { Ast, ParseResult } from '../../src/index.js';

interface Span {
  readonly startOffset: number;
  readonly endOffset: number;
}

function outside(span: Span, length: number): boolean {
  return !(0 <= span.startOffset && span.startOffset <= span.endOffset && span.endOffset <= length);
}

/** PowerShell's horizontal whitespace (CharExtensions.IsWhitespace): ASCII blanks, NBSP, NEL and Unicode separators. */
const trivia = /^[ \t\f\v\u00a0\u0085\p{Z}]*$/u;

/** Errors and node extents inside the source; well-formed errors. */
export function extentViolations(source: string, result: ParseResult): string[] {
  const violations: string[] = [];
  for (const e of result.errors) {
    const errorId: string = e.errorId;
    if (outside(e.extent, source.length))
      violations.push(`error ${e.errorId} extent ${e.extent.startOffset}..${e.extent.endOffset}`);
    if (typeof errorId !== 'string' || errorId === '') violations.push('error without errorId');
    if (typeof e.message !== 'string' || e.message === '')
      violations.push(`error ${e.errorId} without message`);
    if (typeof e.incompleteInput !== 'boolean') violations.push(`error ${e.errorId} without incompleteInput`);
  }
  const stack: Ast[] = [result.ast];
  while (stack.length > 0) {
    const node = stack.pop() as Ast;
    if (outside(node.extent, source.length))
      violations.push(`${node.type} extent ${node.extent.startOffset}..${node.extent.endOffset}`);
    stack.push(...childrenOf(node));
  }
  const root = result.ast.extent;
  if (root.startOffset !== 0 || root.endOffset !== source.length) {
    violations.push(
      `ScriptBlockAst covers ${root.startOffset}..${root.endOffset}, not the whole source 0..${source.length}`,
    );
  }
  return violations;
}

/** Tokens in order, inside the source, texts matching their extents, and tokens plus trivia giving back the source. */
export function tokenViolations(source: string, result: ParseResult): string[] {
  const violations: string[] = [];
  let rebuilt = '';
  let position = 0;
  for (const token of result.tokens) {
    const { startOffset, endOffset } = token.extent;
    if (outside(token.extent, source.length))
      violations.push(`${token.kind} token extent ${startOffset}..${endOffset}`);
    if (startOffset < position)
      violations.push(
        `${token.kind} token at ${startOffset} overlaps the previous one ending at ${position}`,
      );
    if (token.text !== source.slice(startOffset, endOffset))
      violations.push(`${token.kind} token text differs from its extent at ${startOffset}`);
    const gap = source.slice(position, startOffset);
    if (!trivia.test(gap))
      violations.push(`non-whitespace trivia ${JSON.stringify(gap)} before ${token.kind} at ${startOffset}`);
    rebuilt += gap + token.text;
    position = Math.max(position, endOffset);
  }
  const tail = source.slice(position);
  if (!trivia.test(tail))
    violations.push(`non-whitespace trivia ${JSON.stringify(tail)} after the last token`);
  rebuilt += tail;
  if (rebuilt !== source) violations.push('tokens plus trivia do not reproduce the source');
  const last = result.tokens[result.tokens.length - 1];
  if (last?.kind !== 'EndOfInput')
    violations.push(`last token is ${last?.kind ?? 'missing'}, not EndOfInput`);
  const endTokens = result.tokens.filter((t) => t.kind === 'EndOfInput').length;
  if (endTokens > 1) violations.push(`${endTokens} EndOfInput tokens`);
  return violations;
}

/** Every child's parent is the node that holds it; the root has none; no node is shared by two parents. */
export function parentViolations(result: ParseResult): string[] {
  const violations: string[] = [];
  if (result.ast.parent !== null) violations.push('root ScriptBlockAst has a parent');
  const seen = new Set<Ast>([result.ast]);
  const stack: Ast[] = [result.ast];
  while (stack.length > 0) {
    const node = stack.pop() as Ast;
    for (const child of childrenOf(node)) {
      if (child.parent !== node)
        violations.push(
          `${child.type} at ${child.extent.startOffset}: parent is ${child.parent?.type ?? 'null'}, not ${node.type}`,
        );
      if (seen.has(child))
        violations.push(`${child.type} at ${child.extent.startOffset} appears twice in the tree`);
      seen.add(child);
      stack.push(child);
    }
  }
  return violations;
}

/** All invariants at once. */
export function allViolations(source: string, result: ParseResult): string[] {
  return [
    ...extentViolations(source, result),
    ...tokenViolations(source, result),
    ...parentViolations(result),
  ];
}
