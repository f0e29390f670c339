// Type names and attributes in classes: SymbolResolver's lookups through the resolveType option, SemanticChecks' attribute checks.
import { describe, expect, it } from 'vitest';
import { parse, type TypeResolutionRequest } from '../src/index.js';
import { resolveDotNetType } from './dotnet-types.js';

const errorsOf = (source: string): [string, string][] =>
  parse(source, { resolveType: resolveDotNetType }).errors.map((e) => [e.errorId, e.extent.text]);

const messagesOf = (source: string): string[] =>
  parse(source, { resolveType: resolveDotNetType }).errors.map((e) => e.message);

describe('TypeNotFound and CustomAttributeTypeNotFound in classes', () => {
  it("gives pwsh's messages on the type name's extent", () => {
    expect(messagesOf('class foo { [zz]$x; }')).toEqual(['Unable to find type [zz].']);
    expect(messagesOf('[UnknownAttr()]class C{}')).toEqual([
      "Cannot find the type for custom attribute 'UnknownAttr'. Make sure that the assembly that contains this type is loaded.",
    ]);
    expect(errorsOf('class A : NonExistingClass {}')).toEqual([['TypeNotFound', 'NonExistingClass']]);
  });

  it('looks nothing up without the option, and outside classes', () => {
    expect(parse('class foo { [zz]$x; }').errors).toEqual([]);
    expect(errorsOf('[zz]$x = [zz]::new(); function f([zz]$a) {}')).toEqual([]);
  });

  it('finds the classes and enums of the script, before and after the use', () => {
    expect(errorsOf('class B : A { [E]$e; [B]$self } enum E { a } class A {}')).toEqual([]);
    // A type defined in a function is not seen from outside it.
    expect(errorsOf('function f { class Inner {} } class C { [Inner]$i }')).toEqual([
      ['TypeNotFound', 'Inner'],
    ]);
  });

  it('checks every type name in the class: generic arguments, array elements, casts, type literals, catch types', () => {
    expect(
      errorsOf(
        'class C { [System.Collections.Generic.List[zz]]$a; [yy[]]$b; [void] f() { $x = [ww]1; [vv]::new(); try {} catch [uu] {} & { [tt]$q = 1 } } }',
      ).map(([, text]) => text),
    ).toEqual(['zz', 'yy', 'ww', 'vv', 'uu', 'tt']);
  });

  it('asks with the generic argument count, the attribute flag and the using namespaces', () => {
    const requests: TypeResolutionRequest[] = [];
    parse('using namespace System.Text\nclass C { [Dictionary[string,int]]$d; [Flags()]$f }', {
      resolveType: (r) => {
        requests.push(r);
        return 'unknown';
      },
    });
    expect(requests).toEqual([
      { name: 'Dictionary', genericArgumentCount: 2, isAttribute: false, namespaces: ['System.Text'] },
      { name: 'string', genericArgumentCount: 0, isAttribute: false, namespaces: ['System.Text'] },
      { name: 'int', genericArgumentCount: 0, isAttribute: false, namespaces: ['System.Text'] },
      { name: 'Flags', genericArgumentCount: 0, isAttribute: true, namespaces: ['System.Text'] },
    ]);
  });

  it("reports nothing for 'unknown', [ordered], a throwing callback, or when a using module may define the type", () => {
    expect(parse('class C { [zz]$x }', { resolveType: () => 'unknown' }).errors).toEqual([]);
    expect(errorsOf('class C { [ordered]$x }')).toEqual([]);
    const throwing = (): never => {
      throw new Error('no');
    };
    expect(parse('class C { [zz]$x }', { resolveType: throwing }).errors).toEqual([]);
    expect(errorsOf('using module ./Types.psm1\nclass C : BaseFromModule {}')).toEqual([]);
  });
});

describe('attributes on class declarations', () => {
  it("AttributeNotAllowedOnDeclaration names the attribute as pwsh does and lists AttributeUsage's targets", () => {
    expect(messagesOf('class foo { f([Parameter()]$a) {} }')).toEqual([
      "Attribute 'Parameter' is not valid on this declaration. It is valid on 'Property, Field' declarations only.",
    ]);
    expect(messagesOf('[Flags()]class C{}')).toEqual([
      "Attribute 'System.FlagsAttribute' is not valid on this declaration. It is valid on 'Enum' declarations only.",
    ]);
    expect(errorsOf('[Flags()] enum E { a }')).toEqual([]);
    expect(errorsOf('class C { [Alias("x")][ValidateSet("a")][string]$p }')).toEqual([]);
  });

  it('PropertyNotFoundForAttribute lists the settable properties; a get-only one is ReadOnlyProperty', () => {
    expect(messagesOf('[System.Management.Automation.Cmdlet("Get", "Thing", Prop=1)]class C{}')).toEqual([
      "Property 'Prop' cannot be found for attribute 'System.Management.Automation.CmdletAttribute'. Specify one of the following properties: DefaultParameterSetName, SupportsShouldProcess, SupportsPaging, SupportsTransactions, ConfirmImpact, HelpUri, RemotingCapability.",
    ]);
    expect(
      messagesOf('[System.Management.Automation.Cmdlet("Get", "Thing", NounName="foo")]class C{}'),
    ).toEqual(['"NounName" is a ReadOnly property.']);
    expect(
      errorsOf('[DscResource(RunAsCredential="Optional")] class C { [DscProperty(key)][string]$k }'),
    ).toEqual(expect.not.arrayContaining([expect.arrayContaining(['PropertyNotFoundForAttribute'])]));
  });

  it('attribute arguments must be constants (no script block), with or without type lookups', () => {
    for (const options of [{}, { resolveType: resolveDotNetType }]) {
      const ids = (s: string): [string, string][] =>
        parse(s, options).errors.map((e) => [e.errorId, e.extent.text]);
      expect(ids('class C{ [ValidateScript({})]$p; }')).toEqual([
        ['ParameterAttributeArgumentNeedsToBeConstant', '{}'],
      ]);
      expect(ids('class C { [ValidateSet("a", $x)]$p; [Parameter(Mandatory=$zed)]$q }')).toEqual([
        ['ParameterAttributeArgumentNeedsToBeConstant', '$x'],
        ['ParameterAttributeArgumentNeedsToBeConstant', '$zed'],
      ]);
      expect(
        ids(
          'class C { [ValidateRange(-1 + 2, [int]3)][Parameter(Mandatory=$global:true, Position=(1))]$p; [Obsolete("x" * 2)]f() {} }',
        ),
      ).toEqual([]);
      // A cast to a non-primitive type or an array expression is not a constant.
      expect(ids('class C { [ValidateSet([string]1, @(1))]$p }').map(([, text]) => text)).toEqual([
        '[string]1',
        '@(1)',
      ]);
    }
    // Outside classes, script blocks are allowed (ValidateScript) and nothing here is checked.
    expect(parse('function f { param([ValidateScript({ $true })]$p) }').errors).toEqual([]);
  });
});
