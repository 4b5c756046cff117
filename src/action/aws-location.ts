import { partitionOfArn, partitionOfRegion, regionOfArn } from '../aws/partitions.js'
import { InputError } from './input-error.js'
import type { InputName } from './settings.js'

/** A KMS key input as the user gave it (key id, key ARN, alias/NAME or alias ARN). */
export interface KeyInput {
  input: InputName
  value: string
}

const REGION = /^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/

/**
 * The one region a run calls KMS and STS in. A key ARN names its region for good, so it
 * wins over AWS_REGION and AWS_DEFAULT_REGION, which other steps often set for their own
 * purposes; an explicit `aws-region` that contradicts it is a mistake worth stopping for.
 * Keys given as aliases or key ids use `aws-region`, then AWS_REGION, then
 * AWS_DEFAULT_REGION. Every mismatch of partition or region fails here, before any call.
 */
export function awsRegionFor(
  keys: readonly KeyInput[],
  roleToAssume: string,
  regionInput: string,
  env: NodeJS.ProcessEnv,
): string {
  const arns = keys.filter((key) => key.value.startsWith('arn:'))
  if (roleToAssume !== '') {
    for (const key of arns) samePartition(key, roleToAssume)
  }
  const [first, ...others] = arns
  if (first !== undefined) {
    const region = regionOfArn(first.value)
    const other = others.find((key) => regionOfArn(key.value) !== region)
    if (other !== undefined) {
      throw new InputError(
        'invalid',
        `\`${first.input}\` is a key in ${region} (${first.value}) and \`${other.input}\` a key in ${regionOfArn(other.value)} (${other.value}): a run calls KMS in one region. Use keys of one region (a multi-Region key has a replica there: give the replica's ARN).`,
      )
    }
    if (regionInput !== '' && regionInput !== region) {
      throw new InputError(
        'invalid',
        `\`aws-region\` is ${regionInput} but \`${first.input}\` is a key in ${region} (${first.value}). Remove \`aws-region\` (the key ARN's region is used) or set it to ${region}.`,
      )
    }
    return checked(region, `the region of \`${first.input}\``, roleToAssume)
  }
  const [region, source] =
    regionInput !== ''
      ? [regionInput, '`aws-region`']
      : env.AWS_REGION
        ? [env.AWS_REGION, 'AWS_REGION']
        : env.AWS_DEFAULT_REGION
          ? [env.AWS_DEFAULT_REGION, 'AWS_DEFAULT_REGION']
          : ['', '']
  if (region === '') {
    throw new InputError(
      'missing',
      '`aws-region` is not set and cannot be inferred: set `aws-region` (for example us-east-1), set AWS_REGION, or give `kms-key-id` as a key ARN (its region is used).',
    )
  }
  return checked(region, source, roleToAssume)
}

function checked(region: string, source: string, roleToAssume: string): string {
  if (!REGION.test(region)) {
    throw new InputError(
      'invalid',
      `${source} "${region}" is not an AWS region name such as us-east-1; set \`aws-region\`.`,
    )
  }
  const partition = partitionOfRegion(region)
  const rolePartition = roleToAssume === '' ? undefined : partitionOfArn(roleToAssume)
  // A region the table does not know yet (a new partition) is left to AWS to judge.
  if (partition !== undefined && rolePartition !== undefined && partition !== rolePartition) {
    throw new InputError(
      'invalid',
      `${source} ${region} is in the AWS partition ${partition}, but \`role-to-assume\` ${roleToAssume} is in ${rolePartition}: credentials never cross partitions. Use a region of ${rolePartition}, or a role of ${partition}.`,
    )
  }
  return region
}

function samePartition(key: KeyInput, roleToAssume: string): void {
  const keyPartition = partitionOfArn(key.value)
  const rolePartition = partitionOfArn(roleToAssume)
  if (keyPartition !== rolePartition) {
    throw new InputError(
      'invalid',
      `\`role-to-assume\` ${roleToAssume} is in the AWS partition ${rolePartition}, but \`${key.input}\` ${key.value} is in ${keyPartition}: credentials never cross partitions. Use a role and keys of the same partition.`,
    )
  }
}
