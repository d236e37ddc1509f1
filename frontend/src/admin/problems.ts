import type { ApiError } from '../app/api';
import { generalProblem, reasonText, type Translate } from '../account/problems';

/** A 409 that names `version`: someone else saved the record since it was read. */
export function isVersionConflict(error: ApiError | undefined): boolean {
  return error?.kind === 'http' && error.status === 409 && error.errors.some((e) => e.field === 'version');
}

/**
 * Every `errors[]` entry of a problem+json answer by its field path as the API names it (`variants[1].price`), in the
 * reader's language when the shop knows the reason; the first reason for a field wins. `general` is what belongs to
 * no field: the detail, or the network's or server's failure.
 */
export function fieldErrors(error: ApiError | undefined, t: Translate): { byField: Record<string, string>; general?: string } {
  if (!error || error.kind === 'aborted') return { byField: {} };
  const byField: Record<string, string> = {};
  if (error.kind === 'http') {
    for (const { field, reason } of error.errors) byField[field] ??= reasonText(t, field, reason);
    if (error.errors.length > 0 && error.status < 500) return { byField };
  }
  return { byField, general: generalProblem(t, error) };
}
