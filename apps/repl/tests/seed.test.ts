// The seed page's examples, typed verbatim into the real shell against the embedded emulator.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = path.resolve(import.meta.dirname, '../bin/exosh.js');

function exosh(script: string, ...flags: string[]) {
  const home = mkdtempSync(path.join(os.tmpdir(), 'exosh-seed-'));
  const file = path.join(home, 'script.ps1');
  writeFileSync(file, script);
  return spawnSync(process.execPath, [bin, '-Emulator', '-NoProfile', ...flags, '-File', file], {
    encoding: 'utf8',
    env: { ...process.env, HOME: home, XDG_DATA_HOME: home, NO_COLOR: '1' },
    timeout: 60_000,
  });
}

const connectTwo = `
$e = $ExoshEmulator
Connect-ExchangeOnline -AppId $e.AppId -CertificateFilePath $e.CertificateFilePath -Organization $e.Organization -Prefix Contoso -ShowBanner:$false
Connect-ExchangeOnline -Device -Prefix Fabrikam -ShowBanner:$false
`;

const seedProperties = [
  'ConnectionId',
  'State',
  'Id',
  'Name',
  'UserPrincipalName',
  'ConnectionUri',
  'AzureAdAuthorizationEndpointUri',
  'TokenExpiryTimeUTC',
  'CertificateAuthentication',
  'ModuleName',
  'ModulePrefix',
  'Organization',
  'DelegatedOrganization',
  'AppId',
  'PageSize',
  'TenantID',
  'TokenStatus',
  'ConnectionUsedForInbuiltCmdlets',
  'IsEopSession',
];

describe('Get-ConnectionInformation (seed page)', () => {
  it("Example 1: lists every connection with the 19 properties in the seed's order", () => {
    const r = exosh(`${connectTwo}\nGet-ConnectionInformation\n`);
    expect(r.stderr).not.toMatch(/Exception|not recognized/);
    expect(r.status).toBe(0);
    const blocks = r.stdout
      .trim()
      .split(/\n\s*\n/)
      .filter((b) => b.includes('ConnectionId'));
    expect(blocks).toHaveLength(2);
    for (const block of blocks) {
      const names = block.split('\n').map((l) => l.split(/\s+:( |$)/)[0]?.trim());
      expect(names).toEqual(seedProperties);
    }
    expect(blocks[0]).toMatch(/Name\s+: ExchangeOnline_1\n/);
    expect(blocks[0]).toMatch(/UserPrincipalName\s+: OAuthUser@contoso.onmicrosoft.com\n/);
    expect(blocks[0]).toMatch(/CertificateAuthentication\s+: True\n/);
    expect(blocks[0]).toMatch(/ModulePrefix\s+: Contoso\n/);
    expect(blocks[0]).toMatch(/ConnectionUsedForInbuiltCmdlets : False/);
    expect(blocks[1]).toMatch(/Name\s+: ExchangeOnline_2\n/);
    expect(blocks[1]).toMatch(/UserPrincipalName\s+: admin@contoso.onmicrosoft.com\n/);
    expect(blocks[1]).toMatch(/ModulePrefix\s+: Fabrikam\n/);
    expect(blocks[1]).toMatch(/TokenExpiryTimeUTC\s+: \d+\/\d+\/\d{4} \d+:\d\d:\d\d [AP]M \+00:00\n/);
    expect(blocks[1]).toMatch(/TokenStatus\s+: Active\n/);
    expect(blocks[1]).toMatch(/ConnectionUsedForInbuiltCmdlets : True\n/);
    expect(blocks[1]).toMatch(/IsEopSession\s+: False/);
  });

  it("Example 2: -ConnectionId picks one connection; the page's literal GUID matches none", () => {
    const r = exosh(
      `${connectTwo}
Get-ConnectionInformation -ConnectionId 1a9e45e8-e7ec-498f-9ac3-0504e987fa85
$second = (Get-ConnectionInformation)[1].ConnectionId
Get-ConnectionInformation -ConnectionId $second | ForEach-Object { $_.Name + ' ' + ($_.ConnectionId -eq $second) }
`,
      '-OutputFormat',
      'Json',
    );
    expect(r.status).toBe(0);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual(['ExchangeOnline_2 True']);
  });

  it('Example 3: -ModulePrefix Contoso,Fabrikam, and -Mod as an abbreviation', () => {
    const r = exosh(
      `${connectTwo}
Get-ConnectionInformation -ModulePrefix Contoso,Fabrikam | ForEach-Object Name
Get-ConnectionInformation -Mod fabrikam | ForEach-Object ModulePrefix
`,
      '-OutputFormat',
      'Json',
    );
    expect(r.status).toBe(0);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual(['ExchangeOnline_1', 'ExchangeOnline_2', 'Fabrikam']);
  });

  it('rejects both filters together with AmbiguousParameterSet, and unknown parameters', () => {
    const r = exosh(
      `Get-ConnectionInformation -ConnectionId 1a9e45e8-e7ec-498f-9ac3-0504e987fa85 -ModulePrefix Contoso
Get-ConnectionInformation -Foo
Get-ConnectionInformation -ModulePrefix
"still running"`,
      '-OutputFormat',
      'Json',
    );
    const errors = r.stderr
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { FullyQualifiedErrorId: string; Message: string });
    expect(errors.map((e) => e.FullyQualifiedErrorId)).toEqual([
      'AmbiguousParameterSet,Get-ConnectionInformation',
      'NamedParameterNotFound,Get-ConnectionInformation',
      'MissingArgument,Get-ConnectionInformation',
    ]);
    expect(errors[0]?.Message).toBe(
      'Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.',
    );
    expect(errors[1]?.Message).toBe("A parameter cannot be found that matches parameter name 'Foo'.");
    expect(r.stdout.trim()).toBe('"still running"');
  });
});

describe('prefixed proxies and Disconnect-ExchangeOnline', () => {
  it('routes Get-ContosoMailbox and Get-FabrikamMailbox to their own connections and removes them on disconnect', () => {
    const r = exosh(
      `${connectTwo}
(Get-ContosoMailbox -ResultSize 3 | Measure-Object).Count
(Get-FabrikamMailbox -ResultSize 2 | Measure-Object).Count
Disconnect-ExchangeOnline -ModulePrefix Contoso -Confirm:$false
(Get-ConnectionInformation | ForEach-Object ModulePrefix)
try { Get-ContosoMailbox -ResultSize 1 } catch { $_.FullyQualifiedErrorId }
(Get-FabrikamMailbox -ResultSize 1 | Measure-Object).Count
$id = (Get-ConnectionInformation).ConnectionId
Disconnect-ExchangeOnline -ConnectionId $id -Confirm:$false
@(Get-ConnectionInformation).Count
`,
      '-OutputFormat',
      'Json',
    );
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual([3, 2, 'Fabrikam', 'CommandNotFoundException', 1, 0]);
    expect(r.stderr).toContain('Disconnected successfully !');
  });
});
