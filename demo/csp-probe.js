// Counts Content-Security-Policy violations on demo/strict.html (read by the
// end-to-end test, and shown on the page). A classic script, loaded first.
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample || ''}`);
  const out = document.getElementById('csp-count');
  if (out) out.textContent = String(window.__cspViolations.length);
});
