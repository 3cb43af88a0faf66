// npm run token -- --role forbund_editor --forbund sodertalje-nykvarn [--expires 8h]
// Prints a development token (HS256, JWT_SECRET) for the gateway's Authorization header.
import { parseArgs } from 'node:util';
import { config } from '@finsam/core';
import { issueDevToken } from '../gateway/src/auth.ts';

const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    forbund: { type: 'string' },
    sub: { type: 'string' },
    expires: { type: 'string', default: '8h' },
  },
});

if (values.role !== 'forbund_editor' && values.role !== 'national_admin') {
  console.error('usage: npm run token -- --role forbund_editor --forbund <förbund id> | --role national_admin');
  process.exit(2);
}
if (values.role === 'forbund_editor' && !values.forbund) {
  console.error('a forbund_editor token needs --forbund <förbund id>, e.g. --forbund sodertalje-nykvarn');
  process.exit(2);
}
if (config().OIDC_JWKS_URL) {
  console.error('OIDC_JWKS_URL is set: the gateway verifies tokens from your identity provider, not development tokens.');
  process.exit(2);
}
console.log(await issueDevToken(config(), { role: values.role, forbund: values.forbund, sub: values.sub }, values.expires));
