// Which hosts a Connect-* call reaches: the chosen cloud, explicit -ConnectionUri/-AzureADAuthorizationEndpointUri,
// or the embedded emulator (exosh -Emulator).
import { exchangeEnvironments, type ExchangeEnvironmentName } from '../environments/index.js';

/** The emulator as exosh -Emulator describes it to the module (from exosh-emulator's ready line). */
export interface EmulatorTarget {
  readonly url: string;
  readonly caPem: string;
  readonly complianceUrl: string;
}

export interface ResolvedEndpoints {
  readonly connectionUri: string;
  readonly authorityHost: string;
  /** The token audience: `<resource>/.default`. */
  readonly scope: string;
  readonly caPem?: string;
  readonly knownAuthorities?: readonly string[];
}

function origin(uri: string): string {
  return new URL(uri).origin;
}

export function resolveEndpoints(options: {
  readonly environment: ExchangeEnvironmentName;
  readonly compliance: boolean;
  readonly connectionUri?: string;
  readonly authorizationEndpointUri?: string;
  readonly emulator?: EmulatorTarget;
}): ResolvedEndpoints {
  const emu = options.emulator;
  if (emu && !options.connectionUri) {
    const base = options.compliance ? emu.complianceUrl : emu.url;
    return {
      connectionUri: base,
      authorityHost: emu.url,
      scope: `${base}/.default`,
      caPem: emu.caPem,
      knownAuthorities: [new URL(emu.url).host],
    };
  }
  const env = exchangeEnvironments[options.environment];
  const connectionUri = options.connectionUri
    ? origin(options.connectionUri)
    : options.compliance
      ? env.complianceUri
      : env.connectionUri;
  const authorityHost = options.authorizationEndpointUri
    ? origin(options.authorizationEndpointUri)
    : env.authorityHost;
  const resource = options.compliance && !options.connectionUri ? env.complianceUri : connectionUri;
  // An authority the user names that is none of the clouds' (a private Entra stand-in such as a separately run
  // exosh-emulator) is trusted as given: MSAL then reads its own discovery document instead of asking
  // login.microsoftonline.com about it.
  const custom = !Object.values(exchangeEnvironments).some((e) => e.authorityHost === authorityHost);
  return {
    connectionUri,
    authorityHost,
    scope: `${origin(resource)}/.default`,
    ...(custom ? { knownAuthorities: [new URL(authorityHost).host] } : {}),
  };
}
