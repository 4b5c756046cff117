import { randomUUID } from 'node:crypto'
import type { Reply } from './http-service.js'
import type { SessionCredential } from './iam.js'
import type { ServiceError } from './service-error.js'

const NAMESPACE = 'https://sts.amazonaws.com/doc/2011-06-15/'
const XML_HEADERS = { 'content-type': 'text/xml' }

export interface AssumedRole {
  credential: SessionCredential
  roleId: string
  subject: string
  audience: string
  provider: string
}

/** The AssumeRoleWithWebIdentity answer, element for element as AWS sends it. */
export function assumeRoleWithWebIdentityXml(result: AssumedRole): Reply {
  const { credential } = result
  const body = `<AssumeRoleWithWebIdentityResponse xmlns="${NAMESPACE}">
  <AssumeRoleWithWebIdentityResult>
    <Audience>${escapeXml(result.audience)}</Audience>
    <AssumedRoleUser>
      <AssumedRoleId>${escapeXml(`${result.roleId}:${credential.roleSessionName}`)}</AssumedRoleId>
      <Arn>${escapeXml(credential.principal)}</Arn>
    </AssumedRoleUser>
    <Provider>${escapeXml(result.provider)}</Provider>
    <Credentials>
      <AccessKeyId>${credential.accessKeyId}</AccessKeyId>
      <SecretAccessKey>${credential.secretAccessKey}</SecretAccessKey>
      <SessionToken>${credential.sessionToken}</SessionToken>
      <Expiration>${credential.expiration.toISOString().replace(/\.\d{3}Z$/, 'Z')}</Expiration>
    </Credentials>
    <SubjectFromWebIdentityToken>${escapeXml(result.subject)}</SubjectFromWebIdentityToken>
  </AssumeRoleWithWebIdentityResult>
  <ResponseMetadata>
    <RequestId>${randomUUID()}</RequestId>
  </ResponseMetadata>
</AssumeRoleWithWebIdentityResponse>
`
  return { status: 200, headers: XML_HEADERS, body }
}

/** Query-protocol error document; the SDK maps `<Code>` to its exception class. */
export function stsErrorXml(error: ServiceError): Reply {
  const type = error.status >= 500 ? 'Receiver' : 'Sender'
  const body = `<ErrorResponse xmlns="${NAMESPACE}">
  <Error>
    <Type>${type}</Type>
    <Code>${escapeXml(error.code)}</Code>
    <Message>${escapeXml(error.message)}</Message>
  </Error>
  <RequestId>${randomUUID()}</RequestId>
</ErrorResponse>
`
  return { status: error.status, headers: XML_HEADERS, body }
}

function escapeXml(text: string): string {
  const entities: Record<string, string> = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&apos;',
  }
  return text.replace(/[&<>"']/g, (char) => entities[char] ?? char)
}
