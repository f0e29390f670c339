// PSTimeSpan: System.TimeSpan as a signed count of 100-nanosecond ticks (bigint: exact over the whole range).
import { dotNetError } from './dotnet-error.js';
export const TICKS_PER_MILLISECOND = 10_000n;
export const TICKS_PER_SECOND = 10_000_000n;
export const TICKS_PER_MINUTE = 600_000_000n;
export const TICKS_PER_HOUR = 36_000_000_000n;
export const TICKS_PER_DAY = 864_000_000_000n;

const pad = (n: bigint, width: number): string => n.toString().padStart(width, '0');

/** Rounds a double count of units to whole ticks (TimeSpan.FromX(double) in .NET 7+). */
function unitsToTicks(value: number, ticksPerUnit: bigint): bigint {
  if (!Number.isFinite(value)) throw dotNetError('System.OverflowException', 'TimeSpanTooLong');
  const whole = Math.trunc(value);
  return BigInt(whole) * ticksPerUnit + BigInt(Math.round((value - whole) * Number(ticksPerUnit)));
}

export class PSTimeSpan {
  readonly ticks: bigint;

  constructor(ticks: bigint | number) {
    this.ticks = typeof ticks === 'bigint' ? ticks : BigInt(Math.trunc(ticks));
  }

  static readonly zero = new PSTimeSpan(0n);

  /** new TimeSpan(days, hours, minutes, seconds, milliseconds). */
  static fromParts(
    days: number,
    hours: number,
    minutes: number,
    seconds: number,
    milliseconds = 0,
  ): PSTimeSpan {
    return new PSTimeSpan(
      BigInt(days) * TICKS_PER_DAY +
        BigInt(hours) * TICKS_PER_HOUR +
        BigInt(minutes) * TICKS_PER_MINUTE +
        BigInt(seconds) * TICKS_PER_SECOND +
        BigInt(milliseconds) * TICKS_PER_MILLISECOND,
    );
  }
  static fromDays(v: number): PSTimeSpan {
    return new PSTimeSpan(unitsToTicks(v, TICKS_PER_DAY));
  }
  static fromHours(v: number): PSTimeSpan {
    return new PSTimeSpan(unitsToTicks(v, TICKS_PER_HOUR));
  }
  static fromMinutes(v: number): PSTimeSpan {
    return new PSTimeSpan(unitsToTicks(v, TICKS_PER_MINUTE));
  }
  static fromSeconds(v: number): PSTimeSpan {
    return new PSTimeSpan(unitsToTicks(v, TICKS_PER_SECOND));
  }
  static fromMilliseconds(v: number): PSTimeSpan {
    return new PSTimeSpan(unitsToTicks(v, TICKS_PER_MILLISECOND));
  }

  get days(): number {
    return Number(this.ticks / TICKS_PER_DAY);
  }
  get hours(): number {
    return Number((this.ticks / TICKS_PER_HOUR) % 24n);
  }
  get minutes(): number {
    return Number((this.ticks / TICKS_PER_MINUTE) % 60n);
  }
  get seconds(): number {
    return Number((this.ticks / TICKS_PER_SECOND) % 60n);
  }
  get milliseconds(): number {
    return Number((this.ticks / TICKS_PER_MILLISECOND) % 1000n);
  }
  get totalDays(): number {
    return Number(this.ticks) / Number(TICKS_PER_DAY);
  }
  get totalHours(): number {
    return Number(this.ticks) / Number(TICKS_PER_HOUR);
  }
  get totalMinutes(): number {
    return Number(this.ticks) / Number(TICKS_PER_MINUTE);
  }
  get totalSeconds(): number {
    return Number(this.ticks) / Number(TICKS_PER_SECOND);
  }
  get totalMilliseconds(): number {
    return Number(this.ticks) / Number(TICKS_PER_MILLISECOND);
  }

  add(other: PSTimeSpan): PSTimeSpan {
    return new PSTimeSpan(this.ticks + other.ticks);
  }
  subtract(other: PSTimeSpan): PSTimeSpan {
    return new PSTimeSpan(this.ticks - other.ticks);
  }
  negate(): PSTimeSpan {
    return new PSTimeSpan(-this.ticks);
  }
  duration(): PSTimeSpan {
    return this.ticks < 0n ? this.negate() : this;
  }
  compareTo(other: PSTimeSpan): number {
    return this.ticks < other.ticks ? -1 : this.ticks > other.ticks ? 1 : 0;
  }
  equals(other: unknown): boolean {
    return other instanceof PSTimeSpan && other.ticks === this.ticks;
  }

  /** The constant ("c") format: [-][d.]hh:mm:ss[.fffffff]. */
  toString(): string {
    const neg = this.ticks < 0n;
    const t = neg ? -this.ticks : this.ticks;
    const d = t / TICKS_PER_DAY;
    const h = (t / TICKS_PER_HOUR) % 24n;
    const m = (t / TICKS_PER_MINUTE) % 60n;
    const s = (t / TICKS_PER_SECOND) % 60n;
    const f = t % TICKS_PER_SECOND;
    return `${neg ? '-' : ''}${d > 0n ? `${d}.` : ''}${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}${f > 0n ? `.${pad(f, 7)}` : ''}`;
  }
}
