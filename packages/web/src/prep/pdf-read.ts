/**
 * Reads a PDF back: its page count and the text its pages draw. For the tests (unit and end-to-end) that check
 * the downloaded prep sheet; it understands the simple text operators pdf-lib writes, not every PDF.
 */

/** WinAnsi bytes 0x80–0x9F that differ from Latin-1. */
const WIN_ANSI: Record<number, string> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰', 0x8a: 'Š',
  0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—',
  0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

export async function readPdf(bytes: Uint8Array): Promise<{ pages: number; lines: string[] }> {
  const { PDFDocument, PDFArray, PDFRawStream, decodePDFRawStream } = await import('pdf-lib');
  const pdf = await PDFDocument.load(bytes);
  const lines: string[] = [];
  for (const page of pdf.getPages()) {
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => pdf.context.lookup(ref)) : [contents];
    for (const stream of streams) {
      if (!(stream instanceof PDFRawStream)) continue;
      try {
        const operators = new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode());
        lines.push(...textOf(operators));
      } catch {
        // A filter pdf-lib cannot decode (another producer's PDF): the page still counts.
      }
    }
  }
  return { pages: pdf.getPageCount(), lines };
}

/** The text shown by each text object (BT … ET): hex or literal strings before Tj. */
export function textOf(operators: string): string[] {
  const lines: string[] = [];
  for (const block of operators.split(/\bBT\b/).slice(1)) {
    const body = block.split(/\bET\b/)[0] ?? '';
    let text = '';
    for (const match of body.matchAll(/<([0-9A-Fa-f\s]*)>\s*Tj|\(((?:\\.|[^\\)])*)\)\s*Tj/g)) {
      text += match[1] !== undefined ? decodeHex(match[1]) : unescapeLiteral(match[2] ?? '');
    }
    if (text) lines.push(text);
  }
  return lines;
}

function decodeHex(hex: string): string {
  const clean = hex.replace(/\s+/g, '');
  let out = '';
  for (let i = 0; i + 1 < clean.length; i += 2) {
    const byte = parseInt(clean.slice(i, i + 2), 16);
    out += WIN_ANSI[byte] ?? String.fromCharCode(byte);
  }
  return out;
}

function unescapeLiteral(text: string): string {
  return text.replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, c: string) => {
    const map: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };
    return map[c] ?? WIN_ANSI[parseInt(c, 8)] ?? String.fromCharCode(parseInt(c, 8));
  });
}
