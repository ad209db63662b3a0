// The demo host page listens to the widget's events, as a partner's page would.
for (const name of ['ready', 'step-change', 'completed', 'quote-request', 'quote-sent', 'error']) {
  document.addEventListener(`cyber-risk-check:${name}`, (event) => console.info(`cyber-risk-check:${name}`, event.detail));
}
