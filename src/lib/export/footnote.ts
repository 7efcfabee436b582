/**
 * SSB's footnotes as readable text with links. PxWebApi passes footnotes through as written in the
 * statbank, some with HTML (`<a href='…' target='footnote'><b>Se liste …</b></a>`, seen in the real 07221
 * answer) and some with Markdown links (`[tekst](https://…)`). Shown raw they are markup; here they become
 * text parts and link parts. Only http(s) addresses become links; any other tag is dropped, its text kept.
 */

/** A run of plain text, or a link with its visible text. */
export type FootnotePart = { text: string; href?: undefined } | { text: string; href: string };

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  '#39': "'",
};

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, e: string) => ENTITIES[e] ?? '');
}

/** Text without tags, entities decoded, whitespace collapsed (not trimmed: parts join with their spaces). */
function plain(html: string): string {
  return decode(html.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ');
}

const safeHref = (href: string): string | null =>
  /^https?:\/\//i.test(href.trim()) ? decode(href.trim()) : null;

// An HTML anchor with its href in single or double quotes, or a Markdown link.
const LINK =
  /<a\s[^>]*?href\s*=\s*(?:"([^"]*)"|'([^']*)')[^>]*>([\s\S]*?)<\/a\s*>|\[([^\]]+)\]\(([^)\s]+)\)/gi;

/**
 * A footnote split into text and links.
 * @example footnoteParts("Se [KLASS](https://www.ssb.no/klass).") → [{text: 'Se '}, {text: 'KLASS', href: 'https://www.ssb.no/klass'}, {text: '.'}]
 */
export function footnoteParts(note: string): FootnotePart[] {
  const parts: FootnotePart[] = [];
  const pushText = (raw: string): void => {
    const text = plain(raw);
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.href === undefined) last.text += text;
    else parts.push({ text });
  };
  let at = 0;
  for (const m of note.matchAll(LINK)) {
    pushText(note.slice(at, m.index));
    const href = safeHref(m[1] ?? m[2] ?? m[5] ?? '');
    const text = plain(m[3] ?? m[4] ?? '').trim();
    if (href) parts.push({ text: text || href, href });
    else pushText(text);
    at = (m.index ?? 0) + m[0].length;
  }
  pushText(note.slice(at));
  if (parts.length) {
    const first = parts[0] as FootnotePart;
    const last = parts[parts.length - 1] as FootnotePart;
    if (first.href === undefined) first.text = first.text.trimStart();
    if (last.href === undefined) last.text = last.text.trimEnd();
  }
  return parts.filter((p) => p.text !== '');
}

/** A footnote as one line of plain text, each link written «tekst (adresse)»: for CSV files and alt texts. */
export function footnoteText(note: string): string {
  return footnoteParts(note)
    .map((p) => (p.href === undefined ? p.text : p.text === p.href ? p.href : `${p.text} (${p.href})`))
    .join('');
}
