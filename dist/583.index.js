export const id = 583;
export const ids = [583];
export const modules = {

/***/ 597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ ActionFailure)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/** A run that finished its work but must fail the step (per-file failures, BLOCK verdicts). */
class ActionFailure extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CodedError */ .A {
}


/***/ }),

/***/ 9229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ InputError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/** A bad `with:` value: the message names the input and says what would be valid. */
class InputError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CodedError */ .A {
}


/***/ }),

/***/ 8037:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   UZ: () => (/* binding */ leftOutNote),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   c8: () => (/* binding */ boundedTable),
/* harmony export */   nf: () => (/* binding */ link)
/* harmony export */ });
/* unused harmony export SUMMARY_BUDGET_BYTES */
/* harmony import */ var _printable_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5260);

// Everything in a job summary that came from the workspace (file names, identifiers,
// messages quoting them) goes through `cell` or `code`: GitHub renders the summary as
// GFM with HTML, so a dossier named `<img src=x onerror=\u2026>.ds.md` or `[x](https://\u2026)`
// would otherwise become markup in the reviewer's view.
/** Every line break a value may carry; none may end a table row or start a block. */
const LINE_BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;
/** Written as entities, so no HTML tag, entity or autolink `<\u2026>` can begin. */
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
/**
 * ASCII punctuation with a meaning anywhere in a line (code spans, emphasis, links and
 * images, headings, table cells, math, list markers, mentions and emails). A backslash
 * before ASCII punctuation always makes it literal (CommonMark 2.4). `- . , / : ; ? %`
 * mean nothing mid-line and keep paths, ARNs and sentences readable; where they do mean
 * something (below) they are escaped there.
 */
const MARKUP = /[&<>"'\\`*_~[\]()!#|$+=@{}^]/g;
/** GFM extended autolinks start at `scheme://` and `www.` (also right after `_*~(`). */
const URL_SCHEME = /:(?=\/\/)/g;
const WWW = /(www)\./gi;
/** At the start of a line: a list item (`- x`, `1. x`), a thematic break or setext line. */
const LIST_START = /^(-|\d+\.)/;
/**
 * Text that renders as itself anywhere in a line of markdown, table cells included: no
 * HTML, entity, link, image, emphasis, heading, list, code span or extra table cell.
 * Line breaks become spaces, other control characters are shown escaped.
 */
function cell(text) {
    return (0,_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g)(text.replace(LINE_BREAKS, ' '))
        .trim()
        .replace(MARKUP, (c) => (c in ENTITIES ? ENTITIES[c] : `\\${c}`))
        .replace(URL_SCHEME, '\\:')
        .replace(WWW, '$1\\.')
        .replace(LIST_START, (start) => `${start.slice(0, -1)}\\${start.slice(-1)}`);
}
/**
 * Text as inline code inside a table row. Inside a code span nothing is markup
 * (CommonMark 6.1), so it shows exactly, control characters escaped: the fence is one
 * backtick longer than any run in the text, and each `|` is escaped for the table
 * (GFM 4.10), with an odd number of backslashes so no reader takes it as a cell break.
 */
function code(text) {
    if (text === '')
        return '';
    const shown = (0,_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g)(text).replace(/(\\*)\|/g, (_, slashes) => `${slashes}${slashes}\\|`);
    const longestRun = Math.max(0, ...(shown.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    // A reader strips one space inside each fence when both are there (and not only spaces):
    // pad then, and when a backtick would touch the fence.
    const stripped = shown.startsWith(' ') && shown.endsWith(' ') && /[^ ]/.test(shown);
    const pad = stripped || shown.startsWith('`') || shown.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${shown}${pad}${fence}`;
}
/**
 * A link around `text` (markdown already: our words, or `code()` of a path). Linked only
 * when the URL's characters carry no meaning in markdown or HTML: `http(s)://`, a host,
 * and a path of unreserved or percent-encoded characters (see file-links.ts). Otherwise
 * the text stands alone: a link is a convenience, never worth a risk.
 */
function link(text, url) {
    if (url === undefined || !SAFE_URL.test(url))
        return text;
    return `[${text}](${url})`;
}
const SAFE_URL = /^https?:\/\/[A-Za-z0-9.-]+(?::\d+)?(?:\/[A-Za-z0-9._~%-]*)*$/;
/**
 * GitHub accepts at most 1 MiB per step summary and drops the whole upload past it.
 * A summary stops adding table rows at half of that, which leaves room for whatever
 * else the step (its failure message) or the job's other steps write.
 */
const SUMMARY_BUDGET_BYTES = 512 * 1024;
/**
 * `head`, then a GFM table of as many `rows`, in order, as keep the whole within
 * `budget` bytes (UTF-8), then `leftOut(n)` when `n` rows did not fit. Every cell is
 * markdown already: our own words, or `cell()` / `code()` / `link()` of anything that
 * came from the workspace. A line break left in a cell would end the row, so it
 * becomes a space here too. No table at all when there are no rows.
 */
function boundedTable(head, header, rows, leftOut, budget = SUMMARY_BUDGET_BYTES) {
    if (rows.length === 0)
        return head;
    const line = (cells) => `| ${cells.map((c) => c.replace(LINE_BREAKS, ' ')).join(' | ')} |\n`;
    const top = `${head}\n${line(header)}${line(header.map(() => '---'))}`;
    const lines = rows.map(line);
    const size = (text) => Buffer.byteLength(text);
    const all = size(top) + lines.reduce((sum, l) => sum + size(l), 0);
    if (all <= budget)
        return top + lines.join('');
    // The note's size when the most rows are left out is the most it can take.
    let room = budget - size(top) - size(`\n${leftOut(rows.length)}`);
    let shown = 0;
    while (shown < lines.length && size(lines[shown] ?? '') <= room) {
        room -= size(lines[shown] ?? '');
        shown++;
    }
    const note = `\n${leftOut(rows.length - shown)}`;
    return shown === 0 ? `${head}${note}` : `${top}${lines.slice(0, shown).join('')}${note}`;
}
/** Said once under a table that had to stop: how many files it leaves out, and where they are. */
function leftOutNote(n, reportFile) {
    return `${n} more file(s) are not listed here, to keep this summary under ${SUMMARY_BUDGET_BYTES / 1024} KiB (GitHub drops a step summary over 1 MiB); the report file ${code(reportFile)} (the \`report-file\` output) lists every one.\n`;
}


/***/ }),

/***/ 9297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ SIGN_FORMATS)
/* harmony export */ });
/* unused harmony export INPUT_NAMES */
/** Every input `action.yml` declares; a test keeps this list, action.yml and the README in step. */
const INPUT_NAMES = (/* unused pure expression or super */ null && ([
    'mode',
    'files',
    'kms-key-id',
    'role-to-assume',
    'aws-region',
    'audience',
    'http-proxy',
    'role-session-name',
    'role-duration-seconds',
    'signing-algorithm',
    'concurrency',
    'public-key-path',
    'formats',
    'minisign-kms-key-id',
    'replace-embedded-signatures',
    'provenance-path',
    'session-policy',
    'max-files',
    'dry-run',
    'trusted-keys-file',
    'trusted-keys',
    'signature-policy',
    'changed-only',
    'trust-from',
    'provenance-files',
    'expected-repository',
    'expected-workflow',
    'expected-ref',
    'fail-on',
    'github-token',
    'report-path',
    'shard',
    'reports',
]));
/** Every signature format sign mode writes, in the order they are written. */
const SIGN_FORMATS = ['embedded', 'sig', 'sigstore', 'minisig'];


/***/ }),

/***/ 8658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WC: () => (/* binding */ issuerProviderName),
/* harmony export */   eX: () => (/* binding */ oidcIssuerFor)
/* harmony export */ });
/* unused harmony export GITHUB_COM_ISSUER */
/** github.com's issuer of Actions OIDC tokens. */
const GITHUB_COM_ISSUER = 'https://token.actions.githubusercontent.com';
/**
 * The issuer (`iss`) of Actions OIDC tokens on the server the run is on
 * (GITHUB_SERVER_URL): github.com's; `https://token.actions.SUBDOMAIN.ghe.com` on GitHub
 * Enterprise Cloud with data residency; `https://HOST/_services/token` on GitHub
 * Enterprise Server. Only a fallback for hints: the token's own `iss` claim is the truth.
 */
function oidcIssuerFor(serverUrl) {
    let host;
    try {
        host = new URL(serverUrl ?? '').host.toLowerCase();
    }
    catch {
        return GITHUB_COM_ISSUER;
    }
    if (host === 'github.com' || host === 'www.github.com')
        return GITHUB_COM_ISSUER;
    if (host.endsWith('.ghe.com'))
        return `https://token.actions.${host}`;
    return `https://${host}/_services/token`;
}
/**
 * IAM names an OIDC provider, and the condition keys of its claims, by the issuer URL
 * without `https://`: `token.actions.githubusercontent.com:sub`,
 * `ghes.example.com/_services/token:sub`.
 */
function issuerProviderName(issuer) {
    return issuer.replace(/^https?:\/\//i, '').replace(/\/+$/, '');
}


/***/ }),

/***/ 7669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ withRetry),
/* harmony export */   c: () => (/* binding */ DEFAULT_RETRY_POLICY)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);

const DEFAULT_RETRY_POLICY = {
    maxAttempts: 8,
    baseDelayMs: 100,
    maxDelayMs: 5_000,
    budgetMs: 120_000,
};
const REAL_CLOCK = { now: Date.now, sleep: (ms) => (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ms), random: Math.random };
/** Run `attempt` until it succeeds, throws something `classify` calls fatal, or the policy runs out. */
async function withRetry(attempt, classify, policy = DEFAULT_RETRY_POLICY, clock = REAL_CLOCK) {
    const started = clock.now();
    let failures = 0;
    for (let n = 1;; n++) {
        try {
            return await attempt(n);
        }
        catch (error) {
            const verdict = verdictOf(classify(error));
            if (verdict === 'fatal')
                throw error;
            if (verdict === 'retry' && ++failures >= policy.maxAttempts)
                throw error;
            // Backoff grows with every retry, throttles included, and stays capped.
            const delay = clock.random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(n - 1, 30));
            if (clock.now() - started + delay > policy.budgetMs)
                throw error;
            await clock.sleep(delay);
        }
    }
}
function verdictOf(v) {
    if (v === true)
        return 'retry';
    if (v === false)
        return 'fatal';
    return v;
}


/***/ }),

/***/ 491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iw: () => (/* binding */ inShard),
/* harmony export */   Zj: () => (/* binding */ ShardError),
/* harmony export */   uK: () => (/* binding */ parseShard),
/* harmony export */   y0: () => (/* binding */ describeShard)
/* harmony export */ });
/* unused harmony exports MAX_SHARDS, shardOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


/** GitHub runs at most 256 jobs per matrix; more shards could never all run. */
const MAX_SHARDS = 256;
class ShardError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .A {
}
/**
 * Parse `I/N`. Empty means the whole run (`1/1`). Anything else that is not two
 * decimal integers with 1 <= I <= N <= 256 is refused, so a matrix typo such as
 * `0/4` or `5/4` cannot silently sign nothing or everything.
 */
function parseShard(text) {
    const value = text.trim();
    if (value === '')
        return { index: 1, count: 1 };
    const match = /^(\d{1,3})\s*\/\s*(\d{1,3})$/.exec(value);
    const index = match ? Number(match[1]) : NaN;
    const count = match ? Number(match[2]) : NaN;
    if (!match || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
        throw new ShardError('invalid', `\`shard\` "${value}" is not I/N with 1 <= I <= N <= ${MAX_SHARDS}; write it as \`\${{ matrix.shard }}/N\` with shard: [1, 2, ..., N] in the matrix.`);
    }
    return { index, count };
}
/**
 * The slice (1-based) a workspace-relative path belongs to. It depends on the path
 * alone (SHA-256 of its UTF-8 bytes, the first 48 bits modulo N), never on which
 * other files exist, so adding or removing a file elsewhere in the tree moves no
 * other file between shards, and every job of a matrix computes the same split
 * without talking to the others.
 */
function shardOf(relativePath, count) {
    if (count === 1)
        return 1;
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(relativePath, 'utf8').digest();
    return (hash.readUIntBE(0, 6) % count) + 1;
}
function inShard(relativePath, shard) {
    return shard.count === 1 || shardOf(relativePath, shard.count) === shard.index;
}
function describeShard(shard) {
    return `${shard.index}/${shard.count}`;
}


/***/ }),

/***/ 2048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TM: () => (/* binding */ ALGORITHMS),
/* harmony export */   ZD: () => (/* binding */ KEY_SPECS),
/* harmony export */   dG: () => (/* binding */ verifyKeyInput),
/* harmony export */   sg: () => (/* binding */ keySpecOf),
/* harmony export */   vK: () => (/* binding */ isKeySpec),
/* harmony export */   vT: () => (/* binding */ isSigningAlgorithm)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

const ALGORITHMS = {
    ECDSA_SHA_256: { hash: 'sha256', scheme: 'ecdsa' },
    ECDSA_SHA_384: { hash: 'sha384', scheme: 'ecdsa' },
    ECDSA_SHA_512: { hash: 'sha512', scheme: 'ecdsa' },
    RSASSA_PSS_SHA_256: { hash: 'sha256', scheme: 'rsa-pss' },
    RSASSA_PSS_SHA_384: { hash: 'sha384', scheme: 'rsa-pss' },
    RSASSA_PSS_SHA_512: { hash: 'sha512', scheme: 'rsa-pss' },
    RSASSA_PKCS1_V1_5_SHA_256: { hash: 'sha256', scheme: 'rsa-pkcs1' },
    RSASSA_PKCS1_V1_5_SHA_384: { hash: 'sha384', scheme: 'rsa-pkcs1' },
    RSASSA_PKCS1_V1_5_SHA_512: { hash: 'sha512', scheme: 'rsa-pkcs1' },
};
const RSA_ALGORITHMS = [
    'RSASSA_PSS_SHA_256',
    'RSASSA_PSS_SHA_384',
    'RSASSA_PSS_SHA_512',
    'RSASSA_PKCS1_V1_5_SHA_256',
    'RSASSA_PKCS1_V1_5_SHA_384',
    'RSASSA_PKCS1_V1_5_SHA_512',
];
const KEY_SPECS = {
    ECC_NIST_P256: {
        nodeType: 'ec',
        curve: 'prime256v1',
        algorithms: ['ECDSA_SHA_256'],
        defaultAlgorithm: 'ECDSA_SHA_256',
    },
    ECC_SECG_P256K1: {
        nodeType: 'ec',
        curve: 'secp256k1',
        algorithms: ['ECDSA_SHA_256'],
        defaultAlgorithm: 'ECDSA_SHA_256',
    },
    ECC_NIST_P384: {
        nodeType: 'ec',
        curve: 'secp384r1',
        algorithms: ['ECDSA_SHA_384'],
        defaultAlgorithm: 'ECDSA_SHA_384',
    },
    ECC_NIST_P521: {
        nodeType: 'ec',
        curve: 'secp521r1',
        algorithms: ['ECDSA_SHA_512'],
        defaultAlgorithm: 'ECDSA_SHA_512',
    },
    RSA_2048: {
        nodeType: 'rsa',
        modulusBits: 2048,
        algorithms: RSA_ALGORITHMS,
        defaultAlgorithm: 'RSASSA_PSS_SHA_256',
    },
    RSA_3072: {
        nodeType: 'rsa',
        modulusBits: 3072,
        algorithms: RSA_ALGORITHMS,
        defaultAlgorithm: 'RSASSA_PSS_SHA_384',
    },
    RSA_4096: {
        nodeType: 'rsa',
        modulusBits: 4096,
        algorithms: RSA_ALGORITHMS,
        defaultAlgorithm: 'RSASSA_PSS_SHA_512',
    },
};
function isKeySpec(value) {
    return Object.hasOwn(KEY_SPECS, value);
}
function isSigningAlgorithm(value) {
    return Object.hasOwn(ALGORITHMS, value);
}
/** The KMS key spec a public key corresponds to, or undefined for any other key. */
function keySpecOf(publicKey) {
    const details = publicKey.asymmetricKeyDetails ?? {};
    for (const [spec, info] of Object.entries(KEY_SPECS)) {
        if (info.nodeType !== publicKey.asymmetricKeyType)
            continue;
        if (info.curve !== undefined && info.curve === details.namedCurve)
            return spec;
        if (info.modulusBits !== undefined && info.modulusBits === details.modulusLength)
            return spec;
    }
    return undefined;
}
/** Key input for `crypto.verify`/`Verify.verify` that pins the padding the algorithm implies. */
function verifyKeyInput(algorithm, key) {
    const { scheme } = ALGORITHMS[algorithm];
    if (scheme === 'rsa-pss') {
        // KMS uses a salt as long as the hash (RFC 8017 recommendation); accept nothing else.
        return {
            key,
            padding: node_crypto__WEBPACK_IMPORTED_MODULE_0__.constants.RSA_PKCS1_PSS_PADDING,
            saltLength: node_crypto__WEBPACK_IMPORTED_MODULE_0__.constants.RSA_PSS_SALTLEN_DIGEST,
        };
    }
    if (scheme === 'rsa-pkcs1')
        return { key, padding: node_crypto__WEBPACK_IMPORTED_MODULE_0__.constants.RSA_PKCS1_PADDING };
    return { key, dsaEncoding: 'der' };
}


/***/ }),

/***/ 7583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/printable.ts
var printable = __webpack_require__(5260);
;// CONCATENATED MODULE: ./src/action/core-io.ts

/**
 * ActionIo backed by @actions/core: workflow commands, GITHUB_OUTPUT and the step summary.
 *
 * Log lines wait for the end of the event loop's turn and leave as one write. A sign run
 * logs a line per file, and each write to the runner's pipe is a system call that also
 * wakes the reader: about 0.1 ms of the main thread per line in a profile of 3,000
 * files, some 5% of the CPU per signed file. Everything else the step says (annotations,
 * outputs, masks, the summary, the failure) first sends the lines that wait, and so does
 * the process's exit, so the log keeps the order things happened in.
 */
function coreIo(core) {
    const waiting = [];
    const flush = () => {
        if (waiting.length === 0)
            return;
        // One line each, as printable() made them: joining them adds no way to start a line.
        core.info(waiting.join('\n'));
        waiting.length = 0;
    };
    process.on('exit', flush);
    const after = (say) => (...args) => {
        flush();
        return say(...args);
    };
    const props = (t) => ({ file: t?.file, startLine: t?.line, title: t?.title });
    return {
        // Annotations are escaped by the toolkit; plain log lines are not.
        info: (m) => {
            if (waiting.push((0,printable/* printable */.g)(m)) === 1)
                setImmediate(flush);
        },
        notice: after((m, t) => core.notice(m, props(t))),
        warning: after((m, t) => core.warning(m, props(t))),
        error: after((m, t) => core.error(m, props(t))),
        setOutput: after((name, value) => core.setOutput(name, value)),
        setSecret: after((secret) => core.setSecret(secret)),
        setFailed: after((message) => core.setFailed(message)),
        appendSummary: after(async (markdown) => {
            // Outside a runner there is no summary file; the log already has everything.
            if (!process.env.GITHUB_STEP_SUMMARY)
                return;
            await core.summary.addRaw(markdown, true).write();
        }),
    };
}

;// CONCATENATED MODULE: ./src/action/early-token.ts
/**
 * How long a token asked for ahead stays the one handed out. GitHub's OIDC tokens live
 * for minutes; a run that took longer than this to need it gets a fresh one.
 */
const EARLY_TOKEN_MAX_AGE_MS = 60_000;
/**
 * A token source whose first token for `audience` is asked for now, so the request is on
 * the wire while the sign code and the AWS SDK load. The first call for that audience
 * gets that token (or its error, as if it had asked itself) while it is younger than
 * EARLY_TOKEN_MAX_AGE_MS; every other call asks `source`. A `first` request for the same
 * audience stands in for asking now; if it fails, `source` is asked at once instead, so
 * its retries and messages are the ones the run sees.
 */
function tokenAskedEarly(source, audience, { first, mask = () => undefined, now = Date.now } = {}) {
    const askedAt = now();
    let early = first !== undefined && first.audience === audience
        ? first.token.then((token) => (mask(token), token), () => source.token(audience))
        : source.token(audience);
    // Nobody awaits it until the run needs a token; a failure then is that caller's to see.
    early.catch(() => undefined);
    return {
        token(wanted) {
            const pending = early;
            early = undefined;
            const usable = pending !== undefined && wanted === audience && now() - askedAt < EARLY_TOKEN_MAX_AGE_MS;
            return usable ? pending : source.token(wanted);
        },
    };
}

// EXTERNAL MODULE: ./src/aws/retry-policy.ts
var retry_policy = __webpack_require__(7669);
// EXTERNAL MODULE: ./src/action/action-failure.ts
var action_failure = __webpack_require__(597);
;// CONCATENATED MODULE: ./src/action/github-oidc.ts


/**
 * OIDC tokens from the runner. Checked before asking, because the toolkit's own
 * error ("Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable") does not say
 * what the user has to change.
 */
function runnerTokenSource(getIDToken, env) {
    return {
        async token(audience) {
            if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
                const fork = env.GITHUB_EVENT_NAME?.startsWith('pull_request')
                    ? ' This run is for a pull request: pull requests from forks never get an OIDC token, so sign on push, release or workflow_dispatch, and use `mode: verify` for pull requests.'
                    : '';
                throw new action_failure/* ActionFailure */.d('no-oidc-token', `No GitHub OIDC token is available to assume \`role-to-assume\`: the job needs \`permissions: id-token: write\`.${fork}`);
            }
            return (0,retry_policy/* withRetry */.b)(() => getIDToken(audience), isServerError);
        },
    };
}
// The toolkit's error carries the endpoint's status as "Error Code : 503"; a 5xx (or
// no status: the connection failed) can succeed later, a 401 or 403 cannot.
function isServerError(error) {
    const status = /Error Code : (\d{3})/.exec(error instanceof Error ? error.message : '')?.[1];
    return status === undefined
        ? /ECONNRESET|ECONNREFUSED|ETIMEDOUT|socket hang up/.test(String(error))
        : status.startsWith('5');
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/action/markdown.ts
var markdown = __webpack_require__(8037);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/files/file-patterns.ts

class PatternError extends errors/* CodedError */.A {
}
/**
 * Parse newline-separated globs relative to the workspace. A pattern that could
 * reach outside the workspace (absolute, `..`, a drive letter) is refused outright
 * rather than filtered later, so a typo never widens what gets signed.
 */
function parseFilePatterns(text, input = 'files') {
    const include = [];
    const exclude = [];
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const negated = line.startsWith('!');
        const pattern = (negated ? line.slice(1) : line).trim().replace(/^(\.\/)+/, '');
        if (/^([/\\]|[A-Za-z]:)/.test(pattern) || pattern.split(/[/\\]/).includes('..')) {
            throw new PatternError('pattern-outside-workspace', `\`${input}\` pattern "${line}" points outside the workspace; write globs relative to the workspace, without "..".`);
        }
        if (pattern === '')
            continue;
        (negated ? exclude : include).push(pattern);
    }
    if (include.length === 0) {
        throw new PatternError('pattern-empty', `\`${input}\` has no pattern to include; give at least one glob such as **/*.ds.md.`);
    }
    return { include, exclude };
}

// EXTERNAL MODULE: ./src/files/shard.ts
var shard = __webpack_require__(491);
// EXTERNAL MODULE: ./src/keys/algorithms.ts
var algorithms = __webpack_require__(2048);
// EXTERNAL MODULE: ./src/aws/oidc-issuer.ts
var oidc_issuer = __webpack_require__(8658);
// EXTERNAL MODULE: ./src/aws/partitions.ts
var partitions = __webpack_require__(5986);
// EXTERNAL MODULE: ./src/aws/proxy-config.ts
var proxy_config = __webpack_require__(3912);
// EXTERNAL MODULE: ./src/action/input-error.ts
var input_error = __webpack_require__(9229);
;// CONCATENATED MODULE: ./src/action/aws-location.ts


const REGION = /^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/;
/**
 * The one region a run calls KMS and STS in. A key ARN names its region for good, so it
 * wins over AWS_REGION and AWS_DEFAULT_REGION, which other steps often set for their own
 * purposes; an explicit `aws-region` that contradicts it is a mistake worth stopping for.
 * Keys given as aliases or key ids use `aws-region`, then AWS_REGION, then
 * AWS_DEFAULT_REGION. Every mismatch of partition or region fails here, before any call.
 */
function awsRegionFor(keys, roleToAssume, regionInput, env) {
    const arns = keys.filter((key) => key.value.startsWith('arn:'));
    if (roleToAssume !== '') {
        for (const key of arns)
            samePartition(key, roleToAssume);
    }
    const [first, ...others] = arns;
    if (first !== undefined) {
        const region = (0,partitions/* regionOfArn */.b2)(first.value);
        const other = others.find((key) => (0,partitions/* regionOfArn */.b2)(key.value) !== region);
        if (other !== undefined) {
            throw new input_error/* InputError */.d('invalid', `\`${first.input}\` is a key in ${region} (${first.value}) and \`${other.input}\` a key in ${(0,partitions/* regionOfArn */.b2)(other.value)} (${other.value}): a run calls KMS in one region. Use keys of one region (a multi-Region key has a replica there: give the replica's ARN).`);
        }
        if (regionInput !== '' && regionInput !== region) {
            throw new input_error/* InputError */.d('invalid', `\`aws-region\` is ${regionInput} but \`${first.input}\` is a key in ${region} (${first.value}). Remove \`aws-region\` (the key ARN's region is used) or set it to ${region}.`);
        }
        return checked(region, `the region of \`${first.input}\``, roleToAssume);
    }
    const [region, source] = regionInput !== ''
        ? [regionInput, '`aws-region`']
        : env.AWS_REGION
            ? [env.AWS_REGION, 'AWS_REGION']
            : env.AWS_DEFAULT_REGION
                ? [env.AWS_DEFAULT_REGION, 'AWS_DEFAULT_REGION']
                : ['', ''];
    if (region === '') {
        throw new input_error/* InputError */.d('missing', '`aws-region` is not set and cannot be inferred: set `aws-region` (for example us-east-1), set AWS_REGION, or give `kms-key-id` as a key ARN (its region is used).');
    }
    return checked(region, source, roleToAssume);
}
function checked(region, source, roleToAssume) {
    if (!REGION.test(region)) {
        throw new input_error/* InputError */.d('invalid', `${source} "${region}" is not an AWS region name such as us-east-1; set \`aws-region\`.`);
    }
    const partition = (0,partitions/* partitionOfRegion */.cn)(region);
    const rolePartition = roleToAssume === '' ? undefined : (0,partitions/* partitionOfArn */.Fh)(roleToAssume);
    // A region the table does not know yet (a new partition) is left to AWS to judge.
    if (partition !== undefined && rolePartition !== undefined && partition !== rolePartition) {
        throw new input_error/* InputError */.d('invalid', `${source} ${region} is in the AWS partition ${partition}, but \`role-to-assume\` ${roleToAssume} is in ${rolePartition}: credentials never cross partitions. Use a region of ${rolePartition}, or a role of ${partition}.`);
    }
    return region;
}
function samePartition(key, roleToAssume) {
    const keyPartition = (0,partitions/* partitionOfArn */.Fh)(key.value);
    const rolePartition = (0,partitions/* partitionOfArn */.Fh)(roleToAssume);
    if (keyPartition !== rolePartition) {
        throw new input_error/* InputError */.d('invalid', `\`role-to-assume\` ${roleToAssume} is in the AWS partition ${rolePartition}, but \`${key.input}\` ${key.value} is in ${keyPartition}: credentials never cross partitions. Use a role and keys of the same partition.`);
    }
}

;// CONCATENATED MODULE: ./src/action/role-session-name.ts
/** STS's rule for RoleSessionName, which CloudTrail records on every KMS call. */
const ALLOWED = /[^\w+=,.@-]/g;
const MAX = 64;
/**
 * The session name: the user's, or one that identifies the repository run
 * (`dossier-sign@OWNER.REPO-RUN_ID-ATTEMPT`), sanitised to what STS accepts. When
 * too long the repository part is shortened, never the run id and attempt.
 */
function roleSessionName(requested, env) {
    if (requested !== '')
        return fit(requested.replace(ALLOWED, '-'));
    const repository = (env.GITHUB_REPOSITORY || 'local').replace('/', '.').replace(ALLOWED, '-');
    const run = `-${env.GITHUB_RUN_ID || 'run'}-${env.GITHUB_RUN_ATTEMPT || '1'}`.replace(ALLOWED, '-');
    const prefix = 'dossier-sign@';
    return fit(`${prefix}${repository.slice(0, Math.max(1, MAX - prefix.length - run.length))}${run}`);
}
function fit(name) {
    const cut = name.slice(0, MAX);
    return cut.length >= 2 ? cut : cut.padEnd(2, '-');
}

// EXTERNAL MODULE: ./src/action/settings.ts
var settings = __webpack_require__(9297);
;// CONCATENATED MODULE: ./src/action/read-settings.ts











const KEY_ID = /^(arn:aws[\w-]*:kms:[a-z0-9-]+:\d{12}:(key|alias)\/[\w/+=,.@-]+|alias\/[\w/+=,.@-]+|(mrk-)?[0-9a-fA-F-]{32,36})$/;
const ROLE_ARN = /^arn:aws[\w-]*:iam::\d{12}:role\/[\w/+=,.@-]+$/;
/**
 * Read every input once into typed settings, failing on the first bad value with a
 * message that names the input. Nothing else in the action reads inputs.
 */
function readSettings(getInput, env) {
    const workspace = external_node_path_default().resolve(env.GITHUB_WORKSPACE || process.cwd());
    const input = (name) => getInput(name).trim();
    const mode = oneOf(input, 'mode', ['sign', 'verify', 'merge-reports'], 'sign');
    if (mode === 'merge-reports') {
        if (input('shard') !== '') {
            throw new input_error/* InputError */.d('invalid', "`shard` is for the sign jobs of a matrix; `mode: merge-reports` reads every shard's report, so leave `shard` out of the merge step.");
        }
        return {
            mode,
            workspace,
            reports: guardPatterns(() => parseFilePatterns(input('reports') || DEFAULT_REPORTS, 'reports')),
            reportPath: optionalPath(workspace, input('report-path'), 'report-path'),
        };
    }
    const patterns = guardPatterns(() => parseFilePatterns(input('files') || '**/*.ds.md'));
    if (mode === 'sign') {
        const algorithm = input('signing-algorithm');
        if (algorithm !== '' && !(0,algorithms/* isSigningAlgorithm */.vT)(algorithm)) {
            throw new input_error/* InputError */.d('invalid', `\`signing-algorithm\` "${algorithm}" is not a KMS signing algorithm this action supports; use one of ${Object.keys(algorithms/* ALGORITHMS */.TM).join(', ')}, or leave it empty to use the key's default.`);
        }
        const publicKeyPath = input('public-key-path');
        const formats = readFormats(input('formats'));
        const provenancePath = input('provenance-path');
        if (formats.length === 0 && provenancePath === '') {
            throw new input_error/* InputError */.d('invalid', '`formats: none` writes no per-file signature, so it needs `provenance-path` (one signed attestation for the whole run); give it, or name a format.');
        }
        const shard = readShard(input('shard'));
        if (shard.count > 1 && provenancePath !== '') {
            throw new input_error/* InputError */.d('invalid', `\`provenance-path\` with \`shard\` ${input('shard')} would attest only this shard's slice of the files. Attest in a separate unsharded job after the shards, with \`formats: none\` and \`provenance-path\` (one Sign call covers every file), and leave \`provenance-path\` out of the sharded jobs.`);
        }
        const minisignKmsKeyId = input('minisign-kms-key-id');
        if (formats.includes('minisig') && minisignKmsKeyId === '') {
            throw new input_error/* InputError */.d('missing', '`formats` includes `minisig`, which needs `minisign-kms-key-id`: an AWS KMS ECC_NIST_EDWARDS25519 key (minisign signs with pure Ed25519, which the ECDSA/RSA `kms-key-id` cannot make).');
        }
        if (minisignKmsKeyId !== '' && !KEY_ID.test(minisignKmsKeyId)) {
            throw new input_error/* InputError */.d('invalid', `\`minisign-kms-key-id\` "${minisignKmsKeyId}" is not a KMS key id, key ARN, alias/NAME or alias ARN.`);
        }
        return {
            mode,
            workspace,
            patterns,
            aws: readAws(input, env, true, formats.includes('minisig') ? minisignKmsKeyId : ''),
            formats,
            minisignKmsKeyId: minisignKmsKeyId === '' ? undefined : minisignKmsKeyId,
            replaceEmbeddedSignatures: read_settings_boolean(input, 'replace-embedded-signatures', false),
            provenancePath: provenancePath === ''
                ? undefined
                : insideWorkspace(workspace, provenancePath, 'provenance-path'),
            run: {
                repository: env.GITHUB_REPOSITORY || undefined,
                ref: env.GITHUB_REF || undefined,
                commit: env.GITHUB_SHA || undefined,
                runId: env.GITHUB_RUN_ID || undefined,
                runAttempt: env.GITHUB_RUN_ATTEMPT || undefined,
                serverUrl: env.GITHUB_SERVER_URL || undefined,
            },
            signingAlgorithm: algorithm === '' ? undefined : algorithm,
            concurrency: integer(input, 'concurrency', DEFAULT_CONCURRENCY, 1, 256),
            publicKeyPath: publicKeyPath === ''
                ? undefined
                : insideWorkspace(workspace, publicKeyPath, 'public-key-path'),
            maxFiles: integer(input, 'max-files', 1000, 1, 1_000_000),
            dryRun: read_settings_boolean(input, 'dry-run', false),
            reportPath: optionalPath(workspace, input('report-path'), 'report-path'),
            shard,
        };
    }
    if (input('shard') !== '') {
        throw new input_error/* InputError */.d('invalid', '`shard` splits sign runs only: verify mode is offline and fast (about 10,000 files in 10 s on one runner) and needs no shards; remove `shard` from the verify step.');
    }
    return {
        mode,
        workspace,
        patterns,
        trustedKeysFiles: lines(input('trusted-keys-file')).map((f) => insideWorkspace(workspace, f, 'trusted-keys-file')),
        trustedKeys: getInput('trusted-keys'),
        policy: oneOf(input, 'signature-policy', ['warn', 'strict'], 'warn'),
        changedOnly: oneOf(input, 'changed-only', ['auto', 'true', 'false'], 'auto'),
        trustFrom: oneOf(input, 'trust-from', ['auto', 'base', 'workspace'], 'auto'),
        provenancePatterns: input('provenance-files') === ''
            ? undefined
            : guardPatterns(() => parseFilePatterns(input('provenance-files'), 'provenance-files')),
        expected: {
            repository: input('expected-repository') || undefined,
            workflow: input('expected-workflow') || undefined,
            ref: input('expected-ref') || undefined,
        },
        failOn: oneOf(input, 'fail-on', ['block', 'warn', 'never'], 'block'),
        githubToken: input('github-token'),
        aws: readAws(input, env, false),
        reportPath: optionalPath(workspace, input('report-path'), 'report-path'),
    };
}
/** Where `actions/download-artifact` with `path: dossier-sign-reports` puts the shards' reports. */
const DEFAULT_REPORTS = 'dossier-sign-reports/**/*.json';
/** `shard: I/N`; empty is the whole run. */
function readShard(text) {
    try {
        return (0,shard/* parseShard */.uK)(text);
    }
    catch (error) {
        if (error instanceof shard/* ShardError */.Zj)
            throw new input_error/* InputError */.d('invalid', error.message);
        throw error;
    }
}
/** Chosen from `npm run bench`: see the README's Performance section. */
const DEFAULT_CONCURRENCY = 32;
/** `minisignKmsKeyId`: the minisign key when the run uses it, so its ARN's region counts. */
function readAws(input, env, required, minisignKmsKeyId = '') {
    const kmsKeyId = input('kms-key-id');
    if (kmsKeyId === '') {
        if (!required)
            return undefined;
        throw new input_error/* InputError */.d('missing', '`kms-key-id` is required when `mode` is `sign`: give the key id, key ARN, alias/NAME or alias ARN of an asymmetric SIGN_VERIFY KMS key.');
    }
    if (!KEY_ID.test(kmsKeyId)) {
        throw new input_error/* InputError */.d('invalid', `\`kms-key-id\` "${kmsKeyId}" is not a KMS key id, key ARN, alias/NAME or alias ARN.`);
    }
    const roleToAssume = input('role-to-assume');
    if (roleToAssume !== '' && !ROLE_ARN.test(roleToAssume)) {
        throw new input_error/* InputError */.d('invalid', `\`role-to-assume\` "${roleToAssume}" is not an IAM role ARN (arn:aws:iam::ACCOUNT_ID:role/NAME).`);
    }
    const keys = [{ input: 'kms-key-id', value: kmsKeyId }];
    if (minisignKmsKeyId !== '')
        keys.push({ input: 'minisign-kms-key-id', value: minisignKmsKeyId });
    const region = awsRegionFor(keys, roleToAssume, input('aws-region'), env);
    return {
        kmsKeyId,
        region,
        roleToAssume: roleToAssume === '' ? undefined : roleToAssume,
        // The role's partition decides what STS expects: sts.amazonaws.com.cn in China.
        audience: input('audience') ||
            (0,partitions/* defaultAudience */.Yl)(roleToAssume === '' ? 'aws' : (0,partitions/* partitionOfArn */.Fh)(roleToAssume)),
        roleSessionName: roleSessionName(input('role-session-name'), env),
        roleDurationSeconds: integer(input, 'role-duration-seconds', 900, 900, 43_200),
        sessionPolicy: read_settings_boolean(input, 'session-policy', true),
        network: readProxy(input('http-proxy'), env),
        oidcIssuer: (0,oidc_issuer/* oidcIssuerFor */.eX)(env.GITHUB_SERVER_URL),
    };
}
function readProxy(proxyInput, env) {
    try {
        return (0,proxy_config/* proxyConfigFrom */.vL)(proxyInput, env);
    }
    catch (error) {
        if (error instanceof proxy_config/* ProxyConfigError */.Xb)
            throw new input_error/* InputError */.d('invalid', error.message);
        throw error;
    }
}
/**
 * `formats`: comma- or newline-separated names, each once; default `sig`. Unknown names
 * fail here, before any AWS call, with the valid choices. Kept in SIGN_FORMATS order:
 * the embedded signature is written first, so detached ones cover the file after it.
 */
function readFormats(text) {
    const names = text
        .split(/[\s,]+/)
        .map((name) => name.trim())
        .filter((name) => name !== '');
    if (names.length === 0)
        return ['sig'];
    if (names.length === 1 && names[0] === 'none')
        return [];
    const unknown = names.filter((name) => !settings/* SIGN_FORMATS */.J.includes(name));
    if (unknown.length > 0) {
        throw new input_error/* InputError */.d('invalid', `\`formats\` has ${unknown.map((n) => `"${n}"`).join(', ')}; the formats are ${settings/* SIGN_FORMATS */.J.map((f) => `\`${f}\``).join(', ')} (comma- or newline-separated), or \`none\` with \`provenance-path\`.`);
    }
    return settings/* SIGN_FORMATS */.J.filter((format) => names.includes(format));
}
function guardPatterns(parse) {
    try {
        return parse();
    }
    catch (error) {
        if (error instanceof PatternError)
            throw new input_error/* InputError */.d('invalid', error.message);
        throw error;
    }
}
function lines(text) {
    return text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'));
}
function optionalPath(workspace, file, name) {
    return file === '' ? undefined : insideWorkspace(workspace, file, name);
}
function insideWorkspace(workspace, file, name) {
    const absolute = external_node_path_default().resolve(workspace, file);
    const relative = external_node_path_default().relative(workspace, absolute);
    if (relative === '' || relative.startsWith('..') || external_node_path_default().isAbsolute(relative)) {
        throw new input_error/* InputError */.d('invalid', `\`${name}\` "${file}" is outside the workspace; give a path inside the repository checkout.`);
    }
    return absolute;
}
function oneOf(input, name, allowed, fallback) {
    const value = input(name);
    if (value === '')
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new input_error/* InputError */.d('invalid', `\`${name}\` is "${value}"; it must be one of ${allowed.map((a) => `\`${a}\``).join(', ')}.`);
}
function integer(input, name, fallback, min, max) {
    const value = input(name);
    if (value === '')
        return fallback;
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max) {
        throw new input_error/* InputError */.d('invalid', `\`${name}\` is "${value}"; it must be a whole number from ${min} to ${max}.`);
    }
    return n;
}
// The YAML 1.2 core schema's booleans, as @actions/core's getBooleanInput reads them.
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
function read_settings_boolean(input, name, fallback) {
    const value = input(name);
    if (value === '')
        return fallback;
    if (TRUE.includes(value))
        return true;
    if (FALSE.includes(value))
        return false;
    throw new input_error/* InputError */.d('invalid', `\`${name}\` is "${value}"; it must be \`true\` or \`false\`.`);
}

;// CONCATENATED MODULE: ./src/action/run-action.ts




/** Thrown after the mode wrote its summary, which already says what failed and where. */
const SUMMARIZED = new Set(['files-failed', 'verdict']);
/**
 * The one place where anything thrown, `Error` or not, becomes a failed step.
 * Returns the exit code so the entrypoint never has to catch.
 */
async function runAction(getInput, env, io, runners) {
    try {
        const settings = readSettings(getInput, env);
        if (settings.mode === 'sign')
            await runners.sign(settings);
        else if (settings.mode === 'merge-reports')
            await runners['merge-reports'](settings);
        else
            await runners.verify(settings);
        return 0;
    }
    catch (error) {
        const message = (0,errors/* messageOf */.b)(error);
        io.setFailed(message);
        // A run that failed before reporting anything still leaves the reason where
        // reviewers look first; a summary that cannot be written must not hide the error.
        // The message may quote file content (a trusted-keys line, a path): escaped like any cell.
        // Failures the mode's summary already counts (and lists per file) are not said twice.
        if (!(error instanceof action_failure/* ActionFailure */.d && SUMMARIZED.has(error.code))) {
            await io.appendSummary(`## dossier-sign failed\n\n${(0,markdown/* cell */.Hn)(message)}\n`).catch(() => undefined);
        }
        return 1;
    }
}

;// CONCATENATED MODULE: ./src/main.ts





/**
 * The action, wired: real inputs, the real runner, real AWS clients. Each mode's code is
 * a chunk of dist/ loaded by import() once the inputs name the mode, and the AWS SDK is a
 * chunk of its own, so a run parses only what it uses (scripts/check-bundle.js and
 * __tests__/repo/bundle-chunks.test.ts hold the split). `first` is the OIDC token
 * request src/index.ts sent before this code loaded, if it sent one.
 */
async function main(first) {
    const io = coreIo(core);
    const tokens = runnerTokenSource((audience) => core.getIDToken(audience), process.env);
    return runAction((name) => core.getInput(name), process.env, io, {
        sign: async (settings) => {
            // The run's first request, the OIDC token, goes out before the sign code and the SDK
            // are parsed (before this code, if src/index.ts could send it), so that parse
            // overlaps the token endpoint's answer.
            const { roleToAssume, audience } = settings.aws;
            const signTokens = roleToAssume
                ? tokenAskedEarly(tokens, audience, { first, mask: (token) => io.setSecret(token) })
                : tokens;
            const [{ runSign }, { kmsClientFor }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(632), __webpack_require__.e(40), __webpack_require__.e(581), __webpack_require__.e(735), __webpack_require__.e(679), __webpack_require__.e(351), __webpack_require__.e(402), __webpack_require__.e(874), __webpack_require__.e(860)]).then(__webpack_require__.bind(__webpack_require__, 860)),
                Promise.all(/* import() */[__webpack_require__.e(632), __webpack_require__.e(834)]).then(__webpack_require__.bind(__webpack_require__, 5834)),
            ]);
            await runSign(settings, { io, tokens: signTokens, kmsClient: kmsClientFor });
        },
        verify: async (settings) => {
            // Verify is offline unless AWS settings are given (to pin ARN entries to KMS keys):
            // only then is the AWS SDK loaded.
            const [{ runVerify }, { openPullRequest }, kms] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(40), __webpack_require__.e(581), __webpack_require__.e(735), __webpack_require__.e(679), __webpack_require__.e(351), __webpack_require__.e(402), __webpack_require__.e(272)]).then(__webpack_require__.bind(__webpack_require__, 5272)),
                Promise.all(/* import() */[__webpack_require__.e(40), __webpack_require__.e(679)]).then(__webpack_require__.bind(__webpack_require__, 1679)),
                settings.aws ? Promise.all(/* import() */[__webpack_require__.e(632), __webpack_require__.e(834)]).then(__webpack_require__.bind(__webpack_require__, 5834)) : undefined,
            ]);
            await runVerify(settings, {
                io,
                tokens,
                kmsClient: kms?.kmsClientFor ?? noKmsClient,
                env: process.env,
                pullRequest: (token) => openPullRequest(process.env, token, settings.workspace),
            });
        },
        // Merging the shards' sign reports reads files only: no AWS SDK, no token.
        'merge-reports': async (settings) => {
            const { runMergeReports } = await Promise.all(/* import() */[__webpack_require__.e(40), __webpack_require__.e(581), __webpack_require__.e(679), __webpack_require__.e(351), __webpack_require__.e(759)]).then(__webpack_require__.bind(__webpack_require__, 1759));
            await runMergeReports(settings, { io, env: process.env });
        },
    });
}
function noKmsClient() {
    throw new Error('verify mode asked for a KMS client without AWS settings (a bug: please report it)');
}


/***/ }),

/***/ 5260:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ printable)
/* harmony export */ });
/**
 * Text that came from the workspace (file names, messages quoting them), made safe
 * for one log line. A CR or LF in a file name would let it start a line of its own,
 * and a line that starts with `::` is a workflow command the runner obeys
 * (`::warning::`, `::add-mask::`, `::stop-commands::`). Control characters are
 * shown escaped instead, which also keeps terminal escape sequences inert.
 */
function printable(text) {
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f\u0085\u2028\u2029]/g, (c) => {
        if (c === '\n')
            return '\\n';
        if (c === '\r')
            return '\\r';
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
}


/***/ })

};

//# sourceMappingURL=583.index.js.map