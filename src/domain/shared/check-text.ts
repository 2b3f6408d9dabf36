/*
 * One rule for every text the app accepts, used by the contracts' zod fields and by domain validators
 * alike, so "filled" means the same thing at the edge and inside.
 */

/** Why a text is refused, in words for people; `checkText` returns one of these or a length message. */
export const TEXT_MESSAGES = {
  nul: 'Must not contain NUL characters (U+0000)',
  loneSurrogate: 'Contains a broken character (half of a UTF-16 surrogate pair); type or paste it again',
  required: 'Required: enter visible text (spaces and invisible characters do not count)',
  tooLong: (max: number) => `Must be at most ${max} characters`,
} as const;

/*
 * Characters that draw nothing on their own: every default-ignorable code point (zero-width space and
 * joiners U+200B-U+200D, word joiner U+2060, byte-order mark U+FEFF, bidi controls U+202A-U+202E and
 * U+2066-U+2069, variation selectors, Hangul fillers, tags), other format (Cf) and control (Cc)
 * characters, lone surrogates (Cs), separators and white space, combining marks without a base, and the blank Braille
 * pattern U+2800.
 */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}\p{Cc}\p{Cs}\p{Z}\p{White_Space}\p{M}\u2800]/gu;

/** True when `value` has a high surrogate not followed by a low one, or a low one not after a high one. */
function hasLoneSurrogate(value: string): boolean {
  for (let i = 0; i < value.length; i += 1) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return true;
      i += 1;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) return true;
  }
  return false;
}

/**
 * Whether `value` shows anything to a reader: after Unicode NFC normalisation, at least one character
 * that is not white space, a control or format character, a default-ignorable code point or a lone
 * combining mark. Total: lone surrogates count as invisible (and `checkText` refuses them).
 *
 * @example
 * hasVisibleText('\u200B\uFEFF\u202E '); // false
 * hasVisibleText('مرحبا'); // true
 */
export function hasVisibleText(value: string): boolean {
  const normalised = hasLoneSurrogate(value) ? value : value.normalize('NFC');
  return normalised.replace(INVISIBLE, '').length > 0;
}

export interface TextRule {
  /** Most UTF-16 code units, as `String.length` counts them (what the UI's counters show). */
  max: number;
  /** Whether the text must have visible characters (see `hasVisibleText`). */
  required: boolean;
}

/**
 * The first reason `value` (already trimmed) breaks `rule`, or null when it is acceptable. NUL
 * characters and lone surrogates are refused in every text, required or not, because they cannot be
 * stored, hashed, searched and shown consistently; then the length, then visibility when required.
 *
 * @example
 * checkText('\u200B', { max: 100, required: true }); // 'Required: enter visible text (...)'
 * checkText('Fix VPN 🚀', { max: 100, required: true }); // null
 */
export function checkText(value: string, rule: TextRule): string | null {
  if (value.includes('\u0000')) return TEXT_MESSAGES.nul;
  if (hasLoneSurrogate(value)) return TEXT_MESSAGES.loneSurrogate;
  if (value.length > rule.max) return TEXT_MESSAGES.tooLong(rule.max);
  if (rule.required && !hasVisibleText(value)) return TEXT_MESSAGES.required;
  return null;
}
