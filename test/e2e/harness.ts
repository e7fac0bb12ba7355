// The e2e tests and the demo share one launcher: the built extension in Debian's Chromium with
// fixture pages routed at the real platform URLs.
export * from '../../scripts/lib/extension-browser';
