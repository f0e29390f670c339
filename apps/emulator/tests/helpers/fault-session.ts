// One emulator with a recording Exchange service and an app token, for the fault-injection tests: registers the
// suite's hooks (start, clear faults and calls after each test, dispose) and returns what the tests use.
import { afterAll, afterEach, beforeAll } from 'vitest';
import { SeedIds } from '../../src/index.js';
import { startFixture, type EmulatorFixture } from './emulator-fixture.js';
import { recordingService, type RecordedCall } from './fake-exchange-service.js';
import { send } from './https-request.js';
import { appToken } from './tokens.js';

export interface FaultSession {
  /** The running emulator (set once the suite's beforeAll has run). */
  readonly fixture: () => EmulatorFixture;
  /** The bearer token for the Exchange API. */
  readonly token: () => string;
  /** What the Exchange service received. */
  readonly calls: RecordedCall[];
  addFault(fault: unknown): ReturnType<typeof send>;
  /** An InvokeCommand call of `cmdlet` (with `query` after the path, e.g. `?$skiptoken=...`). */
  invoke(cmdlet?: string, query?: string): ReturnType<typeof send>;
}

export function faultSession(): FaultSession {
  let f: EmulatorFixture | undefined;
  let token = '';
  const calls: RecordedCall[] = [];
  const fixture = (): EmulatorFixture => {
    if (!f) throw new Error('the emulator is not started yet');
    return f;
  };
  beforeAll(async () => {
    f = await startFixture({ exchangeService: () => recordingService(calls) });
    token = await appToken(f, `${f.emu.url}/.default`);
  });
  afterAll(() => f?.dispose());
  afterEach(async () => {
    await send(`${fixture().emu.url}/_emulator/faults`, fixture().ca, { method: 'DELETE' });
    calls.length = 0;
  });
  return {
    fixture,
    token: () => token,
    calls,
    addFault: (fault) => send(`${fixture().emu.url}/_emulator/faults`, fixture().ca, { json: fault }),
    invoke: (cmdlet = 'Get-Mailbox', query = '') =>
      send(`${fixture().emu.url}/adminapi/beta/${SeedIds.tenantId}/InvokeCommand${query}`, fixture().ca, {
        json: { CmdletInput: { CmdletName: cmdlet, Parameters: {} } },
        headers: { authorization: `Bearer ${token}`, 'X-CmdletName': cmdlet },
      }),
  };
}
