/**
 * The one place a string becomes SQL text. Only for values the program itself owns (file paths of
 * its own data); values from a URL, a form or a file are always bound as `?` parameters instead.
 */
export function sqlString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/** Checks an identifier against a whitelist and returns it for use in SQL text. */
export function identifier<const T extends string>(name: string, allowed: readonly T[]): T {
  if (!IDENTIFIER.test(name) || !(allowed as readonly string[]).includes(name)) {
    throw new Error(`invalid identifier: ${name}`);
  }
  return name as T;
}
