// Tunable identity behaviour (lifetimes, device-code polling, auto-approval), changeable at run time for tests.
export interface EntraSettings {
  accessTokenLifetimeSec: number;
  refreshTokenLifetimeSec: number;
  deviceCodeLifetimeSec: number;
  /** `interval` returned by the devicecode endpoint; 0 makes tests fast, real Entra ID returns 5. */
  deviceCodeIntervalSec: number;
  /** Approve device-code sign-ins for the default admin without a browser. */
  autoApprove: boolean;
  /** How many `authorization_pending` answers precede the automatic approval. */
  deviceCodePendingPolls: number;
}

export const DefaultEntraSettings: Readonly<EntraSettings> = {
  accessTokenLifetimeSec: 3600,
  refreshTokenLifetimeSec: 90 * 24 * 3600,
  deviceCodeLifetimeSec: 900,
  deviceCodeIntervalSec: 5,
  autoApprove: true,
  deviceCodePendingPolls: 1,
};
