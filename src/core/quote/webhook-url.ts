// Which webhook URLs may receive a quote request; its own module so that the configuration check
// at mount does not bring in the sending code.

/** https, or http to this machine while developing. A relative URL is read against the page. */
export function isAllowedWebhookUrl(url: string, base: string | undefined = (globalThis as { location?: { href: string } }).location?.href): boolean {
  try {
    const parsed = new URL(url, base);
    if (parsed.protocol === 'https:') return true;
    return parsed.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
  } catch {
    return false;
  }
}
