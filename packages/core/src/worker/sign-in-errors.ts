// MSAL and network failures as clean errors for the engine thread: a name the cmdlet maps, a message without secrets.
export class SignInError extends Error {
  constructor(
    override readonly name: string,
    message: string,
  ) {
    super(message);
  }
}

/** MSAL's codes for "the request never got an answer": the transport's own failure says more (the host). */
const networkCodes = new Set(['endpoints_resolution_error', 'network_error', 'network_request_failed']);

/**
 * Keeps MSAL's error code and its AADSTS description; drops stacks, tokens and correlation noise. `network` is the
 * transport's failure behind it, if any: its message names the host (and the proxy), never a secret.
 */
export function describeSignInError(err: unknown, name = 'SignInFailed', network?: Error): SignInError {
  const e = err as
    { errorCode?: string; errorMessage?: string; message?: string; subError?: string } | undefined;
  const code = e?.errorCode;
  const failedOnTheWire =
    (code !== undefined && networkCodes.has(code)) || (err as Error)?.name === 'TransportError';
  if (network && failedOnTheWire) return new SignInError(name, network.message);
  const text =
    (e?.errorMessage ?? e?.message ?? String(err))
      .split('\n')[0]
      ?.replace(/Bearer\s+[\w.-]+/g, 'Bearer ***') ?? '';
  if (code === 'invalid_grant' || e?.subError === 'bad_token')
    return new SignInError('TokenRefreshFailed', text);
  return new SignInError(name, code && !text.startsWith(code) ? `${code}: ${text}` : text);
}
