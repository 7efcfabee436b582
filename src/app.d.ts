// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {}
  interface Window {
    /** The benchmark's and the browser tests' hook (src/lib/probe.ts). */
    __regionpuls?: import('$lib/probe').Probe;
  }
}

export {};
