// Connect-ExchangeOnline and Connect-IPPSSession: sign in, record the connection, register the service's proxies.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import {
  BridgeOperationError,
  ErrorRecord,
  type CmdletImplementation,
  type CommandRuntime,
} from '@exosh/runtime';
import { Connection } from '../connection/connection.js';
import { resolveEndpoints } from '../connection/endpoints.js';
import type { ExchangeEnvironmentName } from '../environments/index.js';
import type { ExchangeOnlineModule } from '../module/exchange-online-module.js';
import { connectExchangeOnlineParameters, connectIPPSSessionParameters } from './connect-parameters.js';
import type { SignInFlow, SignInPayload, SignInResult } from '../worker/sign-in-types.js';
import { workerOpsUrl } from '../worker/ops-url.js';
import { banner } from './banner.js';
import { metadataFromModuleFile } from '../proxies/module-file-metadata.js';

export const exchangeOnlinePowerShellClientId = 'fb78d390-0c51-40cd-8e17-fdbfab77341b';

export const connectExchangeOnlineMetadata: CommandMetadata = {
  name: 'Connect-ExchangeOnline',
  commandType: 'Cmdlet',
  parameters: connectExchangeOnlineParameters,
};

export const connectIPPSSessionMetadata: CommandMetadata = {
  name: 'Connect-IPPSSession',
  commandType: 'Cmdlet',
  parameters: connectIPPSSessionParameters,
};

function fail(
  rt: CommandRuntime,
  errorId: string,
  message: string,
  category: 'InvalidArgument' | 'AuthenticationError' | 'ConnectionError' | 'InvalidData' = 'InvalidArgument',
): never {
  rt.throwTerminatingError(
    new ErrorRecord({
      message,
      errorId,
      category,
      exceptionType: 'System.Exception',
      commandName: rt.commandName,
    }),
  );
}

function reveal(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  const r = (v as { revealPlainText?: () => string }).revealPlainText;
  return typeof r === 'function' ? r.call(v) : String(v);
}

/** PEM text from -CertificateFilePath: a certificate and its private key in one file (PFX is not read yet). */
function readCertificate(rt: CommandRuntime, file: string, password: string | undefined) {
  let text: string;
  try {
    text = readFileSync(path.resolve(rt.context.currentLocation, file), 'utf8');
  } catch (err) {
    fail(
      rt,
      'CertificateFileUnreadable',
      `The certificate file '${file}' could not be read: ${(err as Error).message.replace(/^[A-Z]+: /, '')}`,
      'InvalidArgument',
    );
  }
  const cert = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(text)?.[0];
  const key =
    /-----BEGIN (?:ENCRYPTED |RSA )?PRIVATE KEY-----[\s\S]+?-----END (?:ENCRYPTED |RSA )?PRIVATE KEY-----/.exec(
      text,
    )?.[0];
  if (!cert || !key) {
    fail(
      rt,
      'CertificateFormatNotSupported',
      `The certificate file '${file}' must be PEM text holding the certificate and its private key (PFX files are not supported yet: convert with 'openssl pkcs12 -in file.pfx -nodes').`,
      'InvalidData',
    );
  }
  return {
    certificatePem: `${cert}\n`,
    privateKeyPem: `${key}\n`,
    ...(password ? { passphrase: password } : {}),
  };
}

function chooseFlow(p: Readonly<Record<string, unknown>>): SignInFlow {
  if (p['AccessToken'] !== undefined) return 'AccessToken';
  if (p['ManagedIdentity'] === true) return 'ManagedIdentity';
  if (
    p['CertificateFilePath'] !== undefined ||
    p['Certificate'] !== undefined ||
    p['CertificateThumbprint'] !== undefined
  )
    return 'Certificate';
  if (p['Credential'] !== undefined) return 'Credential';
  if (p['Device'] === true) return 'Device';
  return 'Interactive';
}

export function connectCmdlet(module: ExchangeOnlineModule, compliance: boolean): CmdletImplementation {
  return {
    end(rt) {
      const p = rt.parameters;
      const prefix = (p['Prefix'] as string | undefined) ?? '';
      if (prefix && !/^[a-z0-9]+$/i.test(prefix))
        fail(rt, 'InvalidPrefix', `The prefix '${prefix}' is not valid: use only letters and digits.`);
      if (prefix.toUpperCase() === 'EXO')
        fail(rt, 'ReservedPrefix', "Prefix 'EXO' is a reserved Prefix, please use a different prefix.");
      const flow = chooseFlow(p);
      const organization = (p['Organization'] as string | undefined) ?? '';
      const appId = (p['AppId'] as string | undefined) ?? '';
      if ((flow === 'Certificate' || flow === 'ManagedIdentity') && !organization) {
        fail(
          rt,
          'OrganizationRequired',
          `The Organization parameter is required with ${flow === 'Certificate' ? 'certificate' : 'managed identity'} authentication.`,
        );
      }
      if (flow === 'Certificate' && !appId)
        fail(rt, 'AppIdRequired', 'The AppId parameter is required with certificate-based authentication.');
      if (flow === 'Certificate' && p['CertificateFilePath'] === undefined) {
        fail(
          rt,
          'CertificateSourceNotSupported',
          'Off Windows, exosh reads certificates from -CertificateFilePath (PEM with the private key); -Certificate and -CertificateThumbprint are not supported yet.',
        );
      }
      const endpoints = resolveEndpoints({
        environment: ((p['ExchangeEnvironmentName'] as string | undefined) ??
          'O365Default') as ExchangeEnvironmentName,
        compliance,
        ...(p['ConnectionUri'] !== undefined ? { connectionUri: p['ConnectionUri'] as string } : {}),
        ...(p['AzureADAuthorizationEndpointUri'] !== undefined
          ? { authorizationEndpointUri: p['AzureADAuthorizationEndpointUri'] as string }
          : {}),
        ...(module.emulator ? { emulator: module.emulator } : {}),
      });
      const tenantSegment =
        flow === 'Certificate' || flow === 'ManagedIdentity' ? organization : 'organizations';
      const connectionId = randomUUID();
      const payload: SignInPayload = {
        authKey: connectionId,
        flow,
        clientId: appId || exchangeOnlinePowerShellClientId,
        authority: `${endpoints.authorityHost}/${tenantSegment}`,
        scope: endpoints.scope,
        ...(endpoints.knownAuthorities ? { knownAuthorities: endpoints.knownAuthorities } : {}),
        ...(endpoints.caPem ? { caPem: endpoints.caPem } : {}),
        ...(p['UserPrincipalName'] !== undefined ? { loginHint: p['UserPrincipalName'] as string } : {}),
        ...(flow === 'Certificate'
          ? {
              certificate: readCertificate(
                rt,
                p['CertificateFilePath'] as string,
                reveal(p['CertificatePassword']),
              ),
            }
          : {}),
        ...(flow === 'AccessToken' ? { accessToken: reveal(p['AccessToken']) ?? '' } : {}),
        ...(p['ManagedIdentityAccountId'] !== undefined
          ? { managedIdentityClientId: p['ManagedIdentityAccountId'] as string }
          : {}),
      };
      let result: SignInResult;
      try {
        result = rt.context.bridge.call<SignInResult>(workerOpsUrl, 'signIn', payload);
      } catch (err) {
        if (err instanceof BridgeOperationError) fail(rt, err.errorName, err.message, 'AuthenticationError');
        throw err;
      }
      const connection = new Connection({
        connectionId,
        id: module.registry.nextId(),
        isEopSession: compliance,
        userPrincipalName: result.userPrincipalName || (organization ? `OAuthUser@${organization}` : ''),
        connectionUri: endpoints.connectionUri,
        azureAdAuthorizationEndpointUri: `${endpoints.authorityHost}/${tenantSegment}`,
        tokenExpiresOn: new Date(result.expiresOn),
        certificateAuthentication: flow === 'Certificate',
        moduleName: path.join(
          module.tempDir,
          `tmpEXO_${randomUUID().slice(0, 8)}.${randomUUID().slice(0, 3)}`,
        ),
        modulePrefix: prefix,
        organization,
        delegatedOrganization: (p['DelegatedOrganization'] as string | undefined) ?? '',
        appId: flow === 'Certificate' ? appId : '',
        pageSize: (p['PageSize'] as number | undefined) ?? 1000,
        tenantId: result.tenantId,
        authKey: connectionId,
        restBase: `${endpoints.connectionUri}/adminapi/beta/${result.tenantId}`,
      });
      try {
        const file = module.client.moduleFile(connection, p['CommandName'] as string[] | undefined);
        const metadata = metadataFromModuleFile(module.runspace, file.fileContent, file.exportedCmdlets);
        module.addConnection(connection, metadata);
      } catch (err) {
        module.forget(connection);
        fail(
          rt,
          'ConnectFailed',
          `Connect failed while loading the service's cmdlets: ${(err as Error).message}`,
          'ConnectionError',
        );
      }
      for (const w of result.warnings) rt.writeWarning(w);
      if (p['ShowBanner'] !== false) rt.writeHost(banner);
    },
  };
}
