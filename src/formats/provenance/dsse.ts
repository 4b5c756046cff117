/** DSSE's media type for an in-toto Statement payload. */
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json'

/**
 * DSSE v1 Pre-Authentication Encoding, what the envelope's signature covers:
 * `"DSSEv1" SP len(type) SP type SP len(payload) SP payload`. Lengths are the BYTE
 * lengths in ASCII decimal, so a payload type with non-ASCII characters still frames
 * exactly; signing the payload alone would let a signature move to another type.
 */
export function preAuthEncoding(payloadType: string, payload: Buffer): Buffer {
  const type = Buffer.from(payloadType, 'utf8')
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${type.length} `, 'ascii'),
    type,
    Buffer.from(` ${payload.length} `, 'ascii'),
    payload,
  ])
}
