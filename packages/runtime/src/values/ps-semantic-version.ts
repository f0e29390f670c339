// PSSemanticVersion: System.Management.Automation.SemanticVersion (major.minor.patch[-pre][+build]), $PSVersionTable.PSVersion.
import { PSVersion } from './ps-version.js';

const VERSION_SANS_LABEL = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?$/;
const LABEL = /^[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*$/;

/** SemVer 2.0 §11: dot-separated identifiers, numeric ones numerically and below alphanumeric ones. */
function comparePreLabel(a: string | null, b: string | null): number {
  if (!a && !b) return 0;
  // A version without a pre-release label ranks above one with it.
  if (!a) return 1;
  if (!b) return -1;
  const x = a.split('.');
  const y = b.split('.');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i]!;
    const q = y[i]!;
    const pn = /^\d+$/.test(p);
    const qn = /^\d+$/.test(q);
    if (pn && qn) {
      if (Number(p) !== Number(q)) return Number(p) < Number(q) ? -1 : 1;
    } else if (pn !== qn) return pn ? -1 : 1;
    else if (p !== q) return p < q ? -1 : 1;
  }
  return Math.sign(x.length - y.length);
}

export class PSSemanticVersion {
  constructor(
    readonly major: number,
    readonly minor = 0,
    readonly patch = 0,
    readonly preReleaseLabel: string | null = null,
    readonly buildLabel: string | null = null,
  ) {}

  /** SemanticVersion.TryParse: `7`, `7.4`, `7.4.6`, with an optional `-pre` and/or `+build` label. */
  static tryParse(text: string): PSSemanticVersion | undefined {
    if (/[-+.]$/.test(text)) return undefined;
    const dash = text.indexOf('-');
    const plus = text.indexOf('+');
    let core = text;
    let pre: string | null = null;
    let build: string | null = null;
    if (plus !== -1 && (dash === -1 || dash > plus)) {
      build = text.slice(plus + 1);
      core = text.slice(0, plus);
    } else if (dash !== -1) {
      pre = plus === -1 ? text.slice(dash + 1) : text.slice(dash + 1, plus);
      if (plus !== -1) build = text.slice(plus + 1);
      core = text.slice(0, dash);
    }
    const m = VERSION_SANS_LABEL.exec(core);
    if (!m || (pre !== null && !LABEL.test(pre)) || (build !== null && !LABEL.test(build))) return undefined;
    const nums = [m[1], m[2], m[3]].map((p) => (p === undefined ? 0 : Number(p)));
    if (nums.some((n) => n > 2147483647)) return undefined;
    return new PSSemanticVersion(nums[0]!, nums[1]!, nums[2]!, pre, build);
  }

  /** new SemanticVersion(Version): Build -1 is patch 0; a Revision above 0 is refused (undefined). */
  static fromVersion(v: PSVersion): PSSemanticVersion | undefined {
    if (v.revision > 0) return undefined;
    return new PSSemanticVersion(v.major, v.minor, v.build === -1 ? 0 : v.build);
  }

  /** The implicit conversion to System.Version: major.minor.patch (labels dropped). */
  toVersion(): PSVersion {
    return new PSVersion(this.major, this.minor, this.patch);
  }

  /** Build metadata is ignored, as SemVer 2.0 requires. */
  compareTo(other: PSSemanticVersion): number {
    if (this.major !== other.major) return this.major > other.major ? 1 : -1;
    if (this.minor !== other.minor) return this.minor > other.minor ? 1 : -1;
    if (this.patch !== other.patch) return this.patch > other.patch ? 1 : -1;
    return comparePreLabel(this.preReleaseLabel, other.preReleaseLabel);
  }

  equals(other: unknown): boolean {
    return (
      other instanceof PSSemanticVersion &&
      this.major === other.major &&
      this.minor === other.minor &&
      this.patch === other.patch &&
      (this.preReleaseLabel ?? '') === (other.preReleaseLabel ?? '')
    );
  }

  toString(): string {
    const pre = this.preReleaseLabel ? `-${this.preReleaseLabel}` : '';
    const build = this.buildLabel ? `+${this.buildLabel}` : '';
    return `${this.major}.${this.minor}.${this.patch}${pre}${build}`;
  }
}
