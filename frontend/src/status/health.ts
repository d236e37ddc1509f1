export type ComponentStatus = 'up' | 'down';

export interface ComponentCheck {
  component: string;
  status: ComponentStatus;
  latencyMs: number;
  error?: string;
}

/** Body of GET /api/health, sent with 200 when everything is up and 503 otherwise. */
export interface HealthReport {
  status: ComponentStatus;
  checkedAt: string;
  checks: ComponentCheck[];
  down: string[];
}

// Guards against a non-JSON answer, e.g. the SPA's index.html when the API is not routed.
export function isHealthReport(body: unknown): body is HealthReport {
  if (typeof body !== 'object' || body === null) return false;
  const report = body as Partial<HealthReport>;
  return (
    (report.status === 'up' || report.status === 'down') &&
    typeof report.checkedAt === 'string' &&
    Array.isArray(report.checks) &&
    Array.isArray(report.down)
  );
}
