/** The single AWS account and region the stand-in stack plays. */
export const ACCOUNT_ID = '123456789012'
export const REGION = 'us-east-1'
