// Markdown rows of agreement counts per input group, as README.md shows them (the test keeps them in sync).
import type { AgreementCounts } from './known-differences.js';

/** The input group of an id: its first two path segments (e.g. `fixtures/ast`, `corpus/admin-scripts`). */
export function inputGroup(id: string): string {
  return id.split('/').slice(0, 2).join('/');
}

export const agreementTableHeader = [
  '| inputs | count | ours accepts | tree-sitter accepts | both clean | both error | only ours errors | only tree-sitter errors |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
];

export function agreementTableRow(label: string, c: AgreementCounts): string {
  return `| ${label} | ${c.inputs} | ${c.oursAccepts} | ${c.treeSitterAccepts} | ${c.bothClean} | ${c.bothError} | ${c.onlyOursErrors} | ${c.onlyTreeSitterErrors} |`;
}
