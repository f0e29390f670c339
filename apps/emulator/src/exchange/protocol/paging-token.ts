// The `$skiptoken` of an `@odata.nextLink`: where the next page starts, how many were returned, and for which request.
import { createHash } from 'node:crypto';

export interface PagingState {
  /** Store sequence of the last object returned (key-set paging), when the results carry one. */
  readonly afterSeq?: number;
  /** Objects to skip (offset paging) when they do not. */
  readonly offset: number;
  /** Objects returned so far across pages: ResultSize counts them all. */
  readonly returned: number;
  /** Fingerprint of the request body: a continuation must repeat the same command. */
  readonly request: string;
  /** When the first page was served (ms); tokens expire 30 minutes later, as the service's do. */
  readonly issued: number;
}

export function requestFingerprint(cmdletName: string, parameters: unknown): string {
  return createHash('sha256')
    .update(cmdletName.toLowerCase())
    .update(JSON.stringify(parameters ?? {}))
    .digest('base64url')
    .slice(0, 22);
}

export function encodePagingToken(state: PagingState): string {
  return Buffer.from(JSON.stringify(state), 'utf8').toString('base64url');
}

/** Undefined when the token is not one of ours. */
export function decodePagingToken(token: string): PagingState | undefined {
  try {
    const v = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Partial<PagingState>;
    if (
      typeof v.offset !== 'number' ||
      typeof v.returned !== 'number' ||
      typeof v.request !== 'string' ||
      typeof v.issued !== 'number'
    )
      return undefined;
    if (v.afterSeq !== undefined && typeof v.afterSeq !== 'number') return undefined;
    return v as PagingState;
  } catch {
    return undefined;
  }
}
