// Parser: PowerShell's recursive-descent grammar (Parser.cs rule for rule), pulling tokens from the Tokenizer.
import {
  SourceText,
  ScriptExtent as ScriptExtentClass,
  type Extent,
  type ScriptExtent,
} from '../ast/extent.js';
import type { Ast } from '../ast/ast.js';
import type {
  ScriptBlockAst,
  NamedBlockAst,
  NamedBlockKind,
  StatementBlockAst,
  ParamBlockAst,
  ParameterAst,
  AttributeAst,
  AttributeBaseAst,
  NamedAttributeArgumentAst,
  TypeConstraintAst,
} from '../ast/blocks.js';
import type {
  StatementAst,
  PipelineBaseAst,
  PipelineAst,
  PipelineChainAst,
  ErrorStatementAst,
  UsingStatementAst,
  UsingStatementKind,
  MemberAst,
  TrapStatementAst,
  CatchClauseAst,
} from '../ast/nodes.js';
import { SwitchFlags, ForEachFlags, MemberAttributes } from '../ast/nodes.js';
import type {
  CommandAst,
  CommandBaseAst,
  CommandElementAst,
  CommandExpressionAst,
  RedirectionAst,
  RedirectionStream,
} from '../ast/commands.js';
import type {
  ExpressionAst,
  ErrorExpressionAst,
  StringConstantExpressionAst,
  VariableExpressionAst,
  HashtableAst,
  StringConstantType,
} from '../ast/expressions.js';
import type { ITypeName, TypeName } from '../ast/typeName.js';
import { TokenKind } from '../tokenizer/tokenKind.js';
import { TokenFlags } from '../tokenizer/tokenFlags.js';
import { getBinaryPrecedence, hasTrait, tokenKindText } from '../tokenizer/tokenTraits.js';
import { Tokenizer, ScannedToken, type TokenizerMode } from '../tokenizer/tokenizer.js';
import { makeVariablePath } from '../tokenizer/variablePath.js';
import { formatDiagnostic, type DiagnosticId } from '../diagnostics/index.js';
import type { ParseError } from './parseResult.js';

function isDoubleQuoteCode(c: number): boolean {
  return c === 34 || c === 0x201c || c === 0x201d || c === 0x201e;
}

/** Replaces every extent reachable from `value` (nodes, type names; not parents) with `remap(extent)`. */
function remapExtents(value: unknown, remap: (e: Extent) => Extent, seen: Set<object>): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const item of value) remapExtents(item, remap, seen);
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key === 'parent') continue;
    const v = record[key];
    if (v instanceof ScriptExtentClass) record[key] = remap(v);
    else remapExtents(v, remap, seen);
  }
}

/** Thrown (and caught in parse) when nesting is too deep to parse safely. */
export class ScriptTooComplicated extends Error {}

/** How deep rules may nest before the parser gives up with ScriptTooComplicated. */
const MaxNestingDepth = 1000;

const VerbatimArgument = '--%';

/** PowerShell's CommandArgumentContext flags. */
const Ctx = {
  CommandName: 0x01,
  CommandNameAfterInvocationOperator: 0x03,
  FileName: 0x04,
  CommandArgument: 0x08,
  SwitchCondition: 0x10,
} as const;

type Located = { readonly extent: Extent } | Extent;

function extentOf(x: Located): Extent {
  return 'extent' in x ? x.extent : x;
}

export class Parser {
  readonly tokenizer: Tokenizer;
  readonly tokens: ScannedToken[] = [];
  readonly errors: ParseError[] = [];
  private readonly errorKeys = new Set<string>();
  private ungot: ScannedToken | null = null;
  private disableCommaOperator = false;
  private depth = 0;
  private inCatch = 0;

  constructor(readonly source: SourceText) {
    this.tokenizer = new Tokenizer(
      source,
      (id, start, end, incomplete, args) => {
        const length = source.text.length;
        const extent = source.extent(Math.min(start, length), Math.min(end, length));
        if (incomplete) this.reportIncompleteInput(extent, id, ...args);
        else this.reportError(extent, id, ...args);
      },
      this.tokens,
    );
  }

  // ==== utilities ================================================================================

  private ext(start: number, end: number): ScriptExtent {
    return this.source.extent(start, end);
  }

  private extentOf(first: Located, last: Located): ScriptExtent {
    return this.ext(extentOf(first).startOffset, extentOf(last).endOffset);
  }

  private after(x: Located): ScriptExtent {
    const end = extentOf(x).endOffset;
    return this.ext(end, end);
  }

  /** PowerShell's EndOfInput token sits one past the end, so the position "before" it is the end itself. */
  private before(x: Located): ScriptExtent {
    if (x instanceof ScannedToken && x.kind === TokenKind.EndOfInput) {
      return this.ext(x.extent.startOffset, x.extent.startOffset);
    }
    const start = Math.max(0, extentOf(x).startOffset - 1);
    return this.ext(start, start);
  }

  private enter(): void {
    if (++this.depth > MaxNestingDepth) throw new ScriptTooComplicated();
  }

  private leave(): void {
    this.depth--;
  }

  reportError(extent: Extent, errorId: DiagnosticId, ...args: readonly string[]): void {
    this.saveError(extent, errorId, false, args);
  }

  /** Incomplete when nothing but whitespace and comments follows the position where the problem was found. */
  reportIncompleteInput(extent: Extent, errorId: DiagnosticId, ...args: readonly string[]): boolean {
    return this.reportIncompleteInputAt(extent, extent, errorId, ...args);
  }

  private reportIncompleteInputAt(
    extent: Extent,
    detected: Extent,
    errorId: DiagnosticId,
    ...args: readonly string[]
  ): boolean {
    const incomplete =
      detected.endOffset >= this.source.text.length || this.tokenizer.onlyTriviaAfter(detected.endOffset);
    this.saveError(extent, errorId, incomplete, args);
    return incomplete;
  }

  private saveError(
    extent: Extent,
    errorId: DiagnosticId,
    incompleteInput: boolean,
    args: readonly string[],
    message?: string,
  ): void {
    // PowerShell keeps one error per ErrorId and position; a set keeps that check linear.
    const key = `${errorId}:${extent.startOffset}:${extent.endOffset}`;
    if (this.errorKeys.has(key)) return;
    this.errorKeys.add(key);
    this.errors.push({
      errorId,
      message: message ?? formatDiagnostic(errorId, ...args),
      extent,
      incompleteInput,
    });
  }

  private nextToken(): ScannedToken {
    const token = this.ungot ?? this.tokenizer.nextToken();
    this.ungot = null;
    return token;
  }

  private peekToken(): ScannedToken {
    const token = this.ungot ?? this.tokenizer.nextToken();
    this.ungot = token;
    return token;
  }

  private skipToken(): void {
    this.ungot = null;
  }

  private ungetToken(token: ScannedToken): void {
    this.ungot = token;
  }

  private skipNewlines(): void {
    if (this.ungot === null || this.ungot.kind === TokenKind.NewLine) {
      this.ungot = null;
      this.tokenizer.skipNewlines(false);
    }
  }

  private skipNewlinesAndSemicolons(): void {
    if (this.ungot === null || this.ungot.kind === TokenKind.NewLine || this.ungot.kind === TokenKind.Semi) {
      this.ungot = null;
      this.tokenizer.skipNewlines(true);
    }
  }

  private setTokenizerMode(mode: TokenizerMode): void {
    if (mode !== this.tokenizer.mode && this.ungot !== null) {
      if ((this.ungot.flags & TokenFlags.ParseModeInvariant) === 0) this.resync(this.ungot);
    }
    this.tokenizer.mode = mode;
  }

  private resync(at: ScannedToken | number): void {
    this.ungot = null;
    this.tokenizer.resync(typeof at === 'number' ? at : at.extent.startOffset);
  }

  private restorePoint(): number {
    return this.ungot === null ? this.tokenizer.restorePoint() : this.ungot.extent.startOffset;
  }

  private withMode<T>(mode: TokenizerMode, fn: () => T): T {
    const old = this.tokenizer.mode;
    try {
      this.setTokenizerMode(mode);
      return fn();
    } finally {
      this.setTokenizerMode(old);
    }
  }

  private nextMemberAccessToken(allowLBracket: boolean): ScannedToken | null {
    if (this.ungot !== null) return null;
    return this.tokenizer.getMemberAccessOperator(allowLBracket);
  }

  private nextInvokeMemberToken(): ScannedToken | null {
    if (this.ungot !== null) return null;
    return this.tokenizer.getInvokeMemberOpenParen();
  }

  private nextLBracket(): ScannedToken | null {
    if (this.ungot !== null) {
      if (this.ungot.kind === TokenKind.LBracket) return this.nextToken();
      return null;
    }
    return this.tokenizer.getLBracket();
  }

  private syncOnError(consumeClosingToken: boolean, ...syncTokens: TokenKind[]): void {
    let parens = syncTokens.includes(TokenKind.RParen) ? 1 : 0;
    let curlies = syncTokens.includes(TokenKind.RCurly) ? 1 : 0;
    let brackets = syncTokens.includes(TokenKind.RBracket) ? 1 : 0;
    for (;;) {
      const token = this.nextToken();
      switch (token.kind) {
        case TokenKind.LParen:
          parens++;
          break;
        case TokenKind.RParen:
          if (--parens === 0 && syncTokens.includes(TokenKind.RParen)) {
            if (!consumeClosingToken) this.ungetToken(token);
            return;
          }
          break;
        case TokenKind.LCurly:
          curlies++;
          break;
        case TokenKind.RCurly:
          if (--curlies === 0 && syncTokens.includes(TokenKind.RCurly)) {
            if (!consumeClosingToken) this.ungetToken(token);
            return;
          }
          break;
        case TokenKind.LBracket:
          brackets++;
          break;
        case TokenKind.RBracket:
          if (--brackets === 0 && syncTokens.includes(TokenKind.RBracket)) {
            if (!consumeClosingToken) this.ungetToken(token);
            return;
          }
          break;
        case TokenKind.EndOfInput:
          this.ungetToken(token);
          return;
      }
      if (syncTokens.includes(token.kind) && parens === 0 && curlies === 0 && brackets === 0) return;
    }
  }

  private static isSpecificParameter(token: ScannedToken, parameter: string): boolean {
    const name = (token.name ?? '').toLowerCase();
    return parameter.toLowerCase().startsWith(name);
  }

  private requireStatementTerminator(): void {
    const t = this.peekToken();
    if (t.kind === TokenKind.NewLine || t.kind === TokenKind.Semi) this.skipToken();
    else if (t.kind !== TokenKind.EndOfInput)
      this.reportIncompleteInput(t.extent, 'MissingStatementTerminator');
  }

  private errorStatement(
    extent: Extent,
    nested: readonly (Ast | null | undefined)[] = [],
    kind: TokenKind | null = null,
  ): ErrorStatementAst {
    return {
      type: 'ErrorStatementAst',
      extent,
      parent: null,
      kind,
      nestedAst: nested.filter((a): a is Ast => a != null),
    };
  }

  private errorExpression(
    extent: Extent,
    nested: readonly (Ast | null | undefined)[] = [],
  ): ErrorExpressionAst {
    return {
      type: 'ErrorExpressionAst',
      extent,
      parent: null,
      nestedAst: nested.filter((a): a is Ast => a != null),
    };
  }

  private bareWord(extent: Extent, value: string): StringConstantExpressionAst {
    return {
      type: 'StringConstantExpressionAst',
      extent,
      parent: null,
      value,
      stringConstantType: 'BareWord',
    };
  }

  private emptyExtent(): ScriptExtent {
    return this.ext(0, 0);
  }

  // ==== script blocks ============================================================================

  /** The whole script (lCurly null) or the body of `{ ... }`. */
  scriptBlockRule(lCurly: ScannedToken | null, isFilter: boolean): ScriptBlockAst {
    this.skipNewlines();
    const usingStatements = lCurly === null ? this.usingStatementsRule() : [];
    const restore = this.restorePoint();
    const paramBlock = this.paramBlockRule();
    if (paramBlock === null) this.resync(restore);
    this.skipNewlinesAndSemicolons();
    return this.scriptBlockBodyRule(lCurly, usingStatements, paramBlock, isFilter);
  }

  private usingStatementsRule(): UsingStatementAst[] {
    const result: UsingStatementAst[] = [];
    for (;;) {
      const token = this.peekToken();
      if (token.kind !== TokenKind.Using) {
        this.resync(token);
        return result;
      }
      this.skipToken();
      const statement = this.usingStatementRule(token);
      this.skipNewlinesAndSemicolons();
      if (statement.type === 'UsingStatementAst') result.push(statement);
    }
  }

  private paramBlockRule(): ParamBlockAst | null {
    this.skipNewlines();
    const candidateAttributes = this.attributeListRule(false);
    this.skipNewlines();
    const paramToken = this.peekToken();
    if (paramToken.kind !== TokenKind.Param) return null;
    this.skipToken();
    this.skipNewlines();
    const lParen = this.nextToken();
    if (lParen.kind !== TokenKind.LParen) {
      this.ungetToken(lParen);
      return null;
    }
    const parameters = this.parameterListRule();
    this.skipNewlines();
    const rParen = this.nextToken();
    let endExtent: Extent = rParen.extent;
    if (rParen.kind !== TokenKind.RParen) {
      this.ungetToken(rParen);
      endExtent = this.before(rParen);
      const last = parameters.length > 0 ? (parameters[parameters.length - 1] as ParameterAst) : lParen;
      this.reportIncompleteInput(this.after(last), 'MissingEndParenthesisInFunctionParameterList');
    }
    const attributes: AttributeAst[] = [];
    for (const attr of candidateAttributes ?? []) {
      if (attr.type === 'AttributeAst') attributes.push(attr);
      else this.reportError(attr.extent, 'TypeNotAllowedBeforeParam', attr.typeName.fullName);
    }
    // As in PowerShell, the extent starts at `param`; the attributes before it are still part of the block.
    return {
      type: 'ParamBlockAst',
      extent: this.extentOf(paramToken, endExtent),
      parent: null,
      attributes,
      parameters,
    };
  }

  private parameterListRule(): ParameterAst[] {
    const parameters: ParameterAst[] = [];
    let comma: ScannedToken | null = null;
    for (;;) {
      const parameter = this.parameterRule();
      if (parameter === null) {
        if (comma !== null) this.reportIncompleteInput(this.after(comma), 'MissingExpressionAfterToken', ',');
        break;
      }
      parameters.push(parameter);
      this.skipNewlines();
      comma = this.peekToken();
      if (comma.kind !== TokenKind.Comma) break;
      this.skipToken();
    }
    return parameters;
  }

  private parameterRule(): ParameterAst | null {
    const oldDisable = this.disableCommaOperator;
    const oldMode = this.tokenizer.mode;
    let attributes: AttributeBaseAst[] | null;
    let variableToken: ScannedToken;
    let defaultValue: ExpressionAst | null = null;
    try {
      this.disableCommaOperator = true;
      this.setTokenizerMode('Expression');
      this.skipNewlines();
      attributes = this.attributeListRule(false);
      this.skipNewlines();
      const token = this.nextToken();
      if (token.kind !== TokenKind.Variable && token.kind !== TokenKind.SplattedVariable) {
        this.ungetToken(token);
        if (attributes !== null) {
          const last = attributes[attributes.length - 1] as AttributeBaseAst;
          this.reportIncompleteInput(this.after(last), 'InvalidFunctionParameter');
          this.syncOnError(true, TokenKind.RParen);
          const extent = this.extentOf(attributes[0] as AttributeBaseAst, last);
          return {
            type: 'ParameterAst',
            extent,
            parent: null,
            name: this.variableFromPath(extent, '__error__', false),
            attributes,
            defaultValue: null,
          };
        }
        return null;
      }
      variableToken = token;
      this.skipNewlines();
      const equals = this.peekToken();
      if (equals.kind === TokenKind.Equals) {
        this.skipToken();
        this.skipNewlines();
        defaultValue = this.expressionRule();
        if (defaultValue === null)
          this.reportIncompleteInput(this.after(equals), 'MissingExpressionAfterToken', '=');
      }
    } finally {
      this.disableCommaOperator = oldDisable;
      this.setTokenizerMode(oldMode);
    }
    const start = attributes === null ? variableToken.extent : (attributes[0] as AttributeBaseAst).extent;
    const end = defaultValue === null ? variableToken.extent : defaultValue.extent;
    return {
      type: 'ParameterAst',
      extent: this.extentOf(start, end),
      parent: null,
      name: this.variableFromToken(variableToken),
      attributes: attributes ?? [],
      defaultValue,
    };
  }

  private attributeListRule(inExpressionMode: boolean): AttributeBaseAst[] | null {
    const attributes: AttributeBaseAst[] = [];
    let attribute = this.attributeRule();
    while (attribute !== null) {
      attributes.push(attribute);
      if (!inExpressionMode || attribute.type === 'AttributeAst') this.skipNewlines();
      attribute = this.attributeRule();
    }
    return attributes.length === 0 ? null : attributes;
  }

  private attributeRule(): AttributeBaseAst | null {
    const lBracket = this.nextLBracket();
    if (lBracket === null) return null;
    this.skipNewlines();
    const typeName = this.typeNameRule(true);
    if (typeName === null) {
      this.resync(lBracket);
      this.reportIncompleteInput(this.after(lBracket), 'MissingTypename');
      return null;
    }
    const next = this.nextToken();
    if (next.kind === TokenKind.LParen) {
      this.skipNewlines();
      const positionalArguments: ExpressionAst[] = [];
      const namedArguments: NamedAttributeArgumentAst[] = [];
      let lastItem: Extent = next.extent;
      lastItem = this.withMode('Expression', () =>
        this.attributeArgumentsRule(positionalArguments, namedArguments, lastItem),
      );
      this.skipNewlines();
      let rParen: ScannedToken | null = this.nextToken();
      if (rParen.kind !== TokenKind.RParen) {
        this.ungetToken(rParen);
        rParen = null;
        this.reportIncompleteInput(this.after(lastItem), 'MissingEndParenthesisInExpression');
      }
      this.skipNewlines();
      let rBracket: ScannedToken | null = this.nextToken();
      if (rBracket.kind !== TokenKind.RBracket) {
        this.ungetToken(rBracket);
        rBracket = null;
        if (rParen !== null)
          this.reportIncompleteInput(this.after(rParen), 'EndSquareBracketExpectedAtEndOfAttribute');
      }
      return {
        type: 'AttributeAst',
        extent: this.extentOf(lBracket, rBracket ?? rParen ?? lastItem),
        parent: null,
        typeName,
        positionalArguments,
        namedArguments,
      };
    }
    let close: ScannedToken | null = next;
    if (next.kind !== TokenKind.RBracket) {
      this.ungetToken(next);
      this.reportError(this.before(next), 'EndSquareBracketExpectedAtEndOfAttribute');
      close = null;
    }
    return {
      type: 'TypeConstraintAst',
      extent: this.extentOf(lBracket, close ?? typeName.extent),
      parent: null,
      typeName,
    };
  }

  private attributeArgumentsRule(
    positional: ExpressionAst[],
    named: NamedAttributeArgumentAst[],
    lastItemIn: Extent,
  ): Extent {
    let lastItem = lastItemIn;
    const oldDisable = this.disableCommaOperator;
    let comma: ScannedToken | null = null;
    const seen = new Set<string>();
    try {
      this.disableCommaOperator = true;
      for (;;) {
        this.skipNewlines();
        const name = this.simpleNameRule();
        let expr: ExpressionAst | null;
        let omitted = false;
        if (name !== null) {
          const token = this.peekToken();
          if (token.kind === TokenKind.Equals) {
            this.nextToken();
            this.skipNewlines();
            expr = this.expressionRule();
            if (expr === null) {
              const at = this.after(token);
              this.reportIncompleteInput(at, 'MissingExpressionInNamedArgument');
              expr = this.errorExpression(at);
              this.syncOnError(
                true,
                TokenKind.Comma,
                TokenKind.RParen,
                TokenKind.RBracket,
                TokenKind.NewLine,
              );
            }
            lastItem = expr.extent;
          } else {
            // PowerShell stores the constant $true for an omitted value (`[Parameter(Mandatory)]`).
            expr = this.variableFromPath(name.extent, 'true', false);
            omitted = true;
          }
          const key = name.value.toLowerCase();
          if (seen.has(key)) this.reportError(name.extent, 'DuplicateNamedArgument', name.value);
          else {
            seen.add(key);
            named.push({
              type: 'NamedAttributeArgumentAst',
              extent: this.extentOf(name, expr),
              parent: null,
              argumentName: name.value,
              argument: expr,
              expressionOmitted: omitted,
            });
          }
          lastItem = expr.extent;
        } else {
          expr = this.expressionRule();
          if (expr !== null) {
            positional.push(expr);
            lastItem = expr.extent;
          } else if (comma !== null) {
            const at = this.after(comma);
            this.reportIncompleteInput(at, 'MissingExpressionAfterToken', ',');
            positional.push(this.errorExpression(at));
            lastItem = at;
          }
        }
        this.skipNewlines();
        comma = this.peekToken();
        if (comma.kind !== TokenKind.Comma) break;
        lastItem = comma.extent;
        this.skipToken();
      }
    } finally {
      this.disableCommaOperator = oldDisable;
    }
    return lastItem;
  }

  // ---- type names -------------------------------------------------------------------------------

  private typeNameRule(allowAssemblyQualifiedNames: boolean): ITypeName | null {
    return this.withMode('TypeName', () => {
      const token = this.nextToken();
      if (token.kind !== TokenKind.Identifier) {
        this.ungetToken(token);
        return null;
      }
      return this.finishTypeNameRule(token, false, allowAssemblyQualifiedNames);
    });
  }

  private simpleTypeName(extent: Extent, name: string, assemblyName: string | null = null): TypeName {
    return {
      kind: 'TypeName',
      name,
      fullName: assemblyName === null ? name : `${name},${assemblyName}`,
      assemblyName,
      extent,
    };
  }

  private finishTypeNameRule(
    typeNameToken: ScannedToken,
    unbracketedGenericArg: boolean,
    allowAssembly = true,
  ): ITypeName {
    let token = this.peekToken();
    if (token.kind === TokenKind.LBracket) {
      const lBracket = token;
      this.skipToken();
      this.skipNewlines();
      token = this.nextToken();
      switch (token.kind) {
        case TokenKind.RBracket:
        case TokenKind.Comma: {
          const element = this.simpleTypeName(typeNameToken.extent, typeNameToken.text);
          return this.completeArrayTypeName(element, token, unbracketedGenericArg);
        }
        case TokenKind.LBracket:
        case TokenKind.Identifier:
          return this.genericTypeNameRule(typeNameToken, token, unbracketedGenericArg);
        default:
          if (token.kind !== TokenKind.EndOfInput) {
            this.reportError(token.extent, 'UnexpectedToken', token.text);
            this.syncOnError(true, TokenKind.RBracket);
          } else {
            this.ungetToken(token);
            this.reportIncompleteInput(this.after(lBracket), 'MissingTypename');
          }
          return this.simpleTypeName(typeNameToken.extent, typeNameToken.text);
      }
    }
    if (token.kind === TokenKind.Comma && allowAssembly && !unbracketedGenericArg) {
      this.skipToken();
      const assembly = this.tokenizer.getAssemblyNameSpec();
      if (assembly.trim().length === 0) {
        this.reportError(this.after(token), 'MissingAssemblyNameSpecification');
        return this.simpleTypeName(typeNameToken.extent, typeNameToken.text);
      }
      return this.simpleTypeName(
        this.ext(typeNameToken.extent.startOffset, this.tokenizer.pos),
        typeNameToken.text,
        assembly,
      );
    }
    return this.simpleTypeName(typeNameToken.extent, typeNameToken.text);
  }

  private getSingleGenericArgument(first: ScannedToken): ITypeName {
    if (first.kind === TokenKind.Identifier) return this.finishTypeNameRule(first, true);
    // `[` around an argument: `Dictionary[[string],[int]]`
    const token = this.nextToken();
    if (token.kind !== TokenKind.Identifier) {
      this.ungetToken(token);
      this.reportIncompleteInput(this.after(token), 'MissingTypename');
      return this.simpleTypeName(first.extent, ':ErrorTypeName:');
    }
    const typeName = this.finishTypeNameRule(token, false);
    const rBracket = this.nextToken();
    if (rBracket.kind !== TokenKind.RBracket) {
      this.ungetToken(rBracket);
      this.reportIncompleteInput(this.before(rBracket), 'EndSquareBracketExpectedAtEndOfType');
    }
    return typeName;
  }

  private genericTypeArgumentsRule(first: ScannedToken): { args: ITypeName[]; last: ScannedToken } {
    this.enter();
    try {
      const args: ITypeName[] = [this.getSingleGenericArgument(first)];
      for (;;) {
        this.skipNewlines();
        const last = this.nextToken();
        if (last.kind !== TokenKind.Comma) return { args, last };
        this.skipNewlines();
        const token = this.peekToken();
        if (token.kind === TokenKind.Identifier || token.kind === TokenKind.LBracket) {
          this.skipToken();
          args.push(this.getSingleGenericArgument(token));
        } else {
          this.reportIncompleteInput(this.after(last), 'MissingTypename');
          args.push(this.simpleTypeName(last.extent, ':ErrorTypeName:'));
        }
      }
    } finally {
      this.leave();
    }
  }

  private genericTypeNameRule(
    genericName: ScannedToken,
    first: ScannedToken,
    unbracketedGenericArg: boolean,
  ): ITypeName {
    const { args, last } = this.genericTypeArgumentsRule(first);
    let rBracket: ScannedToken | null = last;
    if (last.kind !== TokenKind.RBracket) {
      this.ungetToken(last);
      this.reportIncompleteInput(this.before(last), 'EndSquareBracketExpectedAtEndOfAttribute');
      rBracket = null;
    }
    const open = this.simpleTypeName(genericName.extent, genericName.text);
    const lastArg = args[args.length - 1];
    const end = rBracket?.extent ?? lastArg?.extent ?? first.extent;
    let result: ITypeName = {
      kind: 'GenericTypeName',
      typeName: open,
      genericArguments: args,
      name: `${open.name}[${args.map((a) => a.name).join(',')}]`,
      fullName: `${open.fullName}[${args.map((a) => a.fullName).join(',')}]`,
      extent: this.extentOf(genericName, end),
    };
    const token = this.peekToken();
    if (token.kind === TokenKind.LBracket) {
      this.skipToken();
      result = this.completeArrayTypeName(result, this.nextToken(), unbracketedGenericArg);
    } else if (token.kind === TokenKind.Comma && !unbracketedGenericArg) {
      this.skipToken();
      const assembly = this.tokenizer.getAssemblyNameSpec();
      if (assembly.length === 0) this.reportError(this.after(token), 'MissingAssemblyNameSpecification');
    }
    return result;
  }

  private completeArrayTypeName(
    elementIn: ITypeName,
    firstAfterLBracket: ScannedToken,
    unbracketedGenericArg: boolean,
  ): ITypeName {
    let element = elementIn;
    let first = firstAfterLBracket;
    for (;;) {
      let token: ScannedToken;
      switch (first.kind) {
        case TokenKind.Comma: {
          let dim = 1;
          token = first;
          let lastComma: ScannedToken;
          do {
            lastComma = token;
            dim++;
            token = this.nextToken();
          } while (token.kind === TokenKind.Comma);
          if (dim > 32) {
            if (token.kind !== TokenKind.RBracket) this.ungetToken(token);
            this.reportError(this.extentOf(first, lastComma), 'ArrayHasTooManyDimensions', String(dim));
            break;
          }
          if (token.kind !== TokenKind.RBracket) {
            this.ungetToken(token);
            this.reportError(this.after(lastComma), 'EndSquareBracketExpectedAtEndOfAttribute');
          }
          element = this.arrayTypeName(element, dim, this.extentOf(element.extent, token));
          break;
        }
        case TokenKind.RBracket:
          element = this.arrayTypeName(element, 1, this.extentOf(element.extent, first));
          break;
        case TokenKind.EndOfInput:
          this.ungetToken(first);
          this.reportError(this.before(first), 'EndSquareBracketExpectedAtEndOfAttribute');
          break;
        default:
          this.reportError(first.extent, 'UnexpectedToken', first.text);
          this.syncOnError(true, TokenKind.RBracket);
          break;
      }
      token = this.peekToken();
      if (!unbracketedGenericArg && token.kind === TokenKind.Comma) {
        this.skipToken();
        const assembly = this.tokenizer.getAssemblyNameSpec();
        if (assembly.length === 0) this.reportError(this.after(token), 'MissingAssemblyNameSpecification');
        break;
      }
      if (token.kind !== TokenKind.LBracket) break;
      this.skipToken();
      first = this.nextToken();
    }
    return element;
  }

  private arrayTypeName(element: ITypeName, rank: number, extent: Extent): ITypeName {
    const suffix = `[${','.repeat(rank - 1)}]`;
    return {
      kind: 'ArrayTypeName',
      elementType: element,
      rank,
      name: element.name + suffix,
      fullName: element.fullName + suffix,
      extent,
    };
  }

  // ---- script block bodies ----------------------------------------------------------------------

  private completeScriptBlockBody(
    lCurly: ScannedToken | null,
    bodyExtent: Extent | null,
  ): { ok: boolean; full: Extent } {
    if (lCurly !== null) {
      const rCurly = this.nextToken();
      let end: Extent;
      if (rCurly.kind !== TokenKind.RCurly) {
        this.ungetToken(rCurly);
        end = bodyExtent ?? lCurly.extent;
        this.reportIncompleteInputAt(lCurly.extent, rCurly.extent, 'MissingEndCurlyBrace');
      } else end = rCurly.extent;
      return { ok: true, full: this.extentOf(lCurly, end) };
    }
    const full = this.ext(0, this.source.text.length);
    const token = this.nextToken();
    if (token.kind !== TokenKind.EndOfInput) {
      this.reportError(token.extent, 'UnexpectedToken', token.text);
      return { ok: false, full };
    }
    return { ok: true, full };
  }

  private scriptBlockBodyRule(
    lCurly: ScannedToken | null,
    usingStatements: UsingStatementAst[],
    paramBlock: ParamBlockAst | null,
    isFilter: boolean,
  ): ScriptBlockAst {
    const token = this.peekToken();
    if ((token.flags & TokenFlags.ScriptBlockBlockName) !== 0)
      return this.namedBlockListRule(lCurly, usingStatements, paramBlock);
    const statements: StatementAst[] = [];
    const traps: TrapStatementAst[] = [];
    let listExtent: Extent | null = paramBlock?.extent ?? null;
    let full: Extent;
    for (;;) {
      const extent = this.statementListRule(statements, traps);
      if (listExtent === null) listExtent = extent;
      else if (extent !== null) listExtent = this.extentOf(listExtent, extent);
      const r = this.completeScriptBlockBody(lCurly, listExtent);
      if (r.ok) {
        full = r.full;
        break;
      }
    }
    const block: NamedBlockAst = {
      type: 'NamedBlockAst',
      extent: listExtent ?? this.emptyExtent(),
      parent: null,
      blockKind: isFilter ? 'Process' : 'End',
      unnamed: true,
      statements,
      traps,
    };
    return this.scriptBlock(full, usingStatements, paramBlock, {
      beginBlock: null,
      processBlock: isFilter ? block : null,
      endBlock: isFilter ? null : block,
      cleanBlock: null,
      dynamicParamBlock: null,
    });
  }

  private scriptBlock(
    extent: Extent,
    usingStatements: UsingStatementAst[],
    paramBlock: ParamBlockAst | null,
    blocks: {
      beginBlock: NamedBlockAst | null;
      processBlock: NamedBlockAst | null;
      endBlock: NamedBlockAst | null;
      cleanBlock: NamedBlockAst | null;
      dynamicParamBlock: NamedBlockAst | null;
    },
  ): ScriptBlockAst {
    return {
      type: 'ScriptBlockAst',
      extent,
      parent: null,
      paramBlock,
      beginBlock: blocks.beginBlock,
      processBlock: blocks.processBlock,
      endBlock: blocks.endBlock,
      cleanBlock: blocks.cleanBlock,
      dynamicParamBlock: blocks.dynamicParamBlock,
      usingStatements,
      attributes: [],
      scriptRequirements: null,
    };
  }

  private namedBlockListRule(
    lCurly: ScannedToken | null,
    usingStatements: UsingStatementAst[],
    paramBlock: ParamBlockAst | null,
  ): ScriptBlockAst {
    const blocks = {
      beginBlock: null as NamedBlockAst | null,
      processBlock: null as NamedBlockAst | null,
      endBlock: null as NamedBlockAst | null,
      cleanBlock: null as NamedBlockAst | null,
      dynamicParamBlock: null as NamedBlockAst | null,
    };
    let startExtent: Extent | null = lCurly?.extent ?? paramBlock?.extent ?? null;
    let endExtent: Extent | null = null;
    for (;;) {
      const nameToken = this.nextToken();
      let kind: NamedBlockKind;
      switch (nameToken.kind) {
        case TokenKind.RCurly:
        case TokenKind.EndOfInput: {
          this.ungetToken(nameToken);
          const body =
            startExtent !== null && endExtent !== null ? this.extentOf(startExtent, endExtent) : null;
          const r = this.completeScriptBlockBody(lCurly, body);
          return this.scriptBlock(r.full, usingStatements, paramBlock, blocks);
        }
        case TokenKind.Dynamicparam:
          kind = 'Dynamicparam';
          break;
        case TokenKind.Begin:
          kind = 'Begin';
          break;
        case TokenKind.Process:
          kind = 'Process';
          break;
        case TokenKind.End:
          kind = 'End';
          break;
        case TokenKind.Clean:
          kind = 'Clean';
          break;
        default: {
          let full: Extent;
          if (lCurly !== null) {
            this.ungetToken(nameToken);
            full = this.extentOf(startExtent ?? lCurly, endExtent ?? lCurly);
          } else full = this.ext(0, this.source.text.length);
          this.reportError(nameToken.extent, 'MissingNamedBlocks', nameToken.text);

          return this.scriptBlock(full, usingStatements, paramBlock, blocks);
        }
      }
      startExtent ??= nameToken.extent;
      endExtent = nameToken.extent;
      let body = this.statementBlockRule();
      if (body === null) {
        this.reportIncompleteInput(
          this.after(nameToken),
          'MissingNamedStatementBlock',
          tokenKindText(nameToken.kind),
        );
        body = {
          type: 'StatementBlockAst',
          extent: nameToken.extent,
          parent: null,
          statements: [],
          traps: [],
        };
      } else endExtent = body.extent;
      const extent = this.extentOf(nameToken, endExtent);
      const block: NamedBlockAst = {
        type: 'NamedBlockAst',
        extent,
        parent: null,
        blockKind: kind,
        unnamed: false,
        statements: body.statements,
        traps: body.traps,
      };
      const slot =
        kind === 'Begin'
          ? 'beginBlock'
          : kind === 'Process'
            ? 'processBlock'
            : kind === 'End'
              ? 'endBlock'
              : kind === 'Clean'
                ? 'cleanBlock'
                : 'dynamicParamBlock';
      if (blocks[slot] === null) blocks[slot] = block;
      else this.reportError(extent, 'DuplicateScriptCommandClause', tokenKindText(nameToken.kind));
      this.skipNewlinesAndSemicolons();
    }
  }

  /** Scans whatever the grammar left unread, so the token list still covers the whole source. */
  drainTokens(): void {
    this.tokenizer.mode = 'Command';
    while (this.nextToken().kind !== TokenKind.EndOfInput) {
      /* the rest is already reported; keep its tokens */
    }
  }

  private statementBlockRule(): StatementBlockAst | null {
    this.skipNewlines();
    const lCurly = this.nextToken();
    if (lCurly.kind !== TokenKind.LCurly) {
      this.ungetToken(lCurly);
      return null;
    }
    const statements: StatementAst[] = [];
    const traps: TrapStatementAst[] = [];
    const listExtent = this.statementListRule(statements, traps);
    const rCurly = this.nextToken();
    let end: Extent;
    if (rCurly.kind !== TokenKind.RCurly) {
      this.ungetToken(rCurly);
      end = listExtent ?? lCurly.extent;
      this.reportIncompleteInputAt(lCurly.extent, rCurly.extent, 'MissingEndCurlyBrace');
    } else end = rCurly.extent;
    return { type: 'StatementBlockAst', extent: this.extentOf(lCurly, end), parent: null, statements, traps };
  }

  private statementListRule(statements: StatementAst[], traps: TrapStatementAst[]): Extent | null {
    let first: StatementAst | null = null;
    let last: StatementAst | null = null;
    this.skipNewlinesAndSemicolons();
    for (;;) {
      const statement = this.statementRule();
      if (statement === null) break;
      if (statement.type === 'TrapStatementAst') traps.push(statement);
      else statements.push(statement);
      first ??= statement;
      last = statement;
      this.skipNewlinesAndSemicolons();
      const token = this.peekToken();
      if (token.kind === TokenKind.RParen || token.kind === TokenKind.RCurly) break;
    }
    return first === null || last === null ? null : this.extentOf(first, last);
  }

  // ==== statements ===============================================================================

  private statementRule(): StatementAst | null {
    this.enter();
    try {
      return this.statementRuleInner();
    } finally {
      this.leave();
    }
  }

  private statementRuleInner(): StatementAst | null {
    let restorePoint = 0;
    let token = this.nextToken();
    let attributes: AttributeBaseAst[] | null = null;
    if (token.kind === TokenKind.Generic && token.text.charCodeAt(0) === 91) {
      restorePoint = token.extent.startOffset;
      this.resync(token);
      attributes = this.attributeListRule(false);
      token = this.nextToken();
      if (attributes !== null && attributes.length > 0) {
        if ((token.flags & TokenFlags.StatementDoesntSupportAttributes) !== 0) {
          if (attributes.some((a) => a.type === 'TypeConstraintAst')) {
            this.resync(restorePoint);
            token = this.nextToken();
          } else {
            const a0 = attributes[0] as AttributeBaseAst;
            this.reportError(a0.extent, 'UnexpectedAttribute', a0.typeName.fullName);
          }
        } else if ((token.flags & TokenFlags.Keyword) !== 0) {
          const typeOnly = attributes.find((a) => a.type !== 'AttributeAst');
          if (typeOnly)
            this.reportError(typeOnly.extent, 'TypeNotAllowedBeforeStatement', typeOnly.typeName.fullName);
        } else {
          this.resync(restorePoint);
          token = this.nextToken();
        }
      }
    }
    switch (token.kind) {
      case TokenKind.If:
        return this.ifStatementRule(token);
      case TokenKind.Switch:
        return this.switchStatementRule(null, token);
      case TokenKind.Foreach:
        return this.foreachStatementRule(null, token);
      case TokenKind.For:
        return this.forStatementRule(null, token);
      case TokenKind.While:
        return this.whileStatementRule(null, token);
      case TokenKind.Do:
        return this.doWhileStatementRule(null, token);
      case TokenKind.Function:
      case TokenKind.Filter:
      case TokenKind.Workflow:
        return this.functionDeclarationRule(token);
      case TokenKind.Return:
        return this.flowStatement('ReturnStatementAst', token);
      case TokenKind.Throw:
        return this.flowStatement('ThrowStatementAst', token);
      case TokenKind.Exit:
        return this.flowStatement('ExitStatementAst', token);
      case TokenKind.Break:
        return this.breakOrContinueRule('BreakStatementAst', token);
      case TokenKind.Continue:
        return this.breakOrContinueRule('ContinueStatementAst', token);
      case TokenKind.Trap:
        return this.trapStatementRule(token);
      case TokenKind.Try:
        return this.tryStatementRule(token);
      case TokenKind.Data:
        return this.dataStatementRule(token);
      case TokenKind.From:
      case TokenKind.Define:
      case TokenKind.Var:
        this.reportError(token.extent, 'ReservedKeywordNotAllowed', tokenKindText(token.kind));
        return this.errorStatement(token.extent);
      case TokenKind.Label:
        this.skipNewlines();
        return this.labeledStatementRule(token);
      case TokenKind.EndOfInput:
        if (attributes !== null) {
          this.resync(restorePoint);
          return this.pipelineChainRule();
        }
        this.ungetToken(token);
        return null;
      case TokenKind.Else:
      case TokenKind.ElseIf:
      case TokenKind.Catch:
      case TokenKind.Until:
        if (this.errors.length > 0) {
          this.skipNewlines();
          return this.statementRule();
        }
        break;
      case TokenKind.Class:
        return this.classDefinitionRule(attributes, token);
      case TokenKind.Enum:
        return this.enumDefinitionRule(attributes, token);
      case TokenKind.Using: {
        const statement = this.usingStatementRule(token);
        this.reportError(statement.extent, 'UsingMustBeAtStartOfScript');
        return statement;
      }
    }
    if (attributes !== null) this.resync(restorePoint);
    else this.ungetToken(token);
    return this.pipelineChainRule();
  }

  private simpleNameRule(): StringConstantExpressionAst | null {
    let token: ScannedToken;
    try {
      this.tokenizer.wantSimpleName = true;
      token = this.peekToken();
    } finally {
      this.tokenizer.wantSimpleName = false;
    }
    if (token.kind === TokenKind.Identifier) {
      token.flags |= TokenFlags.MemberName;
      this.skipToken();
      return this.bareWord(token.extent, token.text);
    }
    return null;
  }

  private labelOrKeyRule(): ExpressionAst | null {
    const simpleName = this.simpleNameRule();
    if (simpleName !== null) return simpleName;
    const token = this.peekToken();
    if (token.kind !== TokenKind.NewLine && token.kind !== TokenKind.Semi) {
      const old = this.disableCommaOperator;
      try {
        this.disableCommaOperator = true;
        return this.unaryExpressionRule();
      } finally {
        this.disableCommaOperator = old;
      }
    }
    return null;
  }

  private breakOrContinueRule(
    type: 'BreakStatementAst' | 'ContinueStatementAst',
    keyword: ScannedToken,
  ): StatementAst {
    const label = this.labelOrKeyRule();
    const extent = label !== null ? this.extentOf(keyword, label) : keyword.extent;
    return { type, extent, parent: null, label } as StatementAst;
  }

  private flowStatement(
    type: 'ReturnStatementAst' | 'ThrowStatementAst' | 'ExitStatementAst',
    keyword: ScannedToken,
  ): StatementAst {
    const pipeline = this.pipelineChainRule();
    const extent = pipeline !== null ? this.extentOf(keyword, pipeline) : keyword.extent;
    if (type === 'ThrowStatementAst') {
      return { type, extent, parent: null, pipeline, isRethrow: pipeline === null && this.inCatch > 0 };
    }
    return { type, extent, parent: null, pipeline } as StatementAst;
  }

  private labeledStatementRule(label: ScannedToken): StatementAst | null {
    const token = this.nextToken();
    switch (token.kind) {
      case TokenKind.Switch:
        return this.switchStatementRule(label, token);
      case TokenKind.Foreach:
        return this.foreachStatementRule(label, token);
      case TokenKind.For:
        return this.forStatementRule(label, token);
      case TokenKind.While:
        return this.whileStatementRule(label, token);
      case TokenKind.Do:
        return this.doWhileStatementRule(label, token);
      default:
        this.resync(label);
        return this.pipelineChainRule();
    }
  }

  private ifStatementRule(ifToken: ScannedToken): StatementAst {
    const clauses: (readonly [PipelineBaseAst, StatementBlockAst])[] = [];
    const components: Ast[] = [];
    let elseClause: StatementBlockAst | null = null;
    let keyword = ifToken;
    for (;;) {
      this.skipNewlines();
      const lParen = this.nextToken();
      if (lParen.kind !== TokenKind.LParen) {
        this.ungetToken(lParen);
        this.reportIncompleteInput(this.after(keyword), 'MissingOpenParenthesisInIfStatement', keyword.text);
        return this.errorStatement(this.extentOf(ifToken, keyword), components, TokenKind.If);
      }
      this.skipNewlines();
      let condition = this.pipelineChainRule();
      if (condition === null) {
        const at = this.after(lParen);
        this.reportIncompleteInput(at, 'IfStatementMissingCondition', keyword.text);
        condition = this.errorStatement(at);
      } else components.push(condition);
      this.skipNewlines();
      const rParen = this.nextToken();
      if (rParen.kind !== TokenKind.RParen) {
        this.ungetToken(rParen);
        if (condition.type !== 'ErrorStatementAst') {
          this.reportIncompleteInput(rParen.extent, 'MissingEndParenthesisAfterStatement', keyword.text);
        }
        return this.errorStatement(this.extentOf(ifToken, this.before(rParen)), components, TokenKind.If);
      }
      this.skipNewlines();
      const body = this.statementBlockRule();
      if (body === null) {
        this.reportIncompleteInput(rParen.extent, 'MissingStatementBlock', keyword.text);
        return this.errorStatement(this.extentOf(ifToken, rParen), components, TokenKind.If);
      }
      components.push(body);
      clauses.push([condition, body]);
      const restore = this.restorePoint();
      this.skipNewlines();
      keyword = this.peekToken();
      if (keyword.kind === TokenKind.ElseIf) {
        this.skipToken();
        continue;
      }
      if (keyword.kind === TokenKind.Else) {
        this.skipToken();
        this.skipNewlines();
        elseClause = this.statementBlockRule();
        if (elseClause === null) {
          this.reportIncompleteInput(this.after(keyword), 'MissingStatementBlockAfterElse');
          return this.errorStatement(this.extentOf(ifToken, keyword), components, TokenKind.If);
        }
      } else this.resync(restore);
      break;
    }
    const end =
      elseClause ?? (clauses[clauses.length - 1] as readonly [PipelineBaseAst, StatementBlockAst])[1];
    return { type: 'IfStatementAst', extent: this.extentOf(ifToken, end), parent: null, clauses, elseClause };
  }

  private switchStatementRule(label: ScannedToken | null, switchToken: ScannedToken): StatementAst {
    const startExtent = (label ?? switchToken).extent;
    let endError: Extent = startExtent;
    let isError = false;
    let isIncompleteError = false;
    this.skipNewlines();
    let condition: PipelineBaseAst | null = null;
    let flags = SwitchFlags.None as number;
    let param = this.peekToken();
    while (param.kind === TokenKind.Parameter) {
      this.skipToken();
      endError = param.extent;
      if (Parser.isSpecificParameter(param, 'regex'))
        flags = (flags | SwitchFlags.Regex) & ~SwitchFlags.Wildcard;
      else if (Parser.isSpecificParameter(param, 'wildcard'))
        flags = (flags | SwitchFlags.Wildcard) & ~SwitchFlags.Regex;
      else if (Parser.isSpecificParameter(param, 'exact'))
        flags &= ~(SwitchFlags.Regex | SwitchFlags.Wildcard);
      else if (Parser.isSpecificParameter(param, 'casesensitive')) flags |= SwitchFlags.CaseSensitive;
      else if (Parser.isSpecificParameter(param, 'parallel')) flags |= SwitchFlags.Parallel;
      else if (Parser.isSpecificParameter(param, 'file')) {
        flags |= SwitchFlags.File;
        this.skipNewlines();
        const fileName = this.getSingleCommandArgument(Ctx.FileName);
        if (fileName === null) {
          isError = true;
          isIncompleteError = this.reportIncompleteInput(this.after(param), 'MissingFilenameOption');
        } else {
          endError = fileName.extent;
          condition = this.pipelineOf(fileName);
        }
      } else {
        isError = true;
        this.reportError(param.extent, 'InvalidSwitchFlag', param.name ?? '');
      }
      param = this.peekToken();
    }
    let needErrorCondition = false;
    const lParen = this.peekToken();
    if (lParen.kind === TokenKind.LParen) {
      needErrorCondition = true;
      endError = lParen.extent;
      this.skipToken();
      if ((flags & SwitchFlags.File) !== 0) {
        isError = true;
        this.reportError(lParen.extent, 'PipelineValueRequired');
      }
      this.skipNewlines();
      condition = this.pipelineChainRule();
      if (condition === null) {
        isError = true;
        isIncompleteError = this.reportIncompleteInput(this.after(lParen), 'PipelineValueRequired');
      } else endError = condition.extent;
      this.skipNewlines();
      const rParen = this.nextToken();
      if (rParen.kind !== TokenKind.RParen) {
        this.ungetToken(rParen);
        if (!isIncompleteError) {
          isError = true;
          isIncompleteError = this.reportIncompleteInput(
            this.after(endError),
            'MissingEndParenthesisInSwitchStatement',
          );
        }
      } else endError = rParen.extent;
    } else if (condition === null && (flags & SwitchFlags.File) === 0) {
      isError = true;
      isIncompleteError = this.reportIncompleteInput(this.after(endError), 'PipelineValueRequired');
    }
    this.skipNewlines();
    const lCurly = this.nextToken();
    let defaultClause: StatementBlockAst | null = null;
    const clauses: (readonly [ExpressionAst, StatementBlockAst])[] = [];
    const errorAsts: Ast[] = [];
    let rCurly: ScannedToken | null = null;
    if (lCurly.kind !== TokenKind.LCurly) {
      this.ungetToken(lCurly);
      if (!isIncompleteError) {
        isError = true;
        this.reportIncompleteInput(this.after(endError), 'MissingCurlyBraceInSwitchStatement');
      }
    } else {
      endError = lCurly.extent;
      this.skipNewlines();
      for (;;) {
        let token = this.peekToken();
        const isDefault = token.kind === TokenKind.Default;
        let clauseCondition: ExpressionAst | null;
        if (isDefault) {
          this.skipToken();
          clauseCondition = this.bareWord(token.extent, token.text);
        } else {
          clauseCondition = this.getSingleCommandArgument(Ctx.SwitchCondition);
          if (clauseCondition === null) {
            isError = true;
            this.reportIncompleteInput(this.after(endError), 'MissingSwitchConditionExpression');
            if (this.peekToken().kind === TokenKind.RCurly) this.skipToken();
            break;
          }
        }
        errorAsts.push(clauseCondition);
        endError = clauseCondition.extent;
        const body = this.statementBlockRule();
        if (body === null) {
          isError = true;
          isIncompleteError = this.reportIncompleteInput(
            this.after(endError),
            'MissingSwitchStatementClause',
          );
        } else {
          errorAsts.push(body);
          endError = body.extent;
          if (isDefault) {
            if (defaultClause !== null) {
              isError = true;
              this.reportError(clauseCondition.extent, 'MultipleSwitchDefaultClauses');
            }
            defaultClause = body;
          } else clauses.push([clauseCondition, body]);
        }
        this.skipNewlinesAndSemicolons();
        token = this.peekToken();
        if (token.kind === TokenKind.RCurly) {
          rCurly = token;
          this.skipToken();
          break;
        }
        if (token.kind === TokenKind.EndOfInput) {
          if (!isIncompleteError) {
            isError = true;
            this.reportIncompleteInputAt(lCurly.extent, token.extent, 'MissingEndCurlyBrace');
          }
          break;
        }
      }
    }
    if (isError || rCurly === null || condition === null) {
      return this.errorStatement(
        this.extentOf(startExtent, endError),
        [needErrorCondition ? condition : null, ...errorAsts],
        TokenKind.Switch,
      );
    }
    return {
      type: 'SwitchStatementAst',
      extent: this.extentOf(startExtent, rCurly),
      parent: null,
      label: label?.name ?? null,
      condition,
      flags,
      clauses,
      default: defaultClause,
    };
  }

  private pipelineOf(expr: ExpressionAst): PipelineAst {
    const command: CommandExpressionAst = {
      type: 'CommandExpressionAst',
      extent: expr.extent,
      parent: null,
      expression: expr,
      redirections: [],
    };
    return {
      type: 'PipelineAst',
      extent: expr.extent,
      parent: null,
      pipelineElements: [command],
      background: false,
    };
  }

  private foreachStatementRule(label: ScannedToken | null, forEachToken: ScannedToken): StatementAst {
    const start = (label ?? forEachToken).extent;
    let endError: Extent | null = null;
    this.skipNewlines();
    let param = this.peekToken();
    let flags = ForEachFlags.None as number;
    let throttleLimit: ExpressionAst | null = null;
    while (param.kind === TokenKind.Parameter) {
      this.skipToken();
      if (Parser.isSpecificParameter(param, 'parallel')) flags |= ForEachFlags.Parallel;
      else if (Parser.isSpecificParameter(param, 'throttlelimit')) {
        this.skipNewlines();
        throttleLimit = this.getSingleCommandArgument(Ctx.CommandArgument);
        if (throttleLimit === null) this.reportIncompleteInput(this.after(param), 'MissingThrottleLimit');
      } else {
        endError = param.extent;
        this.reportError(param.extent, 'InvalidForeachFlag', param.name ?? '');
      }
      this.skipNewlines();
      param = this.peekToken();
    }
    const lParen = this.nextToken();
    if (lParen.kind !== TokenKind.LParen) {
      this.ungetToken(lParen);
      this.reportIncompleteInput(
        this.after(forEachToken),
        'MissingOpenParenthesisAfterKeyword',
        tokenKindText(forEachToken.kind),
      );
      return this.errorStatement(this.extentOf(start, forEachToken), [], TokenKind.Foreach);
    }
    this.skipNewlines();
    const varToken = this.nextToken();
    if (varToken.kind !== TokenKind.Variable && varToken.kind !== TokenKind.SplattedVariable) {
      this.ungetToken(varToken);
      this.reportIncompleteInput(this.after(lParen), 'MissingVariableNameAfterForeach');
      return this.errorStatement(this.extentOf(start, lParen), [], TokenKind.Foreach);
    }
    const variable = this.variableFromToken(varToken);
    this.skipNewlines();
    let pipeline: PipelineBaseAst | null = null;
    let body: StatementBlockAst | null = null;
    const inToken = this.nextToken();
    if (inToken.kind !== TokenKind.In) {
      this.ungetToken(inToken);
      endError = variable.extent;
      this.reportIncompleteInput(this.after(endError), 'MissingInInForeach');
    } else {
      this.skipNewlines();
      pipeline = this.pipelineChainRule();
      if (pipeline === null) {
        endError = inToken.extent;
        this.reportIncompleteInput(this.after(endError), 'MissingForeachExpression');
      } else {
        this.skipNewlines();
        const rParen = this.nextToken();
        if (rParen.kind !== TokenKind.RParen) {
          this.ungetToken(rParen);
          endError = pipeline.extent;
          this.reportIncompleteInput(this.after(endError), 'MissingEndParenthesisAfterForeach');
        } else {
          body = this.statementBlockRule();
          if (body === null) {
            endError = rParen.extent;
            this.reportIncompleteInput(this.after(endError), 'MissingForeachStatement');
          }
        }
      }
    }
    if (endError !== null || body === null || pipeline === null) {
      return this.errorStatement(
        this.extentOf(start, endError ?? forEachToken.extent),
        [variable, pipeline, body],
        TokenKind.Foreach,
      );
    }
    return {
      type: 'ForEachStatementAst',
      extent: this.extentOf(start, body),
      parent: null,
      label: label?.name ?? null,
      variable,
      condition: pipeline,
      body,
      flags,
      throttleLimit,
    };
  }

  private forStatementRule(label: ScannedToken | null, forToken: ScannedToken): StatementAst {
    const start = (label ?? forToken).extent;
    let endError: Extent | null = null;
    this.skipNewlines();
    const lParen = this.nextToken();
    if (lParen.kind !== TokenKind.LParen) {
      this.ungetToken(lParen);
      this.reportIncompleteInput(
        this.after(forToken),
        'MissingOpenParenthesisAfterKeyword',
        tokenKindText(forToken.kind),
      );
      return this.errorStatement(this.extentOf(start, forToken), [], TokenKind.For);
    }
    this.skipNewlines();
    const initializer = this.pipelineChainRule();
    if (initializer !== null) endError = initializer.extent;
    if (this.peekToken().kind === TokenKind.Semi) endError = this.nextToken().extent;
    this.skipNewlines();
    const condition = this.pipelineChainRule();
    if (condition !== null) endError = condition.extent;
    if (this.peekToken().kind === TokenKind.Semi) endError = this.nextToken().extent;
    this.skipNewlines();
    const iterator = this.pipelineChainRule();
    if (iterator !== null) endError = iterator.extent;
    this.skipNewlines();
    const rParen = this.nextToken();
    let body: StatementBlockAst | null = null;
    if (rParen.kind !== TokenKind.RParen) {
      this.ungetToken(rParen);
      endError ??= lParen.extent;
      this.reportIncompleteInput(
        this.after(endError),
        'MissingEndParenthesisAfterStatement',
        tokenKindText(forToken.kind),
      );
    } else {
      body = this.statementBlockRule();
      if (body === null) {
        endError = rParen.extent;
        this.reportIncompleteInput(
          this.after(endError),
          'MissingLoopStatement',
          tokenKindText(forToken.kind),
        );
      }
    }
    if (body === null) {
      return this.errorStatement(
        this.extentOf(start, endError ?? forToken.extent),
        [initializer, condition, iterator],
        TokenKind.For,
      );
    }
    return {
      type: 'ForStatementAst',
      extent: this.extentOf(start, body),
      parent: null,
      label: label?.name ?? null,
      initializer,
      condition,
      iterator,
      body,
    };
  }

  private whileStatementRule(label: ScannedToken | null, whileToken: ScannedToken): StatementAst {
    const start = (label ?? whileToken).extent;
    this.skipNewlines();
    const lParen = this.nextToken();
    if (lParen.kind !== TokenKind.LParen) {
      this.ungetToken(lParen);
      this.reportIncompleteInput(
        this.after(whileToken),
        'MissingOpenParenthesisAfterKeyword',
        whileToken.text,
      );
      return this.errorStatement(this.extentOf(start, whileToken), [], TokenKind.While);
    }
    this.skipNewlines();
    let condition = this.pipelineChainRule();
    let errorCondition: PipelineBaseAst | null = null;
    if (condition === null) {
      const at = this.after(lParen);
      this.reportIncompleteInput(at, 'MissingExpressionAfterKeyword', tokenKindText(whileToken.kind));
      condition = this.errorStatement(at);
    } else errorCondition = condition;
    this.skipNewlines();
    const rParen = this.nextToken();
    if (rParen.kind !== TokenKind.RParen) {
      this.ungetToken(rParen);
      if (condition.type !== 'ErrorStatementAst') {
        this.reportIncompleteInput(
          this.after(condition),
          'MissingEndParenthesisAfterStatement',
          tokenKindText(whileToken.kind),
        );
      }
      return this.errorStatement(this.extentOf(start, condition), [errorCondition], TokenKind.While);
    }
    this.skipNewlines();
    const body = this.statementBlockRule();
    if (body === null) {
      this.reportIncompleteInput(this.after(rParen), 'MissingLoopStatement', tokenKindText(whileToken.kind));
      return this.errorStatement(this.extentOf(start, rParen), [errorCondition], TokenKind.While);
    }
    return {
      type: 'WhileStatementAst',
      extent: this.extentOf(start, body),
      parent: null,
      label: label?.name ?? null,
      condition,
      body,
    };
  }

  private doWhileStatementRule(label: ScannedToken | null, doToken: ScannedToken): StatementAst {
    const start = (label ?? doToken).extent;
    let endError: Extent | null = null;
    let rParen: ScannedToken | null = null;
    let keyword: ScannedToken | null = null;
    let condition: PipelineBaseAst | null = null;
    const body = this.statementBlockRule();
    if (body === null) {
      endError = doToken.extent;
      this.reportIncompleteInput(this.after(endError), 'MissingLoopStatement', 'do');
    } else {
      this.skipNewlines();
      keyword = this.nextToken();
      if (keyword.kind !== TokenKind.While && keyword.kind !== TokenKind.Until) {
        this.ungetToken(keyword);
        endError = body.extent;
        this.reportIncompleteInput(this.after(endError), 'MissingWhileOrUntilInDoWhile');
      } else {
        this.skipNewlines();
        const lParen = this.nextToken();
        if (lParen.kind !== TokenKind.LParen) {
          this.ungetToken(lParen);
          endError = keyword.extent;
          this.reportIncompleteInput(
            this.after(endError),
            'MissingOpenParenthesisAfterKeyword',
            tokenKindText(keyword.kind),
          );
        } else {
          this.skipNewlines();
          condition = this.pipelineChainRule();
          if (condition === null) {
            endError = lParen.extent;
            this.reportIncompleteInput(
              this.after(endError),
              'MissingExpressionAfterKeyword',
              tokenKindText(keyword.kind),
            );
          }
          this.skipNewlines();
          rParen = this.nextToken();
          if (rParen.kind !== TokenKind.RParen) {
            this.ungetToken(rParen);
            if (condition !== null) {
              endError = condition.extent;
              this.reportIncompleteInput(
                this.after(endError),
                'MissingEndParenthesisAfterStatement',
                tokenKindText(keyword.kind),
              );
            }
          }
        }
      }
    }
    if (endError !== null || body === null || condition === null || rParen === null || keyword === null) {
      return this.errorStatement(
        this.extentOf(start, endError ?? doToken.extent),
        [body, condition],
        TokenKind.Do,
      );
    }
    const extent = this.extentOf(start, rParen);
    const lbl = label?.name ?? null;
    if (keyword.kind === TokenKind.Until)
      return { type: 'DoUntilStatementAst', extent, parent: null, label: lbl, condition, body };
    return { type: 'DoWhileStatementAst', extent, parent: null, label: lbl, condition, body };
  }

  private functionDeclarationRule(functionToken: ScannedToken): StatementAst {
    this.skipNewlines();
    const nameToken = this.nextToken();
    switch (nameToken.kind) {
      case TokenKind.Pipe:
      case TokenKind.LParen:
      case TokenKind.LCurly:
      case TokenKind.AtParen:
      case TokenKind.AtCurly:
      case TokenKind.RCurly:
      case TokenKind.RParen:
      case TokenKind.EndOfInput:
      case TokenKind.Semi:
      case TokenKind.Redirection:
      case TokenKind.RedirectInStd:
      case TokenKind.AndAnd:
      case TokenKind.OrOr:
      case TokenKind.Ampersand:
      case TokenKind.Variable:
      case TokenKind.SplattedVariable:
      case TokenKind.HereStringExpandable:
      case TokenKind.HereStringLiteral:
      case TokenKind.StringLiteral:
      case TokenKind.StringExpandable:
        this.ungetToken(nameToken);
        this.reportIncompleteInput(this.after(functionToken), 'MissingNameAfterKeyword', functionToken.text);
        return this.errorStatement(functionToken.extent, [], functionToken.kind);
    }
    nameToken.flags &= ~TokenFlags.Keyword;
    const { parameters, endError: paramError, rParen } = this.functionParameterDeclarationRule();
    let endError = paramError;
    const lCurly = this.nextToken();
    if (lCurly.kind !== TokenKind.LCurly) {
      this.ungetToken(lCurly);
      if (endError === null) {
        endError = (rParen ?? nameToken).extent;
        this.reportIncompleteInput(this.after(endError), 'MissingFunctionBody');
      }
    }
    if (endError !== null)
      return this.errorStatement(
        this.extentOf(functionToken, endError),
        parameters ?? [],
        functionToken.kind,
      );
    const isFilter = functionToken.kind === TokenKind.Filter;
    const body = this.scriptBlockRule(lCurly, isFilter);
    const name = nameToken.kind === TokenKind.Generic ? String(nameToken.value) : nameToken.text;
    return {
      type: 'FunctionDefinitionAst',
      extent: this.extentOf(functionToken, body),
      parent: null,
      isFilter,
      isWorkflow: functionToken.kind === TokenKind.Workflow,
      name,
      parameters,
      body,
    };
  }

  private functionParameterDeclarationRule(): {
    parameters: ParameterAst[] | null;
    endError: Extent | null;
    rParen: ScannedToken | null;
  } {
    let parameters: ParameterAst[] | null = null;
    let endError: Extent | null = null;
    let rParen: ScannedToken | null = null;
    this.skipNewlines();
    const lParen = this.peekToken();
    if (lParen.kind === TokenKind.LParen) {
      this.skipToken();
      parameters = this.parameterListRule();
      this.skipNewlines();
      rParen = this.nextToken();
      if (rParen.kind !== TokenKind.RParen) {
        this.ungetToken(rParen);
        rParen = null;
        endError =
          parameters.length > 0 ? (parameters[parameters.length - 1] as ParameterAst).extent : lParen.extent;
        this.reportIncompleteInput(this.after(endError), 'MissingEndParenthesisInFunctionParameterList');
      }
      this.skipNewlines();
    }
    return { parameters, endError, rParen };
  }

  private trapStatementRule(trapToken: ScannedToken): StatementAst {
    const restore = this.restorePoint();
    this.skipNewlines();
    const type = this.attributeRule();
    const typeConstraint = type?.type === 'TypeConstraintAst' ? type : null;
    if (type !== null && typeConstraint === null) this.resync(restore);
    const body = this.statementBlockRule();
    if (body === null) {
      const end = (typeConstraint ?? trapToken).extent;
      this.reportIncompleteInput(this.after(end), 'MissingTrapStatement');
      return this.errorStatement(this.extentOf(trapToken, end), [typeConstraint], TokenKind.Trap);
    }
    return {
      type: 'TrapStatementAst',
      extent: this.extentOf(trapToken, body),
      parent: null,
      trapType: typeConstraint,
      body,
    };
  }

  private catchBlockRule(state: { endError: Extent | null; errorAsts: Ast[] }): CatchClauseAst | null {
    this.skipNewlines();
    const catchToken = this.nextToken();
    if (catchToken.kind !== TokenKind.Catch) {
      this.ungetToken(catchToken);
      return null;
    }
    const types: TypeConstraintAst[] = [];
    let comma: ScannedToken | null = null;
    for (;;) {
      const restore = this.restorePoint();
      this.skipNewlines();
      const type = this.attributeRule();
      if (type === null) {
        if (comma !== null) {
          state.endError = comma.extent;
          this.reportIncompleteInput(this.after(comma), 'MissingTypeLiteralToken');
        }
        break;
      }
      if (type.type !== 'TypeConstraintAst') {
        this.resync(restore);
        break;
      }
      types.push(type);
      this.skipNewlines();
      comma = this.peekToken();
      if (comma.kind !== TokenKind.Comma) break;
      this.skipToken();
    }
    this.inCatch++;
    let handler: StatementBlockAst | null;
    try {
      handler = this.statementBlockRule();
    } finally {
      this.inCatch--;
    }
    if (handler === null) {
      if (comma === null || state.endError !== comma.extent) {
        state.endError =
          types.length > 0 ? (types[types.length - 1] as TypeConstraintAst).extent : catchToken.extent;
        this.reportIncompleteInput(this.after(state.endError), 'MissingCatchHandlerBlock');
      }
      state.errorAsts.push(...types);
      return null;
    }
    return {
      type: 'CatchClauseAst',
      extent: this.extentOf(catchToken, handler),
      parent: null,
      catchTypes: types,
      body: handler,
      isCatchAll: types.length === 0,
    };
  }

  private tryStatementRule(tryToken: ScannedToken): StatementAst {
    this.skipNewlines();
    const body = this.statementBlockRule();
    if (body === null) {
      this.reportIncompleteInput(this.after(tryToken), 'MissingTryStatementBlock');
      return this.errorStatement(tryToken.extent, [], TokenKind.Try);
    }
    const state: { endError: Extent | null; errorAsts: Ast[] } = { endError: null, errorAsts: [] };
    const catches: CatchClauseAst[] = [];
    for (let c = this.catchBlockRule(state); c !== null; c = this.catchBlockRule(state)) catches.push(c);
    this.skipNewlines();
    const finallyToken = this.peekToken();
    let finallyBlock: StatementBlockAst | null = null;
    if (finallyToken.kind === TokenKind.Finally) {
      this.skipToken();
      finallyBlock = this.statementBlockRule();
      if (finallyBlock === null) {
        state.endError = finallyToken.extent;
        this.reportIncompleteInput(this.after(finallyToken), 'MissingFinallyStatementBlock', 'finally');
      }
    }
    if (catches.length === 0 && finallyBlock === null && state.endError === null) {
      state.endError = body.extent;
      this.reportIncompleteInput(this.after(body), 'MissingCatchOrFinally');
    }
    if (state.endError !== null) {
      return this.errorStatement(
        this.extentOf(tryToken, state.endError),
        [body, ...catches, ...state.errorAsts],
        TokenKind.Try,
      );
    }
    const end = finallyBlock ?? (catches[catches.length - 1] as CatchClauseAst);
    return {
      type: 'TryStatementAst',
      extent: this.extentOf(tryToken, end),
      parent: null,
      body,
      catchClauses: catches,
      finally: finallyBlock,
    };
  }

  private dataStatementRule(dataToken: ScannedToken): StatementAst {
    let endError: Extent | null = null;
    this.skipNewlines();
    const nameAst = this.simpleNameRule();
    this.skipNewlines();
    const supported = this.peekToken();
    let commands: ExpressionAst[] | null = null;
    if (supported.kind === TokenKind.Parameter) {
      this.skipToken();
      if (!Parser.isSpecificParameter(supported, 'SupportedCommand')) {
        endError = supported.extent;
        this.reportError(endError, 'InvalidParameterForDataSectionStatement', supported.name ?? '');
      }
      let comma: ScannedToken | null = null;
      commands = [];
      for (;;) {
        this.skipNewlines();
        const ast = this.getSingleCommandArgument(Ctx.CommandName);
        if (ast === null) {
          if (endError === null) {
            this.reportIncompleteInput(
              this.after(comma ?? supported),
              'MissingValueForSupportedCommandInDataSectionStatement',
            );
          }
          endError = (comma ?? supported).extent;
          break;
        }
        commands.push(ast);
        comma = this.peekToken();
        if (comma.kind === TokenKind.Comma) {
          this.skipToken();
          continue;
        }
        break;
      }
    }
    let body: StatementBlockAst | null = null;
    if (endError === null) {
      body = this.statementBlockRule();
      if (body === null) {
        endError =
          commands !== null && commands.length > 0
            ? (commands[commands.length - 1] as ExpressionAst).extent
            : (nameAst ?? dataToken).extent;
        this.reportIncompleteInput(this.after(endError), 'MissingStatementBlockForDataSection');
      }
    }
    if (endError !== null || body === null) {
      return this.errorStatement(
        this.extentOf(dataToken, endError ?? dataToken.extent),
        commands ?? [],
        TokenKind.Data,
      );
    }
    return {
      type: 'DataStatementAst',
      extent: this.extentOf(dataToken, body),
      parent: null,
      variable: nameAst?.value ?? null,
      commandsAllowed: commands ?? [],
      body,
    };
  }

  private usingStatementRule(usingToken: ScannedToken): UsingStatementAst | ErrorStatementAst {
    const directive = this.nextToken();
    let kind: UsingStatementKind;
    let aliasAllowed = false;
    let aliasRequired = false;
    switch (directive.kind) {
      case TokenKind.Namespace:
        kind = 'Namespace';
        aliasAllowed = true;
        break;
      case TokenKind.Type:
        kind = 'Type';
        aliasRequired = true;
        break;
      case TokenKind.Module:
        kind = 'Module';
        aliasAllowed = true;
        break;
      case TokenKind.Command:
        kind = 'Command';
        aliasRequired = true;
        break;
      case TokenKind.Assembly:
        kind = 'Assembly';
        break;
      default:
        this.ungetToken(directive);
        this.reportIncompleteInput(this.after(usingToken), 'MissingUsingStatementDirective');
        return this.errorStatement(usingToken.extent, [], TokenKind.Using);
    }
    const item = this.nextToken();
    if (
      item.kind === TokenKind.EndOfInput ||
      item.kind === TokenKind.NewLine ||
      item.kind === TokenKind.Comma ||
      item.kind === TokenKind.Semi
    ) {
      this.reportIncompleteInput(this.after(directive), 'MissingUsingItemName');
      return this.errorStatement(this.extentOf(usingToken, directive), [], TokenKind.Using);
    }
    const itemAst = this.getCommandArgument(Ctx.CommandArgument, item);
    if (itemAst === null) {
      this.reportError(item.extent, 'InvalidValueForUsingItemName', item.text);
      this.syncOnError(true, TokenKind.Semi, TokenKind.NewLine);
      return this.errorStatement(this.extentOf(usingToken, item), [], TokenKind.Using);
    }
    if (
      itemAst.type !== 'StringConstantExpressionAst' &&
      (kind !== 'Module' || itemAst.type !== 'HashtableAst')
    ) {
      this.reportError(itemAst.extent, 'InvalidValueForUsingItemName', itemAst.extent.text);
      return this.errorStatement(this.extentOf(usingToken, itemAst), [], TokenKind.Using);
    }
    const ht = itemAst.type === 'HashtableAst' ? itemAst : null;
    const name = itemAst.type === 'StringConstantExpressionAst' ? itemAst : null;
    if ((aliasAllowed || aliasRequired) && ht === null) {
      const equals = this.peekToken();
      if (equals.kind === TokenKind.Equals) {
        this.skipToken();
        const aliasToken = this.nextToken();
        if (
          aliasToken.kind === TokenKind.EndOfInput ||
          aliasToken.kind === TokenKind.NewLine ||
          aliasToken.kind === TokenKind.Semi
        ) {
          this.ungetToken(aliasToken);
          this.reportIncompleteInput(this.after(equals), 'MissingNamespaceAlias');
          return this.errorStatement(this.extentOf(usingToken, equals), [], TokenKind.Using);
        }
        if (aliasToken.kind === TokenKind.Comma) {
          this.reportError(aliasToken.extent, 'UnexpectedUnaryOperator', aliasToken.text);
          return this.errorStatement(this.extentOf(usingToken, aliasToken), [], TokenKind.Using);
        }
        const aliasAst = this.getCommandArgument(Ctx.CommandArgument, aliasToken);
        if (aliasAst === null || aliasAst.type !== 'StringConstantExpressionAst') {
          const at = aliasAst?.extent ?? aliasToken.extent;
          this.reportError(at, 'InvalidValueForUsingItemName', at.text);
          return this.errorStatement(this.extentOf(usingToken, at), [itemAst, aliasAst], TokenKind.Using);
        }
        this.requireStatementTerminator();
        return {
          type: 'UsingStatementAst',
          extent: this.extentOf(usingToken, aliasToken),
          parent: null,
          usingStatementKind: kind,
          name: aliasAst,
          alias: name,
          moduleSpecification: null,
        };
      }
      if (aliasRequired) {
        this.reportIncompleteInput(this.after(item), 'MissingEqualsInUsingAlias');
        return this.errorStatement(this.extentOf(usingToken, itemAst), [itemAst], TokenKind.Using);
      }
    }
    this.requireStatementTerminator();
    return {
      type: 'UsingStatementAst',
      extent: this.extentOf(usingToken, itemAst),
      parent: null,
      usingStatementKind: kind,
      name,
      alias: null,
      moduleSpecification: ht,
    };
  }

  // ---- class and enum (PowerShell 5 type definitions; rare in admin scripts) ----------------------

  private typeDefinitionHeader(keyword: ScannedToken): { name: ScannedToken | null } {
    this.skipNewlines();
    const name = this.withMode('Signature', () => this.nextToken());
    if (name.kind !== TokenKind.Identifier && (name.flags & TokenFlags.Keyword) === 0) {
      this.ungetToken(name);
      this.reportIncompleteInput(this.after(keyword), 'MissingNameAfterKeyword', keyword.text);
      return { name: null };
    }
    return { name };
  }

  private classDefinitionRule(attributes: AttributeBaseAst[] | null, classToken: ScannedToken): StatementAst {
    const { name } = this.typeDefinitionHeader(classToken);
    if (name === null) return this.errorStatement(classToken.extent, [], TokenKind.Class);
    return this.withMode('Signature', () => {
      const baseTypes: TypeConstraintAst[] = [];
      this.skipNewlines();
      if (this.peekToken().kind === TokenKind.Colon) {
        this.skipToken();
        for (;;) {
          this.skipNewlines();
          const typeName = this.typeNameRule(false);
          if (typeName === null) {
            this.reportIncompleteInput(this.after(name), 'TypeNameExpected');
            break;
          }
          baseTypes.push({ type: 'TypeConstraintAst', extent: typeName.extent, parent: null, typeName });
          this.skipNewlines();
          if (this.peekToken().kind !== TokenKind.Comma) break;
          this.skipToken();
        }
      }
      this.skipNewlines();
      const lCurly = this.nextToken();
      if (lCurly.kind !== TokenKind.LCurly) {
        this.ungetToken(lCurly);
        this.reportIncompleteInput(this.after(name), 'MissingTypeBody', 'class');
        return this.errorStatement(this.extentOf(classToken, name), baseTypes, TokenKind.Class);
      }
      const members: MemberAst[] = [];
      let rCurly: ScannedToken | null = null;
      for (;;) {
        this.skipNewlinesAndSemicolons();
        const t = this.peekToken();
        if (t.kind === TokenKind.RCurly) {
          rCurly = t;
          this.skipToken();
          break;
        }
        if (t.kind === TokenKind.EndOfInput) {
          this.reportIncompleteInputAt(lCurly.extent, t.extent, 'MissingEndCurlyBrace');
          break;
        }
        const member = this.classMemberRule(name.text);
        if (member === null) {
          const bad = this.nextToken();
          this.reportError(bad.extent, 'UnexpectedToken', bad.text);
          continue;
        }
        members.push(member);
      }
      const start = attributes?.[0] ?? classToken;
      const extent = this.extentOf(start, rCurly ?? lCurly);
      return {
        type: 'TypeDefinitionAst',
        extent,
        parent: null,
        name: name.text,
        typeAttributes: 'Class',
        attributes: (attributes ?? []).filter((a): a is AttributeAst => a.type === 'AttributeAst'),
        baseTypes,
        members,
      } as StatementAst;
    });
  }

  private classMemberRule(className: string): MemberAst | null {
    const attributes: AttributeAst[] = [];
    let propertyType: TypeConstraintAst | null = null;
    let memberAttributes = MemberAttributes.None as number;
    let start: Extent | null = null;
    for (;;) {
      this.skipNewlines();
      const attr = this.attributeRule();
      if (attr !== null) {
        start ??= attr.extent;
        if (attr.type === 'AttributeAst') attributes.push(attr);
        else propertyType = attr;
        continue;
      }
      const t = this.peekToken();
      if (
        t.kind === TokenKind.Static ||
        t.kind === TokenKind.Hidden ||
        t.kind === TokenKind.Public ||
        t.kind === TokenKind.Private
      ) {
        this.skipToken();
        start ??= t.extent;
        memberAttributes |=
          t.kind === TokenKind.Static
            ? MemberAttributes.Static
            : t.kind === TokenKind.Hidden
              ? MemberAttributes.Hidden
              : t.kind === TokenKind.Public
                ? MemberAttributes.Public
                : MemberAttributes.Private;
        continue;
      }
      break;
    }
    const t = this.nextToken();
    if (t.kind === TokenKind.Variable) {
      start ??= t.extent;
      let initialValue: ExpressionAst | null = null;
      let end: Extent = t.extent;
      if (this.peekToken().kind === TokenKind.Equals) {
        this.skipToken();
        this.skipNewlines();
        initialValue = this.withMode('Expression', () => this.expressionRule());
        if (initialValue === null) this.reportIncompleteInput(this.after(t), 'ExpectedValueExpression', '=');
        else end = initialValue.extent;
      }
      return {
        type: 'PropertyMemberAst',
        extent: this.extentOf(start, end),
        parent: null,
        name: t.variablePath?.unqualifiedPath ?? t.text.slice(1),
        propertyType,
        attributes,
        initialValue,
        propertyAttributes: memberAttributes,
      };
    }
    if (t.kind === TokenKind.Identifier || (t.flags & TokenFlags.Keyword) !== 0) {
      start ??= t.extent;
      const lParen = this.nextToken();
      if (lParen.kind !== TokenKind.LParen) {
        this.ungetToken(lParen);
        this.reportIncompleteInput(this.after(t), 'MissingOpenParenthesisAfterKeyword', t.text);
        return null;
      }
      const parameters = this.parameterListRule();
      this.skipNewlines();
      const rParen = this.nextToken();
      if (rParen.kind !== TokenKind.RParen) {
        this.ungetToken(rParen);
        this.reportIncompleteInput(this.after(lParen), 'MissingEndParenthesisInFunctionParameterList');
      }
      this.skipNewlines();
      let baseCtorArguments: ExpressionAst[] | null = null;
      const isConstructor = t.text.toLowerCase() === className.toLowerCase();
      if (isConstructor && this.peekToken().kind === TokenKind.Colon) {
        this.skipToken();
        this.skipNewlines();
        const baseToken = this.nextToken();
        const lp = this.nextToken();
        if (baseToken.kind === TokenKind.Base && lp.kind === TokenKind.LParen) {
          baseCtorArguments = this.withMode('Expression', () => this.invokeParamParenListRule(lp).args);
        } else {
          this.ungetToken(lp);
          this.reportError(baseToken.extent, 'MissingBaseCtorCall');
        }
        this.skipNewlines();
      }
      const lCurly = this.nextToken();
      if (lCurly.kind !== TokenKind.LCurly) {
        this.ungetToken(lCurly);
        this.reportIncompleteInput(this.after(rParen), 'MissingFunctionBody');
        return null;
      }
      const body = this.withMode('Command', () => this.scriptBlockRule(lCurly, false));
      return {
        type: 'FunctionMemberAst',
        extent: this.extentOf(start, body),
        parent: null,
        name: t.text,
        returnType: propertyType,
        attributes,
        parameters,
        body,
        methodAttributes: memberAttributes,
        isConstructor,
        baseCtorArguments,
      };
    }
    this.ungetToken(t);
    return null;
  }

  private enumDefinitionRule(attributes: AttributeBaseAst[] | null, enumToken: ScannedToken): StatementAst {
    const { name } = this.typeDefinitionHeader(enumToken);
    if (name === null) return this.errorStatement(enumToken.extent, [], TokenKind.Enum);
    const baseTypes: TypeConstraintAst[] = [];
    this.skipNewlines();
    // Consume the `:` while still in signature mode (a mode change would rescan it as a command-mode label).
    const sawColon = this.withMode('Signature', () => {
      if (this.peekToken().kind !== TokenKind.Colon) return false;
      this.skipToken();
      return true;
    });
    if (sawColon) {
      this.skipNewlines();
      const typeName = this.typeNameRule(false);
      if (typeName !== null)
        baseTypes.push({ type: 'TypeConstraintAst', extent: typeName.extent, parent: null, typeName });
    }
    this.skipNewlines();
    const lCurly = this.nextToken();
    if (lCurly.kind !== TokenKind.LCurly) {
      this.ungetToken(lCurly);
      this.reportIncompleteInput(this.after(name), 'MissingTypeBody', 'enum');
      return this.errorStatement(this.extentOf(enumToken, name), [], TokenKind.Enum);
    }
    const members: MemberAst[] = [];
    let rCurly: ScannedToken | null = null;
    this.withMode('Expression', () => {
      for (;;) {
        this.skipNewlinesAndSemicolons();
        const memberAttrs = this.attributeListRule(false);
        const memberName = this.simpleNameRule();
        if (memberName === null) {
          const t = this.nextToken();
          if (t.kind === TokenKind.RCurly) {
            rCurly = t;
            return;
          }
          if (t.kind === TokenKind.EndOfInput) {
            this.ungetToken(t);
            this.reportIncompleteInputAt(lCurly.extent, t.extent, 'MissingEndCurlyBrace');
            return;
          }
          this.reportError(t.extent, 'UnexpectedToken', t.text);
          continue;
        }
        let initialValue: ExpressionAst | null = null;
        if (this.peekToken().kind === TokenKind.Equals) {
          this.skipToken();
          this.skipNewlines();
          initialValue = this.expressionRule();
          if (initialValue === null)
            this.reportIncompleteInput(this.after(memberName), 'ExpectedValueExpression', '=');
        }
        members.push({
          type: 'PropertyMemberAst',
          extent: this.extentOf(memberAttrs?.[0] ?? memberName, initialValue ?? memberName),
          parent: null,
          name: memberName.value,
          propertyType: null,
          attributes: (memberAttrs ?? []).filter((a): a is AttributeAst => a.type === 'AttributeAst'),
          initialValue,
          propertyAttributes: MemberAttributes.Public | MemberAttributes.Static,
        });
      }
    });
    const end: Extent = (rCurly as ScannedToken | null)?.extent ?? lCurly.extent;
    return {
      type: 'TypeDefinitionAst',
      extent: this.extentOf(attributes?.[0] ?? enumToken, end),
      parent: null,
      name: name.text,
      typeAttributes: 'Enum',
      attributes: (attributes ?? []).filter((a): a is AttributeAst => a.type === 'AttributeAst'),
      baseTypes,
      members,
    };
  }

  // ==== pipelines ================================================================================

  private pipelineChainRule(): PipelineBaseAst | null {
    this.enter();
    try {
      return this.pipelineChainRuleInner();
    } finally {
      this.leave();
    }
  }

  private pipelineChainRuleInner(): PipelineBaseAst | null {
    let assignToken: ScannedToken | null = null;
    let expr: ExpressionAst | null;
    const oldMode = this.tokenizer.mode;
    try {
      this.setTokenizerMode('Expression');
      expr = this.expressionRule();
      if (expr !== null) {
        const token = this.peekToken();
        if ((token.flags & TokenFlags.AssignmentOperator) !== 0) {
          this.skipToken();
          assignToken = token;
        }
      }
    } finally {
      this.setTokenizerMode(oldMode);
    }
    if (expr !== null && assignToken !== null) {
      this.skipNewlines();
      let statement = this.statementRule();
      if (statement === null) {
        const at = this.after(assignToken);
        this.reportIncompleteInput(at, 'ExpectedValueExpression', tokenKindText(assignToken.kind));
        statement = this.errorStatement(at);
      }
      return {
        type: 'AssignmentStatementAst',
        extent: this.extentOf(expr, statement),
        parent: null,
        left: expr,
        operator: assignToken.kind,
        right: statement,
        errorPosition: assignToken.extent,
      };
    }
    let startExpression = expr;
    let chain: PipelineAst | PipelineChainAst | null = null;
    let chainOperator: ScannedToken | null = null;
    let background = false;
    for (;;) {
      let nextPipeline: PipelineAst | null;
      let firstPipelineToken: ScannedToken | null = null;
      if (startExpression !== null) {
        nextPipeline = this.pipelineRule(startExpression);
        startExpression = null;
      } else {
        firstPipelineToken = this.peekToken();
        nextPipeline = this.pipelineRule(null);
      }
      if (nextPipeline === null) {
        if (chainOperator === null || chain === null) return null;
        const ft = firstPipelineToken as ScannedToken;
        if (ft.kind === TokenKind.EndOfInput) {
          this.reportIncompleteInput(
            this.after(chainOperator),
            'EmptyPipelineChainElement',
            chainOperator.text,
          );
        } else if (ft.kind !== TokenKind.Dot && ft.kind !== TokenKind.Ampersand) {
          this.reportError(this.extentOf(chainOperator, ft), 'EmptyPipelineChainElement', chainOperator.text);
        }
        return this.errorStatement(this.extentOf(chain, chainOperator), [chain]);
      }
      let next = this.peekToken();
      if (next.kind === TokenKind.AndAnd || next.kind === TokenKind.OrOr) {
        this.skipToken();
        this.skipNewlines();
      } else {
        if (next.kind === TokenKind.Ampersand) {
          this.skipToken();
          const after = this.peekToken();
          if (after.kind === TokenKind.AndAnd || after.kind === TokenKind.OrOr) {
            this.skipToken();
            this.reportError(after.extent, 'BackgroundOperatorInPipelineChain');
            return this.errorStatement(this.extentOf(chain ?? nextPipeline, after));
          }
          background = true;
        }
        if (chain === null) {
          if (background) return { ...nextPipeline, background: true };
          return nextPipeline;
        }
        return {
          type: 'PipelineChainAst',
          extent: this.extentOf(chain, nextPipeline),
          parent: null,
          lhsPipelineChain: chain,
          rhsPipeline: nextPipeline,
          operator: (chainOperator as ScannedToken).kind as 'AndAnd' | 'OrOr',
          background,
        };
      }
      chain =
        chain === null
          ? nextPipeline
          : {
              type: 'PipelineChainAst',
              extent: this.extentOf(chain, nextPipeline),
              parent: null,
              lhsPipelineChain: chain,
              rhsPipeline: nextPipeline,
              operator: (chainOperator as ScannedToken).kind as 'AndAnd' | 'OrOr',
              background: false,
            };
      chainOperator = next;
      next = this.peekToken();
      if (next.kind === TokenKind.EndOfInput) {
        this.reportIncompleteInput(
          this.after(chainOperator),
          'EmptyPipelineChainElement',
          chainOperator.text,
        );
        return chain;
      }
    }
  }

  private pipelineRule(startExpression: ExpressionAst | null): PipelineAst | null {
    const elements: CommandBaseAst[] = [];
    let nextToken: ScannedToken | null = null;
    let scanning = true;
    let expr = startExpression;
    while (scanning) {
      let command: CommandBaseAst | null;
      if (expr === null) {
        const old = this.tokenizer.mode;
        try {
          this.setTokenizerMode('Expression');
          expr = this.expressionRule();
        } finally {
          this.setTokenizerMode(old);
        }
      }
      if (expr !== null) {
        if (elements.length > 0) this.reportError(expr.extent, 'ExpressionsMustBeFirstInPipeline');
        const redirections: (RedirectionAst | undefined)[] = [];
        let last: RedirectionAst | null = null;
        let redirection = this.peekToken();
        while (redirection.kind === TokenKind.Redirection || redirection.kind === TokenKind.RedirectInStd) {
          this.skipToken();
          last = this.redirectionRule(redirection, redirections) ?? last;
          redirection = this.peekToken();
        }
        command = {
          type: 'CommandExpressionAst',
          extent: last !== null ? this.extentOf(expr, last) : expr.extent,
          parent: null,
          expression: expr,
          redirections: redirections.filter((r): r is RedirectionAst => r !== undefined),
        };
      } else command = this.commandRule();
      if (command !== null) elements.push(command);
      else if (elements.length > 0 || this.peekToken().kind === TokenKind.Pipe) {
        const at = nextToken !== null ? this.after(nextToken) : this.peekToken().extent;
        this.reportIncompleteInput(at, 'EmptyPipeElement');
      }
      expr = null;
      nextToken = this.peekToken();
      if (
        nextToken.kind === TokenKind.NewLine &&
        this.tokenizer.isPipeContinuation(nextToken.extent.endOffset)
      ) {
        this.skipNewlines();
        nextToken = this.peekToken();
      }
      switch (nextToken.kind) {
        case TokenKind.Semi:
        case TokenKind.NewLine:
        case TokenKind.RParen:
        case TokenKind.RCurly:
        case TokenKind.EndOfInput:
        case TokenKind.AndAnd:
        case TokenKind.OrOr:
        case TokenKind.Ampersand:
          scanning = false;
          break;
        case TokenKind.Pipe:
          this.skipToken();
          this.skipNewlines();
          if (this.peekToken().kind === TokenKind.EndOfInput) {
            scanning = false;
            this.reportIncompleteInput(this.after(nextToken), 'EmptyPipeElement');
          }
          break;
        default:
          this.reportError(nextToken.extent, 'UnexpectedToken', nextToken.text);
          scanning = false;
          break;
      }
    }
    if (elements.length === 0) return null;
    const first = elements[0] as CommandBaseAst;
    const lastElement = elements[elements.length - 1] as CommandBaseAst;
    return {
      type: 'PipelineAst',
      extent: this.extentOf(first, lastElement),
      parent: null,
      pipelineElements: elements,
      background: false,
    };
  }

  private redirectionRule(
    token: ScannedToken,
    redirections: (RedirectionAst | undefined)[],
  ): RedirectionAst | null {
    let result: RedirectionAst;
    if (token.kind === TokenKind.RedirectInStd || token.toStream === undefined) {
      let fileName = this.getSingleCommandArgument(Ctx.FileName);
      if (fileName === null) {
        this.reportError(this.after(token), 'MissingFileSpecification');
        fileName = this.errorExpression(token.extent);
      }
      if (token.kind === TokenKind.RedirectInStd) {
        this.reportError(token.extent, 'RedirectionNotSupported', token.text);
        return null;
      }
      result = {
        type: 'FileRedirectionAst',
        extent: this.extentOf(token, fileName),
        parent: null,
        fromStream: token.fromStream ?? 'Output',
        location: fileName,
        append: token.append ?? false,
      };
    } else {
      const from = token.fromStream ?? 'Output';
      let to = token.toStream;
      if (to !== 'Output') {
        this.reportError(token.extent, 'RedirectionNotSupported', token.text);
        to = 'Output';
      } else if (from === to) this.reportError(token.extent, 'RedirectionNotSupported', token.text);
      result = {
        type: 'MergingRedirectionAst',
        extent: token.extent,
        parent: null,
        fromStream: from,
        toStream: to,
      };
    }
    const slot = ['All', 'Output', 'Error', 'Warning', 'Verbose', 'Debug', 'Information'].indexOf(
      result.fromStream,
    );
    if (redirections[slot] === undefined) redirections[slot] = result;
    else {
      const streamText: Record<RedirectionStream, DiagnosticId> = {
        All: 'AllStream',
        Output: 'OutputStream',
        Error: 'ErrorStream',
        Warning: 'WarningStream',
        Verbose: 'VerboseStream',
        Debug: 'DebugStream',
        Information: 'InformationStream',
      };
      this.reportError(
        result.extent,
        'StreamAlreadyRedirected',
        formatDiagnostic(streamText[result.fromStream]),
      );
    }
    return result;
  }

  private getSingleCommandArgument(context: number): ExpressionAst | null {
    const peek = this.peekToken();
    if (peek.kind === TokenKind.Comma || peek.kind === TokenKind.EndOfInput) return null;
    const old = this.tokenizer.mode;
    try {
      this.setTokenizerMode('Command');
      return this.getCommandArgument(context, this.nextToken());
    } finally {
      this.setTokenizerMode(old);
    }
  }

  private getCommandArgument(context: number, first: ScannedToken): ExpressionAst | null {
    let token = first;
    let exprAst: ExpressionAst;
    let commandArgs: ExpressionAst[] | null = null;
    let comma: ScannedToken | null = null;
    let foundVerbatim = false;
    for (;;) {
      switch (token.kind) {
        case TokenKind.Pipe:
        case TokenKind.RCurly:
        case TokenKind.RParen:
        case TokenKind.EndOfInput:
        case TokenKind.NewLine:
        case TokenKind.Semi:
        case TokenKind.Redirection:
        case TokenKind.RedirectInStd:
        case TokenKind.AndAnd:
        case TokenKind.OrOr:
        case TokenKind.Ampersand:
        case TokenKind.MinusMinus:
        case TokenKind.Comma:
          this.ungetToken(token);
          if (comma === null || commandArgs === null) return null;
          this.reportIncompleteInput(this.after(comma), 'MissingExpression', ',');
          return this.errorExpression(this.extentOf(commandArgs[0] as ExpressionAst, comma), commandArgs);
        case TokenKind.SplattedVariable:
        case TokenKind.Variable:
        case TokenKind.Number:
        case TokenKind.HereStringExpandable:
        case TokenKind.StringExpandable:
        case TokenKind.HereStringLiteral:
        case TokenKind.StringLiteral:
        case TokenKind.LParen:
        case TokenKind.DollarParen:
        case TokenKind.AtParen:
        case TokenKind.AtCurly:
        case TokenKind.LCurly:
          this.ungetToken(token);
          exprAst = this.primaryExpressionRule(true) as ExpressionAst;
          break;
        case TokenKind.Generic:
          if ((context & Ctx.CommandName) !== 0) token.flags |= TokenFlags.CommandName;
          if (token.nestedTokens !== undefined && context !== Ctx.CommandName) {
            exprAst = this.expandableString(token, 'BareWord');
          } else {
            const value = String(token.value ?? token.text);
            exprAst = this.bareWord(token.extent, value);
            if (value.toLowerCase() === VerbatimArgument) foundVerbatim = true;
          }
          break;
        default:
          exprAst = this.bareWord(token.extent, token.text);
          token.flags &= ~TokenFlags.Keyword;
          // PowerShell's SetIsCommandArgument: a keyword or operator used as an argument becomes Generic.
          if (
            (context & (Ctx.FileName | Ctx.CommandArgument | Ctx.SwitchCondition)) !== 0 &&
            token.kind !== TokenKind.Identifier
          ) {
            token.kind = TokenKind.Generic;
          }
          if ((context & Ctx.CommandName) !== 0) token.flags |= TokenFlags.CommandName;
          break;
      }
      if (context !== Ctx.CommandArgument || foundVerbatim) break;
      token = this.peekToken();
      if (token.kind !== TokenKind.Comma) break;
      comma = token;
      (commandArgs ??= []).push(exprAst);
      this.skipToken();
      this.skipNewlines();
      token = this.nextToken();
    }
    if (commandArgs !== null) {
      commandArgs.push(exprAst);
      return {
        type: 'ArrayLiteralAst',
        extent: this.extentOf(commandArgs[0] as ExpressionAst, exprAst),
        parent: null,
        elements: commandArgs,
      };
    }
    return exprAst;
  }

  private commandRule(): CommandAst | null {
    const elements: CommandElementAst[] = [];
    const redirections: (RedirectionAst | undefined)[] = [];
    let sawDashDash = false;
    let dotSource = false;
    let ampersand = false;
    let firstToken: ScannedToken;
    let endExtent: Extent;
    const oldMode = this.tokenizer.mode;
    try {
      this.setTokenizerMode('Command');
      let token = this.nextToken();
      firstToken = token;
      endExtent = token.extent;
      let context: number = Ctx.CommandName;
      if (token.kind === TokenKind.Dot) {
        dotSource = true;
        token = this.nextToken();
        context = Ctx.CommandNameAfterInvocationOperator;
      } else if (token.kind === TokenKind.Ampersand) {
        ampersand = true;
        token = this.nextToken();
        context = Ctx.CommandNameAfterInvocationOperator;
      }
      let scanning = true;
      let foundVerbatim = false;
      while (scanning) {
        switch (token.kind) {
          case TokenKind.Pipe:
          case TokenKind.RCurly:
          case TokenKind.RParen:
          case TokenKind.EndOfInput:
          case TokenKind.NewLine:
          case TokenKind.Semi:
          case TokenKind.AndAnd:
          case TokenKind.OrOr:
          case TokenKind.Ampersand:
            this.ungetToken(token);
            scanning = false;
            continue;
          case TokenKind.MinusMinus:
            endExtent = token.extent;
            elements.push(
              sawDashDash
                ? this.bareWord(token.extent, token.text)
                : {
                    type: 'CommandParameterAst',
                    extent: token.extent,
                    parent: null,
                    parameterName: '-',
                    argument: null,
                    errorPosition: token.extent,
                  },
            );
            sawDashDash = true;
            break;
          case TokenKind.Comma:
            endExtent = token.extent;
            this.reportError(token.extent, 'MissingArgument');
            this.skipNewlines();
            break;
          case TokenKind.Parameter: {
            if ((context & Ctx.CommandName) !== 0 || sawDashDash) {
              endExtent = token.extent;
              token.flags |= TokenFlags.CommandName;
              elements.push(this.bareWord(token.extent, token.text));
              break;
            }
            let argument: ExpressionAst | null = null;
            let extent: Extent = token.extent;
            if (token.usedColon === true && this.peekToken().kind !== TokenKind.Comma) {
              argument = this.getCommandArgument(Ctx.CommandArgument, this.nextToken());
              if (argument === null)
                this.reportError(this.after(token), 'ParameterRequiresArgument', token.text);
              else extent = this.extentOf(token, argument);
            }
            endExtent = extent;
            elements.push({
              type: 'CommandParameterAst',
              extent,
              parent: null,
              parameterName: token.name ?? '',
              argument,
              errorPosition: token.extent,
            });
            break;
          }
          case TokenKind.Redirection:
          case TokenKind.RedirectInStd:
            if ((context & Ctx.CommandName) === 0) {
              const r = this.redirectionRule(token, redirections);
              endExtent = r?.extent ?? token.extent;
            } else {
              endExtent = token.extent;
              elements.push(this.bareWord(token.extent, token.text));
            }
            break;
          default: {
            const ast = this.getCommandArgument(context, token) as ExpressionAst;
            if (token.kind === TokenKind.Generic && String(token.value).toLowerCase() === VerbatimArgument) {
              elements.push(ast);
              endExtent = ast.extent;
              this.ungot = null;
              const verbatim = this.tokenizer.getVerbatimCommandArgument();
              if (verbatim !== null) {
                foundVerbatim = true;
                scanning = false;
                const arg = this.bareWord(verbatim.extent, String(verbatim.value));
                elements.push(arg);
                endExtent = arg.extent;
              }
              break;
            }
            endExtent = ast.extent;
            elements.push(ast);
            break;
          }
        }
        if (!foundVerbatim) {
          context = Ctx.CommandArgument;
          token = this.nextToken();
        }
      }
    } finally {
      this.setTokenizerMode(oldMode);
    }
    if (elements.length === 0) {
      if (dotSource || ampersand) this.reportError(firstToken.extent, 'MissingExpression', firstToken.text);
      return null;
    }
    return {
      type: 'CommandAst',
      extent: this.extentOf(firstToken, endExtent),
      parent: null,
      commandElements: elements,
      invocationOperator: dotSource ? 'Dot' : ampersand ? 'Ampersand' : 'Unknown',
      redirections: redirections.filter((r): r is RedirectionAst => r !== undefined),
    };
  }

  // ==== expressions ==============================================================================

  private expressionRule(endNumberOnTernaryOpChars = false): ExpressionAst | null {
    this.enter();
    const oldMode = this.tokenizer.mode;
    try {
      this.setTokenizerMode('Expression');
      const condition = this.binaryExpressionRule(endNumberOnTernaryOpChars);
      if (condition === null) return null;
      let token = this.peekToken();
      if (token.kind !== TokenKind.QuestionMark) return condition;
      this.skipToken();
      this.skipNewlines();
      let ifTrue = this.expressionRule(true);
      if (ifTrue === null) {
        const at = this.after(token);
        this.reportIncompleteInput(at, 'ExpectedValueExpression', token.text);
        ifTrue = this.errorExpression(at);
      }
      this.skipNewlines();
      token = this.nextToken();
      if (token.kind !== TokenKind.Colon) {
        this.ungetToken(token);
        const components: Ast[] = [condition];
        if (ifTrue.type !== 'ErrorExpressionAst') {
          components.push(ifTrue);
          this.reportIncompleteInput(token.extent, 'MissingColonInTernaryExpression');
        }
        return this.errorExpression(this.extentOf(condition, this.before(token)), components);
      }
      this.skipNewlines();
      let ifFalse = this.expressionRule(true);
      if (ifFalse === null) {
        const at = this.after(token);
        this.reportIncompleteInput(at, 'ExpectedValueExpression', token.text);
        ifFalse = this.errorExpression(at);
      }
      return {
        type: 'TernaryExpressionAst',
        extent: this.extentOf(condition, ifFalse),
        parent: null,
        condition,
        ifTrue,
        ifFalse,
      };
    } finally {
      this.setTokenizerMode(oldMode);
      this.leave();
    }
  }

  private binaryExpressionRule(endNumberOnTernaryOpChars: boolean): ExpressionAst | null {
    const oldMode = this.tokenizer.mode;
    try {
      this.setTokenizerMode('Expression');
      let expr = this.arrayLiteralRule(endNumberOnTernaryOpChars);
      if (expr === null) return null;
      let token = this.peekToken();
      if ((token.flags & TokenFlags.BinaryOperator) === 0) {
        if (token.kind === TokenKind.Parameter) return this.errorRecoveryParameterInExpression(token, expr);
        return expr;
      }
      if (token.kind === TokenKind.AndAnd || token.kind === TokenKind.OrOr) return expr;
      this.skipToken();
      const operands: ExpressionAst[] = [expr];
      const operators: ScannedToken[] = [token];
      let precedence = getBinaryPrecedence(token.kind);
      let paramToken: ScannedToken | null = null;
      for (;;) {
        this.skipNewlines();
        expr = this.arrayLiteralRule(true);
        if (expr === null) {
          const at = this.after(token);
          this.reportIncompleteInput(at, 'ExpectedValueExpression', token.text);
          expr = this.errorExpression(at);
        }
        operands.push(expr);
        token = this.nextToken();
        if ((token.flags & TokenFlags.BinaryOperator) === 0) {
          if (token.kind === TokenKind.Parameter) paramToken = token;
          this.ungetToken(token);
          break;
        }
        const newPrecedence = getBinaryPrecedence(token.kind);
        while (newPrecedence <= precedence) {
          const rhs = operands.pop() as ExpressionAst;
          const lhs = operands.pop() as ExpressionAst;
          const op = operators.pop() as ScannedToken;
          operands.push(this.binary(lhs, op, rhs));
          if (operators.length === 0) break;
          precedence = getBinaryPrecedence((operators[operators.length - 1] as ScannedToken).kind);
        }
        operators.push(token);
        precedence = newPrecedence;
      }
      let rhs = operands.pop() as ExpressionAst;
      while (operands.length > 0) {
        const lhs = operands.pop() as ExpressionAst;
        const op = operators.pop() as ScannedToken;
        rhs = this.binary(lhs, op, rhs);
      }
      if (paramToken !== null) return this.errorRecoveryParameterInExpression(paramToken, rhs);
      return rhs;
    } finally {
      this.setTokenizerMode(oldMode);
    }
  }

  private binary(left: ExpressionAst, op: ScannedToken, right: ExpressionAst): ExpressionAst {
    return {
      type: 'BinaryExpressionAst',
      extent: this.extentOf(left, right),
      parent: null,
      operator: op.kind,
      left,
      right,
      errorPosition: op.extent,
    };
  }

  private errorRecoveryParameterInExpression(paramToken: ScannedToken, expr: ExpressionAst): ExpressionAst {
    this.reportError(paramToken.extent, 'UnexpectedToken', paramToken.text);
    this.skipToken();
    return this.errorExpression(this.extentOf(expr, paramToken), [
      expr,
      {
        type: 'CommandParameterAst',
        extent: paramToken.extent,
        parent: null,
        parameterName: paramToken.name ?? '',
        argument: null,
        errorPosition: paramToken.extent,
      },
    ]);
  }

  private arrayLiteralRule(endNumberOnTernaryOpChars: boolean): ExpressionAst | null {
    let last = this.unaryExpressionRule(endNumberOnTernaryOpChars);
    if (last === null) return null;
    const first = last;
    let comma = this.peekToken();
    if (comma.kind !== TokenKind.Comma || this.disableCommaOperator) return last;
    const values: ExpressionAst[] = [last];
    while (comma.kind === TokenKind.Comma) {
      this.skipToken();
      this.skipNewlines();
      last = this.unaryExpressionRule(true);
      if (last === null) {
        this.reportIncompleteInput(this.after(comma), 'MissingExpressionAfterToken', comma.text);
        last = this.errorExpression(comma.extent);
        values.push(last);
        break;
      }
      values.push(last);
      comma = this.peekToken();
    }
    return { type: 'ArrayLiteralAst', extent: this.extentOf(first, last), parent: null, elements: values };
  }

  private unaryExpressionRule(endNumberOnTernaryOpChars = false): ExpressionAst | null {
    this.enter();
    try {
      return this.unaryExpressionRuleInner(endNumberOnTernaryOpChars);
    } finally {
      this.leave();
    }
  }

  private unaryExpressionRuleInner(endNumberOnTernaryOpChars: boolean): ExpressionAst | null {
    let expr: ExpressionAst | null = null;
    let token: ScannedToken;
    const oldSigned = this.tokenizer.allowSignedNumbers;
    const oldTernary = this.tokenizer.forceEndNumberOnTernaryOpChars;
    try {
      this.tokenizer.allowSignedNumbers = true;
      this.tokenizer.forceEndNumberOnTernaryOpChars = endNumberOnTernaryOpChars;
      if (this.ungot !== null) {
        const needResync =
          this.ungot.kind === TokenKind.Minus ||
          (endNumberOnTernaryOpChars && this.ungot.kind === TokenKind.Generic);
        if (needResync) this.resync(this.ungot);
      }
      token = this.peekToken();
    } finally {
      this.tokenizer.allowSignedNumbers = oldSigned;
      this.tokenizer.forceEndNumberOnTernaryOpChars = oldTernary;
    }
    if (hasTrait(token.kind, TokenFlags.UnaryOperator)) {
      if (this.disableCommaOperator && token.kind === TokenKind.Comma) return null;
      this.skipToken();
      this.skipNewlines();
      const child = this.unaryExpressionRule(true);
      if (child === null) {
        this.reportIncompleteInput(this.after(token), 'MissingExpressionAfterOperator', token.text);
        return this.errorExpression(token.extent);
      }
      if (token.kind === TokenKind.Comma) {
        expr = {
          type: 'ArrayLiteralAst',
          extent: this.extentOf(token, child),
          parent: null,
          elements: [child],
        };
      } else {
        expr = {
          type: 'UnaryExpressionAst',
          extent: this.extentOf(token, child),
          parent: null,
          tokenKind: token.kind,
          child,
        };
      }
    } else if (token.kind === TokenKind.LBracket) {
      const attributes = this.attributeListRule(true);
      if (attributes === null) return null;
      const lastAttribute = attributes[attributes.length - 1] as AttributeBaseAst;
      if (lastAttribute.type === 'AttributeAst') {
        this.skipNewlines();
        const child = this.unaryExpressionRule(true);
        if (child === null) {
          this.reportIncompleteInput(
            lastAttribute.extent,
            'UnexpectedAttribute',
            lastAttribute.typeName.fullName,
          );
          return this.errorExpression(this.extentOf(token, lastAttribute), attributes);
        }
        expr = {
          type: 'AttributedExpressionAst',
          extent: this.extentOf(lastAttribute, child),
          parent: null,
          attribute: lastAttribute,
          child,
        };
      } else {
        const memberAccess = this.ungot !== null ? null : this.nextMemberAccessToken(false);
        if (memberAccess !== null) {
          expr = this.checkPostPrimaryExpressionOperators(memberAccess, this.typeExpression(lastAttribute));
        } else {
          const next = this.peekToken();
          if (next.kind !== TokenKind.NewLine && next.kind !== TokenKind.Comma) {
            const child = this.unaryExpressionRule(true);
            if (child !== null) {
              expr = {
                type: 'ConvertExpressionAst',
                extent: this.extentOf(lastAttribute, child),
                parent: null,
                attribute: lastAttribute,
                child,
              };
            }
          }
        }
        expr ??= this.typeExpression(lastAttribute);
      }
      for (let i = attributes.length - 2; i >= 0; --i) {
        const a = attributes[i] as AttributeBaseAst;
        expr =
          a.type === 'TypeConstraintAst'
            ? {
                type: 'ConvertExpressionAst',
                extent: this.extentOf(a, expr),
                parent: null,
                attribute: a,
                child: expr,
              }
            : {
                type: 'AttributedExpressionAst',
                extent: this.extentOf(a, expr),
                parent: null,
                attribute: a,
                child: expr,
              };
      }
    } else {
      expr = this.primaryExpressionRule(true);
    }
    if (expr !== null) {
      token = this.peekToken();
      const op =
        token.kind === TokenKind.PlusPlus
          ? TokenKind.PostfixPlusPlus
          : token.kind === TokenKind.MinusMinus
            ? TokenKind.PostfixMinusMinus
            : null;
      if (op !== null) {
        this.skipToken();
        expr = {
          type: 'UnaryExpressionAst',
          extent: this.extentOf(expr, token),
          parent: null,
          tokenKind: op,
          child: expr,
        };
      }
    }
    return expr;
  }

  private typeExpression(constraint: TypeConstraintAst): ExpressionAst {
    return {
      type: 'TypeExpressionAst',
      extent: constraint.extent,
      parent: null,
      typeName: constraint.typeName,
    };
  }

  private primaryExpressionRule(withMemberAccess: boolean): ExpressionAst | null {
    this.enter();
    try {
      const token = this.nextToken();
      let expr: ExpressionAst;
      switch (token.kind) {
        case TokenKind.SplattedVariable:
        case TokenKind.Variable:
          expr = this.checkUsingVariable(token, withMemberAccess);
          break;
        case TokenKind.Number: {
          const value = token.value as number | bigint;
          expr =
            token.decimalText !== undefined
              ? {
                  type: 'ConstantExpressionAst',
                  extent: token.extent,
                  parent: null,
                  value,
                  numberKind: token.numberKind ?? 'Int32',
                  decimalText: token.decimalText,
                }
              : {
                  type: 'ConstantExpressionAst',
                  extent: token.extent,
                  parent: null,
                  value,
                  numberKind: token.numberKind ?? 'Int32',
                };
          break;
        }
        case TokenKind.HereStringExpandable:
        case TokenKind.StringExpandable: {
          const type: StringConstantType =
            token.kind === TokenKind.StringExpandable ? 'DoubleQuoted' : 'DoubleQuotedHereString';
          expr =
            token.nestedTokens !== undefined
              ? this.expandableString(token, type)
              : {
                  type: 'StringConstantExpressionAst',
                  extent: token.extent,
                  parent: null,
                  value: String(token.value ?? ''),
                  stringConstantType: type,
                };
          break;
        }
        case TokenKind.HereStringLiteral:
        case TokenKind.StringLiteral:
          expr = {
            type: 'StringConstantExpressionAst',
            extent: token.extent,
            parent: null,
            value: String(token.value ?? ''),
            stringConstantType:
              token.kind === TokenKind.StringLiteral ? 'SingleQuoted' : 'SingleQuotedHereString',
          };
          break;
        case TokenKind.LParen:
          expr = this.parenthesizedExpressionRule(token);
          break;
        case TokenKind.AtParen:
        case TokenKind.DollarParen:
          expr = this.subExpressionRule(token);
          break;
        case TokenKind.AtCurly:
          expr = this.hashExpressionRule(token);
          break;
        case TokenKind.LCurly:
          expr = this.scriptBlockExpressionRule(token);
          break;
        default:
          this.ungetToken(token);
          return null;
      }
      if (!withMemberAccess) return expr;
      return this.checkPostPrimaryExpressionOperators(this.nextMemberAccessToken(true), expr);
    } finally {
      this.leave();
    }
  }

  private variableFromPath(extent: Extent, name: string, splatted: boolean): VariableExpressionAst {
    return {
      type: 'VariableExpressionAst',
      extent,
      parent: null,
      variablePath: makeVariablePath(name),
      splatted,
    };
  }

  private variableFromToken(token: ScannedToken): VariableExpressionAst {
    return {
      type: 'VariableExpressionAst',
      extent: token.extent,
      parent: null,
      variablePath: token.variablePath ?? makeVariablePath(token.text.slice(1)),
      splatted: token.kind === TokenKind.SplattedVariable,
    };
  }

  private checkUsingVariable(token: ScannedToken, withMemberAccess: boolean): ExpressionAst {
    const path = token.variablePath;
    if (
      path !== undefined &&
      path.isDriveQualified &&
      path.driveName?.toLowerCase() === 'using' &&
      path.unqualifiedPath.length > 0
    ) {
      let child: ExpressionAst = this.variableFromPath(
        token.extent,
        path.unqualifiedPath,
        token.kind === TokenKind.SplattedVariable,
      );
      if (withMemberAccess)
        child = this.checkPostPrimaryExpressionOperators(this.nextMemberAccessToken(true), child);
      return { type: 'UsingExpressionAst', extent: child.extent, parent: null, subExpression: child };
    }
    return this.variableFromToken(token);
  }

  private checkPostPrimaryExpressionOperators(
    first: ScannedToken | null,
    exprIn: ExpressionAst,
  ): ExpressionAst {
    let expr = exprIn;
    let token = first;
    while (token !== null) {
      this.skipNewlines();
      if (
        token.kind === TokenKind.Dot ||
        token.kind === TokenKind.ColonColon ||
        token.kind === TokenKind.QuestionDot
      ) {
        expr = this.memberAccessRule(expr, token);
      } else if (token.kind === TokenKind.LBracket || token.kind === TokenKind.QuestionLBracket) {
        expr = this.elementAccessRule(expr, token);
      }
      token = this.nextMemberAccessToken(true);
    }
    return expr;
  }

  private hashExpressionRule(atCurly: ScannedToken): ExpressionAst {
    this.skipNewlines();
    const pairs: (readonly [ExpressionAst, StatementAst])[] = [];
    for (;;) {
      const pair = this.getKeyValuePair();
      if (pair === null) break;
      pairs.push(pair);
      const token = this.peekToken();
      if (token.kind !== TokenKind.NewLine && token.kind !== TokenKind.Semi) break;
      this.skipNewlinesAndSemicolons();
    }
    const rCurly = this.nextToken();
    let end: Extent;
    if (rCurly.kind !== TokenKind.RCurly) {
      this.ungetToken(rCurly);
      this.reportIncompleteInputAt(this.after(atCurly), rCurly.extent, 'MissingEndCurlyBrace');
      end = this.before(rCurly);
    } else end = rCurly.extent;
    const hash: HashtableAst = {
      type: 'HashtableAst',
      extent: this.extentOf(atCurly, end),
      parent: null,
      keyValuePairs: pairs,
    };
    return hash;
  }

  private getKeyValuePair(): readonly [ExpressionAst, StatementAst] | null {
    let key: ExpressionAst | null;
    let equals: ScannedToken;
    const oldMode = this.tokenizer.mode;
    try {
      this.setTokenizerMode('Expression');
      key = this.labelOrKeyRule();
      if (key === null) return null;
      equals = this.nextToken();
    } finally {
      this.setTokenizerMode(oldMode);
    }
    if (equals.kind !== TokenKind.Equals) {
      this.ungetToken(equals);
      const at = this.after(key);
      this.reportError(at, 'MissingEqualsInHashLiteral');
      this.syncOnError(false, TokenKind.RCurly, TokenKind.Semi, TokenKind.NewLine);
      return [key, this.errorStatement(at)];
    }
    let statement: StatementAst | null;
    try {
      this.setTokenizerMode('Command');
      this.skipNewlines();
      statement = this.statementRule();
      if (statement === null) {
        const at = this.after(equals);
        this.reportIncompleteInput(at, 'MissingStatementInHashLiteral');
        statement = this.errorStatement(at);
      }
    } finally {
      this.setTokenizerMode(oldMode);
    }
    return [key, statement];
  }

  private scriptBlockExpressionRule(lCurly: ScannedToken): ExpressionAst {
    const oldDisable = this.disableCommaOperator;
    const oldMode = this.tokenizer.mode;
    const oldCatch = this.inCatch;
    let scriptBlock: ScriptBlockAst;
    try {
      this.disableCommaOperator = false;
      this.inCatch = 0;
      this.setTokenizerMode('Command');
      this.skipNewlines();
      scriptBlock = this.scriptBlockRule(lCurly, false);
    } finally {
      this.disableCommaOperator = oldDisable;
      this.inCatch = oldCatch;
      this.setTokenizerMode(oldMode);
    }
    return { type: 'ScriptBlockExpressionAst', extent: scriptBlock.extent, parent: null, scriptBlock };
  }

  private subExpressionRule(first: ScannedToken): ExpressionAst {
    const statements: StatementAst[] = [];
    const traps: TrapStatementAst[] = [];
    let listExtent: Extent | null;
    let rParen: ScannedToken;
    const oldDisable = this.disableCommaOperator;
    const oldMode = this.tokenizer.mode;
    try {
      this.disableCommaOperator = false;
      this.setTokenizerMode('Command');
      this.skipNewlines();
      listExtent = this.statementListRule(statements, traps);
      this.skipNewlines();
      rParen = this.nextToken();
      if (rParen.kind !== TokenKind.RParen) {
        this.ungetToken(rParen);
        this.reportIncompleteInput(rParen.extent, 'MissingEndParenthesisInSubexpression');
      }
    } finally {
      this.disableCommaOperator = oldDisable;
      this.setTokenizerMode(oldMode);
    }
    const extent = this.extentOf(
      first,
      rParen.kind === TokenKind.RParen ? rParen.extent : (listExtent ?? first.extent),
    );
    const block: StatementBlockAst = {
      type: 'StatementBlockAst',
      extent: listExtent ?? this.emptyExtent(),
      parent: null,
      statements,
      traps,
    };
    if (first.kind === TokenKind.DollarParen)
      return { type: 'SubExpressionAst', extent, parent: null, subExpression: block };
    return { type: 'ArrayExpressionAst', extent, parent: null, subExpression: block };
  }

  private parenthesizedExpressionRule(lParen: ScannedToken): ExpressionAst {
    let pipeline: PipelineBaseAst | null;
    let rParen: ScannedToken | null;
    const oldMode = this.tokenizer.mode;
    const oldDisable = this.disableCommaOperator;
    try {
      this.setTokenizerMode('Command');
      this.disableCommaOperator = false;
      this.skipNewlines();
      pipeline = this.pipelineChainRule();
      if (pipeline === null) {
        const at = this.after(lParen);
        this.reportIncompleteInput(at, 'ExpectedExpression');
        pipeline = this.errorStatement(at);
      }
      this.skipNewlines();
      rParen = this.nextToken();
      if (rParen.kind !== TokenKind.RParen) {
        this.ungetToken(rParen);
        this.reportIncompleteInput(this.after(pipeline), 'MissingEndParenthesisInExpression');
        rParen = null;
      }
    } finally {
      this.disableCommaOperator = oldDisable;
      this.setTokenizerMode(oldMode);
    }
    return {
      type: 'ParenExpressionAst',
      extent: this.extentOf(lParen, rParen ?? pipeline),
      parent: null,
      pipeline,
    };
  }

  /** Parses the `$var` / `$( ... )` parts of a double-quoted string or bare word. */
  private expandableString(token: ScannedToken, type: StringConstantType): ExpressionAst {
    const nested: ExpressionAst[] = [];
    for (const part of token.nestedTokens ?? []) {
      const p = part as ScannedToken;
      if (p.unscannedSubExpression)
        nested.push(this.parseNestedSubExpression(p, token.kind === TokenKind.StringExpandable));
      else nested.push(this.checkUsingVariable(p, false));
    }
    return {
      type: 'ExpandableStringExpressionAst',
      extent: token.extent,
      parent: null,
      value: String(token.value ?? ''),
      stringConstantType: type,
      nestedExpressions: nested,
      literalParts: token.literalParts ?? [String(token.value ?? '')],
    };
  }

  /** Runs the parser over the `$( ... )` span of a string, with its own token list. */
  private parseNestedSubExpression(part: ScannedToken, collapseQuotes: boolean): ExpressionAst {
    if (collapseQuotes) {
      const collapsed = this.parseCollapsedSubExpression(part);
      if (collapsed !== null) return collapsed;
    }
    const t = this.tokenizer;
    const saved = { pos: t.pos, end: t.end, mode: t.mode, list: t.tokenList, ungot: this.ungot };
    try {
      t.pos = part.extent.startOffset;
      t.end = part.extent.endOffset;
      t.tokenList = [];
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

  /**
   * Inside `"..."`, PowerShell reads `""` and `` `" `` in a `$( ... )` as one quote before parsing it
   * (`"$($u.""Display Name"")"`). Parses that rewritten text and maps every extent back to the source.
   */
  private parseCollapsedSubExpression(part: ScannedToken): ExpressionAst | null {
    const src = this.source.text;
    const start = part.extent.startOffset;
    const end = part.extent.endOffset;
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

  private memberNameRule(): ExpressionAst | null {
    const simpleName = this.simpleNameRule();
    if (simpleName !== null) return simpleName;
    const token = this.peekToken();
    if (hasTrait(token.kind, TokenFlags.UnaryOperator) || token.kind === TokenKind.LBracket)
      return this.unaryExpressionRule();
    return this.primaryExpressionRule(false);
  }

  private memberAccessRule(target: ExpressionAst, operator: ScannedToken): ExpressionAst {
    let member = this.memberNameRule();
    const isStatic = operator.kind === TokenKind.ColonColon;
    const nullConditional = operator.kind === TokenKind.QuestionDot;
    if (member === null) {
      this.reportIncompleteInput(this.after(operator), 'MissingPropertyName');
      member =
        this.getSingleCommandArgument(Ctx.CommandArgument) ??
        this.errorExpression(this.extentOf(target, operator));
    } else if (this.ungot === null) {
      const resyncIndex = this.tokenizer.restorePoint();
      const generic = this.genericMethodArgumentsRule(resyncIndex);
      const lParen = this.nextInvokeMemberToken();
      if (lParen !== null)
        return this.memberInvokeRule(
          target,
          lParen,
          isStatic,
          nullConditional,
          member,
          generic?.types ?? null,
        );
      if (generic !== null) this.resync(resyncIndex);
    }
    return {
      type: 'MemberExpressionAst',
      extent: this.extentOf(target, member),
      parent: null,
      expression: target,
      member,
      static: isStatic,
      nullConditional,
    };
  }

  private genericMethodArgumentsRule(
    resyncIndexIn: number,
  ): { types: ITypeName[]; rBracket: ScannedToken | null } | null {
    let resyncIndex = resyncIndexIn;
    const lBracket = this.nextToken();
    if (lBracket.kind !== TokenKind.LBracket) {
      this.resync(resyncIndex);
      return null;
    }
    let result: { types: ITypeName[]; rBracket: ScannedToken | null } | null = null;
    const oldMode = this.tokenizer.mode;
    try {
      this.setTokenizerMode('TypeName');
      this.skipNewlines();
      const first = this.nextToken();
      if (first.kind === TokenKind.Identifier) {
        resyncIndex = -1;
        const { args, last } = this.genericTypeArgumentsRule(first);
        let rBracket: ScannedToken | null = last;
        if (last.kind !== TokenKind.RBracket) {
          this.ungetToken(last);
          this.reportIncompleteInput(this.before(last), 'EndSquareBracketExpectedAtEndOfType');
          rBracket = null;
        }
        result = { types: args, rBracket };
      }
    } finally {
      this.setTokenizerMode(oldMode);
      if (resyncIndex >= 0) this.resync(resyncIndex);
    }
    return result;
  }

  private memberInvokeRule(
    target: ExpressionAst,
    lBracket: ScannedToken,
    isStatic: boolean,
    nullConditional: boolean,
    member: ExpressionAst,
    genericTypes: ITypeName[] | null,
  ): ExpressionAst {
    let args: ExpressionAst[];
    let last: Extent;
    if (lBracket.kind === TokenKind.LParen) {
      const r = this.invokeParamParenListRule(lBracket);
      args = r.args;
      last = r.last;
    } else {
      this.skipNewlines();
      const argument = this.scriptBlockExpressionRule(lBracket);
      args = [argument];
      last = argument.extent;
    }
    return {
      type: 'InvokeMemberExpressionAst',
      extent: this.extentOf(target, last),
      parent: null,
      expression: target,
      member,
      static: isStatic,
      nullConditional,
      arguments: args,
      genericTypeArguments: genericTypes,
    };
  }

  private invokeParamParenListRule(lParen: ScannedToken): { args: ExpressionAst[]; last: Extent } {
    const args: ExpressionAst[] = [];
    let comma: ScannedToken | null = null;
    let rParen: ScannedToken | null;
    let reported = false;
    const oldDisable = this.disableCommaOperator;
    try {
      this.disableCommaOperator = true;
      for (;;) {
        this.skipNewlines();
        const argument = this.expressionRule();
        if (argument === null) {
          if (comma !== null) {
            this.reportIncompleteInput(this.after(comma), 'MissingExpressionAfterToken', ',');
            reported = true;
          }
          break;
        }
        args.push(argument);
        this.skipNewlines();
        comma = this.nextToken();
        if (comma.kind !== TokenKind.Comma) {
          this.ungetToken(comma);
          comma = null;
          break;
        }
      }
      this.skipNewlines();
      rParen = this.nextToken();
      if (rParen.kind !== TokenKind.RParen) {
        this.ungetToken(rParen);
        if (!reported) {
          const lastArg = args[args.length - 1];
          this.reportIncompleteInput(
            lastArg !== undefined ? this.after(lastArg) : this.after(lParen),
            'MissingEndParenthesisInMethodCall',
          );
        }
        rParen = null;
      }
    } finally {
      this.disableCommaOperator = oldDisable;
    }
    const last = rParen?.extent ?? comma?.extent ?? args[args.length - 1]?.extent ?? lParen.extent;
    return { args, last };
  }

  private elementAccessRule(primary: ExpressionAst, lBracket: ScannedToken): ExpressionAst {
    this.skipNewlines();
    const oldDisable = this.disableCommaOperator;
    this.disableCommaOperator = false;
    let index: ExpressionAst | null;
    try {
      index = this.expressionRule();
    } finally {
      this.disableCommaOperator = oldDisable;
    }
    if (index === null) {
      this.reportIncompleteInput(this.after(lBracket), 'MissingArrayIndexExpression');
      index = this.errorExpression(lBracket.extent);
    }
    this.skipNewlines();
    let rBracket: ScannedToken | null = this.nextToken();
    if (rBracket.kind !== TokenKind.RBracket) {
      this.ungetToken(rBracket);
      if (index.type !== 'ErrorExpressionAst')
        this.reportIncompleteInput(this.after(index), 'MissingEndSquareBracket');
      rBracket = null;
    }
    return {
      type: 'IndexExpressionAst',
      extent: this.extentOf(primary, rBracket ?? index),
      parent: null,
      target: primary,
      index,
      nullConditional: lBracket.kind === TokenKind.QuestionLBracket,
    };
  }
}
