// Write-Progress's records (from a real runspace) kept as pwsh's PendingProgress keeps them: -ParentId nests an
// activity under its parent, -Completed removes one and promotes its children, a re-parented activity moves.
import { describe, expect, it } from 'vitest';
import { createRunspace, PendingProgress } from '../../src/index.js';

/** The tree after the script's progress records, as `<indent><activity>: <status> <percent>` lines. */
function shown(script: string): string[] {
  const rs = createRunspace({ workingDirectory: process.cwd() });
  try {
    const pending = new PendingProgress();
    for (const record of rs.invokeSync(script).progress) pending.update(record);
    return pending
      .lines()
      .map((l) => `${' '.repeat(l.indentation)}${l.activity}: ${l.statusDescription} ${l.percentComplete}`);
  } finally {
    rs.dispose();
  }
}

describe('PendingProgress', () => {
  it('draws a child under its parent, two columns in, and a grandchild two more', () => {
    expect(
      shown(`
        Write-Progress -Id 1 -Activity Mailboxes -Status 'Batch 1' -PercentComplete 10
        Write-Progress -Id 2 -ParentId 1 -Activity Folders -Status Inbox -PercentComplete 50
        Write-Progress -Id 3 -ParentId 2 -Activity Items -Status 'Item 7'
        Write-Progress -Id 4 -Activity Audit -Status Waiting
        Write-Progress -Id 2 -ParentId 1 -Activity Folders -Status Sent -PercentComplete 80`),
    ).toEqual(['Mailboxes: Batch 1 10', '  Folders: Sent 80', '    Items: Item 7 -1', 'Audit: Waiting -1']);
  });

  it('-Completed removes the activity; its children take its place until they complete', () => {
    const script = `
      Write-Progress -Id 1 -Activity Parent -Status p
      Write-Progress -Id 2 -ParentId 1 -Activity Child -Status c
      Write-Progress -Id 1 -Activity Parent -Completed`;
    expect(shown(script)).toEqual(['Child: c -1']);
    expect(shown(`${script}\nWrite-Progress -Id 2 -Activity Child -Completed`)).toEqual([]);
  });

  it('moves an activity reported under another parent; a missing parent leaves it top-level', () => {
    expect(
      shown(`
        Write-Progress -Id 1 -Activity One -Status a
        Write-Progress -Id 2 -Activity Two -Status b
        Write-Progress -Id 3 -ParentId 1 -Activity Three -Status c
        Write-Progress -Id 3 -ParentId 2 -Activity Three -Status d
        Write-Progress -Id 5 -ParentId 9 -Activity Orphan -Status e`),
    ).toEqual(['One: a -1', 'Two: b -1', '  Three: d -1', 'Orphan: e -1']);
  });

  it('ignores a record that is its own parent and a completion for an activity never shown', () => {
    expect(
      shown(`
        Write-Progress -Id 1 -ParentId 1 -Activity Self -Status x
        Write-Progress -Id 7 -Activity Never -Completed
        Write-Progress -Activity Default -Status 'Processing'`),
    ).toEqual(['Default: Processing -1']);
  });
});
