/**
 * Text a user typed, made safe for Markdown that TechDocs turns into HTML:
 * one paragraph, HTML and Markdown control characters escaped.
 */
export function escapeMarkdownText(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|<>&~]/g, char => {
      switch (char) {
        case '<':
          return '&lt;';
        case '>':
          return '&gt;';
        case '&':
          return '&amp;';
        default:
          return `\\${char}`;
      }
    });
}

/** A Markdown table from a header row and rows of cells. */
export function markdownTable(
  header: string[],
  rows: Array<Array<string | number>>,
): string {
  const line = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join(
    '\n',
  );
}
