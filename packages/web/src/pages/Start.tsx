/** Start: the few facts that change the advice — the role, the company and its job description, the experience level. */
import { useId, useMemo } from 'react';
import { EXPERIENCE_LEVELS, type ExperienceLevel } from '@trajectory/core';
import { api, isNotFound, type TargetResponse } from '../api.js';
import { useAutosave, type AutosaveStore } from '../autosave.js';
import { SaveStatus } from '../components/SaveStatus.js';
import { later } from '../lib/dates.js';
import { currentTarget } from '../lib/target.js';
import { Link } from '../router.js';

export interface StartForm {
  role: string;
  company: string;
  description: string;
  experience: ExperienceLevel | '';
}

const EMPTY: StartForm = { role: '', company: '', description: '', experience: '' };

const LEVELS: Record<ExperienceLevel, { label: string; hint: string }> = {
  graduate: { label: 'Graduate or student', hint: 'A loose plan is fine; show how you will learn.' },
  early: { label: 'Early career', hint: 'A few years in: show a direction and the next step.' },
  experienced: { label: 'Experienced', hint: 'Interviewers expect a clear, concrete plan.' },
  senior: { label: 'Senior or leader', hint: 'Goals about people, scope and results for the business.' },
};

/**
 * The form is saved as the profile (role, company, experience) and as the current target (company, role, job
 * description). A target needs both a role and a company; until then only the profile is saved.
 */
export function startStore(): AutosaveStore<StartForm> {
  let target: TargetResponse | null | undefined;
  const findTarget = async () => {
    if (target === undefined) target = currentTarget(await api.listTargets());
    return target;
  };
  return {
    async load() {
      const [profile, found] = await Promise.all([api.getProfile(), findTarget()]);
      const updatedAt = later(profile.updatedAt, found?.updatedAt);
      if (!updatedAt) return null;
      return {
        value: {
          role: found?.role ?? profile.targetRole ?? '',
          company: found?.company ?? profile.company ?? '',
          description: found?.description ?? '',
          experience: profile.experience ?? '',
        },
        updatedAt,
      };
    },
    async save(form) {
      const profile = await api.putProfile({ targetRole: form.role, company: form.company, experience: form.experience || null });
      const role = form.role.trim();
      const company = form.company.trim();
      if (!role || !company) return profile.updatedAt ?? undefined;
      const fields = { role, company, description: form.description };
      const existing = await findTarget();
      let saved: TargetResponse;
      try {
        saved = existing ? await api.patchTarget(existing.id, fields) : await api.createTarget(fields);
      } catch (error) {
        if (!existing || !isNotFound(error)) throw error;
        saved = await api.createTarget(fields); // deleted elsewhere: start a new one
      }
      target = saved;
      return later(profile.updatedAt, saved.updatedAt) ?? undefined;
    },
  };
}

export default function StartPage() {
  const store = useMemo(startStore, []);
  const [form, setForm, saved] = useAutosave<StartForm>('start', EMPTY, { store });
  const ids = { role: useId(), company: useId(), description: useId(), descriptionHint: useId(), levelHint: useId() };
  const update = <K extends keyof StartForm>(field: K, value: StartForm[K]) => setForm((prev) => ({ ...prev, [field]: value }));
  const ready = form.role.trim() !== '' && form.company.trim() !== '';

  return (
    <section aria-labelledby="start-title">
      <h1 id="start-title">Get ready for “What are your career goals?”</h1>
      <p className="page-intro">
        Interviewers ask it to learn whether you will stay, what drives you and whether your plans fit their role. Tell
        Trajectory what you are applying for, and every check, draft and practice question is tailored to it.
      </p>

      <div className="card">
        <div className="card__head">
          <h2>The job you are preparing for</h2>
          <SaveStatus state={saved} label="The job you are preparing for" />
        </div>
        <div className="row">
          <div className="field">
            <label htmlFor={ids.role}>Role</label>
            <input
              id={ids.role}
              type="text"
              autoComplete="organization-title"
              placeholder="e.g. Data analyst"
              value={form.role}
              onChange={(e) => update('role', e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={ids.company}>Company</label>
            <input
              id={ids.company}
              type="text"
              autoComplete="organization"
              placeholder="e.g. Northwind Logistics"
              value={form.company}
              onChange={(e) => update('company', e.target.value)}
            />
          </div>
        </div>
        <div className="field" style={{ marginTop: '1rem' }}>
          <label htmlFor={ids.description}>
            Job description <span className="hint">(paste it, or what you know of the company)</span>
          </label>
          <textarea
            id={ids.description}
            rows={8}
            aria-describedby={ids.descriptionHint}
            value={form.description}
            onChange={(e) => update('description', e.target.value)}
          />
          <span id={ids.descriptionHint} className="hint">
            Its words on training, mentoring, products and values are what your goals will be matched against.
          </span>
        </div>
        <fieldset aria-describedby={ids.levelHint}>
          <legend>Your experience</legend>
          <p id={ids.levelHint} className="hint">
            It changes how strict the coach is: a graduate may have a loose plan, an experienced professional should not.
          </p>
          <div className="choices">
            {EXPERIENCE_LEVELS.map((level) => (
              <label key={level} className="choice" title={LEVELS[level].hint}>
                <input type="radio" name="experience" value={level} checked={form.experience === level} onChange={() => update('experience', level)} />
                {LEVELS[level].label}
              </label>
            ))}
          </div>
          {form.experience ? <p className="hint" style={{ marginTop: '0.5rem' }}>{LEVELS[form.experience].hint}</p> : null}
        </fieldset>
        <div className="actions">
          <Link to="/workbook" className="btn">
            Next: find your goals
          </Link>
          {!ready ? <span className="hint">Add a role and a company to match your goals against this job.</span> : null}
        </div>
      </div>

      <h2>How it works</h2>
      <ol className="journey">
        <li>
          <Link to="/workbook">Workbook</Link>: answer a few questions about yourself, then write short- and long-term goals with a plan.
        </li>
        <li>
          <Link to="/target">Target</Link>: see which of your goals this job supports, and what it asks that your goals miss.
        </li>
        <li>
          <Link to="/studio">Answer studio</Link>: draft an answer from your goals and fix its red flags.
        </li>
        <li>
          <Link to="/mock">Mock interview</Link>: answer against the clock, aloud or typed, with follow-up questions.
        </li>
        <li>
          <Link to="/progress">Progress</Link> and <Link to="/prep">prep sheet</Link>: watch your scores rise and take one page into the room.
        </li>
      </ol>
      <p className="muted small">Everything stays on your own machine: Trajectory works offline and sends nothing anywhere.</p>
    </section>
  );
}
