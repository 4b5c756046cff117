/** Where a signature was found. */
export type SignatureKind = 'embedded' | 'sig' | 'sigstore' | 'minisig'

/**
 * The verdict on one signature. Validity ("do these bytes match this key?") and
 * trust ("is the key pinned?") are folded into one status here, after both checks.
 */
export type SignatureStatus = 'verified' | 'signed_unknown' | 'invalid' | 'error'

export interface SignatureCheck {
  kind: SignatureKind
  status: SignatureStatus
  /** The trusted entry's identifier that matched (verified only). */
  keyIdentifier?: string
  /** e.g. ECDSA_SHA_256, RSASSA_PSS_SHA_256, ED25519, minisign-ED */
  algorithm?: string
  /** The signature file, relative to the workspace (detached kinds). */
  signatureFile?: string
  /** 1-based line of the signature in the dossier (embedded). */
  line?: number
  /** Why it is not verified, and what to do: for people. */
  message?: string
  /** Stable machine code for the reason (tests assert these). */
  code?: string
}
