import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { withContentSecurityPolicy } from './src/build/csp.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
  kit: {
    // A static folder that can be hosted anywhere, under any sub-path (asset URLs are relative).
    // Every page carries a hash-based Content-Security-Policy (src/build/csp.js).
    adapter: withContentSecurityPolicy(
      adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
      'build',
    ),
    paths: { relative: true },
  },
};

export default config;
