// Structured type names ([string], [List[int]], [byte[]]), as PowerShell's TypeName/GenericTypeName/ArrayTypeName.
import type { Extent } from './extent.js';

/** A plain type name: `System.String`, `string`, or with an assembly `[Foo, Bar.dll]`. */
export interface TypeName {
  readonly kind: 'TypeName';
  /** The name as written (`System.Collections.ArrayList`). */
  readonly name: string;
  /** The name with the assembly, if any (`Foo,Bar`); equal to `name` otherwise. */
  readonly fullName: string;
  readonly assemblyName: string | null;
  readonly extent: Extent;
}

/** `List[string]`, `Dictionary[string,int]`. */
export interface GenericTypeName {
  readonly kind: 'GenericTypeName';
  readonly typeName: TypeName;
  readonly genericArguments: readonly ITypeName[];
  /** `System.Collections.Generic.List[string]` (arguments by their full names). */
  readonly name: string;
  readonly fullName: string;
  readonly extent: Extent;
}

/** `string[]`, `int[,]`. */
export interface ArrayTypeName {
  readonly kind: 'ArrayTypeName';
  readonly elementType: ITypeName;
  readonly rank: number;
  /** `string[]`, `int[,]`. */
  readonly name: string;
  readonly fullName: string;
  readonly extent: Extent;
}

export type ITypeName = TypeName | GenericTypeName | ArrayTypeName;
