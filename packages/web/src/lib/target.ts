/** Which target the advice is tailored to, shared by every page: the most recently changed one. */
import type { TargetResponse } from '../api.js';

export function currentTarget(targets: readonly TargetResponse[]): TargetResponse | null {
  return [...targets].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0] ?? null;
}
