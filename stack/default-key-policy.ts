/**
 * The stand-in's default key policy, written as a real one: DescribeKey and
 * GetPublicKey in their own statement, kms:Sign under kms:MessageType = DIGEST, and
 * `signers` as a StringLike condition on aws:PrincipalArn (a Principal element
 * cannot hold wildcards).
 */
export function defaultKeyPolicy(signers: string[] | undefined, requireDigest: boolean): object {
  const who = signers === undefined ? {} : { StringLike: { 'aws:PrincipalArn': signers } }
  const digestOnly = requireDigest ? { StringEquals: { 'kms:MessageType': 'DIGEST' } } : {}
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
    ],
  }
}
