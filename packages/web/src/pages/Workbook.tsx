/** Workbook: reflect, then write goals with a SMART check beside each one, and see how short-term goals lead to long-term ones. */
import { useCallback, useMemo, useState } from 'react';
import { api, type GoalResponse } from '../api.js';
import { forgetLocal } from '../autosave.js';
import { GoalCard } from '../components/GoalCard.js';
import { GoalComposer } from '../components/GoalComposer.js';
import { GoalPath } from '../components/GoalPath.js';
import { ReflectionForm } from '../components/ReflectionForm.js';
import { goalKey, toDraft, type GoalDraft } from '../lib/goals.js';
import { useProfileFacts } from '../lib/profile.js';
import { useLoad } from '../lib/useLoad.js';
import { Link } from '../router.js';

/** Long-term goals first, then short-term ones, each in the order they were made. */
const order = (a: GoalResponse, b: GoalResponse) => (a.horizon === b.horizon ? a.id.localeCompare(b.id) : a.horizon === 'long' ? -1 : 1);

export default function WorkbookPage() {
  const facts = useProfileFacts();
  const goals = useLoad(() => api.listGoals(), []);
  const [drafts, setDrafts] = useState<Record<string, GoalDraft>>({});

  const onDraft = useCallback((id: string, draft: GoalDraft) => setDrafts((prev) => (prev[id] === draft ? prev : { ...prev, [id]: draft })), []);
  const { setData } = goals;
  const onSaved = useCallback((saved: GoalResponse) => setData((list) => list?.map((g) => (g.id === saved.id ? saved : g))), [setData]);
  const onCreated = (goal: GoalResponse) => goals.setData((list) => [...(list ?? []), goal]);
  const onDelete = async (id: string) => {
    await api.deleteGoal(id);
    forgetLocal(goalKey(id));
    goals.setData((list) => list?.filter((g) => g.id !== id));
    setDrafts(({ [id]: _gone, ...rest }) => rest);
  };

  const list = useMemo(() => [...(goals.data ?? [])].sort(order), [goals.data]);
  const live = list.map((goal) => ({ id: goal.id, draft: drafts[goal.id] ?? toDraft(goal) }));
  const longGoals = live.filter((g) => g.draft.horizon === 'long').map((g) => ({ id: g.id, statement: g.draft.statement }));

  return (
    <section aria-labelledby="workbook-title">
      <h1 id="workbook-title">Workbook</h1>
      <p className="page-intro">
        Find your goals, then make each one specific, measurable, realistic and planned. The check beside each goal
        updates as you type.
      </p>

      <ReflectionForm />

      <section aria-labelledby="goals-title">
        <h2 id="goals-title">2. Your goals</h2>
        <p className="muted">
          Name at least one short-term goal (up to about two years) and one long-term goal (about five years or more).
        </p>
        {goals.loading && !goals.data ? <p className="loading">Loading your goals…</p> : null}
        {goals.error && !goals.data ? (
          <p className="empty" role="alert">
            {goals.offline ? 'Your goals will appear when the server is back.' : `Your goals could not be loaded: ${goals.error}`}
          </p>
        ) : null}
        {list.map((goal, index) => (
          <GoalCard
            key={goal.id}
            goal={goal}
            index={index}
            longGoals={longGoals}
            experience={facts.experience}
            role={facts.role}
            onDraft={onDraft}
            onSaved={onSaved}
            onDelete={onDelete}
          />
        ))}
        <GoalComposer onCreated={onCreated} experience={facts.experience} role={facts.role} />
      </section>

      <GoalPath goals={live} />

      {list.length > 0 ? (
        <div className="actions">
          <Link to="/target" className="btn">
            Next: match them to the job
          </Link>
        </div>
      ) : null}
    </section>
  );
}
