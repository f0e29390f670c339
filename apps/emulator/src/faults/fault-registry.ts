// Active fault rules: consumed one application at a time by matching requests.
import { randomUUID } from 'node:crypto';
import { routeMatches, type FaultAction, type FaultRule } from './fault-rule.js';

export interface FaultView {
  readonly id: string;
  readonly route: string;
  readonly cmdletName?: string;
  readonly action: FaultAction;
  readonly remaining: number | 'unlimited';
  /** Matching requests still let through before it applies. */
  readonly skip: number;
}

export class FaultRegistry {
  readonly #rules: FaultRule[] = [];

  add(rule: Omit<FaultRule, 'id' | 'remaining' | 'skip'> & { times: number; skip?: number }): FaultView {
    const { times, skip, ...rest } = rule;
    const r: FaultRule = { ...rest, id: randomUUID(), remaining: times, skip: skip ?? 0 };
    this.#rules.push(r);
    return view(r);
  }

  list(): FaultView[] {
    return this.#rules.map(view);
  }

  clear(id?: string): number {
    const before = this.#rules.length;
    for (let i = this.#rules.length - 1; i >= 0; i--)
      if (id === undefined || this.#rules[i]?.id === id) this.#rules.splice(i, 1);
    return before - this.#rules.length;
  }

  /** Takes the first matching request-level fault (latency, status, reset) and decrements it. */
  take(
    routeName: string,
    cmdletName: string | undefined,
    kinds: readonly FaultAction['kind'][],
  ): FaultAction | undefined {
    const i = this.#rules.findIndex(
      (r) =>
        kinds.includes(r.action.kind) &&
        routeMatches(r.route, routeName) &&
        (r.cmdletName === undefined || r.cmdletName.toLowerCase() === (cmdletName ?? '').toLowerCase()),
    );
    const rule = this.#rules[i];
    if (!rule) return undefined;
    if (rule.skip > 0) {
      // This request passes untouched (e.g. the first pages of a paged read before a reset).
      rule.skip--;
      return undefined;
    }
    rule.remaining--;
    if (rule.remaining <= 0) this.#rules.splice(i, 1);
    return rule.action;
  }
}

function view(r: FaultRule): FaultView {
  return {
    id: r.id,
    route: r.route,
    ...(r.cmdletName ? { cmdletName: r.cmdletName } : {}),
    action: r.action,
    remaining: r.remaining === Infinity ? 'unlimited' : r.remaining,
    skip: r.skip,
  };
}
