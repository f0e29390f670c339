// Members of a type object (`[int]`, `$x.GetType()`): Name, FullName, BaseType, IsArray, GetGenericArguments(), ...
import { TypeInfo } from '../../types/type-info.js';
import { PSEnumValue } from '../../values/ps-enum.js';
import { adapter, instanceMethod as m } from '../adapter.js';

export const TypeObjectAdapter = adapter<TypeInfo>(
  [
    ['Name', 'string', (t) => t.name],
    ['FullName', 'string', (t) => t.fullName],
    ['Namespace', 'string', (t) => t.namespace],
    [
      'BaseType',
      'type',
      (t, ctx) =>
        t.baseTypeName
          ? (ctx.types.get(t.baseTypeName) ?? ctx.types.register({ fullName: t.baseTypeName }))
          : null,
    ],
    ['IsArray', 'bool', (t) => t.isArray],
    ['IsEnum', 'bool', (t) => t.isEnum],
    ['IsValueType', 'bool', (t) => t.isValueType],
    ['IsClass', 'bool', (t) => !t.isValueType && !t.isInterface],
    ['IsInterface', 'bool', (t) => t.isInterface],
    ['IsGenericType', 'bool', (t) => t.isGenericType],
    ['IsPublic', 'bool', () => true],
    ['IsSerializable', 'bool', (t) => t.isValueType || t.fullName === 'System.String'],
    ['GenericTypeArguments', 'type[]', (t) => [...t.genericArguments]],
    ['UnderlyingSystemType', 'type', (t) => t],
    [
      'AssemblyQualifiedName',
      'string',
      (t) =>
        `${t.fullName}, System.Private.CoreLib, Version=8.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e`,
    ],
  ],
  [
    m<TypeInfo>('GetElementType', ['type GetElementType()', (r) => r.self.elementType ?? null]),
    m<TypeInfo>('GetGenericArguments', ['type[] GetGenericArguments()', (r) => [...r.self.genericArguments]]),
    m<TypeInfo>('GetEnumNames', [
      'string[] GetEnumNames()',
      (r) => r.self.enumInfo?.members.map(([name]) => name) ?? [],
    ]),
    m<TypeInfo>('GetEnumValues', [
      'array GetEnumValues()',
      (r) => {
        const info = r.self.enumInfo;
        return info ? info.members.map(([, v]) => new PSEnumValue(info, v)) : [];
      },
    ]),
    m<TypeInfo>('IsAssignableFrom', [
      'bool IsAssignableFrom(type c)',
      (r, a) => a[0] instanceof TypeInfo && r.ctx.types.baseChain(a[0]).includes(r.self.fullName),
    ]),
    m<TypeInfo>('IsSubclassOf', [
      'bool IsSubclassOf(type c)',
      (r, a) =>
        a[0] instanceof TypeInfo && a[0] !== r.self && r.ctx.types.baseChain(r.self).includes(a[0].fullName),
    ]),
    m<TypeInfo>('ToString', ['string ToString()', (r) => r.self.fullName]),
    m<TypeInfo>('Equals', ['bool Equals(System.Object o)', (r, a) => a[0] === r.self]),
  ],
);
