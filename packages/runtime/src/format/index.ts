// Formatting: Out-Default's tables and lists, format views by type name, and the ConciseView of errors.
export { formatOutput, viewColumns, type FormatOptions } from './out-default.js';
export { FormatViewRegistry, type FormatView, type ListView, type TableView } from './view-registry.js';
export { formatErrorConcise } from './error-view.js';
export { writeTable, type TableColumn } from './table-writer.js';
export { writeList } from './list-writer.js';
