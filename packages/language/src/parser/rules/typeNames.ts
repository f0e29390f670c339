// Type names inside `[...]`: simple, generic (`List[string]`), array (`string[]`), assembly-qualified.
import type { Extent } from '../../ast/extent.js';
import type { ITypeName, TypeName } from '../../ast/typeName.js';
import { TokenKind } from '../../tokenizer/tokenKind.js';
import type { ScannedToken } from '../../tokenizer/tokenizer.js';
import type { Parser } from '../parser.js';

export function typeNameRule(this: Parser, allowAssemblyQualifiedNames: boolean): ITypeName | null {
  return this.withMode('TypeName', () => {
    const token = this.nextToken();
    if (token.kind !== TokenKind.Identifier) {
      this.ungetToken(token);
      return null;
    }
    return this.finishTypeNameRule(token, false, allowAssemblyQualifiedNames);
  });
}

export function simpleTypeName(
  this: Parser,
  extent: Extent,
  name: string,
  assemblyName: string | null = null,
): TypeName {
  return {
    kind: 'TypeName',
    name,
    fullName: assemblyName === null ? name : `${name},${assemblyName}`,
    assemblyName,
    extent,
  };
}

export function finishTypeNameRule(
  this: Parser,
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
      this.ext(typeNameToken.startOffset, this.tokenizer.pos),
      typeNameToken.text,
      assembly,
    );
  }
  return this.simpleTypeName(typeNameToken.extent, typeNameToken.text);
}

export function getSingleGenericArgument(this: Parser, first: ScannedToken): ITypeName {
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

export function genericTypeArgumentsRule(
  this: Parser,
  first: ScannedToken,
): { args: ITypeName[]; last: ScannedToken } {
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

export function genericTypeNameRule(
  this: Parser,
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

export function completeArrayTypeName(
  this: Parser,
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

export function arrayTypeName(this: Parser, element: ITypeName, rank: number, extent: Extent): ITypeName {
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
