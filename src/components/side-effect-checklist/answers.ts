import type { ReactiveControllerHost } from 'lit';
import { RememberController } from '../../controllers/remember-controller.js';
import { severities, type Severity } from './plan.js';

/** The patient's answers: ticked symptom ids (with a severity when given) and "none of these". */
export interface Answers {
  ticked: Map<string, Severity | undefined>;
  none: boolean;
}

/**
 * Answers kept on this device for 30 days, only after the patient opts in.
 * Stored as `{ ids: ['id' | 'id:severity'], none, expires }` under
 * `immuno-checklist:answers` (plus `:<element id>`, or `:<therapy>` for a
 * checklist without an id showing one therapy, so two checklists on one page
 * keep separate answers): ids, never labels. "Clear my answers" removes
 * this checklist's key only, never another checklist's answers on the page
 * or elsewhere on the site.
 */
export const rememberAnswers = (host: ReactiveControllerHost, scope: () => string): RememberController<Answers> =>
  new RememberController<Answers>(host, {
    storage: 'local',
    key: () => `immuno-checklist:answers${scope() ? `:${scope()}` : ''}`,
    maxAge: 30 * 24 * 60 * 60 * 1000,
    write: ({ ticked, none }) => ({ ids: [...ticked].map(([id, sev]) => (sev ? `${id}:${sev}` : id)), none }),
    read: (data) => {
      const { ids, none } = (data ?? {}) as { ids?: unknown; none?: unknown };
      if (!Array.isArray(ids)) return undefined;
      const ticked = new Map<string, Severity | undefined>();
      for (const entry of ids) {
        if (typeof entry !== 'string') continue;
        const [id, sev] = entry.split(':');
        ticked.set(id, severities.includes(sev as Severity) ? (sev as Severity) : undefined);
      }
      return { ticked, none: none === true };
    },
  });
