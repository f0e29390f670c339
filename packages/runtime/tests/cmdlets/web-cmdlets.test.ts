// Invoke-RestMethod / Invoke-WebRequest against a local HTTP server in its own process (the engine thread blocks).
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRunspace, toStringForDisplay, type Runspace } from '../../src/index.js';

const server = `
const http = require('node:http');
const s = http.createServer((req, res) => {
  let body = ''; req.on('data', (c) => (body += c)); req.on('end', () => {
    if (req.url === '/json') { res.writeHead(200, { 'content-type': 'application/json' }); res.end(JSON.stringify({ value: [{ id: 1, name: 'a' }, { id: 2, name: 'b' }], method: req.method, got: body, auth: req.headers['authorization'] || null })); }
    else if (req.url === '/numbers') { res.writeHead(200, { 'content-type': 'application/json' }); res.end('{"ratio": 2.0, "count": 3}'); }
    else if (req.url === '/fail') { res.writeHead(404, { 'content-type': 'text/plain' }); res.end('not here'); }
    else { res.writeHead(200, { 'content-type': 'text/plain' }); res.end('plain text'); }
  });
});
s.listen(0, '127.0.0.1', () => console.log(s.address().port));
`;

let child: ChildProcess;
let base: string;
let rs: Runspace;

beforeAll(async () => {
  child = spawn(process.execPath, ['-e', server], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve) =>
    createInterface({ input: child.stdout! }).once('line', resolve),
  );
  base = `http://127.0.0.1:${port}`;
  rs = createRunspace();
});

afterAll(async () => {
  child?.kill();
  await rs?.dispose();
});

const out = (script: string) => {
  const r = rs.invokeSync(script);
  return {
    output: r.output.map((o) => toStringForDisplay(o)),
    errors: r.errors.map((e) => e.fullyQualifiedErrorId),
  };
};

describe('Invoke-RestMethod', () => {
  it('turns a JSON reply into objects', () => {
    expect(out(`(Invoke-RestMethod ${base}/json).value | ForEach-Object name`).output).toEqual(['a', 'b']);
  });

  it('reads JSON numbers as ConvertFrom-Json does: a real is a Double, an integer an Int64', () => {
    const r = out(`$n = Invoke-RestMethod ${base}/numbers; $n.ratio.GetType().Name; $n.count.GetType().Name`);
    expect(r.output).toEqual(['Double', 'Int64']);
  });

  it('sends -Method, -Body, -ContentType and -Headers', () => {
    const r = out(
      `$r = Invoke-RestMethod -Uri ${base}/json -Method Post -Body '{"x":1}' -ContentType 'application/json' -Headers @{ Authorization = 'Bearer t' }; $r.method; $r.got; $r.auth`,
    );
    expect(r.output).toEqual(['POST', '{"x":1}', 'Bearer t']);
  });

  it('returns text as text, and an HTTP error as an ErrorRecord while the script goes on', () => {
    expect(out(`Invoke-RestMethod ${base}/text`).output).toEqual(['plain text']);
    expect(out(`Invoke-RestMethod ${base}/fail; 'after'`)).toEqual({
      output: ['after'],
      errors: ['WebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeRestMethodCommand'],
    });
  });

  it('reports an unreachable host as an ErrorRecord naming it', () => {
    const r = rs.invokeSync('Invoke-RestMethod http://127.0.0.1:1/x');
    expect(r.errors[0]?.exception.message).toContain('127.0.0.1:1');
  });
});

describe('Invoke-WebRequest', () => {
  it('gives the status code and content', () => {
    expect(out(`$w = Invoke-WebRequest ${base}/text; $w.StatusCode; $w.Content`).output).toEqual([
      '200',
      'plain text',
    ]);
  });
});
