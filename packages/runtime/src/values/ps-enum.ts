// PSEnumValue and EnumTypeInfo: .NET enum values (name/value pairs, [Flags] combinations).
export interface EnumTypeInfo {
  /** Full .NET name, e.g. 'System.ConsoleColor'. */
  readonly fullName: string;
  readonly isFlags: boolean;
  /** Members in declaration order. */
  readonly members: ReadonlyArray<readonly [string, number]>;
  /** Underlying integral type (default System.Int32). */
  readonly underlyingType?: string;
}

export class PSEnumValue {
  readonly type: EnumTypeInfo;
  readonly value: number;

  constructor(type: EnumTypeInfo, value: number) {
    this.type = type;
    this.value = value;
  }

  get typeName(): string {
    return this.type.fullName;
  }

  /** Enum.ToString(): the member name, a ", "-joined flag combination, or the number. */
  get name(): string {
    return enumValueToString(this.type, this.value);
  }

  hasFlag(flag: PSEnumValue | number): boolean {
    const f = typeof flag === 'number' ? flag : flag.value;
    return (this.value & f) === f;
  }

  equals(other: unknown): boolean {
    return (
      other instanceof PSEnumValue && other.type.fullName === this.type.fullName && other.value === this.value
    );
  }

  toString(): string {
    return this.name;
  }

  valueOf(): number {
    return this.value;
  }
}

export function enumValueToString(type: EnumTypeInfo, value: number): string {
  const exact = type.members.find(([, v]) => v === value);
  if (exact) return exact[0];
  if (!type.isFlags || value === 0) return String(value);
  // .NET walks flags from the highest value down, then prints them in ascending order.
  const sorted = [...type.members].filter(([, v]) => v !== 0).sort((a, b) => b[1] - a[1]);
  let rest = value;
  const names: string[] = [];
  for (const [n, v] of sorted) {
    if ((rest & v) === v && v !== 0) {
      names.push(n);
      rest &= ~v;
    }
  }
  if (rest !== 0) return String(value);
  return names.reverse().join(', ');
}

/** Looks a member up by name, case-insensitively. */
export function enumMemberValue(type: EnumTypeInfo, name: string): number | undefined {
  const lower = name.trim().toLowerCase();
  return type.members.find(([n]) => n.toLowerCase() === lower)?.[1];
}
