/*
 * jsPDF keeps file contents (fonts in its virtual file system, the streams it writes) as binary
 * strings: one character per byte.
 */

/** A binary string of bytes. */
export function binaryString(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 0x2000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    // `apply` takes the typed array as it is; a spread would copy it into an array first.
    parts.push(
      String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK) as unknown as number[]),
    );
  }
  return parts.join('');
}

/** The bytes of a binary string. */
export function bytesOf(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}
