// Invoke-RestMethod and Invoke-WebRequest over real HTTP (in the I/O worker); JSON replies become objects.
import { writeFileSync } from 'node:fs';
import type { CommandMetadata, ParameterMetadata } from '@exosh/cmdlet-binding';
import { ErrorRecord } from '../../errors/error-record.js';
import type { CmdletImplementation, CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import { toStr } from '../../engine/semantics/index.js';
import { BridgeOperationError, siblingModuleUrl } from '../../host/sync-bridge/index.js';
import type { HttpResponsePayload } from '../../host/ops/http-request.js';
import { PSHashtable } from '../../values/ps-hashtable.js';
import { PSObject } from '../../values/ps-object.js';
import { resolveFsPath } from '../management/test-path.js';
import { fromJson } from '../data/json-cmdlets.js';
import { parseJsonKeepingIntegers } from '../data/json-integers.js';

/** The I/O worker's HTTP operation module, found on first use (resolving it reads package.json files). */
let httpOpsUrl: string | undefined;
const httpOps = (): string =>
  (httpOpsUrl ??= siblingModuleUrl(
    import.meta.url,
    'cmdlets/utility/web-cmdlets',
    'host/ops/http-request',
    '@exosh/runtime/http-request',
  ));

const parameters: ParameterMetadata[] = [
  { name: 'Uri', type: 'uri', parameterSets: { __AllParameterSets: { mandatory: true, position: 0 } } },
  {
    name: 'Method',
    type: 'WebRequestMethod',
    enumValues: ['Default', 'Get', 'Head', 'Post', 'Put', 'Delete', 'Trace', 'Options', 'Merge', 'Patch'],
  },
  { name: 'CustomMethod', type: 'string' },
  { name: 'Headers', type: 'hashtable' },
  { name: 'Body', type: 'object', parameterSets: { __AllParameterSets: { valueFromPipeline: true } } },
  { name: 'ContentType', type: 'string' },
  { name: 'OutFile', type: 'string' },
  { name: 'TimeoutSec', type: 'int' },
  { name: 'UseBasicParsing', type: 'switch' },
  { name: 'SkipHttpErrorCheck', type: 'switch' },
  { name: 'StatusCodeVariable', type: 'string' },
  { name: 'ResponseHeadersVariable', type: 'string', aliases: ['RHV'] },
  { name: 'UserAgent', type: 'string' },
];

export const invokeRestMethodMetadata: CommandMetadata = {
  name: 'Invoke-RestMethod',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.InvokeRestMethodCommand',
  parameters,
};
export const invokeWebRequestMetadata: CommandMetadata = {
  name: 'Invoke-WebRequest',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.InvokeWebRequestCommand',
  parameters,
};

function send(rt: CommandRuntime, command: string): HttpResponsePayload | undefined {
  const p = rt.parameters;
  const ctx = rt.context;
  const headers: Record<string, string> = {
    'user-agent': (p['UserAgent'] as string | undefined) ?? 'Mozilla/5.0 (Linux) exosh/0.1 PowerShell/7.4',
  };
  if (p['Headers'] instanceof PSHashtable)
    for (const [k, v] of p['Headers'].entries()) headers[toStr(ctx, k)] = toStr(ctx, v);
  let body: string | undefined;
  if (p['Body'] !== undefined && p['Body'] !== null) {
    const b = p['Body'];
    if (b instanceof PSHashtable && !p['ContentType']) {
      body = new URLSearchParams(
        b.entries().map(([k, v]): [string, string] => [toStr(ctx, k), toStr(ctx, v)]),
      ).toString();
      headers['content-type'] = 'application/x-www-form-urlencoded';
    } else body = toStr(ctx, b);
  }
  if (p['ContentType']) headers['content-type'] = p['ContentType'] as string;
  const method =
    (p['CustomMethod'] as string | undefined) ??
    (p['Method'] && p['Method'] !== 'Default'
      ? toStr(ctx, p['Method'])
      : body !== undefined
        ? 'POST'
        : 'GET');
  const url = toStr(ctx, p['Uri']);
  let res: HttpResponsePayload;
  try {
    res = ctx.bridge.call<HttpResponsePayload>(httpOps(), 'httpRequest', {
      method: method.toUpperCase(),
      url,
      headers,
      ...(body !== undefined ? { body } : {}),
      ...(p['TimeoutSec'] ? { timeoutSec: p['TimeoutSec'] } : {}),
    });
  } catch (err) {
    const message = err instanceof BridgeOperationError ? err.message : String(err);
    rt.writeError(
      new ErrorRecord({
        message: `${message} (${new URL(url).host})`,
        errorId: 'WebCmdletWebResponseException',
        category: 'ConnectionError',
        exceptionType: 'System.Net.Http.HttpRequestException',
        targetObject: url,
        implementingType: `Microsoft.PowerShell.Commands.${command}`,
      }),
    );
    return undefined;
  }
  if (p['StatusCodeVariable']) ctx.sessionState.set(p['StatusCodeVariable'] as string, res.status);
  if (p['ResponseHeadersVariable'])
    ctx.sessionState.set(
      p['ResponseHeadersVariable'] as string,
      PSHashtable.from(Object.entries(res.headers)),
    );
  if (res.status >= 400 && p['SkipHttpErrorCheck'] !== true) {
    rt.writeError(
      new ErrorRecord({
        message:
          res.body || `Response status code does not indicate success: ${res.status} (${res.statusText}).`,
        errorId: 'WebCmdletWebResponseException',
        category: 'InvalidOperation',
        exceptionType: 'Microsoft.PowerShell.Commands.HttpResponseException',
        targetObject: url,
        implementingType: `Microsoft.PowerShell.Commands.${command}`,
      }),
    );
    return undefined;
  }
  if (p['OutFile']) {
    writeFileSync(resolveFsPath(ctx.currentLocation, p['OutFile'] as string), res.body);
    return undefined;
  }
  return res;
}

export const invokeRestMethod: CmdletImplementation = {
  end(rt) {
    const res = send(rt, 'InvokeRestMethodCommand');
    if (!res) return;
    const type = res.headers['content-type'] ?? '';
    if (/json/i.test(type) || /^\s*[[{]/.test(res.body)) {
      try {
        // Read as ConvertFrom-Json reads (JsonObject): integers Int64, reals Double (`1.0` stays a Double).
        const value = fromJson(parseJsonKeepingIntegers(res.body), false);
        rt.writeObject(value, Array.isArray(value));
        return;
      } catch {
        // not JSON after all: the text is the result
      }
    }
    rt.writeObject(res.body);
  },
};

export const invokeWebRequest: CmdletImplementation = {
  end(rt) {
    const res = send(rt, 'InvokeWebRequestCommand');
    if (!res) return;
    rt.writeObject(
      new PSObject({
        typeNames: ['Microsoft.PowerShell.Commands.BasicHtmlWebResponseObject', 'System.Object'],
        properties: [
          ['StatusCode', res.status],
          ['StatusDescription', res.statusText],
          ['Content', res.body],
          ['Headers', PSHashtable.from(Object.entries(res.headers))],
          ['RawContentLength', Buffer.byteLength(res.body)],
        ],
      }),
    );
  },
};
