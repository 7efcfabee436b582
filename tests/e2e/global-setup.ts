/**
 * Builds the site once and serves it for every browser test file (CI time matters more than
 * isolation here). Set REGIONPULS_REUSE_BUILD=1 to skip the build when build/ is current.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!(process.env.REGIONPULS_REUSE_BUILD === '1' && existsSync('build/index.html'))) {
    execSync('npx vite build', { stdio: 'inherit' });
  }
  const server = await serveStatic('build');
  project.provide('baseUrl', server.url);
  return () => server.close();
}
