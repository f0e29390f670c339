// MSAL and network failures as clean errors for the engine thread: a name the cmdlet maps, a message without secrets.
export class SignInError extends Error {
  constructor(
    override readonly name: string,
    message: string,
  ) {
    super(message);
  }
}

/** Keeps MSAL's error code and its AADSTS description; drops stacks, tokens and correlation noise. */
export function describeSignInError(err: unknown, name = 'SignInFailed'): SignInError {
  const e = err as
    { errorCode?: string; errorMessage?: string; message?: string; subError?: string } | undefined;
  const code = e?.errorCode;
  const text =
    (e?.errorMessage ?? e?.message ?? String(err))
      .split('\n')[0]
      ?.replace(/Bearer\s+[\w.-]+/g, 'Bearer ***') ?? '';
  if (code === 'invalid_grant' || e?.subError === 'bad_token')
    return new SignInError('TokenRefreshFailed', text);
  return new SignInError(name, code && !text.startsWith(code) ? `${code}: ${text}` : text);
}
