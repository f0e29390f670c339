// Microsoft.PowerShell.Security's cmdlets and the credential types they share with the Exchange cmdlets.
import type { Runspace } from '../../runspace/runspace.js';
import {
  convertFromSecureString,
  convertFromSecureStringMetadata,
  convertToSecureString,
  convertToSecureStringMetadata,
} from './secure-string-cmdlets.js';
import { networkCredentialType, psCredentialType } from './security-types.js';
import { getCredential, getCredentialMetadata } from './get-credential.js';
import { getPfxCertificate, getPfxCertificateMetadata } from './get-pfx-certificate.js';

export { PSCredential, NetworkCredential, credentialSecret } from './ps-credential.js';

export function registerSecurity(runspace: Runspace): void {
  const module = 'Microsoft.PowerShell.Security';
  runspace.context.types.register(psCredentialType);
  runspace.context.types.register(networkCredentialType);
  runspace.addCmdlet(convertToSecureStringMetadata, convertToSecureString, module);
  runspace.addCmdlet(convertFromSecureStringMetadata, convertFromSecureString, module);
  runspace.addCmdlet(getCredentialMetadata, getCredential, module);
  runspace.addCmdlet(getPfxCertificateMetadata, getPfxCertificate, module);
}
