/** Signatures kept in or beside the file they sign. */
export type FileSignatureKind = 'embedded' | 'sig' | 'sigstore' | 'minisig'

/**
 * Where a signature was found: in or beside the file, or (`provenance`) a signed
 * attestation elsewhere in the workspace that lists the file by path and SHA-256.
 */
export type SignatureKind = FileSignatureKind | 'provenance'

/**
 * The verdict on one signature. Validity ("do these bytes match this key?") and
 * trust ("is the key pinned?") are folded into one status here, after both checks.
 * `stale`: it does not verify for the file as it is, but a trusted key verifies it for
 * the base branch's version of the file (a pull request changed a signed file).
 */
export type SignatureStatus = 'verified' | 'signed_unknown' | 'invalid' | 'error' | 'stale'

/**
 * What a signature's bytes cover, i.e. what a reader may rely on when it verifies:
 * `body` (embedded v1: the frontmatter is not signed), `frontmatter+body` (v2),
 * `spec-frontmatter+body` (v3), or the whole `file` (detached signatures, and provenance,
 * which pins the file's SHA-256).
 */
export type Coverage = 'body' | 'frontmatter+body' | 'spec-frontmatter+body' | 'file'

export interface SignatureCheck {
  kind: SignatureKind
  status: SignatureStatus
  /** What the signature covers, once it verified (or proved stale). */
  coverage?: Coverage
  /**
   * Frontmatter keys the covered payload holds without their value (upstream writes a
   * YAML date as `{}`), so they can change and the signature stays valid.
   */
  uncovered?: string[]
  /** The trusted entry's identifier that matched (verified only). */
  keyIdentifier?: string
  /** e.g. ECDSA_SHA_256, RSASSA_PSS_SHA_256, ED25519, minisign-ED */
  algorithm?: string
  /** The signature file, relative to the workspace (detached kinds; provenance: the bundle). */
  signatureFile?: string
  /** 1-based line of the signature in the dossier (embedded). */
  line?: number
  /** Why it is not verified, and what to do: for people. */
  message?: string
  /** Stable machine code for the reason (tests assert these). */
  code?: string
}

/** Does a reader get everything it acts on signed? Only then may a verified file be ALLOWed. */
export function coversEverything(check: SignatureCheck): boolean {
  return (
    check.coverage !== undefined &&
    check.coverage !== 'body' &&
    (check.uncovered === undefined || check.uncovered.length === 0)
  )
}
