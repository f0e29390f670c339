// `.psobject` and `.PSObject.Properties`: PowerShell's view of any value's members, as objects scripts can read.
import { typeNameOf, typeNamesOf } from '../../values/type-names.js';
import { PSObject } from '../../values/ps-object.js';
import { adapter, instanceMethod } from '../adapter.js';
import { PSMemberDefinition } from '../../values/ps-member-definition.js';
import { dotNetError } from '../../types/errors.js';
import { PS_TYPE_NAMES } from '../../values/type-names.js';

/** One member as `.psobject.Properties` / `.psobject.Members` list it (PSPropertyInfo / PSMethodInfo). */
export class PSMemberView {
  readonly #read: () => unknown;
  constructor(
    readonly Name: string,
    readonly MemberType: string,
    read: () => unknown,
    readonly IsSettable: boolean,
    readonly Definition: string,
  ) {
    this.#read = read;
  }
  get Value(): unknown {
    return this.#read();
  }
  get TypeNameOfValue(): string {
    const v = this.#read();
    return v === null || v === undefined ? 'System.Object' : typeNameOf(v);
  }
  get IsGettable(): boolean {
    return true;
  }
  get IsInstance(): boolean {
    return true;
  }
  get [PS_TYPE_NAMES](): string[] {
    const kind =
      this.MemberType === 'Method'
        ? 'PSMethod'
        : this.MemberType === 'Property'
          ? 'PSProperty'
          : `PS${this.MemberType}`;
    return [
      `System.Management.Automation.${kind}`,
      'System.Management.Automation.PSMemberInfo',
      'System.Object',
    ];
  }
  toString(): string {
    return this.Definition;
  }
}

/**
 * A member collection (`.psobject.Properties`): a real array of member views, so foreach, pipelines and member
 * enumeration see its items, plus `Item(name)` / `Match(pattern)` lookups by name.
 */
export class PSMemberCollection extends Array<PSMemberView> {
  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }
  /** The object `.psobject.Properties.Add()` / `.Remove()` change (only a PSObject carries extended members). */
  owner: PSObject | undefined;
  static of_(views: readonly PSMemberView[], owner?: unknown): PSMemberCollection {
    const c = new PSMemberCollection();
    c.push(...views);
    if (owner instanceof PSObject) c.owner = owner;
    return c;
  }
  /** `.Add([psnoteproperty]::new('n', 2))`: attaches the member; a name already taken is an error. */
  add(member: unknown, preValidated = false): void {
    if (!(member instanceof PSMemberDefinition))
      throw dotNetError('System.ArgumentException', 'The member to add is not a PSMemberInfo.');
    if (!this.owner) throw dotNetError('System.NotSupportedException', 'Specified method is not supported.');
    const info = member.info.memberType === 'NoteProperty' ? { ...member.info } : member.info;
    if (!this.owner.addMember(info, preValidated))
      throw dotNetError(
        'System.Management.Automation.ExtendedTypeSystemException',
        `Cannot add a member with the name "${member.Name}" because a member with that name already exists. To overwrite the member anyway, add the Force parameter to your command.`,
      );
  }
  /** `.Remove('n')`: detaches an extended member. */
  remove(name: unknown): void {
    this.owner?.removeMember(String(name));
  }
  get items(): PSMemberView[] {
    return [...this];
  }
  item(name: unknown): PSMemberView | null {
    const wanted = String(name).toLowerCase();
    return this.find((m) => m.Name.toLowerCase() === wanted) ?? null;
  }
  /** Wildcard match on names (`.psobject.Properties.Match('Na*')`). */
  match(pattern: string): PSMemberView[] {
    const source = pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.');
    const re = new RegExp(`^${source}$`, 'i');
    return this.filter((m) => re.test(m.Name));
  }
}

/** The object `$x.psobject` returns. */
export class PSObjectView {
  readonly #target: unknown;
  readonly #members: () => PSMemberView[];
  constructor(target: unknown, members: () => PSMemberView[]) {
    this.#target = target;
    this.#members = members;
  }
  get Properties(): PSMemberCollection {
    return PSMemberCollection.of_(
      this.#members().filter((m) => !/Method$/.test(m.MemberType)),
      this.#target,
    );
  }
  get Methods(): PSMemberCollection {
    return PSMemberCollection.of_(this.#members().filter((m) => /Method$/.test(m.MemberType)));
  }
  get Members(): PSMemberCollection {
    return PSMemberCollection.of_(this.#members(), this.#target);
  }
  get TypeNames(): string[] {
    return this.#target instanceof PSObject ? this.#target.typeNames : typeNamesOf(this.#target);
  }
  get BaseObject(): unknown {
    return this.#target instanceof PSObject ? this.#target.immediateBaseObject : this.#target;
  }
  get ImmediateBaseObject(): unknown {
    return this.BaseObject;
  }
  get [PS_TYPE_NAMES](): string[] {
    return ['System.Management.Automation.PSObject', 'System.Object'];
  }
  toString(): string {
    return String(this.#target);
  }
}

export const MemberCollectionAdapter = adapter<PSMemberCollection>(
  [],
  [
    instanceMethod<PSMemberCollection>('Item', [
      'System.Management.Automation.PSMemberInfo Item(string name)',
      (r, a) => r.self.item(a[0]),
    ]),
    instanceMethod<PSMemberCollection>(
      'Add',
      ['void Add(System.Management.Automation.PSMemberInfo member)', (r, a) => r.self.add(a[0])],
      [
        'void Add(System.Management.Automation.PSMemberInfo member, bool preValidated)',
        (r, a) => r.self.add(a[0], a[1] === true),
      ],
    ),
    instanceMethod<PSMemberCollection>('Remove', ['void Remove(string name)', (r, a) => r.self.remove(a[0])]),
    instanceMethod<PSMemberCollection>('Match', [
      'System.Collections.ObjectModel.ReadOnlyCollection[System.Management.Automation.PSMemberInfo] Match(string name)',
      (r, a) => r.self.match(String(a[0])),
    ]),
  ],
);
