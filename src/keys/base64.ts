const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

/**
 * Bytes of canonical, padded, standard base64, or undefined. Node's decoder skips
 * junk silently, so re-encoding is the only way to know the text meant these bytes.
 */
export function bytesFromBase64(text: string): Buffer | undefined {
  if (text.length === 0 || text.length % 4 !== 0 || !BASE64.test(text)) return undefined
  const bytes = Buffer.from(text, 'base64')
  return bytes.toString('base64') === text ? bytes : undefined
}
