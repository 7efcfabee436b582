/**
 * What the comparison says in words under its chart: the break in series and the changes of source
 * inside what is drawn, and the years missing for all or for single regions.
 */
import { indicatorBreakNote, t } from '../i18n';
import { commonGaps, findGaps, yearRanges } from './gaps';
import { groupSourceChanges, sourceChanges } from './breaks';
import type { SeriesRow } from '../sql/series';
import type { Indicator } from '../schema';

export interface NotesInput {
  rows: readonly SeriesRow[];
  regions: readonly string[];
  names: ReadonlyMap<string, string>;
  indicator: Pick<Indicator, 'id' | 'breaks' | 'break_note'> | null;
  indicatorLabel: string;
  sourceLabel: (id: string) => string;
}

export function seriesNotes({ rows, regions, names, indicator, sourceLabel }: NotesInput): string[] {
  const years = rows.filter((r) => r.y !== null).map((r) => r.year);
  const breaks = (indicator?.breaks ?? []).filter(
    (b) => years.some((y) => y < b) && years.some((y) => y >= b),
  );
  const notes = breaks.length
    ? [t.breakNote(t.listJoin(breaks.map(String)), indicator ? indicatorBreakNote(indicator) : '')]
    : [];
  const changes = sourceChanges(rows, regions);
  if (changes.length) {
    const label = (s: string) => s.split('+').map(sourceLabel).join(' + ');
    const who = (codes: string[]) =>
      codes.length === regions.length && codes.length > 1
        ? t.allRegions
        : t.listJoin(codes.map((code) => names.get(code) ?? code));
    notes.push(
      t.sourceChanges(
        groupSourceChanges(changes)
          .map((g) => t.sourceChange(who(g.codes), g.year, label(g.from), label(g.to)))
          .join('; '),
      ),
    );
  }
  return notes;
}

export function gapNotes({ rows, regions, names, indicatorLabel }: NotesInput): string[] {
  const all = commonGaps(rows);
  const common = all.length ? [t.commonGaps(yearRanges(all))] : [];
  return common.concat(
    findGaps(rows, regions).flatMap((g) => {
      const name = names.get(g.code) ?? g.code;
      if (g.empty) return [t.noData(indicatorLabel, name)];
      return g.missingYears.length ? [t.gaps(name, yearRanges(g.missingYears))] : [];
    }),
  );
}
