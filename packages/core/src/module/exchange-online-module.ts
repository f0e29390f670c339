// ExchangeOnlineModule: the module's state in one runspace (connections, REST client, proxies) and its cmdlets.
import os from 'node:os';
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import type { Runspace } from '@exosh/runtime';
import type { Connection } from '../connection/connection.js';
import {
  connectionInformationProperties,
  connectionInformationTypeName,
} from '../connection/connection-information.js';
import type { EmulatorTarget } from '../connection/endpoints.js';
import { ConnectionRegistry } from '../connection/registry.js';
import { ExchangeClient } from '../rest/exchange-client.js';
import { prefixedName } from '../proxies/proxy-names.js';
import { proxyCmdlet } from '../proxies/proxy-cmdlet.js';
import { defaultModuleCacheDir, ModuleMetadataCache } from '../proxies/module-metadata-cache.js';
import { workerOpsUrl } from '../worker/ops-url.js';
import {
  connectCmdlet,
  connectExchangeOnlineMetadata,
  connectIPPSSessionMetadata,
} from '../cmdlets/connect.js';
import {
  disconnectExchangeOnline,
  disconnectExchangeOnlineMetadata,
} from '../cmdlets/disconnect-exchange-online.js';
import {
  getConnectionInformation,
  getConnectionInformationMetadata,
} from '../cmdlets/get-connection-information.js';
import { exoCmdlet, exoCmdlets } from '../cmdlets/exo-cmdlets.js';
import {
  x509Certificate2Type,
  x509Certificate2TypeName,
  x509CertificateTypeName,
} from '../certificates/x509-certificate2.js';

export const moduleName = 'ExchangeOnlineManagement';

export interface ExchangeOnlineModuleOptions {
  /** exosh -Emulator: Connect-* reach the embedded emulator instead of the Microsoft cloud. */
  readonly emulator?: EmulatorTarget;
  /** Shorter retry backoff (tests); production uses the module's 2 s base. */
  readonly retryBaseMs?: number;
  /**
   * Where the proxies' metadata is cached per tenant and role set (default `$XDG_CACHE_HOME/exosh/modules`);
   * `false` turns the cache off (every Connect downloads the module file).
   */
  readonly moduleCacheDir?: string | false;
  /**
   * Start the I/O worker and load msal-node in it now, in parallel with the engine thread, so the first Connect
   * does not wait for them (the shell sets it; embedders that may never connect leave it off).
   */
  readonly warmWorker?: boolean;
}

export class ExchangeOnlineModule {
  readonly registry = new ConnectionRegistry();
  readonly client: ExchangeClient;
  readonly emulator: EmulatorTarget | undefined;
  readonly tempDir = os.tmpdir();
  readonly moduleCache: ModuleMetadataCache | undefined;

  constructor(
    readonly runspace: Runspace,
    options: ExchangeOnlineModuleOptions = {},
  ) {
    this.emulator = options.emulator;
    this.moduleCache =
      options.moduleCacheDir === false
        ? undefined
        : new ModuleMetadataCache(options.moduleCacheDir ?? defaultModuleCacheDir());
    this.client = new ExchangeClient(runspace.bridge, options.retryBaseMs);
    if (options.warmWorker === true) runspace.bridge.warm(workerOpsUrl, 'warmUp');
    runspace.addCmdlet(getConnectionInformationMetadata, getConnectionInformation(this.registry), moduleName);
    runspace.addCmdlet(connectExchangeOnlineMetadata, connectCmdlet(this, false), moduleName);
    runspace.addCmdlet(connectIPPSSessionMetadata, connectCmdlet(this, true), moduleName);
    runspace.addCmdlet(disconnectExchangeOnlineMetadata, disconnectExchangeOnline(this), moduleName);
    for (const m of exoCmdlets) runspace.addCmdlet(m, exoCmdlet(this, m.name), moduleName);
    runspace.formatViews.register(connectionInformationTypeName, {
      kind: 'list',
      properties: connectionInformationProperties,
    });
    // -Certificate takes an X509Certificate2: scripts build one with [X509Certificate2]::new($path, $password).
    runspace.context.types.register({ fullName: x509CertificateTypeName });
    runspace.context.types.register(x509Certificate2Type(runspace));
    // pwsh's ThumbprintTable view (Certificate.format.ps1xml); EnhancedKeyUsageList is a member exosh does not
    // add (the certificate provider's), so its cells are empty as they are where pwsh lacks it.
    runspace.formatViews.register(x509Certificate2TypeName, {
      kind: 'table',
      columns: [
        { label: 'Thumbprint', property: 'Thumbprint', width: 41 },
        { label: 'Subject', property: 'Subject', width: 20 },
        { label: 'EnhancedKeyUsageList', property: 'EnhancedKeyUsageList', value: () => null },
      ],
    });
  }

  /** Registers the connection and one proxy per service cmdlet, as `Verb-<Prefix>Noun`. */
  addConnection(connection: Connection, metadata: readonly CommandMetadata[]): void {
    for (const m of metadata) {
      const name = prefixedName(m.name, connection.modulePrefix);
      this.runspace.addCmdlet(
        { ...m, name },
        proxyCmdlet(m.name, connection, this.client, m.supportsShouldProcess === true),
        connection.moduleName,
      );
      connection.commandNames.push(name);
    }
    this.registry.add(connection);
  }

  /** Removes a connection's proxies (unless a newer connection re-registered the name) and its tokens. */
  disconnect(connection: Connection): void {
    for (const name of connection.commandNames) {
      const current = this.runspace.context.commands.getCmdlet(name);
      if (current && current.moduleName === connection.moduleName)
        this.runspace.context.commands.removeCmdlet(name);
    }
    this.forget(connection);
  }

  /** Drops a connection and its token source (also used when Connect fails half-way). */
  forget(connection: Connection): void {
    this.registry.remove(connection);
    try {
      this.runspace.bridge.call(workerOpsUrl, 'signOut', { authKey: connection.authKey });
    } catch {
      // the worker may already be gone; nothing is left to clean
    }
  }
}

export function registerExchangeOnlineModule(
  runspace: Runspace,
  options: ExchangeOnlineModuleOptions = {},
): ExchangeOnlineModule {
  return new ExchangeOnlineModule(runspace, options);
}
