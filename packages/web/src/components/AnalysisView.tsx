/**
 * The feedback on one answer: the text with its flagged phrases marked (explained on hover and on focus),
 * the score, the five elements with their evidence, what works, the follow-ups to prepare and the metrics.
 */
import { useId, useRef, useState } from 'react';
import type { Analysis, ElementId, Range } from '@trajectory/core';
import { ELEMENTS, flagName, formatDuration, scoreBand, SEVERITY_NAMES } from '../studio/labels.js';
import { bySeverity, mergeRanges, quote, wholeAnswerFlags } from '../studio/highlight.js';
import { MarkedAnswer } from '../studio/MarkedAnswer.js';
import { lengthNote } from '../studio/words.js';
import { ScoreGauge } from '../studio/ScoreGauge.js';
import '../studio/analysis.css';

/** More quotes than this and the list gets long; the rest are one button away. */
const MAX_QUOTES = 3;

interface Props {
  answer: string;
  analysis: Analysis;
  /** The elements this question asks for (from GET /api/questions); the others are shown as optional. */
  expects?: readonly ElementId[];
  /** Heading level of the view's sections, so it nests under the page's own headings. */
  headingLevel?: 2 | 3;
}

export function AnalysisView({ answer, analysis, expects, headingLevel = 2 }: Props) {
  const [evidence, setEvidence] = useState<{ key: string; ranges: Range[] } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const textRef = useRef<HTMLDivElement>(null);
  const H = `h${headingLevel}` as 'h2' | 'h3';
  const H4 = `h${headingLevel + 1}` as 'h3' | 'h4';
  const id = useId();

  const expected: readonly ElementId[] = expects ?? ELEMENTS.map((e) => e.id);
  const general = wholeAnswerFlags(analysis.flags, answer.length).sort(bySeverity);
  const flags = [...analysis.flags].sort(bySeverity);

  const showEvidence = (key: string, ranges: Range[]) => {
    if (evidence?.key === key) {
      setEvidence(null);
      setAnnouncement('Highlight cleared.');
      return;
    }
    setEvidence({ key, ranges });
    setAnnouncement(`Highlighted in your answer: ${ranges.map((r) => quote(answer, r)).join('; ')}`);
    textRef.current?.scrollIntoView({ block: 'nearest', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  };

  /** Up to a few quotes, each a button that marks its words; many short ones also get one button for all. */
  const evidenceList = (key: string, ranges: readonly Range[], label: string) => {
    const phrases = mergeRanges(answer, ranges);
    if (phrases.length === 0) return null;
    const shown = phrases.slice(0, MAX_QUOTES);
    return (
      <ul className="evidence-list" aria-label={label}>
        {shown.map((range, i) => (
          <li key={i}>
            <button type="button" className="evidence-quote" aria-pressed={evidence?.key === `${key}-${i}`} onClick={() => showEvidence(`${key}-${i}`, [range])}>
              “{quote(answer, range)}”
            </button>
          </li>
        ))}
        {phrases.length > shown.length ? (
          <li>
            <button type="button" className="evidence-quote evidence-quote--all" aria-pressed={evidence?.key === `${key}-all`} onClick={() => showEvidence(`${key}-all`, phrases)}>
              All {phrases.length} in your answer
            </button>
          </li>
        ) : null}
      </ul>
    );
  };

  return (
    <div className="analysis">
      <H id={`${id}-title`} className="visually-hidden">
        Feedback on your answer
      </H>
      <div className="analysis__top">
        <section className="card analysis__score" aria-labelledby={`${id}-score`}>
          <H id={`${id}-score`}>Score</H>
          <ScoreGauge score={analysis.score} />
          <p className="muted small">{scoreHint(analysis.score)}</p>
        </section>
        <section className="card analysis__metrics" aria-labelledby={`${id}-metrics`}>
          <H id={`${id}-metrics`}>Length and delivery</H>
          <Metrics analysis={analysis} />
        </section>
      </div>

      <section className="card" aria-labelledby={`${id}-answer`} ref={textRef}>
        <div className="card__head">
          <H id={`${id}-answer`}>Your answer, marked</H>
          <SeverityLegend />
        </div>
        <MarkedAnswer answer={answer} flags={analysis.flags} evidence={evidence?.ranges ?? []} />
        {answer.trim() && inlineCount(analysis, answer) > 0 ? (
          <p className="hint">Hover over or tab to a marked phrase to see why it is marked and what to say instead.</p>
        ) : null}
        {general.length > 0 ? (
          <div className="whole-answer">
            <H4>About the answer as a whole</H4>
            <ul className="flag-list">
              {general.map((flag, i) => (
                <li key={`${flag.id}-${i}`} className={`flag-item flag-item--${flag.severity}`}>
                  <p className="flag-item__name">
                    {flagName(flag.id)} <span className="severity-tag">{SEVERITY_NAMES[flag.severity]}</span>
                  </p>
                  <p>{flag.message}</p>
                  {flag.suggestion ? <p className="flag-item__fix">Try: {flag.suggestion}</p> : null}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
      </section>

      <div className="grid-2">
        <section className="card" aria-labelledby={`${id}-elements`}>
          <H id={`${id}-elements`}>The five elements</H>
          <p className="muted small">A strong answer covers each of these. Select a quote to see it in your answer.</p>
          <ul className="elements">
            {ELEMENTS.map((element) => {
              const result = analysis.elements[element.id];
              const optional = !expected.includes(element.id);
              return (
                <li key={element.id} className={`element ${result.present ? 'element--present' : 'element--missing'}`}>
                  <span className="element__mark" aria-hidden="true">
                    {result.present ? '✓' : optional ? '–' : '✗'}
                  </span>
                  <div>
                    <p className="element__name">
                      {element.name}
                      <span className="visually-hidden">: {result.present ? 'present' : 'missing'}</span>
                      {optional ? <span className="badge">optional for this question</span> : null}
                    </p>
                    <p className="muted small">{element.what}</p>
                    {evidenceList(element.id, result.evidence, `Evidence for ${element.name.toLowerCase()}`)}
                  </div>
                </li>
              );
            })}
          </ul>
        </section>

        <section className="card" aria-labelledby={`${id}-strengths`}>
          <H id={`${id}-strengths`}>Why this works</H>
          {analysis.strengths.length === 0 ? (
            <p className="muted">Nothing stands out yet. Name a goal, a step toward it and what the company gains, and this fills up.</p>
          ) : (
            <ul className="strengths">
              {analysis.strengths.map((strength, i) => (
                <li key={`${strength.id}-${i}`}>
                  <p>{strength.message}</p>
                  {evidenceList(`strength-${i}`, strength.evidence, 'Where your answer shows it')}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <div className="grid-2">
        <section className="card" aria-labelledby={`${id}-fix`}>
          <H id={`${id}-fix`}>What to fix</H>
          {flags.length === 0 ? (
            <p className="muted">No red flags. Read it aloud once more and time yourself.</p>
          ) : (
            <ul className="flag-list">
              {flags.map((flag, i) => (
                <li key={`${flag.id}-${flag.start}-${i}`} className={`flag-item flag-item--${flag.severity}`}>
                  <p className="flag-item__name">
                    {flagName(flag.id)} <span className="severity-tag">{SEVERITY_NAMES[flag.severity]}</span>
                  </p>
                  {flag.text && flag.end - flag.start < answer.length ? <p className="flag-item__quote">“{quote(answer, [flag.start, flag.end])}”</p> : null}
                  <p>{flag.message}</p>
                  {flag.suggestion ? <p className="flag-item__fix">Try: {flag.suggestion}</p> : null}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="card" aria-labelledby={`${id}-followups`}>
          <H id={`${id}-followups`}>Follow-ups to prepare</H>
          {analysis.followups.length === 0 ? (
            <p className="muted">No follow-up stands out. An interviewer may still ask what your first step would be.</p>
          ) : (
            <ul className="followups">
              {analysis.followups.map((followup, i) => (
                <li key={i}>
                  <p className="followup__question">{followup.question}</p>
                  {followup.text && followup.end - followup.start < answer.length && !quotesItself(followup.question, followup.text) ? (
                    <p className="muted small">Because you said “{quote(answer, [followup.start, followup.end], 60)}”</p>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}

function Metrics({ analysis }: { analysis: Analysis }) {
  const { words, speakingSeconds, fillers, repeatedPhrases } = analysis.metrics;
  const fillerCount = fillers.reduce((sum, f) => sum + f.count, 0);
  return (
    <>
      <dl className="metrics">
        <div>
          <dt>Words</dt>
          <dd>{words}</dd>
        </div>
        <div>
          <dt>Speaking time</dt>
          <dd>{formatDuration(speakingSeconds)}</dd>
        </div>
        <div>
          <dt>Fillers</dt>
          <dd>{fillerCount}</dd>
        </div>
      </dl>
      <p className="muted small">
        {lengthNote(words)} Spoken at an easy pace, that is about {formatDuration(speakingSeconds)}; 0:45 to 2:00 is the range interviewers like.
      </p>
      {fillers.length > 0 ? (
        <p className="small">
          Fillers: {fillers.map((f) => `“${f.phrase}” ×${f.count}`).join(', ')}
        </p>
      ) : null}
      {repeatedPhrases.length > 0 ? (
        <p className="small">
          Said more than once: {repeatedPhrases.map((f) => `“${f.phrase}” ×${f.count}`).join(', ')}
        </p>
      ) : null}
    </>
  );
}

function SeverityLegend() {
  return (
    <ul className="legend" aria-label="What the marks mean">
      {(['serious', 'moderate', 'minor'] as const).map((s) => (
        <li key={s}>
          <span className={`legend__swatch hl hl--${s}`} aria-hidden="true" />
          {SEVERITY_NAMES[s]}
        </li>
      ))}
    </ul>
  );
}

export function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Most follow-ups already quote the words they probe; saying it twice is noise. */
function quotesItself(question: string, text: string): boolean {
  return question.toLowerCase().includes(text.slice(0, 24).toLowerCase());
}

function inlineCount(analysis: Analysis, answer: string): number {
  return analysis.flags.length - wholeAnswerFlags(analysis.flags, answer.length).length;
}

function scoreHint(score: number): string {
  const band = scoreBand(score);
  if (band.tone === 'good') return 'Ready to say aloud. Practise it in a mock interview.';
  if (band.tone === 'warn') return 'A solid base. Fix the marked phrases and fill in the missing elements.';
  return 'Start with the missing elements, then the marked phrases.';
}
