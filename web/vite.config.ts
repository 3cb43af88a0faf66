import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [sveltekit()],
  // The build runs in every test run (three times in CI): no size report, which costs a gzip per chunk.
  build: { reportCompressedSize: false },
});
