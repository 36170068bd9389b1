/**
 * The answer with its flagged phrases in <mark>s. Each mark is reachable by Tab and describes itself
 * (aria-describedby) with the flag's message and fix; the same note pops up on hover and on focus,
 * stays while the pointer is over it, and Escape closes it.
 */
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Flag, Range } from '@trajectory/core';
import { segment, type Segment } from './highlight.js';
import { flagName, SEVERITY_NAMES } from './labels.js';

interface Props {
  answer: string;
  flags: readonly Flag[];
  evidence?: readonly Range[];
}

export function MarkedAnswer({ answer, flags, evidence = [] }: Props) {
  const id = useId();
  const segments = useMemo(() => segment(answer, flags, evidence), [answer, flags, evidence]);
  const [active, setActive] = useState<number | null>(null);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const markRefs = useRef(new Map<number, HTMLElement>());
  const closeTimer = useRef<number | undefined>(undefined);

  const open = (index: number) => {
    window.clearTimeout(closeTimer.current);
    setActive(index);
  };
  // A short delay lets the pointer travel from the mark onto the note without it vanishing.
  const closeSoon = () => {
    window.clearTimeout(closeTimer.current);
    closeTimer.current = window.setTimeout(() => setActive(null), 150);
  };
  useEffect(() => () => window.clearTimeout(closeTimer.current), []);

  useLayoutEffect(() => {
    if (active === null) return setPosition(null);
    const mark = markRefs.current.get(active);
    const box = containerRef.current;
    if (!mark || !box) return;
    const m = mark.getClientRects()[0] ?? mark.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    const width = Math.min(320, b.width);
    const left = Math.max(0, Math.min(m.left - b.left, b.width - width));
    setPosition({ top: m.bottom - b.top + 6, left });
  }, [active]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') setActive(null);
  };

  if (!answer.trim()) return <p className="muted">Nothing to mark yet.</p>;

  return (
    <div className="marked" ref={containerRef}>
      <p className="marked__text">
        {segments.map((seg, i) => {
          if (seg.flags.length === 0) {
            return seg.evidence ? (
              <span key={i} className="evidence">
                {seg.text}
              </span>
            ) : (
              <span key={i}>{seg.text}</span>
            );
          }
          const top = seg.flags[0]!;
          const startsFlag = seg.flags.some((f) => Math.max(0, f.start) === seg.start);
          return (
            <mark
              key={i}
              ref={(el) => {
                if (el) markRefs.current.set(i, el);
                else markRefs.current.delete(i);
              }}
              className={`hl hl--${top.severity}${seg.evidence ? ' evidence' : ''}${active === i ? ' hl--active' : ''}`}
              tabIndex={startsFlag ? 0 : -1}
              aria-describedby={`${id}-note-${i}`}
              data-flag={seg.flags.map((f) => f.id).join(' ')}
              onMouseEnter={() => open(i)}
              onMouseLeave={closeSoon}
              onFocus={() => open(i)}
              onBlur={closeSoon}
              onKeyDown={onKeyDown}
            >
              {seg.text}
            </mark>
          );
        })}
      </p>
      {segments.map((seg, i) =>
        seg.flags.length === 0 ? null : (
          <Note
            key={i}
            id={`${id}-note-${i}`}
            segment={seg}
            visible={active === i && position !== null}
            position={position}
            onEnter={() => open(i)}
            onLeave={closeSoon}
          />
        ),
      )}
    </div>
  );
}

interface NoteProps {
  id: string;
  segment: Segment;
  visible: boolean;
  position: { top: number; left: number } | null;
  onEnter: () => void;
  onLeave: () => void;
}

function Note({ id, segment, visible, position, onEnter, onLeave }: NoteProps) {
  return (
    <div
      id={id}
      role="tooltip"
      className="flag-note"
      hidden={!visible}
      style={position ? { top: position.top, left: position.left } : undefined}
      onMouseEnter={onEnter}
      onMouseLeave={onLeave}
    >
      {segment.flags.map((flag, i) => (
        <div key={`${flag.id}-${i}`} className={`flag-note__item flag-note__item--${flag.severity}`}>
          <p className="flag-note__name">
            {flagName(flag.id)} <span className="severity-tag">{SEVERITY_NAMES[flag.severity]}</span>
          </p>
          <p>{flag.message}</p>
          {flag.suggestion ? <p className="flag-note__fix">Try: {flag.suggestion}</p> : null}
        </div>
      ))}
    </div>
  );
}
