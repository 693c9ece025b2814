/**
 * Characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF):
 * replaced by U+FFFD so one odd byte in a note cannot make a whole export unreadable.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- these control characters are exactly what must go
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** A text as an XML attribute value (line breaks and tabs kept as character references). */
export function xmlAttribute(value: string): string {
  return value.replace(NOT_XML, '\uFFFD').replace(/[&<>"'\t\n\r]/g, (c) => ESCAPES[c]);
}
