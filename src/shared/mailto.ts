/**
 * `mailto:` links the app may hand to the system: at most one plain address, and only a
 * subject and a body. Anything else, however it is spelled, is refused, so a crafted link
 * cannot add recipients, attachments or headers.
 */
const ALLOWED_FIELDS = new Set(['subject', 'body']);

/** The `mailto:` link for a new message with this subject and body. */
export function mailtoLink(subject: string, body: string): string {
  const enc = (s: string): string => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  return `mailto:?subject=${enc(subject)}&body=${enc(body)}`;
}

const ADDRESS = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+$/;

/** True only for `mailto:` with at most one plain address and an optional subject and body, each once. */
export function isAllowedMailto(url: string): boolean {
  if (!url.toLowerCase().startsWith('mailto:')) return false;
  const rest = url.slice('mailto:'.length);
  const q = rest.indexOf('?');
  const address = q === -1 ? rest : rest.slice(0, q);
  if (address !== '' && !ADDRESS.test(address)) return false;
  if (q === -1) return address !== '';
  const query = rest.slice(q + 1);
  if (/[\s<>"]/.test(query)) return false;
  const seen = new Set<string>();
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    if (eq < 1) return false;
    const key = pair.slice(0, eq);
    if (!ALLOWED_FIELDS.has(key) || seen.has(key)) return false;
    seen.add(key);
    try {
      decodeURIComponent(pair.slice(eq + 1));
    } catch {
      return false;
    }
  }
  return true;
}
