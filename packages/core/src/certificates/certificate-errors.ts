// Certificate failures as data: one ErrorId per problem, with its category and English text (the real module's where known).
export type CertificateErrorId =
  | 'CertificateFileNotFound'
  | 'CertificateLoadFailed'
  | 'CertificateWithoutPrivateKey'
  | 'CertificateKeyNotSupported'
  | 'CertificateNotFound';

export const certificateErrorCategory: Readonly<
  Record<CertificateErrorId, 'InvalidArgument' | 'InvalidData' | 'ObjectNotFound'>
> = {
  CertificateFileNotFound: 'ObjectNotFound',
  CertificateLoadFailed: 'InvalidData',
  CertificateWithoutPrivateKey: 'InvalidData',
  CertificateKeyNotSupported: 'InvalidData',
  CertificateNotFound: 'ObjectNotFound',
};

/** The .NET exception the X509Certificate2 constructor raises for the same problem (type and text, .NET 8 on Linux). */
export const dotNetCertificateException = {
  fileNotFound: (fullPath: string) => ({
    type: 'System.IO.FileNotFoundException',
    message: `Could not find file '${fullPath}'.`,
  }),
  badPassword: {
    type: 'System.Security.Cryptography.CryptographicException',
    message: 'The certificate data cannot be read with the provided password, the password may be incorrect.',
  },
  notACertificate: {
    type: 'System.Security.Cryptography.CryptographicException',
    message: 'Cannot find the requested object.',
  },
  /** X509Certificate2.CreateFromPem's text for a key that is not the certificate's. */
  keyMismatch: {
    type: 'System.ArgumentException',
    message:
      'The key contents do not contain a PEM, the content is malformed, or the key does not match the certificate.',
  },
} as const;

/** The ExchangeOnlineManagement module's text when -CertificateFilePath cannot be loaded (InnerException: the .NET one). */
export const certificateLoadFailedMessage = (inner: string): string =>
  'Failed to load the Certificate, this can be because of any of the following reasons.\n' +
  '\t1. Certificate file referred by CertificateFilePath is not a valid Certificate file.\n' +
  '\t2. Missing or invalid CertificatePassword provided to load the certificate.\n' +
  `InnerException : ${inner}`;

export const certificateWithoutPrivateKeyMessage = (subject: string, thumbprint: string): string =>
  `The certificate '${subject}' (thumbprint ${thumbprint}) has no private key: certificate-based authentication signs with the certificate's private key.`;

export const certificateKeyNotSupportedMessage = (subject: string): string =>
  `The private key of the certificate '${subject}' is not an RSA key: Microsoft Entra ID client assertions need an RSA certificate.`;

export const certificateNotFoundMessage = (thumbprint: string, folders: readonly string[]): string =>
  `No certificate with thumbprint '${thumbprint}' and a private key was found in the certificate folder ` +
  `${folders.map((f) => `'${f}'`).join(', ')}. Put the certificate there as a .pfx file without a password or as a ` +
  '.pem file holding the certificate and its private key, or point EXOSH_CERTIFICATE_PATH at the folder that has it.';

/** Raised in the I/O worker; the bridge carries `name` (the ErrorId), the message and `data` to the engine thread. */
export class CertificateError extends Error {
  readonly data: { readonly exceptionType: string };
  constructor(
    readonly errorId: CertificateErrorId,
    message: string,
    /** The .NET exception type, for the X509Certificate2 constructor's MethodInvocationException. */
    exceptionType = 'System.Security.Cryptography.CryptographicException',
  ) {
    super(message);
    this.name = errorId;
    this.data = { exceptionType };
  }
}
