// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {}
  interface Window {
    /** Start-up timings the page records for the benchmark and the browser tests; `crashEngine` simulates a crashed DuckDB worker (tests). */
    __regionpuls?: {
      timings: Record<string, number>;
      renders?: number;
      lastRenderAt?: number;
      crashEngine?: () => void;
    };
  }
}

export {};
