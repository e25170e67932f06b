// Imported first by the bundle: marks when its code starts running, so
// `performance.measure()` can tell how long the widgets took to appear.
performance.mark('immuno-widgets:start');
