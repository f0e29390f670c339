// Opens the system browser for interactive sign-in; without one, prints the URL for the user to open.
import { spawn } from 'node:child_process';
import { writeSync } from 'node:fs';

export async function openBrowser(url: string): Promise<void> {
  const opener =
    process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const hasDisplay =
    process.platform !== 'linux' || Boolean(process.env['DISPLAY'] || process.env['WAYLAND_DISPLAY']);
  if (hasDisplay) {
    try {
      const child = spawn(opener, [url], { stdio: 'ignore', detached: true });
      child.on('error', () => writeSync(2, `Open this address in a browser to sign in:\n${url}\n`));
      child.unref();
      return;
    } catch {
      // fall through to printing the address
    }
  }
  writeSync(2, `Open this address in a browser to sign in:\n${url}\n`);
}
