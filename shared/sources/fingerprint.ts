// A source's fingerprint: SHA-256 of its normalised text as UTF-8, by Web Crypto (in the window,
// workers and Node alike).
import type { Fingerprint } from '../model/evidence';

export async function fingerprintText(normalisedText: string): Promise<Fingerprint> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(normalisedText));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
