/**
 * Buyer-typed text reaches the host's screen and, on stream, the audience: control characters
 * (which can hide or reorder text) are refused. Line breaks are allowed where a message may have
 * several lines.
 */
export function hasControlCharacters(text: string, { allowNewlines = false } = {}): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (allowNewlines && char === '\n') continue;
    if (code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0)) return true;
    // Bidirectional overrides let a name or message display as something other than what it is.
    if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return true;
  }
  return false;
}
