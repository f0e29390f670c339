// PowerShell 5 type definitions: class (properties, methods, constructors) and enum.
import type { Extent } from '../../ast/extent.js';
import type { AttributeAst, AttributeBaseAst, ParameterAst, TypeConstraintAst } from '../../ast/blocks.js';
import type { StatementAst, MemberAst } from '../../ast/nodes.js';
import { MemberAttributes } from '../../ast/nodes.js';
import type { ExpressionAst } from '../../ast/expressions.js';
import { TokenKind } from '../../tokenizer/tokenKind.js';
import { TokenFlags } from '../../tokenizer/tokenFlags.js';
import type { ScannedToken } from '../../tokenizer/tokenizer.js';
import type { Parser } from '../parser.js';

export function typeDefinitionHeader(this: Parser, keyword: ScannedToken): { name: ScannedToken | null } {
  this.skipNewlines();
  const name = this.withMode('Signature', () => this.nextToken());
  if (name.kind !== TokenKind.Identifier && (name.flags & TokenFlags.Keyword) === 0) {
    this.ungetToken(name);
    this.reportIncompleteInput(this.after(keyword), 'MissingNameAfterKeyword', keyword.text);
    return { name: null };
  }
  return { name };
}

export function classDefinitionRule(
  this: Parser,
  attributes: AttributeBaseAst[] | null,
  classToken: ScannedToken,
): StatementAst {
  const { name } = this.typeDefinitionHeader(classToken);
  if (name === null) return this.errorStatement(classToken.extent, [], TokenKind.Class);
  return this.withMode('Signature', () => {
    const baseTypes: TypeConstraintAst[] = [];
    this.skipNewlines();
    const colon = this.peekToken();
    if (colon.kind === TokenKind.Colon) {
      this.skipToken();
      // TypeNameExpected goes right after the `:` or the last `,` (PowerShell's ClassDefinitionRule).
      let separator = colon;
      for (;;) {
        this.skipNewlines();
        const typeName = this.typeNameRule(false);
        if (typeName === null) {
          this.reportIncompleteInput(this.after(separator), 'TypeNameExpected');
          break;
        }
        baseTypes.push(
          this.node({ type: 'TypeConstraintAst', extent: typeName.extent, parent: null, typeName }),
        );
        this.skipNewlines();
        const comma = this.peekToken();
        if (comma.kind !== TokenKind.Comma) break;
        this.skipToken();
        separator = comma;
      }
    }
    this.skipNewlines();
    const lCurly = this.nextToken();
    if (lCurly.kind !== TokenKind.LCurly) {
      this.ungetToken(lCurly);
      const last = baseTypes[baseTypes.length - 1] ?? name;
      this.reportIncompleteInput(this.after(last), 'MissingTypeBody', 'class');
      return this.errorStatement(this.extentOf(classToken, last), baseTypes, TokenKind.Class);
    }
    const members: MemberAst[] = [];
    let rCurly: ScannedToken | null = null;
    // PowerShell's ClassDefinitionRule loop: members until one cannot start, then `}`.
    for (;;) {
      const member = this.classMemberRule(name.text);
      // Modifiers or attributes without a member: already reported, keep reading members (as PowerShell).
      if (member === 'incomplete') continue;
      if (member === null) break;
      members.push(member);
    }
    const closing = this.nextToken();
    if (closing.kind === TokenKind.RCurly) rCurly = closing;
    else {
      this.ungetToken(closing);
      this.reportIncompleteInputAt(this.after(lCurly), closing.extent, 'MissingEndCurlyBrace');
    }
    const start = attributes?.[0] ?? classToken;
    const extent = this.extentOf(start, rCurly ?? lCurly);
    return this.node({
      type: 'TypeDefinitionAst',
      extent,
      parent: null,
      name: name.text,
      typeAttributes: 'Class',
      attributes: (attributes ?? []).filter((a): a is AttributeAst => a.type === 'AttributeAst'),
      baseTypes,
      members,
    }) as StatementAst;
  });
}

/**
 * PowerShell's ClassMemberRule. `static` and `hidden` are the only modifiers (pwsh 7.4 is built without
 * SUPPORT_PUBLIC_PRIVATE, so `public`/`private` start a method of that name). Returns 'incomplete' when modifiers
 * or attributes are not followed by a member (IncompleteMemberDefinition, reported here).
 */
export function classMemberRule(this: Parser, className: string): MemberAst | null | 'incomplete' {
  const attributes: AttributeAst[] = [];
  let propertyType: TypeConstraintAst | null = null;
  let memberAttributes = MemberAttributes.None as number;
  let start: Extent | null = null;
  let last: Extent | null = null;
  let sawStatic = false;
  let sawHidden = false;
  for (;;) {
    this.skipNewlines();
    const attr = this.attributeRule();
    if (attr !== null) {
      start ??= attr.extent;
      last = attr.extent;
      if (attr.type === 'AttributeAst') attributes.push(attr);
      else if (propertyType === null) propertyType = attr;
      else this.reportError(attr.extent, 'TooManyTypes');
      continue;
    }
    const t = this.peekToken();
    if (t.kind === TokenKind.Static || t.kind === TokenKind.Hidden) {
      this.skipToken();
      start ??= t.extent;
      last = t.extent;
      const isStatic = t.kind === TokenKind.Static;
      if (isStatic ? sawStatic : sawHidden) this.reportError(t.extent, 'DuplicateQualifier', t.text);
      if (isStatic) sawStatic = true;
      else sawHidden = true;
      memberAttributes |= isStatic ? MemberAttributes.Static : MemberAttributes.Hidden;
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
    end = propertyTerminator.call(this, end, true);
    return this.node({
      type: 'PropertyMemberAst',
      extent: this.extentOf(start, end),
      parent: null,
      name: t.variablePath?.unqualifiedPath ?? t.text.slice(1),
      propertyType,
      attributes,
      initialValue,
      propertyAttributes: memberAttributes,
    });
  }
  if (t.kind === TokenKind.Identifier || (t.flags & TokenFlags.Keyword) !== 0) {
    start ??= t.extent;
    const lParen = this.nextToken();
    let parameters: ParameterAst[] = [];
    let rParen: ScannedToken = t;
    if (lParen.kind === TokenKind.LParen) {
      parameters = this.parameterListRule();
      this.skipNewlines();
      rParen = this.nextToken();
      if (rParen.kind !== TokenKind.RParen) {
        this.ungetToken(rParen);
        this.reportIncompleteInput(this.after(lParen), 'MissingEndParenthesisInFunctionParameterList');
        return this.abandonMember(attributes.length > 0 || propertyType !== null);
      }
    } else {
      // PowerShell reports it and reads on as if `()` were there.
      this.ungetToken(lParen);
      this.reportIncompleteInput(this.after(t), 'MissingMethodParameterList');
    }
    let baseCtorArguments: ExpressionAst[] | null = null;
    const isConstructor = t.text.toLowerCase() === className.toLowerCase();
    // PowerShell's MethodDeclarationRule: `: base(...)` only on an instance constructor; a bad base call is an
    // error statement that still takes the body's `{` (so the class may end at the body's `}`).
    let endError: Extent | null = null;
    if (isConstructor && !sawStatic) {
      this.skipNewlines();
      this.withMode('Signature', () => {
        const colon = this.peekToken();
        if (colon.kind !== TokenKind.Colon) return;
        this.skipToken();
        this.skipNewlines();
        const baseToken = this.peekToken();
        if (baseToken.kind !== TokenKind.Base) {
          endError = colon.extent;
          this.reportIncompleteInput(this.after(colon), 'MissingBaseCtorCall');
          return;
        }
        this.skipToken();
        this.skipNewlines();
        const lp = this.peekToken();
        if (lp.kind !== TokenKind.LParen) {
          endError = baseToken.extent;
          this.reportIncompleteInput(this.after(baseToken), 'MissingMethodParameterList');
          return;
        }
        this.skipToken();
        baseCtorArguments = this.withMode('Expression', () => this.invokeParamParenListRule(lp).args);
        this.skipNewlines();
      });
    } else this.skipNewlines();
    const lCurly = this.nextToken();
    if (lCurly.kind !== TokenKind.LCurly) {
      this.ungetToken(lCurly);
      if (endError === null) this.reportIncompleteInput(this.after(rParen), 'MissingFunctionBody');
      return this.abandonMember(attributes.length > 0 || propertyType !== null);
    }
    if (endError !== null) return this.abandonMember(attributes.length > 0 || propertyType !== null);
    const body = this.withMode('Command', () => this.scriptBlockRule(lCurly, false));
    return this.node({
      type: 'FunctionMemberAst',
      extent: this.extentOf(start, body),
      parent: null,
      name: t.text,
      nameExtent: t.extent,
      returnType: propertyType,
      attributes,
      parameters,
      body,
      methodAttributes: memberAttributes,
      isConstructor,
      baseCtorArguments,
    });
  }
  this.ungetToken(t);
  if (last !== null) {
    this.reportIncompleteInput(this.after(last), 'IncompleteMemberDefinition');
    return 'incomplete';
  }
  return null;
}

/**
 * A method PowerShell could not read: skip to the class's `}` (SyncOnError), then go on reading members only if
 * attributes or a type had been read (PowerShell's astsOnError), else end the member list.
 */
/**
 * After a class property or an enum member: a newline, `;` or `}` must follow (else MissingPropertyTerminator, when
 * `check`); newlines and `;` are skipped. Returns the member's end: its `;` when there is one, as PowerShell's.
 */
function propertyTerminator(this: Parser, end: Extent, check: boolean): Extent {
  const terminator = this.peekToken();
  const kind = terminator.kind;
  if (check && kind !== TokenKind.NewLine && kind !== TokenKind.Semi && kind !== TokenKind.RCurly)
    this.reportIncompleteInput(this.after(end), 'MissingPropertyTerminator');
  this.skipNewlinesAndSemicolons();
  return kind === TokenKind.Semi ? terminator.extent : end;
}

export function abandonMember(this: Parser, hadAttributes: boolean): 'incomplete' | null {
  this.syncOnError(false, TokenKind.RCurly);
  return hadAttributes ? 'incomplete' : null;
}

export function enumDefinitionRule(
  this: Parser,
  attributes: AttributeBaseAst[] | null,
  enumToken: ScannedToken,
): StatementAst {
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
    if (typeName !== null) {
      // PowerShell tests the type's TypeCode with HasFlag on an OR of the integral codes, which lets every code up
      // to Decimal through: of the types it can resolve, only String and DateTime are refused.
      if (/^(?:system\.)?(?:string|datetime)$/i.test(typeName.name))
        this.reportError(typeName.extent, 'InvalidUnderlyingType', typeName.name);
      baseTypes.push(
        this.node({ type: 'TypeConstraintAst', extent: typeName.extent, parent: null, typeName }),
      );
    }
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
  // PowerShell's EnumMemberRule loop: members (no attributes) until something that is not a name, then `}`.
  this.withMode('Expression', () => {
    for (;;) {
      this.skipNewlines();
      const memberName = this.simpleNameRule();
      if (memberName === null) break;
      // No newline between `=` and the value; then a newline, `;` or `}`.
      let initialValue: ExpressionAst | null = null;
      let end: Extent = memberName.extent;
      let missingInitializer = false;
      const assign = this.peekToken();
      if (assign.kind === TokenKind.Equals) {
        this.skipToken();
        initialValue = this.expressionRule();
        if (initialValue === null) {
          this.reportError(this.after(assign), 'ExpectedValueExpression', '=');
          end = assign.extent;
          missingInitializer = true;
        } else end = initialValue.extent;
      }
      end = propertyTerminator.call(this, end, !missingInitializer);
      members.push(
        this.node({
          type: 'PropertyMemberAst',
          extent: this.extentOf(memberName, end),
          parent: null,
          name: memberName.value,
          propertyType: null,
          attributes: [],
          initialValue,
          propertyAttributes: MemberAttributes.Public | MemberAttributes.Static,
        }),
      );
    }
    const t = this.nextToken();
    if (t.kind === TokenKind.RCurly) rCurly = t;
    else {
      this.ungetToken(t);
      this.reportIncompleteInputAt(this.after(lCurly), t.extent, 'MissingEndCurlyBrace');
    }
  });
  const end: Extent = (rCurly as ScannedToken | null)?.extent ?? lCurly.extent;
  return this.node({
    type: 'TypeDefinitionAst',
    extent: this.extentOf(attributes?.[0] ?? enumToken, end),
    parent: null,
    name: name.text,
    typeAttributes: 'Enum',
    attributes: (attributes ?? []).filter((a): a is AttributeAst => a.type === 'AttributeAst'),
    baseTypes,
    members,
  });
}
