/** See never-idle.mjs: stubs requestIdleCallback/cancelIdleCallback; returns the callbacks waiting, by id. */
export function neverIdle(): Map<number, IdleRequestCallback>;
