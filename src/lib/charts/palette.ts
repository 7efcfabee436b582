/**
 * Region colours follow the order of selection, so a region keeps its colour while others are added
 * or removed after it. Observable's 10-colour categorical scheme, checked for contrast on white.
 */
export const PALETTE = [
  '#4269d0',
  '#efb118',
  '#ff725c',
  '#6cc5b0',
  '#3ca951',
  '#ff8ab7',
  '#a463f2',
  '#97bbf5',
  '#9c6b4e',
  '#9498a0',
] as const;

export function colourFor(index: number): string {
  return PALETTE[index % PALETTE.length]!;
}
