// adapterFor: picks the member adapter for a value's kind (combined with the members every object has).
import { PSChar } from '../values/ps-char.js';
import { PSDateTime } from '../values/ps-datetime.js';
import { PSInt64 } from '../values/ps-int64.js';
import { isUnsigned } from '../values/ps-unsigned.js';
import { PSDouble } from '../values/ps-double.js';
import { PSDecimal } from '../values/ps-decimal.js';
import { PSEnumValue } from '../values/ps-enum.js';
import { PSGuid } from '../values/ps-guid.js';
import { PSHashtable } from '../values/ps-hashtable.js';
import { PSList } from '../values/ps-list.js';
import { PSRegex } from '../values/ps-regex.js';
import { PSSecureString } from '../values/ps-secure-string.js';
import { PSStringBuilder } from '../values/ps-string-builder.js';
import { PSTimeSpan } from '../values/ps-timespan.js';
import { PSUri } from '../values/ps-uri.js';
import { PSVersion } from '../values/ps-version.js';
import { PSSemanticVersion } from '../values/ps-semantic-version.js';
import { MailAddressValue } from '../types/builtin/net-types.js';
import { RegexGroup, RegexGroupCollection, RegexMatchResult } from '../types/builtin/regex-type.js';
import { TextEncoding } from '../types/builtin/text-encoding.js';
import { TimeZoneValue } from '../types/builtin/timezone-type.js';
import { TypeInfo } from '../types/type-info.js';
import { WildcardPattern } from '../text/wildcard.js';
import { combine, type InstanceAdapter } from './adapter.js';
import { ArrayAdapter, HashtableAdapter, ListAdapter, StringBuilderAdapter } from './adapters/collections.js';
import { CommonAdapter } from './adapters/common.js';
import {
  EncodingAdapter,
  GroupCollectionAdapter,
  MailAddressAdapter,
  RegexAdapter,
  RegexGroupAdapter,
  RegexMatchAdapter,
  WildcardPatternAdapter,
  TimeZoneAdapter,
} from './adapters/host-objects.js';
import {
  BooleanAdapter,
  CharAdapter,
  DecimalAdapter,
  Int64Adapter,
  UnsignedAdapter,
  EnumAdapter,
  GuidAdapter,
  NumberAdapter,
  SecureStringAdapter,
  UriAdapter,
  VersionAdapter,
  SemanticVersionAdapter,
} from './adapters/scalars.js';
import { StringAdapter } from './adapters/string.js';
import { DateTimeAdapter, TimeSpanAdapter } from './adapters/time.js';
import { TypeObjectAdapter } from './adapters/type-object.js';
import { HashSetAdapter, QueueAdapter, StackAdapter, TupleAdapter } from './adapters/generic-collections.js';
import { TupleValue } from '../types/builtin/tuple-type.js';
import { PSHashSet, PSQueue, PSStack } from '../types/builtin/set-queue-stack.js';
import { MemberCollectionAdapter, PSMemberCollection } from './adapters/psobject-view.js';

type AnyAdapter = InstanceAdapter<unknown>;

const withCommon = (a: InstanceAdapter<never>): AnyAdapter =>
  combine(CommonAdapter, a as unknown as AnyAdapter);

/** Adapters by class, most specific first (RegexMatchResult before its base RegexGroup). */
const BY_CLASS: ReadonlyArray<readonly [(v: unknown) => boolean, AnyAdapter]> = [
  [(v) => v instanceof PSDateTime, withCommon(DateTimeAdapter)],
  [(v) => v instanceof PSTimeSpan, withCommon(TimeSpanAdapter)],
  [(v) => v instanceof PSHashtable, withCommon(HashtableAdapter)],
  [(v) => v instanceof PSList, withCommon(ListAdapter)],
  [(v) => v instanceof PSStringBuilder, withCommon(StringBuilderAdapter)],
  [(v) => v instanceof PSChar, withCommon(CharAdapter)],
  [(v) => v instanceof PSEnumValue, withCommon(EnumAdapter)],
  [(v) => v instanceof PSDecimal, withCommon(DecimalAdapter)],
  [(v) => v instanceof PSInt64, withCommon(Int64Adapter)],
  [isUnsigned, withCommon(UnsignedAdapter)],
  [(v) => v instanceof PSDouble, withCommon(NumberAdapter)],
  [(v) => v instanceof PSGuid, withCommon(GuidAdapter)],
  [(v) => v instanceof PSVersion, withCommon(VersionAdapter)],
  [(v) => v instanceof PSSemanticVersion, withCommon(SemanticVersionAdapter)],
  [(v) => v instanceof PSUri, withCommon(UriAdapter)],
  [(v) => v instanceof PSSecureString, withCommon(SecureStringAdapter)],
  [(v) => v instanceof PSRegex, withCommon(RegexAdapter)],
  [(v) => v instanceof RegexMatchResult, withCommon(RegexMatchAdapter)],
  [(v) => v instanceof RegexGroup, withCommon(RegexGroupAdapter)],
  [(v) => v instanceof TextEncoding, withCommon(EncodingAdapter)],
  [(v) => v instanceof TimeZoneValue, withCommon(TimeZoneAdapter)],
  [(v) => v instanceof MailAddressValue, withCommon(MailAddressAdapter)],
  [(v) => v instanceof TypeInfo, withCommon(TypeObjectAdapter)],
  [(v) => v instanceof WildcardPattern, withCommon(WildcardPatternAdapter)],
];

const STRING = withCommon(StringAdapter);
const NUMBER = withCommon(NumberAdapter);
const BOOLEAN = withCommon(BooleanAdapter);
const ARRAY = withCommon(ArrayAdapter);
const GROUPS = combine(ARRAY, GroupCollectionAdapter as unknown as AnyAdapter);
const MEMBER_COLLECTION = combine(ARRAY, MemberCollectionAdapter as unknown as AnyAdapter);
const HASH_SET = combine(ARRAY, HashSetAdapter as unknown as AnyAdapter);
const QUEUE = combine(ARRAY, QueueAdapter as unknown as AnyAdapter);
const STACK = combine(ARRAY, StackAdapter as unknown as AnyAdapter);
const TUPLE = combine(ARRAY, TupleAdapter as unknown as AnyAdapter);

/** The adapter for a (non-PSObject) value; undefined for host objects handled reflectively. */
export function adapterFor(value: unknown): AnyAdapter | undefined {
  switch (typeof value) {
    case 'string':
      return STRING;
    case 'number':
    case 'bigint':
      return NUMBER;
    case 'boolean':
      return BOOLEAN;
    default:
      break;
  }
  // Array-backed collections first: they have the array's members plus their own lookups.
  if (value instanceof RegexGroupCollection) return GROUPS;
  if (value instanceof PSMemberCollection) return MEMBER_COLLECTION;
  if (value instanceof PSHashSet) return HASH_SET;
  if (value instanceof PSQueue) return QUEUE;
  if (value instanceof PSStack) return STACK;
  if (value instanceof TupleValue) return TUPLE;
  if (Array.isArray(value)) return ARRAY;
  for (const [test, a] of BY_CLASS) if (test(value)) return a;
  return undefined;
}

export { CommonAdapter };
