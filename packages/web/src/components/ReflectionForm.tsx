/** The reflection prompts with their answers, saved as the reflection resource while they are typed. */
import { useId } from 'react';
import { REFLECTION_PROMPTS } from '@trajectory/core';
import { api } from '../api.js';
import { useAutosave, type AutosaveStore } from '../autosave.js';
import { later } from '../lib/dates.js';
import { SaveStatus } from './SaveStatus.js';

type Answers = Record<string, string>;

const reflectionStore: AutosaveStore<Answers> = {
  async load() {
    const { prompts } = await api.getReflection();
    let updatedAt: string | null = null;
    const answers: Answers = {};
    for (const prompt of prompts) {
      if (prompt.answer) answers[prompt.id] = prompt.answer;
      updatedAt = later(updatedAt, prompt.updatedAt);
    }
    return updatedAt ? { value: answers, updatedAt } : null;
  },
  async save(answers) {
    const { prompts } = await api.putReflection({ answers: Object.fromEntries(REFLECTION_PROMPTS.map((p) => [p.id, answers[p.id] ?? ''])) });
    return prompts.reduce<string | null>((latest, prompt) => later(latest, prompt.updatedAt), null) ?? undefined;
  },
};

export function ReflectionForm() {
  const [answers, setAnswers, saved] = useAutosave<Answers>('reflection', {}, { store: reflectionStore });
  const base = useId();
  const answered = REFLECTION_PROMPTS.filter((p) => (answers[p.id] ?? '').trim() !== '').length;
  return (
    <section className="card" aria-labelledby={`${base}-title`}>
      <div className="card__head">
        <h2 id={`${base}-title`}>1. Reflect</h2>
        <SaveStatus state={saved} label="Reflection" />
      </div>
      <p className="muted">
        A few honest answers make goals easier to find. Short notes are enough; nobody else reads them.{' '}
        <span className="badge">
          {answered} of {REFLECTION_PROMPTS.length} answered
        </span>
      </p>
      <div className="grid-2">
        {REFLECTION_PROMPTS.map((prompt) => (
          <div className="field" key={prompt.id}>
            <label htmlFor={`${base}-${prompt.id}`}>{prompt.text}</label>
            <span className="hint" id={`${base}-${prompt.id}-hint`}>
              {prompt.hint}
            </span>
            <textarea
              id={`${base}-${prompt.id}`}
              rows={3}
              aria-describedby={`${base}-${prompt.id}-hint`}
              data-prompt={prompt.id}
              value={answers[prompt.id] ?? ''}
              onChange={(e) => setAnswers((prev) => ({ ...prev, [prompt.id]: e.target.value }))}
            />
          </div>
        ))}
      </div>
    </section>
  );
}
