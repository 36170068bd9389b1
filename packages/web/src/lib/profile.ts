/** The facts every check is judged against (role, experience), from the Start page's form: this device's copy at once, then the server's. */
import { useEffect, useState } from 'react';
import type { ExperienceLevel } from '@trajectory/core';
import { api } from '../api.js';

export interface ProfileFacts {
  role: string;
  company: string;
  experience: ExperienceLevel | undefined;
}

function fromLocalStart(): ProfileFacts | null {
  try {
    const raw = window.localStorage.getItem('trajectory:autosave:start');
    const form = raw ? (JSON.parse(raw) as { value?: { role?: string; company?: string; experience?: string } }).value : undefined;
    if (!form) return null;
    return { role: form.role ?? '', company: form.company ?? '', experience: (form.experience || undefined) as ExperienceLevel | undefined };
  } catch {
    return null;
  }
}

export function useProfileFacts(): ProfileFacts {
  const [facts, setFacts] = useState<ProfileFacts>(() => fromLocalStart() ?? { role: '', company: '', experience: undefined });
  useEffect(() => {
    let cancelled = false;
    api.getProfile().then(
      (profile) => {
        if (cancelled || !profile.updatedAt) return;
        setFacts({ role: profile.targetRole ?? '', company: profile.company ?? '', experience: profile.experience ?? undefined });
      },
      () => undefined, // away: this device's copy stands
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return facts;
}
