/**
 * Which AWS partition a region belongs to: the region patterns of the SDK's partition
 * table (@aws-sdk/util-endpoints partitions.json). A role, its keys and the region of a
 * run must share one partition: credentials from one never work in another.
 */
const REGION_PATTERNS: readonly [partition: string, pattern: RegExp][] = [
  ['aws-cn', /^cn-\w+-\d+$/],
  ['aws-us-gov', /^us-gov-\w+-\d+$/],
  ['aws-iso', /^us-iso-\w+-\d+$/],
  ['aws-iso-b', /^us-isob-\w+-\d+$/],
  ['aws-iso-e', /^eu-isoe-\w+-\d+$/],
  ['aws-iso-f', /^us-isof-\w+-\d+$/],
  ['aws-eusc', /^eusc-(de)-\w+-\d+$/],
  ['aws', /^(us|eu|ap|sa|ca|me|af|il|mx)-\w+-\d+$/],
]

export function partitionOfRegion(region: string): string | undefined {
  return REGION_PATTERNS.find(([, pattern]) => pattern.test(region))?.[0]
}

/** `arn:PARTITION:service:...` */
export function partitionOfArn(arn: string): string {
  return arn.split(':')[1] ?? ''
}

/** `arn:PARTITION:kms:REGION:...` */
export function regionOfArn(arn: string): string {
  return arn.split(':')[3] ?? ''
}

/**
 * The audience AWS expects in a web-identity token: the STS service name of the role's
 * partition (`sts.amazonaws.com.cn` in China, `sts.amazonaws.com` everywhere else, GovCloud
 * included), what aws-actions/configure-aws-credentials defaults to as well.
 */
export function defaultAudience(partition: string): string {
  return partition === 'aws-cn' ? 'sts.amazonaws.com.cn' : 'sts.amazonaws.com'
}
