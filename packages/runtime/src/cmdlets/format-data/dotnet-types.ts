// pwsh's DotNetTypes.format.ps1xml views for the .NET types exosh emulates (Version, SemanticVersion, TimeSpan, Guid, DateTime, DictionaryEntry).
import type { FormatView, PropertyReader } from '../../format/index.js';
import { cellText } from '../../format/cells.js';
import { PSObject } from '../../values/ps-object.js';
import { PSDateTime } from '../../values/ps-datetime.js';
import { DateTexts } from '../../members/adapters/time.js';

const versionView: FormatView = {
  kind: 'table',
  name: 'System.Version',
  columns: [
    { label: 'Major', property: 'Major', width: 6 },
    { label: 'Minor', property: 'Minor', width: 6 },
    { label: 'Build', property: 'Build', width: 6 },
    { label: 'Revision', property: 'Revision', width: 8 },
  ],
};

const semanticVersionView: FormatView = {
  kind: 'table',
  name: 'System.Management.Automation.SemanticVersion',
  columns: [
    { label: 'Major', property: 'Major', width: 6 },
    { label: 'Minor', property: 'Minor', width: 6 },
    { label: 'Patch', property: 'Patch', width: 6 },
    { label: 'PreReleaseLabel', property: 'PreReleaseLabel', width: 15 },
    { label: 'BuildLabel', property: 'BuildLabel', width: 11 },
  ],
};

const timeSpanView: FormatView = {
  kind: 'list',
  name: 'System.TimeSpan',
  properties: [
    'Days',
    'Hours',
    'Minutes',
    'Seconds',
    'Milliseconds',
    'Ticks',
    'TotalDays',
    'TotalHours',
    'TotalMinutes',
    'TotalSeconds',
    'TotalMilliseconds',
  ],
};

/** TimeSpan's further views: a table of its parts (what Format-Table picks) and a wide view of TotalMilliseconds. */
const timeSpanTableView: FormatView = {
  kind: 'table',
  name: 'System.TimeSpan',
  columns: ['Days', 'Hours', 'Minutes', 'Seconds', 'Milliseconds'].map((p) => ({ label: p, property: p })),
};

const timeSpanWideView = (reader: PropertyReader): FormatView => ({
  kind: 'wide',
  name: 'System.TimeSpan',
  text: (obj) => cellText(reader.get(obj, 'TotalMilliseconds')),
});

const guidView: FormatView = {
  kind: 'table',
  name: 'System.Guid',
  columns: [{ label: 'Guid', property: 'Guid' }],
};

/** DictionaryEntry (a hashtable's GetEnumerator()): the "Dictionary" table, Name in 30 columns, and a list. */
const dictionaryEntryView: FormatView = {
  kind: 'table',
  name: 'Dictionary',
  columns: [
    { label: 'Name', property: 'Name', width: 30 },
    { label: 'Value', property: 'Value' },
  ],
};

const dictionaryEntryListView: FormatView = {
  kind: 'list',
  name: 'System.Collections.DictionaryEntry',
  properties: ['Name', 'Value'],
};

/** types.ps1xml's DateTime script property: Get-Date -DisplayHint Date/Time shows only that half. */
function dateTimeText(obj: unknown): string {
  const base = obj instanceof PSObject && !obj.isCustomObject ? obj.baseObject : obj;
  if (!(base instanceof PSDateTime)) return String(base);
  const hint = obj instanceof PSObject ? String(obj.getNote('DisplayHint') ?? '').toLowerCase() : '';
  if (hint === 'date') return DateTexts.longDate(base);
  if (hint === 'time') return DateTexts.longTime(base);
  return `${DateTexts.longDate(base)} ${DateTexts.longTime(base)}`;
}

const dateTimeView: FormatView = { kind: 'custom', name: 'DateTime', lines: (obj) => [dateTimeText(obj)] };

/**
 * [type name, view] pairs in pwsh's order (a type's first view is its default, the later ones other kinds), given
 * the runspace's property access.
 */
export const dotNetTypeViews = (reader: PropertyReader): ReadonlyArray<readonly [string, FormatView]> => [
  ['System.Version', versionView],
  ['System.Management.Automation.SemanticVersion', semanticVersionView],
  ['System.TimeSpan', timeSpanView],
  ['System.TimeSpan', timeSpanTableView],
  ['System.TimeSpan', timeSpanWideView(reader)],
  ['System.Guid', guidView],
  ['System.Collections.DictionaryEntry', dictionaryEntryView],
  ['System.Collections.DictionaryEntry', dictionaryEntryListView],
  ['System.DateTime', dateTimeView],
];
