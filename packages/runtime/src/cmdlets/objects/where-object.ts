// Where-Object: a script-block filter, or the simplified `Where-Object Prop -op Value` forms.
import type { CommandMetadata, ParameterMetadata } from '@exosh/cmdlet-binding';
import { TokenKind } from '@exosh/language';
import type { CmdletImplementation } from '../../engine/commands/cmdlet-implementation.js';
import { invokeInline } from '../../engine/invocation/invoke-inline.js';
import { CollectingPipe } from '../../engine/pipeline/pipe.js';
import type { ScriptBlock } from '../../engine/script-block.js';
import { binary, getMember, isTrue } from '../../engine/semantics/index.js';
import { inputObjectParameter } from '../input-object-parameter.js';

/** Each operator switch is its own parameter set, as in WhereObjectCommand. */
const operators: Record<string, { set: string; op: string; swap?: boolean; not?: boolean }> = {
  EQ: { set: 'EqualSet', op: TokenKind.Ieq },
  CEQ: { set: 'CaseSensitiveEqualSet', op: TokenKind.Ceq },
  NE: { set: 'NotEqualSet', op: TokenKind.Ine },
  CNE: { set: 'CaseSensitiveNotEqualSet', op: TokenKind.Cne },
  GT: { set: 'GreaterThanSet', op: TokenKind.Igt },
  CGT: { set: 'CaseSensitiveGreaterThanSet', op: TokenKind.Cgt },
  LT: { set: 'LessThanSet', op: TokenKind.Ilt },
  CLT: { set: 'CaseSensitiveLessThanSet', op: TokenKind.Clt },
  GE: { set: 'GreaterOrEqualSet', op: TokenKind.Ige },
  CGE: { set: 'CaseSensitiveGreaterOrEqualSet', op: TokenKind.Cge },
  LE: { set: 'LessOrEqualSet', op: TokenKind.Ile },
  CLE: { set: 'CaseSensitiveLessOrEqualSet', op: TokenKind.Cle },
  Like: { set: 'LikeSet', op: TokenKind.Ilike },
  CLike: { set: 'CaseSensitiveLikeSet', op: TokenKind.Clike },
  NotLike: { set: 'NotLikeSet', op: TokenKind.Inotlike },
  CNotLike: { set: 'CaseSensitiveNotLikeSet', op: TokenKind.Cnotlike },
  Match: { set: 'MatchSet', op: TokenKind.Imatch },
  CMatch: { set: 'CaseSensitiveMatchSet', op: TokenKind.Cmatch },
  NotMatch: { set: 'NotMatchSet', op: TokenKind.Inotmatch },
  CNotMatch: { set: 'CaseSensitiveNotMatchSet', op: TokenKind.Cnotmatch },
  Contains: { set: 'ContainsSet', op: TokenKind.Icontains },
  CContains: { set: 'CaseSensitiveContainsSet', op: TokenKind.Ccontains },
  NotContains: { set: 'NotContainsSet', op: TokenKind.Inotcontains },
  CNotContains: { set: 'CaseSensitiveNotContainsSet', op: TokenKind.Cnotcontains },
  In: { set: 'InSet', op: TokenKind.Iin },
  CIn: { set: 'CaseSensitiveInSet', op: TokenKind.Cin },
  NotIn: { set: 'NotInSet', op: TokenKind.Inotin },
  CNotIn: { set: 'CaseSensitiveNotInSet', op: TokenKind.Cnotin },
  Is: { set: 'IsSet', op: TokenKind.Is },
  IsNot: { set: 'IsNotSet', op: TokenKind.IsNot },
};

const operatorSets = Object.values(operators).map((o) => o.set);
const inOperatorSets = (extra: object) => Object.fromEntries(operatorSets.map((s) => [s, extra]));

export const whereObjectMetadata: CommandMetadata = {
  name: 'Where-Object',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.WhereObjectCommand',
  defaultParameterSetName: 'EqualSet',
  parameters: [
    inputObjectParameter,
    {
      name: 'FilterScript',
      type: 'scriptblock',
      parameterSets: { ScriptBlockSet: { mandatory: true, position: 0 } },
    },
    {
      name: 'Property',
      type: 'string',
      parameterSets: {
        ...inOperatorSets({ mandatory: true, position: 0 }),
        NotSet: { mandatory: true, position: 0 },
      },
    },
    { name: 'Value', type: 'object', parameterSets: inOperatorSets({ position: 1 }), allowNull: true },
    ...Object.entries(operators).map(([name, o]): ParameterMetadata => ({
      name,
      type: 'switch',
      parameterSets: { [o.set]: { mandatory: o.set !== 'EqualSet' } },
    })),
    { name: 'Not', type: 'switch', parameterSets: { NotSet: { mandatory: true } } },
  ],
};

export const whereObject: CmdletImplementation = {
  process(rt) {
    const input = rt.parameters['InputObject'] ?? null;
    if (rt.parameterSetName === 'ScriptBlockSet') {
      const filter = rt.parameters['FilterScript'] as ScriptBlock;
      const out = new CollectingPipe();
      invokeInline(rt.context, filter, input, out);
      const r = out.items;
      if (r.length > 0 && isTrue(r.length === 1 ? r[0] : r)) rt.writeObject(input);
      return;
    }
    const property = rt.parameters['Property'] as string;
    const propValue = input === null ? null : getMember(rt.context, input, property);
    if (rt.parameterSetName === 'NotSet') {
      if (!isTrue(propValue)) rt.writeObject(input);
      return;
    }
    const entry = Object.values(operators).find((o) => o.set === rt.parameterSetName);
    if (!entry) return;
    // Without an operator switch or value, `Where-Object Prop` keeps objects whose property is true.
    if (
      !('Value' in rt.parameters) &&
      rt.parameterSetName === 'EqualSet' &&
      rt.parameters['EQ'] === undefined
    ) {
      if (isTrue(propValue)) rt.writeObject(input);
      return;
    }
    if (isTrue(binary(rt.context, entry.op as never, propValue, rt.parameters['Value'] ?? null)))
      rt.writeObject(input);
  },
};
