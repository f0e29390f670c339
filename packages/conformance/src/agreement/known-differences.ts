// Compares observed disagreements with the reviewed known-differences.json, both ways, so the file stays true.
import type { ParserVerdicts } from './classify.js';

export interface KnownDifference {
  readonly ours: string;
  readonly treeSitter: string;
  /** Why the parsers disagree and which one PowerShell 7.4 sides with; written by a reviewer. */
  readonly reason: string;
}

export type KnownDifferences = Readonly<Record<string, KnownDifference>>;

export interface KnownDifferenceDrift {
  /** Disagreements not in the file. */
  readonly unlisted: readonly string[];
  /** Listed ids whose parsers now agree (or whose input is gone). */
  readonly vanished: readonly string[];
  /** Listed ids whose verdict strings changed: `id: listed -> observed`. */
  readonly changed: readonly string[];
}

export function diffKnownDifferences(
  observed: ReadonlyMap<string, ParserVerdicts>,
  known: KnownDifferences,
): KnownDifferenceDrift {
  const unlisted: string[] = [];
  const changed: string[] = [];
  const disagreeing = new Set<string>();
  for (const [id, v] of observed) {
    if (v.agreement === 'both-clean' || v.agreement === 'both-error') continue;
    disagreeing.add(id);
    const listed = known[id];
    if (!listed) unlisted.push(`${id} (ours ${v.ours}; tree-sitter ${v.treeSitter})`);
    else if (listed.ours !== v.ours || listed.treeSitter !== v.treeSitter) {
      changed.push(`${id}: ${listed.ours} | ${listed.treeSitter} -> ${v.ours} | ${v.treeSitter}`);
    }
  }
  const vanished = Object.keys(known).filter((id) => !disagreeing.has(id));
  return { unlisted, vanished, changed };
}

/** Inputs per agreement class, and how many each parser accepts. */
export interface AgreementCounts {
  readonly inputs: number;
  readonly bothClean: number;
  readonly bothError: number;
  readonly onlyOursErrors: number;
  readonly onlyTreeSitterErrors: number;
  readonly oursAccepts: number;
  readonly treeSitterAccepts: number;
}

export function countAgreement(verdicts: Iterable<ParserVerdicts>): AgreementCounts {
  const n = { 'both-clean': 0, 'both-error': 0, 'only-ours-errors': 0, 'only-tree-sitter-errors': 0 };
  for (const v of verdicts) n[v.agreement]++;
  return {
    inputs: n['both-clean'] + n['both-error'] + n['only-ours-errors'] + n['only-tree-sitter-errors'],
    bothClean: n['both-clean'],
    bothError: n['both-error'],
    onlyOursErrors: n['only-ours-errors'],
    onlyTreeSitterErrors: n['only-tree-sitter-errors'],
    oursAccepts: n['both-clean'] + n['only-tree-sitter-errors'],
    treeSitterAccepts: n['both-clean'] + n['only-ours-errors'],
  };
}
