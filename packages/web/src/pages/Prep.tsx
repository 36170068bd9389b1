/**
 * The prep sheet: one page to read before the interview. The page itself is the print view (its print
 * stylesheet keeps it to one page); "Download PDF" renders the same model with pdf-lib, loaded only then.
 */
import { useMemo, useState } from 'react';
import { Link } from '../router.js';
import type { PrepItem, PrepSheet } from '../prep/model.js';
import { buildSheet } from '../prep/sheet.js';
import { usePrepData } from '../prep/usePrepData.js';
import '../prep/prep.css';

const DEFAULT_ANSWERS = 3;

export default function PrepPage() {
  const data = usePrepData();
  const [picked, setPicked] = useState<string[] | null>(null);
  const [pdfState, setPdfState] = useState<{ busy: boolean; message: string }>({ busy: false, message: '' });

  const chosen = picked ?? data.candidates.slice(0, DEFAULT_ANSWERS).map((c) => c.questionId);
  const today = new Date().toISOString().slice(0, 10);
  const sheet = useMemo(
    () =>
      data.input
        ? buildSheet({ ...data.input, today, answers: data.candidates.filter((c) => chosen.includes(c.questionId)) })
        : null,
    [data.input, data.candidates, chosen, today],
  );

  if (data.loading) return <p className="loading">Gathering your goals and answers…</p>;
  if (data.error || !sheet) {
    return (
      <section>
        <h1>Prep sheet</h1>
        <p className="error-text" role="alert">
          The prep sheet could not be made: {data.error}
        </p>
      </section>
    );
  }

  const toggle = (id: string) => setPicked(chosen.includes(id) ? chosen.filter((x) => x !== id) : [...chosen, id]);

  const download = async () => {
    setPdfState({ busy: true, message: 'Making the PDF…' });
    try {
      const { renderPrepPdf } = await import('../prep/pdf.js');
      const bytes = await renderPrepPdf(sheet);
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/pdf' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName(sheet);
      document.body.append(link);
      link.click();
      link.remove();
      window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setPdfState({ busy: false, message: 'The PDF is downloaded: one page.' });
    } catch (error) {
      setPdfState({ busy: false, message: `The PDF could not be made: ${error instanceof Error ? error.message : String(error)}` });
    }
  };

  return (
    <section className="prep">
      <div className="prep-controls">
        <h1>Prep sheet</h1>
        <p className="page-intro">
          Everything to read on the way to the interview, on one page: your goals and plan, your answers, the follow-ups to
          expect and the red flags to steer clear of.
        </p>
        <div className="card">
          {data.candidates.length > 0 ? (
            <fieldset>
              <legend>Answers on the sheet</legend>
              <p className="hint">The latest attempt at each question, or your studio draft. Three fit well on one page.</p>
              <ul className="prep-controls__answers">
                {data.candidates.map((c) => (
                  <li key={c.questionId}>
                    <label className="checkbox">
                      <input type="checkbox" checked={chosen.includes(c.questionId)} onChange={() => toggle(c.questionId)} />
                      <span>
                        {c.question}{' '}
                        <span className="badge">
                          {c.source === 'draft' ? 'draft' : 'attempt'} · score {c.analysis.score}
                        </span>
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          ) : (
            <p className="muted">
              No answers yet. <Link to="/studio">Draft one in the answer studio</Link> and it appears here.
            </p>
          )}
          <div className="actions">
            <button type="button" className="btn" onClick={() => void download()} disabled={pdfState.busy}>
              {pdfState.busy ? 'Making the PDF…' : 'Download PDF'}
            </button>
            <button type="button" className="btn btn--ghost" onClick={() => window.print()}>
              Print
            </button>
            <span className="muted small" role="status">
              {pdfState.message}
            </span>
          </div>
        </div>
      </div>

      <SheetView sheet={sheet} />
    </section>
  );
}

function SheetView({ sheet }: { sheet: PrepSheet }) {
  return (
    <article className="prep-sheet" aria-labelledby="prep-sheet-title">
      <header className="prep-sheet__head">
        <h2 id="prep-sheet-title">{sheet.title}</h2>
        <p>{sheet.subtitle}</p>
      </header>
      {sheet.sections.map((section) => (
        <section key={section.id} className={`prep-sheet__section prep-sheet__section--${section.id}`} aria-labelledby={`prep-${section.id}`}>
          <h3 id={`prep-${section.id}`}>{section.heading}</h3>
          {section.items.length === 0 ? (
            <p className="prep-sheet__empty">{section.empty}</p>
          ) : (
            <ul>
              {section.items.map((item, i) => (
                <li key={i} className={itemClass(item)}>
                  {item.long ? (
                    <>
                      {item.label ? <strong className="prep-sheet__label">{item.label}</strong> : null}
                      <p className="prep-sheet__long">{item.text}</p>
                    </>
                  ) : (
                    <>
                      {item.label ? <strong className="prep-sheet__label">{item.label}: </strong> : null}
                      {item.text}
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </article>
  );
}

function itemClass(item: PrepItem): string | undefined {
  const names = [item.indent ? `is-indented-${item.indent}` : '', item.long ? 'is-long' : '', item.bullet ? 'is-bullet' : ''].filter(Boolean);
  return names.length ? names.join(' ') : undefined;
}

function fileName(sheet: PrepSheet): string {
  const slug = sheet.title
    .replace(/^Prep sheet:\s*/, '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `prep-sheet-${slug || 'career-goals'}.pdf`;
}
