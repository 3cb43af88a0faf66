/**
 * The gateway's token check lives in core (packages/core/src/token.ts), shared with the pages'
 * server, which verifies its session the same way (issue 13). Re-exported here for the gateway, the
 * token script and the tests.
 */
export { createTokenVerifier, issueDevToken, TokenError, type TokenClaims, type TokenVerifier } from '@finsam/core/token';
