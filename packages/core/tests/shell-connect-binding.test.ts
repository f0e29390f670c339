// Connect-ExchangeOnline's parameter errors through the real shell, as the module's script function raises them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulatorProcess, type EmulatorProcess } from './helpers/emulator-process.js';
import { runExosh } from './helpers/exosh-shell.js';

let emu: EmulatorProcess;

beforeAll(async () => {
  emu = await startEmulatorProcess();
}, 60_000);

afterAll(() => emu?.stop());

/** Each call's error as `<FullyQualifiedErrorId> | <category> | <exception type> | <message>`. */
const describeErrors = (calls: string[]) =>
  calls
    .map(
      (call) =>
        `try { ${call} } catch { '{0} | {1} | {2} | {3}' -f $_.FullyQualifiedErrorId, $_.CategoryInfo.Category, $_.Exception.GetType().FullName, $_.Exception.Message }`,
    )
    .join('\n');

describe('Connect-ExchangeOnline binding and argument errors', () => {
  it('reports each as pwsh does for the module function', async () => {
    const r = await runExosh(
      emu,
      describeErrors([
        'Connect-ExchangeOnline -PageSize 2000 -ShowBanner:$false',
        'Connect-ExchangeOnline -NoSuchParameter 1',
        "Connect-ExchangeOnline -Prefix 'exo' -ShowBanner:$false",
        "Connect-ExchangeOnline -Prefix 'Con-toso' -ShowBanner:$false",
      ]),
    );
    expect(r.stderr).toBe('');
    const reserved = "Prefix 'EXO' is a reserved Prefix, please use a different prefix.";
    const special = 'Use of any special characters in the Prefix string is not supported.';
    expect(r.stdout.trim().split('\n')).toEqual([
      'ParameterArgumentValidationError,Connect-ExchangeOnline | InvalidData | System.Management.Automation.ParameterBindingValidationException | ' +
        "Cannot validate argument on parameter 'PageSize'. The 2000 argument is greater than the maximum allowed range of 1000. Supply an argument that is less than or equal to 1000 and then try the command again.",
      'NamedParameterNotFound,Connect-ExchangeOnline | InvalidArgument | System.Management.Automation.ParameterBindingException | ' +
        "A parameter cannot be found that matches parameter name 'NoSuchParameter'.",
      `${reserved} | OperationStopped | System.Management.Automation.RuntimeException | ${reserved}`,
      `${special} | OperationStopped | System.Management.Automation.RuntimeException | ${special}`,
    ]);
  });
});
