export const id = 678;
export const ids = [678];
export const modules = {

/***/ 4931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gy: () => (/* binding */ AwsError),
/* harmony export */   cn: () => (/* binding */ awsErrorFrom)
/* harmony export */ });
/* unused harmony export sdkErrorFacts */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

class AwsError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CodedError */ .A {
    /** The SDK's name for the error (`AccessDeniedException`, `ECONNRESET`, ...). */
    awsCode;
    constructor(code, awsCode, message, cause) {
        super(code, message, { cause });
        this.awsCode = awsCode;
    }
    /**
     * Whether the same call can succeed later (throttling, a failure on AWS's side, the
     * network). Everything else is about the key or the caller and will not change by
     * asking again: it is never retried, and it stops the run.
     */
    get isTransient() {
        return TRANSIENT.has(this.code);
    }
}
const TRANSIENT = new Set([
    'kms-throttled',
    'kms-unavailable',
    'sts-unavailable',
    'network',
]);
const STS_CODES = {
    AccessDenied: 'sts-access-denied',
    InvalidIdentityToken: 'sts-invalid-token',
    InvalidIdentityTokenException: 'sts-invalid-token',
    ExpiredTokenException: 'sts-expired-token',
    IDPRejectedClaim: 'sts-rejected-claim',
    IDPRejectedClaimException: 'sts-rejected-claim',
    IDPCommunicationError: 'sts-unavailable',
    IDPCommunicationErrorException: 'sts-unavailable',
    ValidationError: 'sts-invalid-token',
};
const KMS_CODES = {
    AccessDeniedException: 'kms-access-denied',
    NotFoundException: 'kms-not-found',
    DisabledException: 'kms-disabled',
    KMSInvalidStateException: 'kms-invalid-state',
    InvalidKeyUsageException: 'kms-invalid-key-usage',
    // GetPublicKey on a symmetric key: the same fix as a key that cannot sign
    UnsupportedOperationException: 'kms-invalid-key-usage',
    ValidationException: 'kms-validation',
    ThrottlingException: 'kms-throttled',
    LimitExceededException: 'kms-throttled',
    DependencyTimeoutException: 'kms-unavailable',
    KMSInternalException: 'kms-unavailable',
    UnrecognizedClientException: 'credentials-invalid',
    InvalidSignatureException: 'credentials-invalid',
    ExpiredTokenException: 'credentials-invalid',
    MissingAuthenticationTokenException: 'credentials-invalid',
    IncompleteSignatureException: 'credentials-invalid',
};
const NETWORK_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'ENOTFOUND',
    'EAI_AGAIN',
    'TimeoutError',
    'RequestTimeout',
]);
/** The SDK's error name, status and message, whatever shape the thrown value has. */
function sdkErrorFacts(error) {
    const e = (error ?? {});
    const name = typeof e.code === 'string' && NETWORK_CODES.has(e.code) ? e.code : e.name;
    return {
        name: typeof name === 'string' ? name : 'Error',
        status: e.$metadata?.httpStatusCode,
        message: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .b)(error),
    };
}
/** Classify an error thrown by the STS or KMS client; `describe` turns it into a message with a fix. */
function awsErrorFrom(service, error, describe) {
    if (error instanceof AwsError)
        return error;
    const facts = sdkErrorFacts(error);
    const table = service === 'sts' ? STS_CODES : KMS_CODES;
    let code = table[facts.name] ?? 'unexpected';
    if (code === 'unexpected' && NETWORK_CODES.has(facts.name))
        code = 'network';
    if (code === 'unexpected' && facts.status !== undefined && facts.status >= 500) {
        code = service === 'sts' ? 'sts-unavailable' : 'kms-unavailable';
    }
    const awsMessage = `${facts.name}: ${facts.message}`;
    return new AwsError(code, facts.name, describe(code, awsMessage), error);
}


/***/ }),

/***/ 755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ kmsHint)
/* harmony export */ });
const HINTS = {
    'kms-access-denied': (c) => `the caller may not kms:${c.operation} key ${c.keyId}. The key policy (or the role's IAM policy) ` +
        `must allow kms:DescribeKey and kms:GetPublicKey for the role in a statement without conditions ` +
        `(those requests carry no kms:MessageType or kms:SigningAlgorithm, so a condition on them denies), ` +
        `and kms:Sign with the conditions kms:MessageType = DIGEST and kms:SigningAlgorithm.`,
    'kms-not-found': (c) => `key ${c.keyId} does not exist in ${c.region}. Check the \`kms-key-id\` input (key id, key ARN, ` +
        `alias/NAME or alias ARN) and the \`aws-region\` input.`,
    'kms-disabled': (c) => `key ${c.keyId} is disabled. Enable it (aws kms enable-key) or set \`kms-key-id\` to an enabled key.`,
    'kms-invalid-state': (c) => `key ${c.keyId} is not in a state that can sign (for example pending deletion or import). ` +
        `Cancel its deletion or set \`kms-key-id\` to another key.`,
    'kms-invalid-key-usage': (c) => `\`kms-key-id\` ${c.keyId} cannot be used for kms:${c.operation}: set \`kms-key-id\` to an ` +
        `asymmetric SIGN_VERIFY key (a symmetric key, what \`aws kms create-key\` makes by default, has ` +
        `no public key and cannot sign), and \`signing-algorithm\` to one the key lists.`,
    'kms-validation': (c) => `KMS rejected the ${c.operation} request for key ${c.keyId}.`,
    'kms-throttled': () => `KMS throttled the requests (account quota for asymmetric Sign). Lower \`concurrency\` or ask AWS for a higher quota.`,
    'kms-unavailable': () => `KMS failed on its side. This is usually transient: re-run the job.`,
    'credentials-invalid': () => `KMS did not accept the AWS credentials. Check role-to-assume, or the ambient AWS credentials when it is not set.`,
    network: () => `KMS could not be reached. Check the network and the aws-region input.`,
};
function kmsHint(code, awsMessage, context) {
    const hint = HINTS[code]?.(context) ?? `KMS ${context.operation} failed for key ${context.keyId}.`;
    return `${hint} (${awsMessage})`;
}


/***/ }),

/***/ 3678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fetchPublicKey: () => (/* binding */ fetchPublicKey)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_kms__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2632);
/* harmony import */ var _aws_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4931);
/* harmony import */ var _kms_hints_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(755);



/** GetPublicKey, with the same error hints as signing. */
async function fetchPublicKey(kms, keyId, region) {
    try {
        const response = await kms.send(new _aws_sdk_client_kms__WEBPACK_IMPORTED_MODULE_2__/* .GetPublicKeyCommand */ .QSA({ KeyId: keyId }));
        return {
            arn: response.KeyId ?? keyId,
            spkiDer: Buffer.from(response.PublicKey ?? new Uint8Array()),
        };
    }
    catch (error) {
        throw (0,_aws_error_js__WEBPACK_IMPORTED_MODULE_0__/* .awsErrorFrom */ .cn)('kms', error, (code, awsMessage) => (0,_kms_hints_js__WEBPACK_IMPORTED_MODULE_1__/* .kmsHint */ .b)(code, awsMessage, { keyId, region, operation: 'GetPublicKey' }));
    }
}


/***/ })

};

//# sourceMappingURL=678.index.js.map