/**
 * Renders the prep sheet to a one-page PDF in the browser. pdf-lib is imported dynamically,
 * so it is fetched only when someone asks for the PDF and stays out of the first page's bundle.
 */
import { A4, layoutSheet, type Line } from './layout.js';
import type { PrepSheet } from './model.js';

const INK = { r: 0.11, g: 0.13, b: 0.18 };
const ACCENT = { r: 0.09, g: 0.33, b: 0.6 };
const MUTED = { r: 0.36, g: 0.39, b: 0.45 };

export async function renderPrepPdf(sheet: PrepSheet, today = new Date()): Promise<Uint8Array> {
  const { PDFDocument, StandardFonts, rgb } = await import('pdf-lib');
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  // The standard fonts speak WinAnsi only: map what they lack, so no character can make drawText throw.
  const charset = new Set(regular.getCharacterSet());
  const safe = (text: string) => toWinAnsi(text, charset);

  const measure = (text: string, size: number, isBold: boolean) => (isBold ? bold : regular).widthOfTextAtSize(safe(text), size);
  const layout = layoutSheet(sheet, measure, A4);

  const page = pdf.addPage([A4.width, A4.height]);
  for (const line of layout.lines) {
    const colour = colourOf(line);
    let x = line.x;
    if (line.lead) {
      page.drawText(safe(line.lead), { x, y: A4.height - line.y, size: line.size, font: bold, color: rgb(INK.r, INK.g, INK.b) });
      x += bold.widthOfTextAtSize(safe(line.lead), line.size);
    }
    page.drawText(safe(line.text), {
      x,
      y: A4.height - line.y,
      size: line.size,
      font: line.bold ? bold : regular,
      color: rgb(colour.r, colour.g, colour.b),
    });
    if (line.kind === 'heading') {
      page.drawLine({
        start: { x: A4.margin, y: A4.height - line.y - 3 },
        end: { x: A4.width - A4.margin, y: A4.height - line.y - 3 },
        thickness: 0.6,
        color: rgb(ACCENT.r, ACCENT.g, ACCENT.b),
      });
    }
  }

  pdf.setTitle(safe(sheet.title));
  pdf.setSubject('Interview prep sheet');
  pdf.setCreator('Trajectory');
  pdf.setProducer('Trajectory');
  pdf.setCreationDate(today);
  return pdf.save();
}

function colourOf(line: Line) {
  if (line.kind === 'heading' || line.kind === 'title') return ACCENT;
  if (line.kind === 'subtitle') return MUTED;
  return INK;
}

const REPLACEMENTS: Record<string, string> = {
  '\u2192': '->',
  '\u2190': '<-',
  '\u2713': 'v',
  '\u2212': '-',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u200b': '',
  // Letters with a stroke do not decompose under NFKD.
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  ı: 'i',
};

/** Keeps what the font can draw; otherwise tries a replacement, then the letter without its accent, then drops it. */
export function toWinAnsi(text: string, charset: ReadonlySet<number>): string {
  let out = '';
  for (const char of text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ')) {
    const code = char.codePointAt(0)!;
    if (char === '\n' || charset.has(code)) {
      out += char;
      continue;
    }
    const replacement = REPLACEMENTS[char];
    if (replacement !== undefined) {
      out += replacement;
      continue;
    }
    const base = char.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    out += [...base].every((c) => charset.has(c.codePointAt(0)!)) ? base : '';
  }
  return out;
}
