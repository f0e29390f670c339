// A small route table: method + path pattern (case-insensitive, named groups) -> handler.
import type { EmulatorRequest, EmulatorResponse, RouteFamily } from './http.js';

export type RouteParams = Readonly<Record<string, string>>;
export type RouteHandler = (
  req: EmulatorRequest,
  params: RouteParams,
) => EmulatorResponse | Promise<EmulatorResponse>;

export interface Route {
  readonly methods: readonly string[];
  /** Matched against the decoded path; use named groups for parameters. */
  readonly pattern: RegExp;
  readonly family: RouteFamily;
  /** Stable name used by fault injection and counters, e.g. `entra.token`. */
  readonly name: string;
  readonly handler: RouteHandler;
}

export type RouteMatch =
  | { kind: 'found'; route: Route; params: RouteParams }
  | { kind: 'method-not-allowed'; route: Route }
  | { kind: 'not-found' };

export class Router {
  readonly #routes: Route[] = [];

  add(route: Route): this {
    this.#routes.push(route);
    return this;
  }

  /** Route names, for validating fault rules. */
  names(): string[] {
    return this.#routes.map((r) => r.name);
  }

  match(method: string, path: string): RouteMatch {
    let wrongMethod: Route | undefined;
    for (const route of this.#routes) {
      const m = route.pattern.exec(path);
      if (!m) continue;
      if (!route.methods.includes(method)) {
        wrongMethod ??= route;
        continue;
      }
      return { kind: 'found', route, params: { ...(m.groups ?? {}) } };
    }
    return wrongMethod ? { kind: 'method-not-allowed', route: wrongMethod } : { kind: 'not-found' };
  }
}

/** Decodes a URL path once; a malformed escape yields undefined instead of throwing. */
export function decodePath(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
}
