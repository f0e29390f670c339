// The certificate folders that stand in for the CurrentUser\My store off Windows (-CertificateThumbprint).
import os from 'node:os';
import path from 'node:path';

/**
 * `$EXOSH_CERTIFICATE_PATH` (one folder or several, separated as in PATH), else `$XDG_DATA_HOME/exosh/certificates`,
 * else `~/.local/share/exosh/certificates`.
 */
export function certificateFolders(env: NodeJS.ProcessEnv = process.env): string[] {
  const configured = env['EXOSH_CERTIFICATE_PATH']?.split(path.delimiter).filter(Boolean);
  if (configured?.length) return configured;
  const dataHome = env['XDG_DATA_HOME'] || path.join(os.homedir(), '.local', 'share');
  return [path.join(dataHome, 'exosh', 'certificates')];
}
