/** A `tel:` URL from a number as the hospital wrote it: digits and a leading `+` only. */
export function telHref(phone: string): string | undefined {
  const p = phone.trim();
  const digits = p.replace(/\D/g, '');
  return digits ? `tel:${p.startsWith('+') ? '+' : ''}${digits}` : undefined;
}
