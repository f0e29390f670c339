// Typed readers for the parser corpus (JSON tables and admin scripts in this folder).
import { readFileSync, readdirSync } from 'node:fs';

const corpusDir = new URL('./', import.meta.url);

/** Reads a JSON file of this folder, e.g. `parse-errors/parsing-tests.json`. */
export function readCorpusJson<T>(relativePath: string): T {
  return JSON.parse(readFileSync(new URL(relativePath, corpusDir), 'utf8')) as T;
}

/** Where a transcribed case comes from. */
export interface CorpusSource {
  readonly repository: string;
  readonly path: string;
  readonly commit: string;
}

/** One `ShouldBeParseError` line of PowerShell's Parsing.Tests.ps1. */
export interface ParseErrorCase {
  readonly id: string;
  readonly line: number;
  readonly describe: string;
  readonly input: string;
  readonly errorIds: readonly string[];
  /** 'offset': 0-based start offset; 'column': 1-based start column (`-CheckColumnNumber`). */
  readonly positionKind: 'offset' | 'column';
  readonly positions: readonly number[];
}

/** A case that checks start and end offsets; errorIds null when PowerShell's test does not name them. */
export interface ParseErrorExtentCase {
  readonly id: string;
  readonly line: number;
  readonly input: string;
  readonly errorIds: readonly string[] | null;
  readonly startOffsets: readonly number[];
  readonly endOffsets: readonly number[];
}

/** One `Test-ErrorStmt` line. */
export interface ErrorStatementCase {
  readonly id: string;
  readonly line: number;
  readonly input: string;
  readonly errorStatementText: string;
  readonly nestedAstTexts: readonly string[];
}

/** One `Test-Ast` line. */
export interface AstTextsCase {
  readonly id: string;
  readonly line: number;
  readonly input: string;
  readonly astTexts: readonly string[];
}

export interface IncompleteInputCase {
  readonly id: string;
  readonly kind: 'incomplete' | 'complete-but-wrong' | 'complete';
  readonly input: string;
  /** errors[0].incompleteInput; null for 'complete' (no errors at all). */
  readonly firstErrorIncomplete: boolean | null;
  readonly firstErrorId?: string;
  readonly errorsIncomplete?: readonly boolean[];
  readonly origin: string;
}

export interface CorpusTable<T> {
  readonly source?: CorpusSource;
  readonly comparison: string;
  readonly cases: readonly T[];
}

export interface AdminScriptManifest {
  readonly comparison: string;
  readonly scripts: { readonly [fileName: string]: { readonly commands: readonly string[] } };
}

export const adminScriptsDir = new URL('admin-scripts/', corpusDir);

/** The admin scripts, sorted by file name. */
export function adminScripts(): { readonly fileName: string; readonly source: string }[] {
  return readdirSync(adminScriptsDir)
    .filter((name) => name.endsWith('.ps1'))
    .sort()
    .map((fileName) => ({ fileName, source: readFileSync(new URL(fileName, adminScriptsDir), 'utf8') }));
}

interface KnownFailures {
  readonly failures: { readonly [table: string]: { readonly [caseId: string]: string } };
}

const knownFailures = readCorpusJson<KnownFailures>('known-failures.json');

/** The reviewed reason why a case of a table does not pass yet, or undefined when it must pass. */
export function knownFailure(table: string, caseId: string): string | undefined {
  return knownFailures.failures[table]?.[caseId];
}

/** Every id listed as a known failure of a table (so stale entries can be detected). */
export function knownFailureIds(table: string): string[] {
  return Object.keys(knownFailures.failures[table] ?? {});
}
