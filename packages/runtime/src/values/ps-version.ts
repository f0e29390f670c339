// PSVersion: System.Version (major.minor[.build[.revision]]), unset parts are -1 as in .NET.
import { dotNetRangeError } from './dotnet-error.js';
export class PSVersion {
  readonly major: number;
  readonly minor: number;
  readonly build: number;
  readonly revision: number;

  constructor(major: number, minor = 0, build = -1, revision = -1) {
    if (
      [major, minor].some((n) => n < 0) ||
      build < -1 ||
      revision < -1 ||
      (build === -1 && revision !== -1)
    ) {
      throw dotNetRangeError('VersionNegative');
    }
    this.major = major;
    this.minor = minor;
    this.build = build;
    this.revision = revision;
  }

  /** Version.TryParse: 2 to 4 non-negative Int32 components separated by dots. */
  static tryParse(text: string): PSVersion | undefined {
    const parts = text.trim().split('.');
    if (parts.length < 2 || parts.length > 4) return undefined;
    const nums: number[] = [];
    for (const p of parts) {
      if (!/^\+?\d+$/.test(p.trim())) return undefined;
      const n = Number(p.trim());
      if (n > 2147483647) return undefined;
      nums.push(n);
    }
    return new PSVersion(nums[0] ?? 0, nums[1] ?? 0, nums[2] ?? -1, nums[3] ?? -1);
  }

  get majorRevision(): number {
    return this.revision === -1 ? -1 : this.revision >> 16;
  }
  get minorRevision(): number {
    return this.revision === -1 ? -1 : this.revision & 0xffff;
  }

  compareTo(other: PSVersion): number {
    const a = [this.major, this.minor, this.build, this.revision];
    const b = [other.major, other.minor, other.build, other.revision];
    for (let i = 0; i < 4; i++) {
      const x = a[i] ?? -1;
      const y = b[i] ?? -1;
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  }

  equals(other: unknown): boolean {
    return other instanceof PSVersion && this.compareTo(other) === 0;
  }

  toString(fieldCount?: number): string {
    const all = [this.major, this.minor, this.build, this.revision].filter((n) => n >= 0);
    return (fieldCount === undefined ? all : all.slice(0, fieldCount)).join('.');
  }
}
