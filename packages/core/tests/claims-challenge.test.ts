// Which 401 WWW-Authenticate headers are CAE claims challenges, and the claims they carry.
import { describe, expect, it } from 'vitest';
import { claimsFromChallenge } from '../src/worker/claims-challenge.js';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const claims = '{"access_token":{"nbf":{"essential":true,"value":"1700000000"}}}';

describe('claimsFromChallenge', () => {
  it('decodes the claims of an insufficient_claims challenge', () => {
    expect(
      claimsFromChallenge(
        `Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", error="insufficient_claims", claims="${b64(claims)}"`,
      ),
    ).toBe(claims);
    expect(claimsFromChallenge(`bearer error=insufficient_claims, claims=${b64(claims)}`)).toBe(claims);
  });

  it.each([
    ['no header', undefined],
    ['a plain invalid_token challenge', `Bearer error="invalid_token", claims="${b64(claims)}"`],
    ['no claims', 'Bearer error="insufficient_claims"'],
    ['claims that are not a JSON object', `Bearer error="insufficient_claims", claims="${b64('[1]')}"`],
    ['claims that are not JSON', `Bearer error="insufficient_claims", claims="${b64('{oops')}"`],
    ['another scheme', `Basic error="insufficient_claims", claims="${b64(claims)}"`],
  ])('%s is not a claims challenge', (_name, header) => {
    expect(claimsFromChallenge(header)).toBeUndefined();
  });
});
