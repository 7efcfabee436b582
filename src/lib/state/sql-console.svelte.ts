/**
 * The SQL console's state: the session on the browser's DuckDB (shared with every other page of the
 * tab), its tables, the query being run and its answer or problem. The page only shows it.
 */
import { ConsoleRefusal, type ConsoleResult, type ConsoleTable, type SqlConsole } from '../db/console';
import { loadOwnData } from '../userdata/store';
import { t } from '../i18n';
import { sessionEngine } from './url-page';

/** Where the console is: kept as a kind, so its words follow a change of language. */
export type ConsoleStatus =
  | { kind: 'starting' }
  | { kind: 'ready' }
  | { kind: 'unavailable' }
  | { kind: 'failed'; message: string };

export type ConsoleProblem =
  | { kind: 'refused'; text: string }
  | { kind: 'cancelled' }
  | { kind: 'error'; text: string };

export class SqlConsoleState {
  session = $state.raw<SqlConsole | null>(null);
  status = $state.raw<ConsoleStatus>({ kind: 'starting' });
  tables = $state.raw<ConsoleTable[]>([]);
  running = $state.raw<{ cancel: () => Promise<void> } | null>(null);
  result = $state.raw<ConsoleResult | null>(null);
  problem = $state.raw<ConsoleProblem | null>(null);

  /** Opens the console on the tab's engine, with the user's own figures (kept in this browser) as a table. */
  async start(): Promise<void> {
    try {
      const started = await sessionEngine();
      if (!started.console) {
        this.status = { kind: 'unavailable' };
        return;
      }
      const session = await started.console();
      await session.setOwnData(loadOwnData()?.rows ?? null);
      this.tables = await session.tables();
      this.session = session;
      this.status = { kind: 'ready' };
    } catch (e) {
      this.status = { kind: 'failed', message: e instanceof Error ? e.message : String(e) };
    }
  }

  async run(sql: string): Promise<void> {
    if (!this.session || this.running) return;
    this.problem = null;
    const job = this.session.run(sql);
    this.running = job;
    try {
      this.result = await job.result;
    } catch (e) {
      this.result = null;
      const text = e instanceof Error ? e.message : String(e);
      this.problem =
        e instanceof ConsoleRefusal
          ? { kind: 'refused', text }
          : /interrupt|cancel/i.test(text)
            ? { kind: 'cancelled' }
            : { kind: 'error', text };
    } finally {
      this.running = null;
    }
  }

  cancel(): void {
    void this.running?.cancel();
  }
}

/** The status line in the active language; null once the console is ready. */
export function statusText(status: ConsoleStatus): string | null {
  if (status.kind === 'starting') return t.sqlConsole.starting;
  if (status.kind === 'unavailable') return t.sqlConsole.notAvailable;
  if (status.kind === 'failed') return t.sqlConsole.failed(status.message);
  return null;
}

/** A problem's heading and text in the active language. */
export function problemText(problem: ConsoleProblem): { heading: string; text: string } {
  if (problem.kind === 'refused') return { heading: t.sqlConsole.refused, text: problem.text };
  if (problem.kind === 'cancelled') return { heading: t.sqlConsole.cancelled, text: '' };
  return { heading: t.sqlConsole.error, text: problem.text };
}
