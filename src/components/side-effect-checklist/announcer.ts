import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Urgency } from '../../content/schema.js';

/**
 * How long a severity choice made with the arrow keys must stay before it is
 * announced. Arrowing through Mild, Moderate and Severe checks each radio in
 * turn; announcing each would chatter, and an emergency alert fired on the way
 * through would be dropped again at once. A screen reader reads each radio's
 * name in about this time.
 */
export const SETTLE_MS = 1000;

/** What the live regions say: the status line's count and most urgent level, and how many emergencies. */
export interface Said {
  count: number;
  level?: Urgency;
  emergency: number;
}

/**
 * The checklist's announcements: the polite status line and the assertive
 * emergency alert. A tick is announced at once; a severity chosen with the
 * arrow keys once it settles (`SETTLE_MS` without another change, or focus
 * leaving the group), so arrowing is silent and landing on an emergency is
 * announced. A new emergency empties and refills the alert, so a second one
 * is announced too.
 */
export class PlanAnnouncer implements ReactiveController {
  /** The emergency alert is filled. */
  alert = false;
  private said?: Said;
  private arrowing = false;
  private settling?: ReturnType<typeof setTimeout>;

  constructor(
    private host: ReactiveControllerHost,
    /** What the live regions should say for the plan as it is now. */
    private now: () => Said,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.settling);
    this.settling = undefined;
  }

  /** What the status line shows: while a choice settles, what was last announced. */
  get status(): Said {
    return (this.settling !== undefined && this.said) || this.now();
  }

  /** Call before an answer changes the plan. */
  before(): void {
    this.said ??= this.now();
  }

  /** Call after an answer changed the plan: announces now, or once an arrow-key choice settles. */
  changed(): void {
    clearTimeout(this.settling);
    this.settling = this.arrowing ? setTimeout(() => this.announce(), SETTLE_MS) : undefined;
    if (!this.arrowing) this.announce();
  }

  /** keydown/keyup in a "How bad is it?" group: arrow keys change the choice. */
  key(e: KeyboardEvent): void {
    this.arrowing = e.type === 'keydown' && e.key.startsWith('Arrow');
  }

  /** focusout of a "How bad is it?" group: leaving it settles the choice. */
  leave(e: FocusEvent): void {
    const group = e.currentTarget as HTMLElement;
    if (this.settling !== undefined && !group.contains(e.relatedTarget as Node | null)) this.announce();
  }

  /** Says the plan as it is now. */
  announce(): void {
    clearTimeout(this.settling);
    this.settling = undefined;
    const before = this.said?.emergency ?? 0;
    this.said = this.now();
    if (this.said.emergency > before) {
      this.alert = false;
      void this.host.updateComplete.then(() => {
        this.alert = true;
        this.host.requestUpdate();
      });
    } else if (!this.said.emergency) this.alert = false;
    this.host.requestUpdate();
  }
}
