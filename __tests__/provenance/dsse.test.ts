import { describe, expect, it } from '@jest/globals'
import { dsse } from '@sigstore/core'
import { IN_TOTO_PAYLOAD_TYPE, preAuthEncoding } from '../../src/formats/provenance/dsse.js'

describe('preAuthEncoding (DSSE v1 PAE)', () => {
  it("matches the DSSE specification's worked example", () => {
    expect(
      preAuthEncoding('http://example.com/HelloWorld', Buffer.from('hello world')).toString(),
    ).toBe('DSSEv1 29 http://example.com/HelloWorld 11 hello world')
  })

  it('counts bytes, not characters, in both lengths', () => {
    const payload = Buffer.from('{"name":"dossiers/é.ds.md"}')
    const pae = preAuthEncoding('type/ü', payload)
    expect(pae.toString()).toBe(`DSSEv1 7 type/ü ${payload.length} ${payload.toString()}`)
    expect(payload.length).toBe(28)
  })

  it("agrees with sigstore-js's own PAE, which its verifier checks signatures over", () => {
    const payload = Buffer.from('{"_type":"https://in-toto.io/Statement/v1"}')
    expect(preAuthEncoding(IN_TOTO_PAYLOAD_TYPE, payload)).toEqual(
      dsse.preAuthEncoding(IN_TOTO_PAYLOAD_TYPE, payload),
    )
  })

  it('frames an empty payload', () => {
    expect(preAuthEncoding('t', Buffer.alloc(0)).toString()).toBe('DSSEv1 1 t 0 ')
  })
})
