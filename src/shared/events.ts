/** The `detail` of a `CustomEvent` listed in `GlobalEventHandlersEventMap`. */
export type EventDetail<K extends keyof GlobalEventHandlersEventMap> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Dispatches a bubbling, composed `CustomEvent` from `target`. Typed against
 * `GlobalEventHandlersEventMap`, where every widget declares its events, so a
 * misspelt name or a wrong `detail` is a compile error.
 */
export function dispatch<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
  detail: EventDetail<K>,
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
}
