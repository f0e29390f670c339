// The generated ExchangeOnline.psm1: functions with full param blocks, filtered by role and by the CommandName header.
import { describe, expect, it } from 'vitest';
import { cmdletCatalog } from '../../src/exchange/index.js';
import { context, createHarness } from './support.js';

const h = createHarness();

function moduleFor(roles: string[], commandName?: string, endpoint: 'exchange' | 'compliance' = 'exchange') {
  const r = h.service.moduleFile(
    context(roles, endpoint),
    { Version: '3.7.1' },
    commandName ? { commandname: commandName } : {},
  );
  const file = (r.body as { value: { fileName: string; fileContent: string; exportedCmdlets: string }[] })
    .value[0];
  return { status: r.status, file, exported: file?.exportedCmdlets.split(',').filter(Boolean) ?? [] };
}

/** The text of one generated function, from `function Name` to its closing brace at column 0. */
function functionText(content: string, name: string): string {
  const start = content.indexOf(`function ${name}\n`);
  const end = content.indexOf('\n}\n', start);
  return start < 0 ? '' : content.slice(start, end + 2);
}

describe('EXOModuleFile', () => {
  it('an administrator gets every implemented Exchange cmdlet except the built-in Get-EXO* ones', () => {
    const { status, file, exported } = moduleFor(['Exchange Administrator']);
    expect(status).toBe(200);
    expect(file?.fileName).toBe('ExchangeOnline.psm1');
    const expected = cmdletCatalog.filter((c) => c.endpoint === 'exchange' && !c.builtIn).map((c) => c.name);
    expect(exported).toEqual(expected);
    expect(exported.length).toBeGreaterThanOrEqual(30);
    for (const name of exported) expect(file?.fileContent).toContain(`function ${name}\n`);
    expect(file?.fileContent).toContain(
      `Export-ModuleMember -Function @(${exported.map((n) => `'${n}'`).join(', ')})`,
    );
  });

  it('writes the param block from the declaration', () => {
    const { file } = moduleFor(['Exchange Administrator']);
    const getMailbox = functionText(file?.fileContent ?? '', 'Get-Mailbox');
    expect(getMailbox).toContain("[CmdletBinding(DefaultParameterSetName='Identity')]");
    expect(getMailbox).toContain(
      "[Parameter(ParameterSetName='Identity', Position=0, ValueFromPipeline=$true, ValueFromPipelineByPropertyName=$true)]\n        [string]\n        ${Identity}",
    );
    expect(getMailbox).toContain(
      "[Parameter(ParameterSetName='AnrSet', Mandatory=$true)]\n        [string]\n        ${Anr}",
    );
    expect(getMailbox).toMatch(
      /\[ValidateSet\('DiscoveryMailbox', [^\]]*'UserMailbox'\)\]\n {8}\[string\[\]\]\n {8}\$\{RecipientTypeDetails\}/,
    );
    expect(getMailbox).toContain('[switch]\n        ${Archive}');
    const remove = functionText(file?.fileContent ?? '', 'Remove-DistributionGroup');
    expect(remove).toContain("[CmdletBinding(SupportsShouldProcess=$true, ConfirmImpact='High')]");
    expect(remove).toContain(
      '[Parameter(Mandatory=$true, Position=0, ValueFromPipeline=$true, ValueFromPipelineByPropertyName=$true)]',
    );
  });

  it('is structurally valid: balanced braces, parentheses and brackets outside strings', () => {
    const content = moduleFor(['Global Administrator']).file?.fileContent ?? '';
    const stack: string[] = [];
    const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
    let quote = false;
    for (const ch of content) {
      if (ch === "'") quote = !quote;
      if (quote) continue;
      if ('([{'.includes(ch)) stack.push(ch);
      else if (ch in pairs) expect(stack.pop()).toBe(pairs[ch]);
    }
    expect(quote).toBe(false);
    expect(stack).toEqual([]);
  });

  it('a View-Only caller gets only Get-* cmdlets', () => {
    const { exported } = moduleFor(['View-Only Organization Management']);
    expect(exported.length).toBeGreaterThan(10);
    expect(exported.every((n) => n.startsWith('Get-'))).toBe(true);
  });

  it('a Recipient Management caller gets no connector or transport rule cmdlets', () => {
    const { exported } = moduleFor(['Recipient Management']);
    expect(exported).toContain('Set-Mailbox');
    expect(exported.some((n) => /Connector|TransportRule|AcceptedDomain/.test(n))).toBe(false);
  });

  it('a caller without an Exchange role gets an empty module', () => {
    const { exported, file } = moduleFor(['Helpdesk Administrator']);
    expect(exported).toEqual([]);
    expect(file?.fileContent).not.toContain('function ');
  });

  it('the CommandName header narrows the module, wildcards allowed', () => {
    expect(moduleFor(['Global Administrator'], 'Get-Mailbox,Set-Mailbox').exported).toEqual([
      'Get-Mailbox',
      'Set-Mailbox',
    ]);
    expect(moduleFor(['Global Administrator'], '*-DistributionGroupMember').exported).toEqual([
      'Get-DistributionGroupMember',
      'Add-DistributionGroupMember',
      'Remove-DistributionGroupMember',
    ]);
    expect(moduleFor(['View-Only'], 'Set-Mailbox').exported).toEqual([]);
  });

  it('the compliance endpoint serves the Security & Compliance cmdlets only', () => {
    const { exported } = moduleFor(['Global Administrator'], undefined, 'compliance');
    expect(exported).toEqual([
      'Get-ComplianceSearch',
      'New-ComplianceSearch',
      'Get-RetentionCompliancePolicy',
      'Get-Label',
      'Start-ComplianceSearch',
      'Remove-ComplianceSearch',
    ]);
  });
});
