// The [pscredential] and [System.Net.NetworkCredential] type entries a runspace registers (constructors, statics).
import type { TypeInfoInit } from '../../types/type-info.js';
import { method } from '../../types/method-def.js';
import { constant } from '../../types/builtin/define.js';
import { PSObject } from '../../values/ps-object.js';
import { PSSecureString } from '../../values/ps-secure-string.js';
import { PSRuntimeException } from '../../values/ps-exception.js';
import {
  NetworkCredential,
  PSCredential,
  networkCredentialTypeName,
  psCredentialTypeName,
} from './ps-credential.js';

function argumentNull(name: string): PSRuntimeException {
  return new PSRuntimeException(
    'PSArgumentNullException',
    `Cannot process argument because the value of argument "${name}" is null. Change the value of argument "${name}" to a non-null value.`,
    'InvalidArgument',
    'System.Management.Automation.PSArgumentNullException',
  );
}

function construct(userName: unknown, password: unknown): PSCredential {
  if (userName === null || userName === undefined) throw argumentNull('userName');
  if (userName === '')
    throw new PSRuntimeException(
      'PSArgumentException',
      'Cannot process argument because the value of argument "userName" is not valid. Change the value of the "userName" argument and run the operation again.',
      'InvalidArgument',
      'System.Management.Automation.PSArgumentException',
    );
  if (!(password instanceof PSSecureString)) throw argumentNull('password');
  return new PSCredential(String(userName), password);
}

/** PSCredential(PSObject): a deserialized credential's UserName and Password properties. */
function fromPSObject(pso: unknown): PSCredential {
  if (!(pso instanceof PSObject)) throw argumentNull('pso');
  const user = pso.getMember('UserName');
  const pass = pso.getMember('Password');
  const value = (m: typeof user) => (m && 'value' in m ? m.value : undefined);
  const password = value(pass);
  return new PSCredential(
    (value(user) as string | undefined) ?? null,
    password instanceof PSSecureString ? password : null,
  );
}

export const psCredentialType: TypeInfoInit = {
  fullName: psCredentialTypeName,
  isInstance: (v) => v instanceof PSCredential,
  staticProperties: [constant('Empty', 'pscredential', PSCredential.Empty)],
  constructors: method<null>(
    'new',
    ['pscredential new(string userName, securestring password)', (_t, a) => construct(a[0], a[1])],
    ['pscredential new(psobject pso)', (_t, a) => fromPSObject(a[0])],
  ),
};

export const networkCredentialType: TypeInfoInit = {
  fullName: networkCredentialTypeName,
  isInstance: (v) => v instanceof NetworkCredential,
  constructors: method<null>(
    'new',
    ['System.Net.NetworkCredential new()', () => new NetworkCredential('', new PSSecureString(), '')],
    [
      'System.Net.NetworkCredential new(string userName, string password)',
      (_t, a) => new NetworkCredential(String(a[0] ?? ''), new PSSecureString(String(a[1] ?? '')), ''),
    ],
    [
      'System.Net.NetworkCredential new(string userName, securestring password)',
      (_t, a) =>
        new NetworkCredential(
          String(a[0] ?? ''),
          (a[1] as PSSecureString | null) ?? new PSSecureString(),
          '',
        ),
    ],
    [
      'System.Net.NetworkCredential new(string userName, string password, string domain)',
      (_t, a) =>
        new NetworkCredential(String(a[0] ?? ''), new PSSecureString(String(a[1] ?? '')), String(a[2] ?? '')),
    ],
  ),
};
