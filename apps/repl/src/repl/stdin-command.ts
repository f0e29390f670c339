// `exosh -Command -`: the script comes from standard input, which must be valid UTF-8 text.
export async function readStdinCommand(): Promise<string | Error> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new Error(
      'The input from standard input is not valid UTF-8 text, so it cannot be run as a command.',
    );
  }
}
