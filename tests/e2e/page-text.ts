/** Rendered text on one line: line breaks and Norwegian digit groups' no-break spaces become spaces. */
export const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
