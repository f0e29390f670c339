// A simulated browser for msal's interactive flow: GET /authorize, then POST the form_post fields to the loopback.
import { request as httpRequest } from 'node:http';
import { send } from './https-request.js';

export interface BrowserVisit {
  readonly authorizeUrl: URL;
  readonly status: number;
  readonly fields: Record<string, string>;
}

function decodeEntities(s: string): string {
  return s.replace(/&#(\d+);/g, (_m, d: string) => String.fromCharCode(Number(d))).replace(/&amp;/g, '&');
}

/** Parses the auto-submitting form Entra ID returns for response_mode=form_post. */
export function parseFormPost(html: string): { action: string; fields: Record<string, string> } {
  const action = /<form[^>]*action="([^"]*)"/i.exec(html)?.[1];
  if (action === undefined) throw new Error(`no form in page: ${html.slice(0, 200)}`);
  const fields: Record<string, string> = {};
  for (const m of html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)"/gi)) {
    fields[decodeEntities(m[1] ?? '')] = decodeEntities(m[2] ?? '');
  }
  return { action: decodeEntities(action), fields };
}

function postForm(action: string, fields: Record<string, string>): Promise<number> {
  const body = new URLSearchParams(fields).toString();
  const url = new URL(action);
  // msal's loopback listens on 127.0.0.1 but advertises localhost.
  if (url.hostname === 'localhost') url.hostname = '127.0.0.1';
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': String(Buffer.byteLength(body)),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** An `openBrowser` for msal-node that records what it saw. */
export function simulatedBrowser(ca: string, visits: BrowserVisit[]): (url: string) => Promise<void> {
  return async (url: string) => {
    const res = await send(url, ca);
    const { action, fields } = parseFormPost(res.text);
    visits.push({ authorizeUrl: new URL(url), status: res.status, fields });
    await postForm(action, fields);
  };
}
