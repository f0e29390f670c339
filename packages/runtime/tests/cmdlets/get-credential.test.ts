// Get-Credential against a scripted interactive host: the console prompts, and the PSCredential it returns.
import { describe, expect, it } from 'vitest';
import { createRunspace, credentialSecret, type StreamRecord } from '../../src/index.js';

function session(answers: (string | undefined)[]) {
  const prompts: string[] = [];
  const shown: string[] = [];
  const rs = createRunspace({
    interactive: true,
    host: {
      readLine: (prompt: string, options?: { readonly secure?: boolean }) => {
        prompts.push(`${prompt}${options?.secure ? '(secure)' : ''}`);
        return answers.shift();
      },
    },
  });
  const run = (script: string) =>
    rs.invokeSync(script, {
      onRecord: (r: StreamRecord) => {
        if (r.stream === 'information' && r.value.hostMessage) shown.push(r.value.hostMessage.text);
      },
    });
  return { run, prompts, shown };
}

describe('Get-Credential', () => {
  it('asks for the user and then the password (masked), under the caption and message', () => {
    const s = session(['admin@contoso.com', 'P@ss']);
    const r = s.run('$c = Get-Credential; $c.UserName; $c.GetNetworkCredential().Password; $c.Password');
    expect(r.errors).toEqual([]);
    expect(r.output.map(String)).toEqual(['admin@contoso.com', 'P@ss', 'System.Security.SecureString']);
    expect(s.shown).toEqual(['', 'PowerShell credential request', 'Enter your credentials.']);
    expect(s.prompts).toEqual(['User: ', 'Password for user admin@contoso.com: (secure)']);
  });

  it('-UserName (or a name for -Credential) asks only for the password; -Title and -Message replace the texts', () => {
    const s = session(['one', 'two']);
    s.run(
      "Get-Credential -UserName bob -Title 'Sign in' -Message 'Exchange Online' | Out-Null; Get-Credential carol",
    );
    expect(s.prompts).toEqual(['Password for user bob: (secure)', 'Password for user carol: (secure)']);
    expect(s.shown.slice(0, 3)).toEqual(['', 'Sign in', 'Exchange Online']);
  });

  it('a PSCredential passes through unprompted; credentialSecret gives sign-in code its parts', () => {
    const s = session([]);
    const r = s.run("Get-Credential ([pscredential]::new('u', (ConvertTo-SecureString 'p' -AsPlainText)))");
    expect(s.prompts).toEqual([]);
    expect(credentialSecret(r.output[0])).toEqual({ userName: 'u', password: 'p' });
    expect(credentialSecret('u')).toBeUndefined();
  });

  it('without an interactive host it fails as Read-Host does', () => {
    const rs = createRunspace({ interactive: false });
    const r = rs.invokeSync('Get-Credential');
    expect(r.errors.map((e) => e.fullyQualifiedErrorId)).toEqual([
      'System.InvalidOperationException,Microsoft.PowerShell.Commands.GetCredentialCommand',
    ]);
  });
});
