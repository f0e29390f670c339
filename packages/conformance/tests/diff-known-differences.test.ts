// diffKnownDifferences flags new, vanished and changed disagreements (so the conformance test can fail).
import { describe, expect, it } from 'vitest';
import { countAgreement, diffKnownDifferences, type ParserVerdicts } from '../src/index.js';

const clean: ParserVerdicts = { agreement: 'both-clean', ours: 'clean', treeSitter: 'clean' };
const onlyTs: ParserVerdicts = {
  agreement: 'only-tree-sitter-errors',
  ours: 'clean',
  treeSitter: 'error: ERROR at 1:5',
};
const onlyOurs: ParserVerdicts = {
  agreement: 'only-ours-errors',
  ours: 'error: MissingCatchOrFinally',
  treeSitter: 'clean',
};

describe('diffKnownDifferences', () => {
  it('accepts an observation that matches the file exactly', () => {
    const observed = new Map([
      ['a', clean],
      ['b', onlyTs],
    ]);
    const known = { b: { ours: 'clean', treeSitter: 'error: ERROR at 1:5', reason: 'r' } };
    expect(diffKnownDifferences(observed, known)).toEqual({ unlisted: [], vanished: [], changed: [] });
  });

  it('reports an unlisted disagreement, a vanished one and a changed one', () => {
    const observed = new Map([
      ['new', onlyOurs],
      ['gone', clean],
      ['moved', { ...onlyTs, treeSitter: 'error: ERROR at 2:1' }],
    ]);
    const known = {
      gone: { ours: 'clean', treeSitter: 'error: ERROR at 1:1', reason: 'r' },
      moved: { ours: 'clean', treeSitter: 'error: ERROR at 1:5', reason: 'r' },
    };
    const drift = diffKnownDifferences(observed, known);
    expect(drift.unlisted).toEqual(['new (ours error: MissingCatchOrFinally; tree-sitter clean)']);
    expect(drift.vanished).toEqual(['gone']);
    expect(drift.changed).toEqual(['moved: clean | error: ERROR at 1:5 -> clean | error: ERROR at 2:1']);
  });
});

describe('countAgreement', () => {
  it('counts each class and what each parser accepts', () => {
    expect(countAgreement([clean, clean, onlyTs, onlyOurs])).toEqual({
      inputs: 4,
      bothClean: 2,
      bothError: 0,
      onlyOursErrors: 1,
      onlyTreeSitterErrors: 1,
      oursAccepts: 3,
      treeSitterAccepts: 3,
    });
  });
});
