// A UTC DateTimeOffset value as Get-ConnectionInformation shows TokenExpiryTimeUTC: `9/30/2023 6:42:24 PM +00:00`.
export class DateTimeOffsetUtc {
  constructor(readonly date: Date) {}

  toString(): string {
    const d = this.date;
    const h = d.getUTCHours();
    const two = (n: number) => String(n).padStart(2, '0');
    return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${h % 12 || 12}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'} +00:00`;
  }

  toJSON(): string {
    return this.date.toISOString();
  }
}
