// Members of the objects emulated types hand out: Regex and its Match/Group results, Encoding, TimeZoneInfo, MailAddress.
import type { PSDateTime } from '../../values/ps-datetime.js';
import type { PSRegex } from '../../values/ps-regex.js';
import { PSTimeSpan } from '../../values/ps-timespan.js';
import { withElementType } from '../../values/type-names.js';
import {
  RegexMatchResult,
  replaceWithEvaluator,
  regexSplit,
  type RegexGroup,
  type RegexGroupCollection,
} from '../../types/builtin/regex-type.js';
import type { TextEncoding } from '../../types/builtin/text-encoding.js';
import type { TimeZoneValue } from '../../types/builtin/timezone-type.js';
import type { MailAddressValue } from '../../types/builtin/net-types.js';
import { adapter, instanceMethod as m } from '../adapter.js';
import { regexReplace } from '../../operators/replace.js';
import type { WildcardPattern } from '../../text/wildcard.js';

const n = (v: unknown): number => v as number;
const s = (v: unknown): string => (v ?? '') as string;

const groupProps = [
  ['Success', 'bool', (g: RegexGroup) => g.Success],
  ['Value', 'string', (g: RegexGroup) => g.Value],
  ['Index', 'int', (g: RegexGroup) => g.Index],
  ['Length', 'int', (g: RegexGroup) => g.Length],
  ['Name', 'string', (g: RegexGroup) => g.Name],
] as const;

export const RegexGroupAdapter = adapter<RegexGroup>(
  [
    ...groupProps,
    ['Captures', 'System.Text.RegularExpressions.CaptureCollection', (g) => (g.Success ? [g] : [])],
  ],
  [],
);

export const RegexMatchAdapter = adapter<RegexMatchResult>(
  [
    ...(groupProps as unknown as ReadonlyArray<readonly [string, string, (g: RegexMatchResult) => unknown]>),
    ['Groups', 'System.Text.RegularExpressions.GroupCollection', (mt) => mt.Groups],
    ['Captures', 'System.Text.RegularExpressions.CaptureCollection', (mt) => (mt.Success ? [mt] : [])],
  ],
  [
    m<RegexMatchResult>('NextMatch', [
      'System.Text.RegularExpressions.Match NextMatch()',
      (r) => r.self.NextMatch(),
    ]),
  ],
);

export const GroupCollectionAdapter = adapter<RegexGroupCollection>(
  [
    ['Count', 'int', (c) => c.Count],
    ['Keys', 'System.Collections.Generic.IEnumerable[string]', (c) => c.Keys],
  ],
  [
    m<RegexGroupCollection>(
      'Item',
      ['System.Text.RegularExpressions.Group Item(string groupname)', (r, a) => r.self.item(a[0])],
      ['System.Text.RegularExpressions.Group Item(int groupnum)', (r, a) => r.self.item(a[0])],
    ),
    m<RegexGroupCollection>('ContainsKey', [
      'bool ContainsKey(string key)',
      (r, a) => r.self.some((g) => g.Name === s(a[0])),
    ]),
  ],
);

const wrapMatch = (re: PSRegex, input: string, start = 0): RegexMatchResult => {
  const mt = re.match(input, start);
  return mt ? new RegexMatchResult(mt, re, input) : RegexMatchResult.empty();
};

export const RegexAdapter = adapter<PSRegex>(
  [
    [
      'Options',
      'System.Text.RegularExpressions.RegexOptions',
      (re) => re.options.optionNames?.join(', ') || 'None',
    ],
    ['RightToLeft', 'bool', () => false],
  ],
  [
    m<PSRegex>(
      'Match',
      ['System.Text.RegularExpressions.Match Match(string input)', (r, a) => wrapMatch(r.self, s(a[0]))],
      [
        'System.Text.RegularExpressions.Match Match(string input, int startat)',
        (r, a) => wrapMatch(r.self, s(a[0]), n(a[1])),
      ],
    ),
    m<PSRegex>('Matches', [
      'System.Text.RegularExpressions.MatchCollection Matches(string input)',
      (r, a) => r.self.matches(s(a[0])).map((x) => new RegexMatchResult(x, r.self, s(a[0]))),
    ]),
    m<PSRegex>('IsMatch', ['bool IsMatch(string input)', (r, a) => r.self.isMatch(s(a[0]))]),
    m<PSRegex>(
      'Replace',
      ['string Replace(string input, string replacement)', (r, a) => regexReplace(r.self, s(a[0]), s(a[1]))],
      [
        'string Replace(string input, string replacement, int count)',
        (r, a) => regexReplace(r.self, s(a[0]), s(a[1]), {}, n(a[2])),
      ],
      [
        'string Replace(string input, System.Text.RegularExpressions.MatchEvaluator evaluator)',
        (r, a) => replaceWithEvaluator(r.self, s(a[0]), a[1]),
      ],
      [
        'string Replace(string input, System.Text.RegularExpressions.MatchEvaluator evaluator, int count)',
        (r, a) => replaceWithEvaluator(r.self, s(a[0]), a[1], n(a[2])),
      ],
    ),
    m<PSRegex>('Split', [
      'string[] Split(string input)',
      (r, a) => withElementType(regexSplit(r.self, s(a[0])), 'System.String'),
    ]),
    m<PSRegex>('GetGroupNames', ['string[] GetGroupNames()', (r) => r.self.getGroupNames()]),
    m<PSRegex>('GetGroupNumbers', ['int[] GetGroupNumbers()', (r) => r.self.groups.map((g) => g.number)]),
    m<PSRegex>('ToString', ['string ToString()', (r) => r.self.pattern]),
  ],
);

export const EncodingAdapter = adapter<TextEncoding>(
  [
    ['EncodingName', 'string', (e) => e.encodingName],
    ['WebName', 'string', (e) => e.webName],
    ['BodyName', 'string', (e) => e.webName],
    ['HeaderName', 'string', (e) => e.webName],
    ['CodePage', 'int', (e) => e.codePage],
    ['IsSingleByte', 'bool', (e) => e.webName === 'us-ascii' || e.webName === 'iso-8859-1'],
  ],
  [
    m<TextEncoding>(
      'GetBytes',
      ['byte[] GetBytes(string s)', (r, a) => r.self.getBytes(s(a[0]))],
      ['byte[] GetBytes(char[] chars)', (r, a) => r.self.getBytes((a[0] as string[]).join(''))],
    ),
    m<TextEncoding>(
      'GetString',
      ['string GetString(byte[] bytes)', (r, a) => r.self.getString((a[0] as number[]) ?? [])],
      [
        'string GetString(byte[] bytes, int index, int count)',
        (r, a) => r.self.getString((a[0] as number[]) ?? [], n(a[1]), n(a[2])),
      ],
    ),
    m<TextEncoding>('GetByteCount', [
      'int GetByteCount(string s)',
      (r, a) => r.self.getBytes(s(a[0])).length,
    ]),
    m<TextEncoding>('GetPreamble', [
      'byte[] GetPreamble()',
      (r) => withElementType([...r.self.preamble], 'System.Byte'),
    ]),
  ],
);

export const TimeZoneAdapter = adapter<TimeZoneValue>(
  [
    ['Id', 'string', (z) => z.id],
    ['DisplayName', 'string', (z) => z.displayName],
    ['StandardName', 'string', (z) => z.standardName],
    ['DaylightName', 'string', (z) => z.daylightName],
    ['BaseUtcOffset', 'timespan', (z) => PSTimeSpan.fromMinutes(z.baseUtcOffsetMinutes)],
    ['SupportsDaylightSavingTime', 'bool', (z) => z.supportsDaylightSavingTime],
    ['HasIanaId', 'bool', (z) => z.id === z.ianaZone],
  ],
  [
    m<TimeZoneValue>('GetUtcOffset', [
      'timespan GetUtcOffset(datetime dateTime)',
      (r, a) => PSTimeSpan.fromMinutes(r.self.offsetAt(instantOf(a[0] as PSDateTime, r.self))),
    ]),
    m<TimeZoneValue>('IsDaylightSavingTime', [
      'bool IsDaylightSavingTime(datetime dateTime)',
      (r, a) => r.self.offsetAt(instantOf(a[0] as PSDateTime, r.self)) !== r.self.baseUtcOffsetMinutes,
    ]),
    m<TimeZoneValue>('ToString', ['string ToString()', (r) => r.self.displayName]),
  ],
);

/** The instant (UTC ms) of a DateTime: Utc as is, Local by the process zone, Unspecified as wall time in the zone. */
function instantOf(d: PSDateTime, zone: TimeZoneValue): number {
  if (d.kind === 'Utc') return d.wallMs;
  if (d.kind === 'Local') return d.toUniversalTime().wallMs;
  return zone.toUtc(d).wallMs;
}

export const MailAddressAdapter = adapter<MailAddressValue>(
  [
    ['Address', 'string', (a) => a.address],
    ['DisplayName', 'string', (a) => a.displayName],
    ['User', 'string', (a) => a.user],
    ['Host', 'string', (a) => a.host],
  ],
  [],
);

export const WildcardPatternAdapter = adapter<WildcardPattern>(
  [],
  [m<WildcardPattern>('IsMatch', ['bool IsMatch(string input)', (r, a) => r.self.isMatch(s(a[0]))])],
);
