// Formatting: Out-Default's tables and lists, format views by type name, and the ConciseView of errors.
export {
  formatOutput,
  listLabelStyle,
  tableHeaderStyle,
  noteValue,
  viewColumns,
  writeGroupedTable,
  type FormatOptions,
} from './out-default.js';
export {
  FormatViewRegistry,
  listViewItems,
  type CustomView,
  type FormatView,
  type ListView,
  type ListViewItem,
  type TableView,
  type WideView,
  type ViewGroupBy,
  type ViewRendering,
  plainRendering,
} from './view-registry.js';
export {
  formatErrorConcise,
  formatErrorView,
  positionMessage,
  type ErrorColors,
  type ErrorViewOptions,
} from './error-view.js';
export { autoSizeColumns, writeTable, type TableColumn, type TableOptions } from './table-writer.js';
export { wrapLines, truncateAtNewLine } from './line-wrap.js';
export { writeList } from './list-writer.js';
export { formatEnumerationLimit, DEFAULT_FORMAT_ENUMERATION_LIMIT } from './enumeration-limit.js';
export { writeWide, wideItemsPerRow, type WideOptions } from './wide-writer.js';
export { renderProgressMinimal, defaultProgressStyle, type ProgressStyle } from './progress-view.js';
export { PendingProgress, type ProgressLine } from './pending-progress.js';
export {
  createPSStyle,
  psStyleSettings,
  rendersVt,
  type PSStyleSettings,
  type FileInfoStyle,
} from './ps-style.js';
export { linesWithVt, vtTextOf } from './vt-lines.js';
export { stripVt, visibleLength } from './vt.js';
export { defaultPropertyReader, type PropertyReader } from './property-reader.js';
export { isScalarForDisplay } from './scalar-types.js';
