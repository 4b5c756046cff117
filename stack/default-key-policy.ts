export interface DefaultPolicyOptions {
  /** kms:Sign only under kms:MessageType = DIGEST (the ADR's rule) */
  requireDigest: boolean
  /**
   * an Ed25519 key: add the statement pure Ed25519 needs under requireDigest, kms:Sign
   * with kms:MessageType = RAW only together with kms:SigningAlgorithm = ED25519_SHA_512
   */
  pureEd25519?: boolean
}

/**
 * The stand-in's default key policy, written as a real one: DescribeKey and
 * GetPublicKey in their own statement, kms:Sign under kms:MessageType = DIGEST, and
 * `signers` as a StringLike condition on aws:PrincipalArn (a Principal element
 * cannot hold wildcards).
 */
export function defaultKeyPolicy(
  signers: string[] | undefined,
  { requireDigest, pureEd25519 = false }: DefaultPolicyOptions,
): object {
  const who = signers === undefined ? {} : { StringLike: { 'aws:PrincipalArn': signers } }
  const digestOnly = requireDigest ? { StringEquals: { 'kms:MessageType': 'DIGEST' } } : {}
  const pure = {
    StringEquals: { 'kms:MessageType': 'RAW', 'kms:SigningAlgorithm': 'ED25519_SHA_512' },
  }
  const rawStatement = {
    Sid: 'SignPureEd25519',
    Effect: 'Allow',
    Principal: '*',
    Action: 'kms:Sign',
    Resource: '*',
    Condition: { ...who, ...pure },
  }
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'ReadKey',
        Effect: 'Allow',
        Principal: '*',
        Action: ['kms:DescribeKey', 'kms:GetPublicKey'],
        Resource: '*',
        Condition: who,
      },
      {
        Sid: 'Sign',
        Effect: 'Allow',
        Principal: '*',
        Action: 'kms:Sign',
        Resource: '*',
        Condition: { ...who, ...digestOnly },
      },
      ...(requireDigest && pureEd25519 ? [rawStatement] : []),
    ],
  }
}
