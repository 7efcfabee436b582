/**
 * Kommune names differ between sources: "Våler (Viken)" / "Våler (Østf.)", "Aarborte - Hattfjelldal" /
 * "Hattfjelldal", "Gratangen - Rivtták". Two names match when they share a language form, ignoring the
 * parenthesised fylke hint.
 */
export function nameForms(name: string): string[] {
  return name
    .replace(/\s*\([^)]*\)\s*$/, '')
    .split(' - ')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function namesMatch(a: string, b: string): boolean {
  const forms = new Set(nameForms(a));
  return nameForms(b).some((f) => forms.has(f));
}
