// The claimsChallenge fault (CAE): a 401 whose WWW-Authenticate carries insufficient_claims and base64 claims, once.
import { describe, expect, it } from 'vitest';
import { faultSession } from './helpers/fault-session.js';

describe('claimsChallenge fault', () => {
  const { calls, addFault, invoke } = faultSession();

  it('answers 401 with the challenge once, then lets the call through', async () => {
    const claims = '{"access_token":{"nbf":{"essential":true,"value":"1700000000"}}}';
    expect((await addFault({ kind: 'claimsChallenge', claims, route: 'exchange.*' })).status).toBe(201);
    const first = await invoke();
    expect(first.status).toBe(401);
    const header = String(first.headers['www-authenticate']);
    expect(header).toMatch(/^Bearer /);
    expect(header).toContain('error="insufficient_claims"');
    const encoded = /claims="([^"]+)"/.exec(header)?.[1] ?? '';
    expect(Buffer.from(encoded, 'base64').toString('utf8')).toBe(claims);
    expect(calls).toHaveLength(0);
    expect((await invoke()).status).toBe(200);
    expect(calls).toHaveLength(1);
  });

  it('defaults to a fresh nbf demand and refuses claims that are not a JSON object', async () => {
    expect((await addFault({ kind: 'claimsChallenge', route: 'exchange.*' })).status).toBe(201);
    const header = String((await invoke()).headers['www-authenticate']);
    const encoded = /claims="([^"]+)"/.exec(header)?.[1] ?? '';
    const parsed = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8')) as {
      access_token: { nbf: { essential: boolean; value: string } };
    };
    expect(parsed.access_token.nbf.essential).toBe(true);
    expect(Number(parsed.access_token.nbf.value)).toBeGreaterThan(1_700_000_000);
    expect((await addFault({ kind: 'claimsChallenge', claims: '[1]' })).status).toBe(400);
    expect((await addFault({ kind: 'claimsChallenge', claims: 42 })).status).toBe(400);
  });
});
