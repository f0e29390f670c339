// The outstanding Write-Progress activities as a tree (pwsh's PendingProgress): -ParentId nests an activity under its
// parent, -Completed removes one and promotes its children; the host draws them in order, each child indented.
import type { ProgressRecord } from '../engine/streams/records.js';

/** One activity as the host draws it. */
export interface ProgressLine {
  readonly activity: string;
  readonly statusDescription: string;
  readonly percentComplete: number;
  readonly secondsRemaining: number;
  readonly currentOperation: string;
  /** Columns before the activity: two per level of nesting (ProgressNode's indentation). */
  readonly indentation: number;
}

interface ProgressNode {
  readonly activityId: number;
  parentActivityId: number;
  activity: string;
  statusDescription: string;
  percentComplete: number;
  secondsRemaining: number;
  currentOperation: string;
  /** When the activity was last reported (evicting the stalest when the tree is full). */
  touched: number;
  children: ProgressNode[];
}

/** pwsh keeps at most this many activities, evicting the stalest leaf. */
const MAX_NODES = 128;

export class PendingProgress {
  private readonly topLevel: ProgressNode[] = [];
  private nodeCount = 0;
  private clock = 0;

  get isEmpty(): boolean {
    return this.topLevel.length === 0;
  }

  /** PendingProgress.Update: add, refresh, re-parent or complete the record's activity. */
  update(record: ProgressRecord): void {
    // A record that names itself as its parent is malformed and ignored.
    if (record.parentActivityId === record.activityId) return;
    this.clock++;
    const found = this.find(record.activityId);
    if (found) {
      if (record.recordType === 'Completed') {
        this.removeAndPromote(found.list, found.index);
        return;
      }
      if (record.parentActivityId === found.node.parentActivityId) {
        Object.assign(found.node, fieldsOf(record), { touched: this.clock });
        return;
      }
      // Reported under another parent: the activity moves there.
      this.removeAndPromote(found.list, found.index);
    }
    // A completion for an activity never shown is not tracked.
    if (record.recordType === 'Completed') return;
    while (this.nodeCount >= MAX_NODES) this.evict();
    const node: ProgressNode = {
      activityId: record.activityId,
      parentActivityId: record.parentActivityId,
      ...fieldsOf(record),
      touched: this.clock,
      children: [],
    };
    const parent = node.parentActivityId >= 0 ? this.find(node.parentActivityId) : undefined;
    // Without its parent in the tree the activity is top-level until the parent shows up.
    if (!parent) node.parentActivityId = -1;
    (parent ? parent.node.children : this.topLevel).push(node);
    this.nodeCount++;
  }

  /** What to draw, in order: each activity, then its children two columns further in (RenderHelper). */
  lines(): ProgressLine[] {
    const out: ProgressLine[] = [];
    const walk = (nodes: readonly ProgressNode[], indentation: number) => {
      for (const n of nodes) {
        out.push({
          activity: n.activity,
          statusDescription: n.statusDescription,
          percentComplete: n.percentComplete,
          secondsRemaining: n.secondsRemaining,
          currentOperation: n.currentOperation,
          indentation,
        });
        walk(n.children, indentation + 2);
      }
    };
    walk(this.topLevel, 0);
    return out;
  }

  private find(
    activityId: number,
    list: ProgressNode[] = this.topLevel,
  ): { node: ProgressNode; list: ProgressNode[]; index: number } | undefined {
    for (let index = 0; index < list.length; index++) {
      const node = list[index]!;
      if (node.activityId === activityId) return { node, list, index };
      const inner = this.find(activityId, node.children);
      if (inner) return inner;
    }
    return undefined;
  }

  /** RemoveNodeAndPromoteChildren: the children take the node's place, unparented. */
  private removeAndPromote(list: ProgressNode[], index: number): void {
    const [node] = list.splice(index, 1);
    if (!node) return;
    for (const child of node.children) child.parentActivityId = -1;
    list.splice(index, 0, ...node.children);
    this.nodeCount--;
  }

  /** The least recently reported activity without children goes. */
  private evict(): void {
    let stalest: { list: ProgressNode[]; index: number; touched: number } | undefined;
    const walk = (list: ProgressNode[]) =>
      list.forEach((n, index) => {
        if (n.children.length > 0) walk(n.children);
        else if (!stalest || n.touched < stalest.touched) stalest = { list, index, touched: n.touched };
      });
    walk(this.topLevel);
    if (!stalest) return;
    stalest.list.splice(stalest.index, 1);
    this.nodeCount--;
  }
}

function fieldsOf(record: ProgressRecord) {
  return {
    activity: record.activity,
    statusDescription: record.statusDescription,
    percentComplete: Math.min(record.percentComplete, 100),
    secondsRemaining: record.secondsRemaining,
    currentOperation: record.currentOperation,
  };
}
