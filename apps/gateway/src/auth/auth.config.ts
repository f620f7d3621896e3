/**
 * How bearer tokens are verified. `secret`: HS256 with a shared secret (embedded mode, development,
 * tests; env PAR_JWT_SECRET). `jwksUrl`: an OIDC provider's signing keys (RS256/ES256…). One of the two.
 */
export interface AuthConfig {
  secret?: string;
  jwksUrl?: string;
  /** Checked when given (`iss`). */
  issuer?: string;
  /** Checked when given (`aud`). */
  audience?: string;
}
