// A small HTTP CONNECT proxy for tests, in its own process (the engine thread blocks this one while a script runs):
// it tunnels bytes to the target and counts the tunnels it opened (GET /tunnels answers the list).
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { createInterface } from 'node:readline';

export interface ConnectProxy {
  readonly url: string;
  /** The `host:port` of every tunnel opened since the last reset, in order. */
  tunnels(): Promise<string[]>;
  reset(): Promise<void>;
  close(): void;
}

const server = `
import { createServer } from 'node:http';
import { connect } from 'node:net';
let tunnels = [];
const server = createServer((req, res) => {
  if (req.url === '/tunnels' && req.method === 'GET') return res.end(JSON.stringify(tunnels));
  if (req.url === '/tunnels' && req.method === 'DELETE') { tunnels = []; return res.end('[]'); }
  res.writeHead(405).end();
});
server.on('connect', (req, client, head) => {
  const target = req.url ?? '';
  tunnels.push(target);
  const at = target.lastIndexOf(':');
  const upstream = connect(Number(target.slice(at + 1)), target.slice(0, at), () => {
    client.write('HTTP/1.1 200 Connection Established\\r\\n\\r\\n');
    if (head.length) upstream.write(head);
    upstream.pipe(client);
    client.pipe(upstream);
  });
  const end = () => { client.destroy(); upstream.destroy(); };
  client.on('error', end);
  upstream.on('error', end);
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`;

function call(url: string, method: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/tunnels`, { method }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (data += c));
      res.on('end', () => resolve(JSON.parse(data) as string[]));
    });
    req.on('error', reject);
    req.end();
  });
}

export async function startConnectProxy(): Promise<ConnectProxy> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', server], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the test proxy exited with ${code}`)));
  });
  const url = `http://127.0.0.1:${port.trim()}`;
  return {
    url,
    tunnels: () => call(url, 'GET'),
    reset: async () => {
      await call(url, 'DELETE');
    },
    close: () => child.kill(),
  };
}
