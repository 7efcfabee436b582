/**
 * The SQL console's check: reads pass, anything that writes, attaches, installs, loads, sets, or reads
 * files, URLs or settings is refused with its reason — also when hidden behind comments, case, quotes
 * or a second statement.
 */
import { describe, expect, it } from 'vitest';
import { CONSOLE_LIMITS, checkConsoleSql } from '../../src/lib/sql/console-guard';

const refused = (sql: string) => {
  const r = checkConsoleSql(sql);
  return r.ok ? null : r.message;
};

describe('SQL console check', () => {
  it.each([
    'SELECT * FROM regions',
    "select code, name from regions where level = 'kommune' limit 5;",
    "WITH j AS (SELECT * FROM observations WHERE indicator = 'sysselsatte') SELECT year, sum(value) FROM j GROUP BY year",
    'FROM observations LIMIT 3',
    'DESCRIBE observations',
    'SUMMARIZE commuting',
    "SELECT 'drop table regions; insert' AS text_only",
    'SELECT "name" FROM regions -- DROP TABLE regions',
    "SELECT replace(name, 'a', 'b') FROM regions",
    'SELECT r.start_year FROM (SELECT 1 AS start_year) r',
  ])('lets a read through: %s', (sql) => {
    expect(checkConsoleSql(sql)).toEqual({ ok: true, sql: sql.trim().replace(/;+\s*$/, '') });
  });

  it.each([
    ['DROP TABLE regions', 'må begynne med SELECT'],
    ['INSERT INTO regions VALUES (1)', 'må begynne med SELECT'],
    ['SELECT 1; DROP TABLE regions', 'Bare én spørring om gangen'],
    ['SELECT 1 /* ; */ ; delete from regions', 'Bare én spørring om gangen'],
    ['WITH x AS (DELETE FROM regions RETURNING *) SELECT * FROM x', '«DELETE» er ikke tillatt'],
    ["ATTACH 'x.db'", 'må begynne med SELECT'],
    ['INSTALL httpfs', 'må begynne med SELECT'],
    ['LOAD json', 'må begynne med SELECT'],
    ['SET enable_external_access = true', 'må begynne med SELECT'],
    ["COPY regions TO 'x.csv'", 'må begynne med SELECT'],
    ["SELECT * FROM read_csv('https://example.org/x.csv')", 'Funksjonen read_csv() er ikke tillatt'],
    ["SELECT * FROM READ_PARQUET('x.parquet')", 'Funksjonen read_parquet() er ikke tillatt'],
    ["SELECT * FROM parquet_scan('x')", 'Funksjonen parquet_scan() er ikke tillatt'],
    ["SELECT * FROM 'data.csv'", 'Konsollen leser ikke filer'],
    ["SELECT * FROM regions JOIN 'https://example.org/x.parquet' USING (code)", 'Konsollen leser ikke filer'],
    ["SELECT * FROM query('DROP TABLE regions')", 'Funksjonen query() er ikke tillatt'],
    ["SELECT getenv('HOME')", 'Funksjonen getenv() er ikke tillatt'],
    ["SELECT current_setting('threads')", 'Funksjonen current_setting() er ikke tillatt'],
    ['SELECT * FROM duckdb_settings()', 'Funksjonen duckdb_settings() er ikke tillatt'],
    ["SELECT * FROM glob('*')", 'Funksjonen glob() er ikke tillatt'],
    ["SELECT 'unterminated", 'slutter aldri'],
    ['SELECT /* open', 'slutter aldri'],
    ['', 'Skriv en spørring først'],
    [' ;; ', 'Skriv en spørring først'],
    ['PRAGMA database_list', 'må begynne med SELECT'],
    ['CALL pragma_version()', 'må begynne med SELECT'],
    ['SELECT $$x$$', 'dollartegn'],
  ])('refuses %s', (sql, reason) => {
    expect(refused(sql)).toContain(reason);
  });

  it('refuses text over the size limit before reading it', () => {
    const sql = `SELECT ${'1+'.repeat(CONSOLE_LIMITS.chars)}1`;
    expect(refused(sql)).toBe(`Spørringen er ${sql.length} tegn lang; konsollen tar høyst 20000.`);
  });
});
