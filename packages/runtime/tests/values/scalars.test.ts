// DateTime, TimeSpan, Decimal, Guid, Version, Uri, Char, SecureString, StringBuilder, List value classes.
import { describe, expect, it } from 'vitest';
import {
  PSChar,
  PSDateTime,
  PSDecimal,
  PSGuid,
  PSList,
  PSSecureString,
  PSStringBuilder,
  PSTimeSpan,
  PSUri,
  PSVersion,
} from '../../src/values/index.js';

describe('PSDateTime', () => {
  const d = PSDateTime.fromParts(2024, 2, 29, 13, 5, 9, 120);
  it('exposes fields', () => {
    expect([d.year, d.month, d.day, d.hour, d.minute, d.second, d.millisecond]).toEqual([
      2024, 2, 29, 13, 5, 9, 120,
    ]);
    expect(d.dayOfWeek).toBe(4);
    expect(d.dayOfWeekName).toBe('Thursday');
    expect(d.dayOfYear).toBe(60);
  });
  it('ticks match .NET', () => {
    // [datetime]::new(2000,1,1).Ticks
    expect(PSDateTime.fromParts(2000, 1, 1).ticks).toBe(630822816000000000n);
    expect(PSDateTime.fromParts(1, 1, 1).ticks).toBe(0n);
    expect(PSDateTime.fromParts(9999, 12, 31, 23, 59, 59, 999).ticks).toBe(3155378975999990000n);
  });
  it.each<[string, PSDateTime, string]>([
    ['AddDays', d.addDays(1), '3/1/2024 1:05:09 PM'],
    ['AddDays fractional', d.addDays(0.5), '3/1/2024 1:05:09 AM'],
    ['AddMonths clamps', PSDateTime.fromParts(2024, 1, 31).addMonths(1), '2/29/2024 12:00:00 AM'],
    ['AddYears clamps leap', d.addYears(1), '2/28/2025 1:05:09 PM'],
    ['AddHours negative', d.addHours(-14), '2/28/2024 11:05:09 PM'],
    ['AddMinutes', d.addMinutes(55), '2/29/2024 2:00:09 PM'],
    ['AddMonths negative', PSDateTime.fromParts(2024, 3, 31).addMonths(-13), '2/28/2023 12:00:00 AM'],
    ['Date', d.date, '2/29/2024 12:00:00 AM'],
  ])('%s', (_l, value, expected) => {
    expect(value.toString()).toBe(expected);
  });
  it('invariant string', () => {
    expect(d.toInvariantString()).toBe('02/29/2024 13:05:09');
  });
  it('subtraction gives a TimeSpan', () => {
    const span = PSDateTime.fromParts(2024, 3, 2).subtractDate(PSDateTime.fromParts(2024, 2, 28, 12));
    expect(span.toString()).toBe('2.12:00:00');
    expect(span.totalHours).toBe(60);
  });
  it('compares by ticks', () => {
    expect(d.compareTo(d.addTicks(1))).toBe(-1);
    expect(d.equals(PSDateTime.fromParts(2024, 2, 29, 13, 5, 9, 120, 'Utc'))).toBe(true);
  });
  it('rejects invalid dates', () => {
    expect(() => PSDateTime.fromParts(2023, 2, 29)).toThrow(RangeError);
    expect(() => PSDateTime.fromParts(2023, 13, 1)).toThrow(RangeError);
  });
  it('round-trips UTC <-> local', () => {
    const utc = PSDateTime.fromParts(2024, 6, 1, 12, 0, 0, 0, 'Utc');
    const local = utc.toLocalTime();
    expect(local.kind).toBe('Local');
    expect(local.toUniversalTime().ticks).toBe(utc.ticks);
    expect(local.toJSDate().getTime()).toBe(Date.UTC(2024, 5, 1, 12));
  });
  it('fromDate keeps the instant', () => {
    const js = new Date(Date.UTC(2020, 0, 15, 8, 30));
    expect(PSDateTime.fromDate(js, 'Utc').toString()).toBe('1/15/2020 8:30:00 AM');
    expect(PSDateTime.fromDate(js, 'Local').toJSDate().getTime()).toBe(js.getTime());
  });
  it('days in month and leap years', () => {
    expect(PSDateTime.daysInMonth(1900, 2)).toBe(28);
    expect(PSDateTime.daysInMonth(2000, 2)).toBe(29);
    expect(PSDateTime.isLeapYear(2100)).toBe(false);
  });
  it('year 1 is representable', () => {
    expect(PSDateTime.fromParts(1, 1, 1).toString()).toBe('1/1/0001 12:00:00 AM');
  });
});

describe('PSTimeSpan', () => {
  it.each<[string, PSTimeSpan, string]>([
    ['zero', PSTimeSpan.zero, '00:00:00'],
    ['parts', PSTimeSpan.fromParts(1, 2, 3, 4), '1.02:03:04'],
    ['ms', PSTimeSpan.fromParts(0, 0, 0, 1, 500), '00:00:01.5000000'],
    ['negative', PSTimeSpan.fromParts(0, -1, -30, 0), '-01:30:00'],
    ['fromHours', PSTimeSpan.fromHours(1.5), '01:30:00'],
    ['fromDays', PSTimeSpan.fromDays(2), '2.00:00:00'],
    ['fromMinutes', PSTimeSpan.fromMinutes(90), '01:30:00'],
    ['fromSeconds', PSTimeSpan.fromSeconds(0.25), '00:00:00.2500000'],
    ['fromMilliseconds', PSTimeSpan.fromMilliseconds(1), '00:00:00.0010000'],
    ['ticks', new PSTimeSpan(1n), '00:00:00.0000001'],
  ])('%s', (_l, span, expected) => {
    expect(span.toString()).toBe(expected);
  });
  it('components and totals', () => {
    const s = PSTimeSpan.fromParts(1, 2, 3, 4, 5);
    expect([s.days, s.hours, s.minutes, s.seconds, s.milliseconds]).toEqual([1, 2, 3, 4, 5]);
    expect(PSTimeSpan.fromHours(36).totalDays).toBe(1.5);
    expect(PSTimeSpan.fromParts(0, -1, -30, 0).hours).toBe(-1);
    expect(PSTimeSpan.fromParts(0, -1, -30, 0).minutes).toBe(-30);
  });
  it('arithmetic', () => {
    const a = PSTimeSpan.fromMinutes(10);
    expect(a.add(a).totalMinutes).toBe(20);
    expect(a.subtract(PSTimeSpan.fromMinutes(15)).duration().totalMinutes).toBe(5);
    expect(a.negate().compareTo(a)).toBe(-1);
    expect(a.equals(PSTimeSpan.fromSeconds(600))).toBe(true);
  });
});

describe('PSDecimal', () => {
  const dec = (s: string): PSDecimal => {
    const d = PSDecimal.tryParse(s);
    if (!d) throw new Error(`bad ${s}`);
    return d;
  };
  it.each<[string, string]>([
    ['1.10', '1.10'],
    ['-0.5', '-0.5'],
    ['.5', '0.5'],
    ['1e3', '1000'],
    ['1.5e-3', '0.0015'],
    ['  42 ', '42'],
    ['79228162514264337593543950335', '79228162514264337593543950335'],
  ])('parses %s', (text, expected) => {
    expect(dec(text).toString()).toBe(expected);
  });
  it.each(['', 'abc', '1.2.3', '79228162514264337593543950336'])('rejects %j', (text) => {
    expect(PSDecimal.tryParse(text)).toBeUndefined();
  });
  it.each<[string, string, string, string]>([
    ['add', '1.10', '2.205', '3.305'],
    ['subtract', '1', '0.01', '0.99'],
    ['multiply', '1.5', '1.5', '2.25'],
    ['divide', '1', '3', '0.3333333333333333333333333333'],
    ['divide exact', '10', '4', '2.5'],
    ['divide to int', '10', '2', '5'],
    ['remainder', '7.5', '2', '1.5'],
  ])('%s %s %s', (op, a, b, expected) => {
    const x = dec(a);
    const y = dec(b);
    const r =
      op === 'add'
        ? x.add(y)
        : op === 'subtract'
          ? x.subtract(y)
          : op === 'multiply'
            ? x.multiply(y)
            : op.startsWith('divide')
              ? x.divide(y)
              : x.remainder(y);
    expect(r.toString()).toBe(expected);
  });
  it('rounds half to even', () => {
    expect(dec('2.5').round().toString()).toBe('2');
    expect(dec('3.5').round().toString()).toBe('4');
    expect(dec('-2.5').round().toString()).toBe('-2');
    expect(dec('1.235').round(2).toString()).toBe('1.24');
    expect(dec('1.245').round(2).toString()).toBe('1.24');
    expect(dec('2.5').roundAwayFromZero().toString()).toBe('3');
  });
  it('fromNumber and compare', () => {
    expect(PSDecimal.fromNumber(0.1).toString()).toBe('0.1');
    expect(PSDecimal.fromNumber(12).toString()).toBe('12');
    expect(dec('1.0').equals(dec('1'))).toBe(true);
    expect(dec('-1').compareTo(dec('0.5'))).toBe(-1);
    expect(() => dec('1').divide(PSDecimal.zero)).toThrow('Attempted to divide by zero.');
  });
});

describe('PSGuid', () => {
  const text = 'c1a9a8b4-0f4e-4a3d-9d5b-6a3f2f1e0d9c';
  it.each([text, text.toUpperCase(), `{${text}}`, `(${text})`, text.replace(/-/g, ''), ` ${text} `])(
    'parses %s',
    (t) => {
      expect(PSGuid.tryParse(t)?.toString()).toBe(text);
    },
  );
  it.each(['', 'xyz', `${text}0`, `{${text}`])('rejects %j', (t) => {
    expect(PSGuid.tryParse(t)).toBeUndefined();
  });
  it('formats', () => {
    const g = PSGuid.parse(text);
    expect(g.toString('N')).toBe(text.replace(/-/g, ''));
    expect(g.toString('B')).toBe(`{${text}}`);
    expect(g.toString('P')).toBe(`(${text})`);
  });
  it('newGuid is unique and well-formed', () => {
    const a = PSGuid.newGuid();
    expect(a.toString()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(a.equals(PSGuid.newGuid())).toBe(false);
    expect(PSGuid.empty.toString()).toBe('00000000-0000-0000-0000-000000000000');
  });
});

describe('PSVersion', () => {
  it.each<[string, string | undefined]>([
    ['1.2', '1.2'],
    ['1.2.3', '1.2.3'],
    ['1.2.3.4', '1.2.3.4'],
    [' 3.0 ', '3.0'],
    ['1', undefined],
    ['1.2.3.4.5', undefined],
    ['1.a', undefined],
    ['1.-2', undefined],
  ])('parses %j', (text, expected) => {
    expect(PSVersion.tryParse(text)?.toString()).toBe(expected);
  });
  it('compares like System.Version (missing parts are lower)', () => {
    expect(PSVersion.tryParse('1.2')?.compareTo(PSVersion.tryParse('1.2.0') as PSVersion)).toBe(-1);
    expect(PSVersion.tryParse('1.10')?.compareTo(PSVersion.tryParse('1.9') as PSVersion)).toBe(1);
    expect(new PSVersion(3, 1, 0).toString(2)).toBe('3.1');
  });
});

describe('PSUri', () => {
  it('absolute', () => {
    const u = PSUri.tryCreate('https://outlook.office365.com:444/adminapi/beta?x=1#f') as PSUri;
    expect(u.isAbsoluteUri).toBe(true);
    expect([u.scheme, u.host, u.port, u.absolutePath, u.query, u.fragment]).toEqual([
      'https',
      'outlook.office365.com',
      444,
      '/adminapi/beta',
      '?x=1',
      '#f',
    ]);
    expect(u.segments).toEqual(['/', 'adminapi/', 'beta']);
  });
  it('default ports and relative', () => {
    expect(PSUri.tryCreate('http://a/')?.port).toBe(80);
    const rel = PSUri.tryCreate('foo/bar') as PSUri;
    expect(rel.isAbsoluteUri).toBe(false);
    expect(rel.toString()).toBe('foo/bar');
    expect(PSUri.tryCreate('foo', false)).toBeUndefined();
  });
});

describe('small classes', () => {
  it('PSChar', () => {
    expect(new PSChar('A').code).toBe(65);
    expect(String(new PSChar(97))).toBe('a');
  });
  it('PSSecureString never shows its content', () => {
    const s = new PSSecureString('P@ss');
    expect(String(s)).toBe('System.Security.SecureString');
    expect(JSON.stringify(s)).toBe('{"Length":4}');
    expect(s.revealPlainText()).toBe('P@ss');
    s.appendChar('!');
    expect(s.length).toBe(5);
    s.makeReadOnly();
    expect(() => s.appendChar('x')).toThrow('Instance is read-only.');
  });
  it('PSStringBuilder', () => {
    const sb = new PSStringBuilder('ab');
    sb.append('cd').appendLine('e').insert(0, '>').replace('c', 'C');
    expect(sb.toString()).toBe('>abCde\n');
    expect(sb.length).toBe(7);
    sb.remove(0, 1);
    expect(sb.toString()).toBe('abCde\n');
    expect(sb.clear().length).toBe(0);
  });
  it('PSList: ArrayList.Add returns the index, List.Add nothing', () => {
    const a = new PSList('ArrayList');
    expect(a.add('x')).toBe(0);
    expect(a.add('y')).toBe(1);
    const l = new PSList('List', 'System.String');
    expect(l.add('x')).toBeUndefined();
    l.addRange(['y', 'z']);
    l.insert(0, 'w');
    expect(l.remove('y')).toBe(true);
    l.removeAt(0);
    expect([...l]).toEqual(['x', 'z']);
    expect(l.count).toBe(2);
  });
});

describe('PSUri text', () => {
  it('keeps malformed escapes', () => {
    expect(String(PSUri.tryCreate('https://contoso.com/a%zz'))).toBe('https://contoso.com/a%zz');
    expect(String(PSUri.tryCreate('https://contoso.com/a%20b'))).toBe('https://contoso.com/a b');
  });
});
