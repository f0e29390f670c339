// PSObject: [pscustomobject] and the adapter around any value that carries extended members and type names.
import type { PSMemberInfo, PSNoteProperty, PSPropertyInfo } from './ps-member.js';
import { isPropertyMember } from './ps-member.js';

export const PS_CUSTOM_OBJECT_TYPE_NAMES: readonly string[] = [
  'System.Management.Automation.PSCustomObject',
  'System.Object',
];

export interface PSObjectInit {
  /** Initial note properties in order. */
  readonly properties?: Iterable<readonly [string, unknown]>;
  /** Type names, most derived first; defaults to PSCustomObject's. */
  readonly typeNames?: readonly string[];
  /** The wrapped value for a PSObject around a non-custom object. */
  readonly baseObject?: unknown;
  /**
   * The engine's stand-in for a .NET object (an ErrorRecord's Exception, CategoryInfo...): GetType() reports
   * its first type name rather than PSCustomObject.
   */
  readonly isTypeView?: boolean;
  /** What the stood-in .NET object's ToString() returns (a FileInfo's path); `@{...}` when absent. */
  readonly toText?: () => string;
  /** A numeric command argument's source text (`007`, `3.0`) when it differs from the number's ToString(). */
  readonly tokenText?: string;
}

/**
 * Members are ordered and case-insensitive (keyed by the lower-cased name, keeping the original spelling).
 * A PSObject without `baseObject` is a PSCustomObject.
 */
export class PSObject {
  readonly typeNames: string[];
  /** Defined when this PSObject wraps another value (New-Object, Add-Member on a non-custom object). */
  readonly baseObject: unknown;
  readonly isTypeView: boolean;
  readonly toText: (() => string) | undefined;
  /**
   * PSObject.TokenText: set only by the compiler on a numeric command argument (ParserOps.WrappedNumber), so its
   * ToString() and conversions to string or [version] see what the user typed (`f 3.0` gets version 3.0).
   */
  readonly tokenText: string | undefined;
  readonly #members = new Map<string, PSMemberInfo>();

  constructor(init: PSObjectInit = {}) {
    this.typeNames = [...(init.typeNames ?? PS_CUSTOM_OBJECT_TYPE_NAMES)];
    this.baseObject = init.baseObject;
    this.isTypeView = init.isTypeView === true;
    this.toText = init.toText;
    this.tokenText = init.tokenText;
    if (init.properties) for (const [name, value] of init.properties) this.setNote(name, value);
  }

  /** [pscustomobject]@{...}: properties from name/value pairs, in order. */
  static fromEntries(entries: Iterable<readonly [string, unknown]>): PSObject {
    return new PSObject({ properties: entries });
  }

  /** Wraps a non-PSObject value so extended members can be attached; PSObjects are returned as they are. */
  static wrap(value: unknown, typeNames: readonly string[]): PSObject {
    if (value instanceof PSObject) return value;
    return new PSObject({ baseObject: value, typeNames });
  }

  /** A numeric argument's wrapper reads as its number in JS arithmetic and validators (ValidateRange). */
  valueOf(): unknown {
    if (this.tokenText === undefined) return this;
    const base = this.baseObject;
    return typeof base === 'number' ? base : Number(String(base));
  }

  /** PSObject.ToString of a numeric argument is its token text (ValidateSet, messages); otherwise JS's default. */
  toString(): string {
    return this.tokenText ?? Object.prototype.toString.call(this);
  }

  get isCustomObject(): boolean {
    return this.baseObject === undefined;
  }

  /** The object PowerShell's `.psobject.BaseObject` returns. */
  get immediateBaseObject(): unknown {
    return this.baseObject === undefined ? this : this.baseObject;
  }

  getMember(name: string): PSMemberInfo | undefined {
    return this.#members.get(name.toLowerCase());
  }

  hasMember(name: string): boolean {
    return this.#members.has(name.toLowerCase());
  }

  /** Adds a member; with `force` an existing one of the same name is replaced in place, otherwise returns false. */
  addMember(member: PSMemberInfo, force = false): boolean {
    const key = member.name.toLowerCase();
    if (this.#members.has(key) && !force) return false;
    this.#members.set(key, member);
    return true;
  }

  removeMember(name: string): boolean {
    return this.#members.delete(name.toLowerCase());
  }

  /** Sets a note property's value, adding it at the end when missing. Other member kinds are replaced. */
  setNote(name: string, value: unknown): void {
    const key = name.toLowerCase();
    const existing = this.#members.get(key);
    if (existing && existing.memberType === 'NoteProperty') existing.value = value;
    else this.#members.set(key, { memberType: 'NoteProperty', name, value });
  }

  /** A note property's value (undefined when there is no such note property). */
  getNote(name: string): unknown {
    const m = this.#members.get(name.toLowerCase());
    return m && m.memberType === 'NoteProperty' ? m.value : undefined;
  }

  /** All extended members in insertion order. */
  members(): PSMemberInfo[] {
    return [...this.#members.values()];
  }

  /** Extended property members in order (what `.psobject.Properties` lists before adapted ones). */
  properties(): PSPropertyInfo[] {
    return [...this.#members.values()].filter(isPropertyMember);
  }

  /** Note properties as [name, value] pairs (the common case for display, JSON and CSV). */
  noteEntries(): Array<[string, unknown]> {
    const out: Array<[string, unknown]> = [];
    for (const m of this.#members.values()) if (m.memberType === 'NoteProperty') out.push([m.name, m.value]);
    return out;
  }

  get memberCount(): number {
    return this.#members.size;
  }

  /** A shallow copy (`.psobject.Copy()`): members are copied, values are shared. */
  copy(): PSObject {
    const clone = new PSObject({ typeNames: this.typeNames, baseObject: this.baseObject });
    for (const m of this.#members.values()) {
      clone.addMember(m.memberType === 'NoteProperty' ? ({ ...m } satisfies PSNoteProperty) : m);
    }
    return clone;
  }
}
