// Expandable strings: the `$var` / `$( ... )` parts of double-quoted strings and bare words.
import { SourceText, type Extent, type ScriptExtent } from '../../ast/extent.js';
import type { ExpressionAst, StringConstantType } from '../../ast/expressions.js';
import { TokenKind } from '../../tokenizer/tokenKind.js';
import type { ScannedToken } from '../../tokenizer/tokenizer.js';
import { TokenStore } from '../../tokenizer/tokenStore.js';
import { fitted, isDoubleQuoteCode, remapExtents, ScriptTooComplicated } from '../shared.js';
// A `$( )` inside a collapsed string is parsed by a nested Parser (a runtime import, used only at call time).
import { Parser } from '../parser.js';

/** Parses the `$var` / `$( ... )` parts of a double-quoted string or bare word. */
export function expandableString(this: Parser, token: ScannedToken, type: StringConstantType): ExpressionAst {
  const nested: ExpressionAst[] = [];
  for (const part of token.nestedTokens ?? []) {
    const p = part as ScannedToken;
    if (p.unscannedSubExpression)
      nested.push(this.parseNestedSubExpression(p, token.kind === TokenKind.StringExpandable));
    else nested.push(this.checkUsingVariable(p, false));
  }
  return this.node({
    type: 'ExpandableStringExpressionAst',
    extent: token.extent,
    parent: null,
    value: String(token.value ?? ''),
    stringConstantType: type,
    nestedExpressions: fitted(nested),
    literalParts: token.literalParts ?? [String(token.value ?? '')],
  });
}

/** Runs the parser over the `$( ... )` span of a string, with its own token list. */
export function parseNestedSubExpression(
  this: Parser,
  part: ScannedToken,
  collapseQuotes: boolean,
): ExpressionAst {
  if (collapseQuotes) {
    const collapsed = this.parseCollapsedSubExpression(part);
    if (collapsed !== null) return collapsed;
  }
  const t = this.tokenizer;
  const saved = { pos: t.pos, end: t.end, mode: t.mode, list: t.tokenList, ungot: this.ungot };
  try {
    t.pos = part.startOffset;
    t.end = part.endOffset;
    // Its tokens are not part of the parse's list (the string token holds its nested tokens).
    t.tokenList = this.tokens !== null ? new TokenStore(this.source) : null;
    t.mode = 'Expression';
    this.ungot = null;
    const expr = this.primaryExpressionRule(true);
    return expr ?? this.errorExpression(part.extent);
  } finally {
    t.pos = saved.pos;
    t.end = saved.end;
    t.mode = saved.mode;
    t.tokenList = saved.list;
    this.ungot = saved.ungot;
  }
}

export function parseCollapsedSubExpression(this: Parser, part: ScannedToken): ExpressionAst | null {
  const src = this.source.text;
  const start = part.startOffset;
  const end = part.endOffset;
  // Most sub-expressions have no doubled quote: find out before building the rewritten text.
  let any = false;
  for (let i = start; i + 1 < end && !any; i++) {
    const c = src.charCodeAt(i);
    any = (c === 96 || isDoubleQuoteCode(c)) && isDoubleQuoteCode(src.charCodeAt(i + 1));
  }
  if (!any) return null;
  const chars: string[] = [];
  // For each rewritten character: where it starts and where it ends in the source (a pair covers two).
  const map: number[] = [];
  const mapLast: number[] = [];
  let changed = false;
  for (let i = start; i < end; i++) {
    const c = src.charCodeAt(i);
    const next = i + 1 < end ? src.charCodeAt(i + 1) : 0;
    if ((c === 96 || isDoubleQuoteCode(c)) && isDoubleQuoteCode(next)) {
      chars.push(src[i + 1] as string);
      map.push(i);
      mapLast.push(i + 1);
      i++;
      changed = true;
      continue;
    }
    chars.push(src[i] as string);
    map.push(i);
    mapLast.push(i);
  }
  if (!changed) return null;
  map.push(end);
  const sub = new Parser(new SourceText(chars.join(''), this.source.file));
  sub.tokenizer.mode = 'Expression';
  let expr: ExpressionAst | null;
  try {
    expr = sub.primaryExpressionRule(true);
  } catch (e) {
    if (e instanceof ScriptTooComplicated) throw e;
    return null;
  }
  const remap = (x: Extent): ScriptExtent => {
    const s0 = map[x.startOffset] ?? end;
    const e0 = x.endOffset > x.startOffset ? (mapLast[x.endOffset - 1] ?? end - 1) + 1 : s0;
    return this.ext(s0, e0);
  };
  remapExtents(expr, remap, new Set());
  for (const error of sub.errors) {
    this.saveError(remap(error.extent), error.errorId, error.incompleteInput, [], error.message);
  }
  return expr ?? this.errorExpression(part.extent);
}
