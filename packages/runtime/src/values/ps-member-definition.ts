// A member made on its own (`[psnoteproperty]::new('n', 2)`), before `.PSObject.Properties.Add()` attaches it.
import type { PSMemberInfo } from './ps-member.js';
import { PS_TYPE_NAMES } from './symbols.js';

export class PSMemberDefinition {
  constructor(readonly info: PSMemberInfo) {}

  get Name(): string {
    return this.info.name;
  }

  get MemberType(): string {
    return this.info.memberType;
  }

  get Value(): unknown {
    return this.info.memberType === 'NoteProperty' ? this.info.value : null;
  }

  set Value(v: unknown) {
    if (this.info.memberType === 'NoteProperty') this.info.value = v;
  }

  get [PS_TYPE_NAMES](): string[] {
    return [
      `System.Management.Automation.PS${this.info.memberType}`,
      'System.Management.Automation.PSMemberInfo',
      'System.Object',
    ];
  }

  toString(): string {
    return this.info.memberType === 'NoteProperty'
      ? `System.Object ${this.info.name}=${String(this.info.value)}`
      : this.info.name;
  }
}
