// The interactive loop: banner, `PS /dir> ` prompt, line input until exit or Ctrl+D.
import { createInterface } from 'node:readline';
import type { ShellFlags } from '../cli/flags.js';
import { version } from '../version.js';

export function startInteractive(flags: ShellFlags): Promise<number> {
  if (!flags.noLogo) process.stdout.write(`exosh ${version}\n`);
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  const prompt = () => `PS ${process.cwd()}> `;
  rl.setPrompt(prompt());
  rl.prompt();
  return new Promise((resolve) => {
    rl.on('line', (line) => {
      if (line.trim().toLowerCase() === 'exit') {
        rl.close();
        return;
      }
      rl.setPrompt(prompt());
      rl.prompt();
    });
    rl.on('close', () => resolve(0));
  });
}
