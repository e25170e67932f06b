import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A host that can carry custom states (`:state(far)`). */
export interface ViewportHost extends ReactiveControllerHost, HTMLElement {}

/** One observer for every widget on the page, made when the first one connects (no work at import). */
let observer: IntersectionObserver | undefined;
const statesOf = new WeakMap<Element, CustomStateSet>();

/**
 * Sets the custom state `far` on a widget while it is more than one viewport
 * height away from the visible area, so its styles can skip rendering work
 * there (`:host(:state(far)) { content-visibility: auto }`).
 */
export class ViewportController implements ReactiveController {
  constructor(
    private host: ViewportHost,
    states: CustomStateSet,
  ) {
    statesOf.set(host, states);
    host.addController(this);
  }

  hostConnected(): void {
    observer ??= new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          const states = statesOf.get(e.target);
          if (e.isIntersecting) states?.delete('far');
          else states?.add('far');
        }
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(this.host);
  }

  hostDisconnected(): void {
    observer?.unobserve(this.host);
  }
}
