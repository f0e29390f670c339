// Members of numbers, booleans, [char], enums, [decimal], [guid], [version], [uri] and [securestring].
import { compareValues } from '../../conversion/compare.js';
import { PSChar } from '../../values/ps-char.js';
import type { PSDecimal } from '../../values/ps-decimal.js';
import type { PSInt64 } from '../../values/ps-int64.js';
import type { PSUnsignedInt } from '../../values/ps-unsigned.js';
import { PSEnumValue } from '../../values/ps-enum.js';
import type { PSGuid } from '../../values/ps-guid.js';
import type { PSSecureString } from '../../values/ps-secure-string.js';
import type { PSSemanticVersion } from '../../values/ps-semantic-version.js';
import type { PSUri } from '../../values/ps-uri.js';
import { PSVersion } from '../../values/ps-version.js';
import { dotNetError } from '../../types/errors.js';
import { adapter, instanceMethod as m, type Receiver } from '../adapter.js';
import { formatted } from './common.js';

function compareTo<T>(r: Receiver<T>, other: unknown): number {
  if (other === null || other === undefined) return 1;
  const c = compareValues(r.self, other);
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

const compareMethod = <T>() =>
  m<T>('CompareTo', ['int CompareTo(System.Object value)', (r, a) => compareTo(r, a[0])]);

export const NumberAdapter = adapter<number>([], [formatted<number>(), compareMethod<number>()]);

export const BooleanAdapter = adapter<boolean>([], [compareMethod<boolean>()]);

export const CharAdapter = adapter<PSChar>(
  [],
  [
    compareMethod<PSChar>(),
    m<PSChar>('Equals', [
      'bool Equals(System.Object obj)',
      (r, a) => (a[0] instanceof PSChar ? a[0].code === r.self.code : false),
    ]),
  ],
);

export const EnumAdapter = adapter<PSEnumValue>(
  [['value__', 'int', (v) => v.value]],
  [
    m<PSEnumValue>('HasFlag', [
      'bool HasFlag(System.Enum flag)',
      (r, a) => {
        const f = a[0];
        if (f instanceof PSEnumValue && f.type.fullName !== r.self.type.fullName) {
          throw dotNetError(
            'System.ArgumentException',
            `The argument type, '${f.typeName}', is not the same as the enum type '${r.self.typeName}'.`,
          );
        }
        return r.self.hasFlag(f instanceof PSEnumValue ? f : Number(f));
      },
    ]),
    formatted<PSEnumValue>(),
    compareMethod<PSEnumValue>(),
  ],
);

export const DecimalAdapter = adapter<PSDecimal>([], [formatted<PSDecimal>(), compareMethod<PSDecimal>()]);

export const Int64Adapter = adapter<PSInt64>([], [formatted<PSInt64>(), compareMethod<PSInt64>()]);

export const UnsignedAdapter = adapter<PSUnsignedInt>(
  [],
  [formatted<PSUnsignedInt>(), compareMethod<PSUnsignedInt>()],
);

export const GuidAdapter = adapter<PSGuid>(
  // types.ps1xml's Guid script property ($this.ToString()): what the System.Guid view shows.
  [['Guid', 'System.Object', (g) => g.toString()]],
  [
    m<PSGuid>(
      'ToString',
      ['string ToString()', (r) => r.self.toString()],
      ['string ToString(string format)', (r, a) => r.self.toString(String(a[0] ?? 'D'))],
    ),
    m<PSGuid>('ToByteArray', [
      'byte[] ToByteArray()',
      (r) => {
        const hex = r.self.toString('N');
        const b = (i: number): number => parseInt(hex.slice(i * 2, i * 2 + 2), 16);
        // .NET stores the first three fields little-endian.
        return [3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15].map(b);
      },
    ]),
    compareMethod<PSGuid>(),
  ],
);

export const VersionAdapter = adapter<PSVersion>(
  [
    ['Major', 'int', (v) => v.major],
    ['Minor', 'int', (v) => v.minor],
    ['Build', 'int', (v) => v.build],
    ['Revision', 'int', (v) => v.revision],
    ['MajorRevision', 'int16', (v) => v.majorRevision],
    ['MinorRevision', 'int16', (v) => v.minorRevision],
  ],
  [
    m<PSVersion>(
      'ToString',
      ['string ToString()', (r) => r.self.toString()],
      ['string ToString(int fieldCount)', (r, a) => r.self.toString(a[0] as number)],
    ),
    m<PSVersion>('CompareTo', [
      'int CompareTo(System.Object version)',
      (r, a) => (a[0] instanceof PSVersion ? r.self.compareTo(a[0]) : a[0] === null ? 1 : compareTo(r, a[0])),
    ]),
    m<PSVersion>('Clone', [
      'System.Object Clone()',
      (r) => new PSVersion(r.self.major, r.self.minor, r.self.build, r.self.revision),
    ]),
  ],
);

export const SemanticVersionAdapter = adapter<PSSemanticVersion>(
  [
    ['Major', 'int', (v) => v.major],
    ['Minor', 'int', (v) => v.minor],
    ['Patch', 'int', (v) => v.patch],
    ['PreReleaseLabel', 'string', (v) => v.preReleaseLabel],
    ['BuildLabel', 'string', (v) => v.buildLabel],
  ],
  [
    m<PSSemanticVersion>('ToString', ['string ToString()', (r) => r.self.toString()]),
    compareMethod<PSSemanticVersion>(),
  ],
);

export const UriAdapter = adapter<PSUri>(
  [
    ['AbsoluteUri', 'string', (v) => v.absoluteUri],
    ['AbsolutePath', 'string', (v) => v.absolutePath],
    ['Authority', 'string', (v) => v.authority],
    ['Host', 'string', (v) => v.host],
    ['DnsSafeHost', 'string', (v) => v.host],
    ['Port', 'int', (v) => v.port],
    ['Scheme', 'string', (v) => v.scheme],
    ['PathAndQuery', 'string', (v) => v.pathAndQuery],
    ['Query', 'string', (v) => v.query],
    ['Fragment', 'string', (v) => v.fragment],
    ['Segments', 'string[]', (v) => v.segments],
    ['IsAbsoluteUri', 'bool', (v) => v.isAbsoluteUri],
    ['IsLoopback', 'bool', (v) => v.isLoopback],
    ['OriginalString', 'string', (v) => v.originalString],
    ['LocalPath', 'string', (v) => decodeURIComponent(v.absolutePath)],
  ],
  [
    m<PSUri>('GetLeftPart', [
      'string GetLeftPart(System.UriPartial part)',
      (r, a) => {
        const u = r.self;
        const part = a[0] as number;
        if (part === 0) return `${u.scheme}://`;
        const auth = `${u.scheme}://${u.authority}`;
        if (part === 1) return auth;
        if (part === 2) return auth + u.absolutePath;
        return auth + u.pathAndQuery;
      },
    ]),
  ],
);

export const SecureStringAdapter = adapter<PSSecureString>(
  [['Length', 'int', (v) => v.length]],
  [
    m<PSSecureString>('AppendChar', ['void AppendChar(char c)', (r, a) => r.self.appendChar(String(a[0]))]),
    m<PSSecureString>('MakeReadOnly', ['void MakeReadOnly()', (r) => r.self.makeReadOnly()]),
    m<PSSecureString>('IsReadOnly', ['bool IsReadOnly()', (r) => r.self.readOnly]),
    m<PSSecureString>('Dispose', ['void Dispose()', () => undefined]),
  ],
);
