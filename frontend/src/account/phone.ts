const TYPABLE = /^[\d\s+()\-.]*$/;

/** The 9 digits after +998 of a number as people type it, or null when the text is not plainly an Uzbek number. */
export function nationalDigits(text: string): string | null {
  const trimmed = text.trim();
  if (!TYPABLE.test(trimmed)) return null;
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length === 12 && digits.startsWith('998')) return digits.slice(3);
  if (digits.length === 9 && !trimmed.startsWith('+') && !digits.startsWith('0')) return digits;
  return null;
}

/**
 * "+998 90 123 45 67" for anything that is plainly an Uzbek number ("90 123 45 67", "+998 90 123-45-67",
 * "998901234567"); any other text is left as typed, for the API to say what is wrong with it.
 */
export function formatPhone(text: string): string {
  const national = nationalDigits(text);
  if (!national) return text.trim();
  return `+998 ${national.slice(0, 2)} ${national.slice(2, 5)} ${national.slice(5, 7)} ${national.slice(7)}`;
}
