// Entra ID error table: AADSTS code -> OAuth error, HTTP status and English template ({0}, {1} ... are arguments).
export interface AadstsEntry {
  readonly error: string;
  readonly status: number;
  readonly template: string;
  readonly suberror?: string;
}

export const Aadsts = {
  TenantNotFound: {
    code: 90002,
    error: 'invalid_request',
    status: 400,
    template:
      "Tenant '{0}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.",
  },
  InvalidTenantName: {
    code: 900023,
    error: 'invalid_request',
    status: 400,
    template: "Specified tenant identifier '{0}' is neither a valid DNS name, nor a valid external domain.",
  },
  NoTenantForClientCredentials: {
    code: 50059,
    error: 'invalid_request',
    status: 400,
    template:
      'No tenant-identifying information found in either the request or implied by any provided credentials.',
  },
  MissingParameter: {
    code: 900144,
    error: 'invalid_request',
    status: 400,
    template: "The request body must contain the following parameter: '{0}'.",
  },
  MalformedRequest: {
    code: 9002313,
    error: 'invalid_request',
    status: 400,
    template: 'Invalid request. Request is malformed or invalid.',
  },
  PostRequired: {
    code: 900561,
    error: 'invalid_request',
    status: 400,
    template: 'The endpoint only accepts POST requests. Received a {0} request.',
  },
  UnsupportedGrantType: {
    code: 70003,
    error: 'unsupported_grant_type',
    status: 400,
    template: "The app requested an unsupported grant type '{0}'.",
  },
  AppNotFound: {
    code: 700016,
    error: 'unauthorized_client',
    status: 400,
    template:
      "Application with identifier '{0}' was not found in the directory '{1}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.",
  },
  ClientCredentialMissing: {
    code: 7000218,
    error: 'invalid_client',
    status: 401,
    template: "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
  },
  InvalidClientSecret: {
    code: 7000215,
    error: 'invalid_client',
    status: 401,
    template:
      "Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '{0}'.",
  },
  UnregisteredCertificate: {
    code: 700027,
    error: 'invalid_client',
    status: 401,
    template:
      "The certificate with identifier used to sign the client assertion is not registered on application. [Reason - The key was not found., Thumbprint of key used by client: '{0}']",
  },
  InvalidAssertion: {
    code: 700027,
    error: 'invalid_client',
    status: 401,
    template: 'Client assertion failed signature validation. [Reason - {0}]',
  },
  AssertionTypeInvalid: {
    code: 50027,
    error: 'invalid_request',
    status: 400,
    template: "The client_assertion_type '{0}' is not supported.",
  },
  PublicClientWithCredential: {
    code: 700025,
    error: 'invalid_client',
    status: 401,
    template: "Client is public so neither 'client_assertion' nor 'client_secret' should be presented.",
  },
  ConfidentialClientRequired: {
    code: 7000218,
    error: 'invalid_client',
    status: 401,
    template: "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
  },
  DeviceCodeOnConfidential: {
    code: 7000218,
    error: 'invalid_client',
    status: 401,
    template: "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
  },
  ScopeMissing: {
    code: 900144,
    error: 'invalid_request',
    status: 400,
    template: "The request body must contain the following parameter: 'scope'.",
  },
  InvalidScope: {
    code: 70011,
    error: 'invalid_scope',
    status: 400,
    template:
      "The provided request must include a 'scope' input parameter. The provided value for the input parameter 'scope' is not valid. '{0}'",
  },
  ClientCredentialsScope: {
    code: 1002012,
    error: 'invalid_scope',
    status: 400,
    template:
      'The provided value for scope {0} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).',
  },
  ResourceNotFound: {
    code: 500011,
    error: 'invalid_resource',
    status: 400,
    template:
      'The resource principal named {0} was not found in the tenant named {1}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.',
  },
  AuthorizationPending: {
    code: 70016,
    error: 'authorization_pending',
    status: 400,
    template: 'OAuth 2.0 device flow error. Authorization is pending. Continue polling.',
  },
  DeviceCodeExpired: {
    code: 70019,
    error: 'expired_token',
    status: 400,
    template: 'Verification code expired.',
  },
  DeviceCodeDeclined: {
    code: 70000,
    error: 'authorization_declined',
    status: 400,
    template: 'The user declined the authorization request.',
  },
  BadDeviceCode: {
    code: 70000,
    error: 'invalid_grant',
    status: 400,
    template: "The provided value for the input parameter 'device_code' is not valid.",
  },
  BadAuthorizationCode: {
    code: 70000,
    error: 'invalid_grant',
    status: 400,
    template: "The provided value for the 'code' parameter is not valid.",
  },
  AuthorizationCodeRedeemed: {
    code: 54005,
    error: 'invalid_grant',
    status: 400,
    template:
      'OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.',
  },
  PkceMismatch: {
    code: 501481,
    error: 'invalid_grant',
    status: 400,
    template: 'The Code_Verifier does not match the code_challenge supplied in the authorization request.',
  },
  PkceRequired: {
    code: 9002325,
    error: 'invalid_request',
    status: 400,
    template: 'Proof Key for Code Exchange is required for cross-origin authorization code redemption.',
  },
  RedirectUriMismatch: {
    code: 50011,
    error: 'invalid_request',
    status: 400,
    template:
      "The redirect URI '{0}' specified in the request does not match the redirect URIs configured for the application '{1}'. Make sure the redirect URI sent in the request matches one added to your application in the Azure portal.",
  },
  RefreshTokenInvalid: {
    code: 9002313,
    error: 'invalid_grant',
    status: 400,
    template: 'Invalid request. Request is malformed or invalid.',
    suberror: 'bad_token',
  },
  RefreshTokenRevoked: {
    code: 50173,
    error: 'invalid_grant',
    status: 400,
    template:
      'The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password.',
    suberror: 'bad_token',
  },
  RefreshTokenExpired: {
    code: 700082,
    error: 'invalid_grant',
    status: 400,
    template:
      'The refresh token has expired due to inactivity. The token was issued on {0} and was inactive for {1}.',
    suberror: 'bad_token',
  },
  UserNotFound: {
    code: 50034,
    error: 'invalid_grant',
    status: 400,
    template:
      'The user account {0} does not exist in the {1} directory. To sign into this application, the account must be added to the directory.',
  },
  ManagedIdentityNotFound: {
    code: 500011,
    error: 'invalid_request',
    status: 400,
    template: 'Identity not found',
  },
  ManagedIdentityHeader: {
    code: 90014,
    error: 'invalid_request',
    status: 400,
    template: "Required metadata header not specified or not correct: '{0}'.",
  },
  Throttled: {
    code: 90055,
    error: 'temporarily_unavailable',
    status: 429,
    template:
      'TenantThrottlingError - There are too many incoming requests. This exception is thrown for blocked tenants.',
  },
  ServerError: {
    code: 90033,
    error: 'temporarily_unavailable',
    status: 503,
    template: 'A transient error has occurred. Please try again.',
  },
  MethodNotAllowed: {
    code: 900561,
    error: 'invalid_request',
    status: 405,
    template: 'The endpoint does not accept {0} requests.',
  },
  EndpointNotFound: {
    code: 900971,
    error: 'invalid_request',
    status: 404,
    template: "The endpoint '{0}' does not exist.",
  },
  BodyTooLarge: {
    code: 9002313,
    error: 'invalid_request',
    status: 413,
    template: 'Invalid request. The request body exceeds the maximum size of {0} bytes.',
  },
} as const satisfies Record<string, AadstsEntry & { code: number }>;

export type AadstsId = keyof typeof Aadsts;
