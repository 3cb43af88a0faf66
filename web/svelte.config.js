import adapter from '@sveltejs/adapter-node';

/** @type {import('@sveltejs/kit').Config} */
export default {
  kit: {
    // A Node server of its own, behind the gateway's proxy (gateway/src/web-proxy.ts), which passes
    // the original host and protocol in X-Forwarded-Host/-Proto (HOST_HEADER, PROTOCOL_HEADER).
    adapter: adapter({ out: 'build', precompress: false }),
  },
};
