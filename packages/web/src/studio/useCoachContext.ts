/**
 * What the studio, the mock interview and the prep sheet all need besides the answer: the question bank,
 * the profile (role, experience) and the target job. Loaded once per page; each part may be missing.
 */
import { useEffect, useState } from 'react';
import type { ExperienceLevel } from '@trajectory/core';
import type { AnalysisRequest } from '@trajectory/server/schemas';
import { api, errorMessage, type ProfileResponse, type QuestionItem, type TargetResponse } from '../api.js';

export interface CoachContext {
  loading: boolean;
  error: string | null;
  questions: QuestionItem[];
  profile: ProfileResponse | null;
  targets: TargetResponse[];
}

export function useCoachContext(): CoachContext {
  const [state, setState] = useState<CoachContext>({ loading: true, error: null, questions: [], profile: null, targets: [] });
  useEffect(() => {
    let cancelled = false;
    Promise.allSettled([api.questions(), api.getProfile(), api.listTargets()]).then(([questions, profile, targets]) => {
      if (cancelled) return;
      setState({
        loading: false,
        // Without questions nothing works; the profile and targets are optional extras.
        error: questions.status === 'rejected' ? errorMessage(questions.reason) : null,
        questions: questions.status === 'fulfilled' ? questions.value : [],
        profile: profile.status === 'fulfilled' ? profile.value : null,
        targets: targets.status === 'fulfilled' ? targets.value : [],
      });
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return state;
}

/** The target the advice is tailored to: the most recently changed one. */
export function currentTarget(targets: readonly TargetResponse[]): TargetResponse | null {
  return [...targets].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0] ?? null;
}

/** The context the analyzer reads besides the answer: the role, the company's text, the experience level. */
export function analysisContext(profile: ProfileResponse | null, target: TargetResponse | null): Omit<AnalysisRequest, 'answer'> {
  const role = target?.role || profile?.targetRole || undefined;
  const company = [target?.company || profile?.company, target?.description, target?.notes].filter(Boolean).join('\n\n') || undefined;
  const experience: ExperienceLevel | undefined = profile?.experience ?? undefined;
  return { role, company, experience };
}
