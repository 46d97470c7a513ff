// Loaded first (a classic script from the partner's own origin, so a strict
// policy allows it) by the pages of engines.test.mjs: what a WebDriver session
// cannot watch from outside, the page writes down itself — uncaught errors,
// console notes and warnings, CSP violations. `?clock=<ISO time>` freezes the
// clock, so two pages shot a minute apart show the same "open now".
(() => {
  const log = (window.__log = { errors: [], console: [], violations: [] });
  addEventListener('error', (e) => log.errors.push(String(e.message || e.error)));
  addEventListener('unhandledrejection', (e) => log.errors.push(`unhandled rejection: ${e.reason}`));
  document.addEventListener('securitypolicyviolation', (e) => log.violations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample || ''}`));
  for (const level of ['info', 'warn', 'error']) {
    const orig = console[level].bind(console);
    console[level] = (...a) => {
      log.console.push(`${level}: ${a.map(String).join(' ')}`);
      orig(...a);
    };
  }
  const clock = new URLSearchParams(document.currentScript.src.split('?')[1] || '').get('clock');
  if (clock) {
    const fixed = Date.parse(clock);
    const RealDate = Date;
    window.Date = class extends RealDate {
      constructor(...a) {
        super(...(a.length ? a : [fixed]));
      }
      static now() {
        return fixed;
      }
    };
  }
})();
