export const id = 834;
export const ids = [834];
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

/***/ 3567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ awsHttpOptions)
});

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
var external_node_tls_default = /*#__PURE__*/__webpack_require__.n(external_node_tls_);
// EXTERNAL MODULE: ./src/aws/aws-error.ts
var aws_error = __webpack_require__(4931);
// EXTERNAL MODULE: ./src/aws/proxy-config.ts
var proxy_config = __webpack_require__(3912);
;// CONCATENATED MODULE: ./src/aws/proxy-agent.ts





/** Agent settings the SDK's own agents use, so pooling behaves the same with a proxy. */
const POOL = { keepAlive: true, maxSockets: 50 };
/**
 * The agents the SDK's NodeHttpHandler sends through: a request whose host the proxy
 * config routes through a proxy gets a CONNECT tunnel (TLS inside it for https), any other
 * goes direct. http endpoints tunnel too, as @actions/http-client does for the GitHub
 * calls, so one proxy rule holds for every call the step makes. Sockets stay pooled
 * (keep-alive) per target host either way.
 */
function proxyAgents(config, connectTimeoutMs) {
    return {
        httpAgent: new TunnelingHttpAgent(config, connectTimeoutMs),
        httpsAgent: new TunnelingHttpsAgent(config, connectTimeoutMs),
    };
}
class TunnelingHttpAgent extends (external_node_http_default()).Agent {
    config;
    connectTimeoutMs;
    constructor(config, connectTimeoutMs) {
        super(POOL);
        this.config = config;
        this.connectTimeoutMs = connectTimeoutMs;
    }
    createConnection(options, callback) {
        const tunnelled = throughProxy(this.config, this.connectTimeoutMs, 'http:', options, callback);
        return tunnelled ? undefined : super.createConnection(options, callback);
    }
}
class TunnelingHttpsAgent extends (external_node_https_default()).Agent {
    config;
    connectTimeoutMs;
    constructor(config, connectTimeoutMs) {
        super(POOL);
        this.config = config;
        this.connectTimeoutMs = connectTimeoutMs;
    }
    createConnection(options, callback) {
        const tunnelled = throughProxy(this.config, this.connectTimeoutMs, 'https:', options, callback);
        // https.Agent's own createConnection ignores the callback and returns the TLS socket.
        return tunnelled ? undefined : super.createConnection(options, callback);
    }
}
/**
 * When the config routes the connection's host through a proxy: open the CONNECT tunnel
 * (TLS inside it for https) and hand the socket to `callback`, returning true; false
 * means the connection goes direct. One rule for both agents.
 */
function throughProxy(config, connectTimeoutMs, protocol, options, callback) {
    const { host, port } = targetOf(options, protocol === 'https:' ? 443 : 80);
    const proxy = (0,proxy_config/* proxyFor */.iJ)(new URL(`${protocol}//${hostForUrl(host)}:${port}`), config);
    if (proxy === undefined)
        return false;
    openTunnel(proxy, host, port, connectTimeoutMs).then((socket) => callback(null, protocol === 'https:'
        ? external_node_tls_default().connect({ ...options, socket, servername: options.servername ?? host })
        : socket), callback);
    return true;
}
/**
 * Ask the proxy for a raw TCP tunnel to host:port (HTTP CONNECT, RFC 9110 9.3.6). A
 * refusal names the proxy (never its credentials) and the fix; a proxy that cannot be
 * reached or drops the connection is a network error, retried like any other.
 */
function openTunnel(proxy, host, port, timeoutMs) {
    const target = `${hostForUrl(host)}:${port}`;
    const { url } = proxy;
    const headers = { host: target };
    if (url.username !== '' || url.password !== '') {
        const user = `${(0,proxy_config/* decodedUserinfo */.mn)(url.username)}:${(0,proxy_config/* decodedUserinfo */.mn)(url.password)}`;
        headers['proxy-authorization'] = `Basic ${Buffer.from(user).toString('base64')}`;
    }
    return new Promise((resolve, reject) => {
        const request = (url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default())).request({
            host: url.hostname.replace(/^\[|\]$/g, ''),
            port: url.port || (url.protocol === 'https:' ? 443 : 80),
            method: 'CONNECT',
            path: target,
            headers,
            agent: false,
            timeout: timeoutMs,
        });
        request.once('connect', (response, socket, head) => {
            if (response.statusCode === 200) {
                if (head.length > 0)
                    socket.unshift(head);
                resolve(socket);
                return;
            }
            socket.destroy();
            reject(refused(proxy, target, response));
        });
        // A proxy that answers CONNECT with an error status sends an ordinary response.
        request.once('response', (response) => {
            response.resume();
            reject(refused(proxy, target, response));
        });
        request.once('timeout', () => request.destroy(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { code: 'ETIMEDOUT' })));
        request.once('error', (error) => reject(new aws_error/* AwsError */.Gy('network', error.code ?? 'ProxyUnreachable', `The proxy ${(0,proxy_config/* displayProxy */.ri)(proxy)} could not open a tunnel to ${target} (${error.code ?? error.message}: it could not be reached or closed the connection). Check the proxy's host and port in ${proxy.source}, or add ${host} to NO_PROXY if it is reachable without the proxy.`, error)));
        request.end();
    });
}
function refused(proxy, target, response) {
    const status = `${response.statusCode ?? '?'} ${response.statusMessage ?? ''}`.trim();
    const host = target.replace(/:\d+$/, '');
    const fix = response.statusCode === 407
        ? `The proxy wants credentials: give them in the proxy URL (http://USER:PASSWORD@HOST:PORT) in ${proxy.source}${proxy.source === 'http-proxy' ? '' : ' or the `http-proxy` input'}; if they are there, check them.`
        : `Ask the proxy's administrators to allow CONNECT to ${target}, or add ${host} to NO_PROXY if it is reachable without the proxy.`;
    return new aws_error/* AwsError */.Gy('proxy-refused', 'ProxyRefused', `The proxy ${(0,proxy_config/* displayProxy */.ri)(proxy)} refused to open a tunnel to ${target} (${status}). ${fix}`);
}
function targetOf(options, defaultPort) {
    const host = options.host ?? options.hostname ?? 'localhost';
    return { host, port: Number(options.port ?? defaultPort) };
}
/** IPv6 literals need brackets in a URL and in a CONNECT target. */
function hostForUrl(host) {
    return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

;// CONCATENATED MODULE: ./src/aws/http-options.ts

const CONNECTION_TIMEOUT_MS = 5_000;
/**
 * Client settings shared by the STS and KMS clients. The SDK's own retries are off
 * (maxAttempts 1) because withRetry is the one retry policy; timeouts turn a stalled
 * connection into a retryable error instead of a hung step. The SDK reads no proxy
 * variables itself: its agents are ours, which honour the proxy config.
 */
function awsHttpOptions(network) {
    return {
        maxAttempts: 1,
        requestHandler: {
            connectionTimeout: CONNECTION_TIMEOUT_MS,
            requestTimeout: 10_000,
            // throwOnRequestTimeout: without it, this smithy version only logs a warning when
            // requestTimeout passes and keeps waiting, so a stalled call would hang the step.
            throwOnRequestTimeout: true,
            ...proxyAgents(network, CONNECTION_TIMEOUT_MS),
        },
    };
}


/***/ }),

/***/ 5834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kmsClientFor: () => (/* binding */ kmsClientFor)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_kms__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2632);
/* harmony import */ var _http_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3567);


/**
 * The KMS client the action signs with. The endpoint is the SDK's to resolve from the
 * region and the environment: partition (aws, aws-cn, aws-us-gov), AWS_USE_FIPS_ENDPOINT,
 * AWS_ENDPOINT_URL_KMS / AWS_ENDPOINT_URL (VPC interface endpoints, local stand-ins).
 */
function kmsClientFor(region, network, credentials) {
    // cacheMiddleware: the middleware stack is resolved once per command class, not once
    // per Sign call (about a tenth of the action's CPU per signed file); we add no
    // per-command middleware, the one thing it rules out.
    return new _aws_sdk_client_kms__WEBPACK_IMPORTED_MODULE_1__/* .KMSClient */ .pgq({ region, credentials, ...(0,_http_options_js__WEBPACK_IMPORTED_MODULE_0__/* .awsHttpOptions */ .O)(network), cacheMiddleware: true });
}


/***/ })

};

//# sourceMappingURL=834.index.js.map