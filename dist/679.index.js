export const id = 679;
export const ids = [679];
export const modules = {

/***/ 1679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PullRequestError: () => (/* binding */ PullRequestError),
/* harmony export */   changedFilesOf: () => (/* binding */ changedFilesOf),
/* harmony export */   isPullRequestEvent: () => (/* binding */ isPullRequestEvent),
/* harmony export */   openPullRequest: () => (/* binding */ openPullRequest)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _formats_registry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4773);





class PullRequestError extends _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CodedError */ .A {
}
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** The API's own cap on a pull request's file list. */
const MAX_LISTED_FILES = 3000;
/** The contents API inlines files up to 1 MB; larger ones would need another media type. */
const MAX_CONTENTS_BYTES = 1024 * 1024;
const MAX_GIT_OUTPUT = 32 * 1024 * 1024;
const run = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
function isPullRequestEvent(env) {
    return PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME ?? '');
}
/** Undefined when the run is not for a pull request. */
async function openPullRequest(env, token, workspace) {
    if (!isPullRequestEvent(env))
        return undefined;
    const event = env.GITHUB_EVENT_PATH
        ? JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(env.GITHUB_EVENT_PATH, 'utf8'))
        : {};
    const number = event.pull_request?.number;
    const baseSha = event.pull_request?.base?.sha;
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (typeof number !== 'number' || typeof baseSha !== 'string' || !owner || !repo) {
        throw new PullRequestError('no-pull-request', 'this pull_request event has no pull request number and base commit (GITHUB_EVENT_PATH, GITHUB_REPOSITORY); set `changed-only: false` and `trust-from: workspace` to check the workspace as it is.');
    }
    // Loaded here, not at start-up: only a pull-request check needs the GitHub client.
    const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    const octokit = getOctokit(token, env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {});
    const gitHasBase = hasCommit(workspace, baseSha);
    return {
        number,
        baseSha,
        async changedFiles() {
            let files;
            try {
                files = await octokit.paginate(octokit.rest.pulls.listFiles, {
                    owner,
                    repo,
                    pull_number: number,
                    per_page: 100,
                });
            }
            catch (error) {
                throw new PullRequestError('api-failed', `cannot list the files of pull request #${number} (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .b)(error)}); check that \`github-token\` can read pull requests (permissions: pull-requests: read)`, { cause: error });
            }
            return changedFilesOf(files);
        },
        async baseFile(relative) {
            if (await gitHasBase)
                return gitBaseFile(workspace, baseSha, relative);
            let data;
            try {
                ;
                ({ data } = await octokit.rest.repos.getContent({
                    owner,
                    repo,
                    path: relative,
                    ref: baseSha,
                }));
            }
            catch (error) {
                if (error.status === 404)
                    return undefined;
                throw new PullRequestError('base-file-unreadable', `cannot read ${relative} at the base commit ${baseSha.slice(0, 12)} (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .b)(error)}); give \`github-token\` \`contents: read\`, or fetch the base commit into the checkout (actions/checkout with fetch-depth: 0)`, { cause: error });
            }
            return contentBytes(data, relative);
        },
    };
}
/** Pure, for tests: the API's file list as the paths to check. */
function changedFilesOf(files) {
    const paths = new Set();
    const present = [];
    for (const f of files) {
        if (f.status !== 'removed') {
            paths.add(f.filename);
            present.push(f.filename);
        }
        for (const name of [f.filename, f.previous_filename]) {
            const suffix = name && _formats_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .SIGNATURE_SUFFIXES */ .tX.find((s) => name.endsWith(s));
            if (name && suffix)
                paths.add(name.slice(0, -suffix.length));
        }
    }
    return { paths, present, truncated: files.length >= MAX_LISTED_FILES };
}
function contentBytes(data, relative) {
    const file = data;
    if (Array.isArray(data) || file.type !== 'file')
        return undefined;
    if (file.encoding !== 'base64' || (file.size ?? 0) > MAX_CONTENTS_BYTES) {
        throw new PullRequestError('base-file-too-large', `${relative} at the base commit is larger than the contents API returns inline (1 MB)`);
    }
    return Buffer.from(file.content ?? '', 'base64');
}
async function hasCommit(workspace, sha) {
    try {
        await run('git', ['-C', workspace, 'cat-file', '-e', `${sha}^{commit}`]);
        return true;
    }
    catch {
        return false;
    }
}
/** A regular blob at the base commit; a link or a folder there is no file. */
async function gitBaseFile(workspace, sha, relative) {
    const { stdout } = await run('git', ['-C', workspace, 'ls-tree', '-z', sha, '--', relative], {
        encoding: 'buffer',
    });
    const entry = /^(\d+) blob ([0-9a-f]+)\t/.exec(stdout.toString('utf8'));
    if (entry === null || entry[1] === '120000')
        return undefined;
    const blob = await run('git', ['-C', workspace, 'cat-file', 'blob', entry[2] ?? ''], {
        encoding: 'buffer',
        maxBuffer: MAX_GIT_OUTPUT,
    });
    return blob.stdout;
}


/***/ }),

/***/ 9615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ CandidateVerifier)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/keys/algorithms.ts
var algorithms = __webpack_require__(2048);
// EXTERNAL MODULE: ./src/keys/rsa-digest-verify.ts
var rsa_digest_verify = __webpack_require__(5941);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/formats/verify-limits.ts

/**
 * Pure Ed25519 (a `.sig` from an Ed25519 key, a legacy `Ed` minisig) signs the whole
 * file, not a digest, so the file must sit in memory; dossiers are far smaller.
 */
const MAX_BUFFERED_FILE_BYTES = 64 * 1024 * 1024;
/**
 * Every (key, algorithm) pair that could have made a signature hashes the whole file
 * on its own (node:crypto cannot verify a precomputed digest), so bound the work.
 */
const MAX_CANDIDATES = 128;
class VerifyLimitError extends errors/* CodedError */.A {
}
/** Collects a streamed file up to a limit; past it, keeps nothing and remembers why. */
class BoundedBuffer {
    limit;
    chunks = [];
    size = 0;
    overflowed = false;
    constructor(limit = MAX_BUFFERED_FILE_BYTES) {
        this.limit = limit;
    }
    update(chunk) {
        if (this.overflowed)
            return;
        this.size += chunk.length;
        if (this.size > this.limit) {
            this.overflowed = true;
            this.chunks = [];
            return;
        }
        // Copy: callers may reuse their read buffer for the next chunk.
        this.chunks.push(Buffer.from(chunk));
    }
    /** The whole file; throws `file-too-large` when it went past the limit. */
    bytes() {
        if (this.overflowed) {
            throw new VerifyLimitError('file-too-large', `cannot be checked: its Ed25519 signature covers the whole file, which is over the ${this.limit / (1024 * 1024)} MiB this action holds in memory; sign large files with an ECDSA or RSA key, or with prehashed minisign (the default, not -l)`);
        }
        return Buffer.concat(this.chunks, this.size);
    }
}

;// CONCATENATED MODULE: ./src/formats/candidate-verifier.ts




/**
 * Checks one signature over a streamed file against every candidate key at once, so
 * the file is read once however many trusted keys might fit, and hashed once per hash
 * the RSA candidates need (each candidate's algorithm fixes it; the signature is decoded
 * against that hash alone) rather than once per candidate. ECDSA candidates still hash
 * on their own: verify mode holds the file in memory (16 MiB at most), where Node's
 * verifier costs less than verifying from the digest in JavaScript (see
 * ECDSA_DIGEST_MIN_BYTES).
 */
class CandidateVerifier {
    signature;
    checks;
    hashers = new Map();
    digests = new Map();
    /** Only when a pure Ed25519 candidate needs the whole file. */
    wholeFile;
    /** `alsoHash`: digests the caller wants of the same bytes (sigstore's recorded digest). */
    constructor(signature, candidates, alsoHash = []) {
        this.signature = signature;
        if (candidates.length > MAX_CANDIDATES) {
            throw new VerifyLimitError('too-many-candidates', `cannot be checked: ${candidates.length} trusted key/algorithm pairs could fit it, more than ${MAX_CANDIDATES}; trust fewer keys`);
        }
        this.checks = candidates.map((candidate) => checkFor(candidate, signature));
        for (const check of this.checks)
            if ('rsa' in check && check.rsa)
                this.hashOf(check.rsa.hash);
        for (const hash of alsoHash)
            this.hashOf(hash);
        const needsWholeFile = this.checks.some((check) => 'wholeFile' in check);
        this.wholeFile = needsWholeFile ? new BoundedBuffer() : undefined;
    }
    update(chunk) {
        for (const hasher of this.hashers.values())
            hasher.update(chunk);
        for (const check of this.checks)
            if ('stream' in check)
                check.stream.update(chunk);
        this.wholeFile?.update(chunk);
    }
    /** The file's digest under `hash`, which must have been named at construction. */
    digest(hash) {
        let digest = this.digests.get(hash);
        if (digest === undefined) {
            const hasher = this.hashers.get(hash);
            if (hasher === undefined)
                throw new Error(`${hash} was not asked for before the bytes`);
            digest = hasher.digest();
            this.digests.set(hash, digest);
        }
        return digest;
    }
    /**
     * The first candidate, in key order, that verifies. Throws `file-too-large` only
     * when nothing else verified and an Ed25519 candidate could not be tried.
     */
    finish() {
        let data;
        let tooLarge;
        for (const check of this.checks) {
            const { candidate } = check;
            if ('rsa' in check) {
                const rsa = check.rsa;
                if (rsa && verifies(() => rsa.matches(this.digest(rsa.hash))))
                    return candidate;
                continue;
            }
            if ('stream' in check) {
                if (verifies(() => check.stream.verify(check.keyInput, this.signature)))
                    return candidate;
                continue;
            }
            try {
                data ??= (this.wholeFile ?? new BoundedBuffer()).bytes();
            }
            catch (error) {
                tooLarge = error;
                continue;
            }
            const file = data;
            if (verifies(() => (0,external_node_crypto_.verify)(null, file, candidate.key.publicKey, this.signature))) {
                return candidate;
            }
        }
        if (tooLarge !== undefined)
            throw tooLarge;
        return undefined;
    }
    hashOf(hash) {
        if (!this.hashers.has(hash))
            this.hashers.set(hash, (0,external_node_crypto_.createHash)(hash));
    }
}
function checkFor(candidate, signature) {
    const { algorithm } = candidate;
    if (algorithm === 'ED25519')
        return { candidate, wholeFile: true };
    const { scheme, hash } = algorithms/* ALGORITHMS */.TM[algorithm];
    if (scheme === 'ecdsa') {
        const keyInput = (0,algorithms/* verifyKeyInput */.dG)(algorithm, candidate.key.publicKey);
        return { candidate, stream: (0,external_node_crypto_.createVerify)(hash), keyInput };
    }
    return { candidate, rsa: (0,rsa_digest_verify/* decodeRsaSignature */.dL)(algorithm, candidate.key.publicKey, signature) };
}
/** OpenSSL throws on some malformed signatures instead of answering false; both mean no. */
function verifies(check) {
    try {
        return check();
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 3121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EV: () => (/* binding */ invalidCheck),
/* harmony export */   G0: () => (/* binding */ FIX_HINT),
/* harmony export */   HE: () => (/* binding */ verifiedCheck),
/* harmony export */   cB: () => (/* binding */ noKeyVerifies),
/* harmony export */   pp: () => (/* binding */ errorCheck)
/* harmony export */ });
/* unused harmony export UNEXPECTED_FAILURE_CODE */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/** An exception we did not raise on purpose; a verifier reports it rather than throwing. */
const UNEXPECTED_FAILURE_CODE = 'verifier-failed';
const FIX_HINT = "Re-sign the file with a trusted key, or, if you trust the signer, add the signer's public key to trusted-keys.";
function verifiedCheck(context, key, algorithm, note = '') {
    return {
        ...context,
        status: 'verified',
        // Every detached kind signs the whole file's bytes.
        coverage: 'file',
        keyIdentifier: key.identifier,
        algorithm,
        message: `${context.signatureFile} verifies under trusted key ${key.identifier} (${key.source})${note}`,
    };
}
function invalidCheck(context, code, why) {
    return { ...context, status: 'invalid', code, message: `${context.signatureFile} ${why}` };
}
/** Anything thrown while reading or checking a signature: coded errors keep their code. */
function errorCheck(context, error) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CodedError */ .A) {
        const code = String(error.code);
        return {
            ...context,
            status: 'error',
            code,
            message: `${context.signatureFile} ${error.message}`,
        };
    }
    return {
        ...context,
        status: 'error',
        code: UNEXPECTED_FAILURE_CODE,
        message: `${context.signatureFile} could not be checked: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .b)(error)}`,
    };
}
/** The common `invalid` verdict: the N fitting keys all said no. */
function noKeyVerifies(context, fittingKeys) {
    if (fittingKeys === 0) {
        return invalidCheck(context, 'no-fitting-key', `was not made by any trusted key: none of the trusted keys is of a type that could have made it, so the signer's key is not trusted (or the signature is damaged). ${FIX_HINT}`);
    }
    const keys = fittingKeys === 1
        ? 'does not verify under the one trusted key that fits'
        : `verifies under none of the ${fittingKeys} trusted keys that fit`;
    return invalidCheck(context, 'signature-mismatch', `${keys}: either the file changed after signing or the signer's key is not trusted. ${FIX_HINT}`);
}


/***/ }),

/***/ 1130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ candidatesFor),
/* harmony export */   f: () => (/* binding */ keyCount)
/* harmony export */ });
/* harmony import */ var _keys_algorithms_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2048);

const ED25519_SIGNATURE_BYTES = 64;
const DER_SEQUENCE_TAG = 0x30;
/**
 * Every (trusted key, algorithm) pair that could have produced `signature`, in key
 * order. The signature's shape prunes cheaply before any hashing: RSA signatures are
 * exactly the modulus long, ECDSA ones are a DER SEQUENCE, Ed25519 ones are 64 bytes.
 * `hash`, when the signature format names one, keeps only algorithms over that hash
 * (an ECDSA curve fixes its hash, as in KMS); Ed25519 hashes nothing and always fits.
 */
function candidatesFor(signature, keys, hash) {
    return keys.flatMap((key) => algorithmsFor(key, signature, hash).map((algorithm) => ({ key, algorithm })));
}
/** How many distinct trusted keys the candidates come from. */
function keyCount(candidates) {
    return new Set(candidates.map((candidate) => candidate.key)).size;
}
function algorithmsFor(key, signature, hash) {
    if (key.publicKey.asymmetricKeyType === 'ed25519') {
        return signature.length === ED25519_SIGNATURE_BYTES ? ['ED25519'] : [];
    }
    const spec = (0,_keys_algorithms_js__WEBPACK_IMPORTED_MODULE_0__/* .keySpecOf */ .sg)(key.publicKey);
    if (spec === undefined)
        return [];
    const info = _keys_algorithms_js__WEBPACK_IMPORTED_MODULE_0__/* .KEY_SPECS */ .ZD[spec];
    const shapeFits = info.nodeType === 'ec'
        ? signature[0] === DER_SEQUENCE_TAG
        : signature.length * 8 === info.modulusBits;
    if (!shapeFits)
        return [];
    return info.algorithms.filter((algorithm) => hash === undefined || _keys_algorithms_js__WEBPACK_IMPORTED_MODULE_0__/* .ALGORITHMS */ .TM[algorithm].hash === hash);
}


/***/ }),

/***/ 2875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hk: () => (/* binding */ minisigGlobalMessage),
/* harmony export */   K3: () => (/* binding */ formatMinisig),
/* harmony export */   ct: () => (/* binding */ parseMinisig),
/* harmony export */   qD: () => (/* binding */ MAX_MINISIG_BYTES),
/* harmony export */   zz: () => (/* binding */ MINISIG_SUFFIX)
/* harmony export */ });
/* unused harmony exports TRUSTED_COMMENT_PREFIX, MinisigError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _keys_base64_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4517);
/* harmony import */ var _keys_minisign_key_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9854);



/**
 * The detached `<file>.minisig` (formats.md 6): four lines, the untrusted comment,
 * base64(algorithm + key id + signature), the trusted comment, base64(global signature).
 */
const MINISIG_SUFFIX = '.minisig';
const TRUSTED_COMMENT_PREFIX = 'trusted comment: ';
const SIGNATURE_BYTES = 64;
const SIGNATURE_LINE_BYTES = 2 + _keys_minisign_key_js__WEBPACK_IMPORTED_MODULE_1__/* .MINISIGN_KEY_ID_BYTES */ .vF + SIGNATURE_BYTES;
/** minisign reads at most 1 KiB of untrusted and 8 KiB of trusted comment. */
const MAX_MINISIG_BYTES = 16 * 1024;
const ALGORITHMS = ['ED', 'Ed'];
class MinisigError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CodedError */ .A {
}
/** What the global signature covers: the file signature, then the trusted comment, nothing between. */
function minisigGlobalMessage(signature, trustedComment) {
    return Buffer.concat([signature, trustedComment]);
}
/** Strict: the four lines (LF or CRLF, final line ending optional) and nothing else. */
function parseMinisig(content) {
    if (content.length > MAX_MINISIG_BYTES) {
        throw new MinisigError('minisig-too-large', `is ${content.length} bytes; a minisign signature is at most ${MAX_MINISIG_BYTES}`);
    }
    const lines = splitLines(content);
    const [untrusted, signatureLine, trusted, globalLine] = lines;
    if (lines.length !== 4 ||
        untrusted === undefined ||
        signatureLine === undefined ||
        trusted === undefined ||
        globalLine === undefined ||
        !startsWith(untrusted, _keys_minisign_key_js__WEBPACK_IMPORTED_MODULE_1__/* .UNTRUSTED_COMMENT_PREFIX */ .CK) ||
        !startsWith(trusted, TRUSTED_COMMENT_PREFIX)) {
        throw new MinisigError('minisig-malformed', `is not a minisign signature: expected four lines, "${_keys_minisign_key_js__WEBPACK_IMPORTED_MODULE_1__/* .UNTRUSTED_COMMENT_PREFIX */ .CK}...", the signature, "${TRUSTED_COMMENT_PREFIX}...", the global signature`);
    }
    const signed = decode(signatureLine, 'signature', SIGNATURE_LINE_BYTES);
    const algorithm = signed.toString('latin1', 0, 2);
    if (!ALGORITHMS.includes(algorithm)) {
        throw new MinisigError('minisig-unknown-algorithm', `has signature algorithm ${JSON.stringify(algorithm)}; minisign writes "ED" (prehashed) or "Ed" (legacy)`);
    }
    const idEnd = 2 + _keys_minisign_key_js__WEBPACK_IMPORTED_MODULE_1__/* .MINISIGN_KEY_ID_BYTES */ .vF;
    return {
        algorithm: algorithm,
        keyId: signed.subarray(2, idEnd),
        signature: signed.subarray(idEnd),
        trustedComment: trusted.subarray(TRUSTED_COMMENT_PREFIX.length),
        globalSignature: decode(globalLine, 'global signature', SIGNATURE_BYTES),
        untrustedComment: untrusted.subarray(_keys_minisign_key_js__WEBPACK_IMPORTED_MODULE_1__/* .UNTRUSTED_COMMENT_PREFIX */ .CK.length).toString('utf8'),
    };
}
/** The file `minisign -S` writes, byte for byte. */
function formatMinisig(minisig) {
    for (const comment of [minisig.trustedComment, Buffer.from(minisig.untrustedComment)]) {
        if (comment.includes(0x0a) || comment.includes(0x0d)) {
            throw new MinisigError('minisig-malformed', 'cannot hold a comment with a line break');
        }
    }
    const signed = Buffer.concat([Buffer.from(minisig.algorithm), minisig.keyId, minisig.signature]);
    return Buffer.concat([
        Buffer.from(`${_keys_minisign_key_js__WEBPACK_IMPORTED_MODULE_1__/* .UNTRUSTED_COMMENT_PREFIX */ .CK}${minisig.untrustedComment}\n`),
        Buffer.from(`${signed.toString('base64')}\n${TRUSTED_COMMENT_PREFIX}`),
        minisig.trustedComment,
        Buffer.from(`\n${minisig.globalSignature.toString('base64')}\n`),
    ]);
}
/** Lines as bytes (the trusted comment is signed byte for byte), one CR before each LF dropped. */
function splitLines(content) {
    const lines = [];
    let start = 0;
    while (start < content.length) {
        const newline = content.indexOf(0x0a, start);
        const end = newline === -1 ? content.length : newline;
        const line = content.subarray(start, end);
        lines.push(line.at(-1) === 0x0d && newline !== -1 ? line.subarray(0, -1) : line);
        start = end + 1;
    }
    return lines;
}
function startsWith(line, prefix) {
    return line.toString('latin1', 0, prefix.length) === prefix;
}
function decode(line, what, bytes) {
    const decoded = (0,_keys_base64_js__WEBPACK_IMPORTED_MODULE_2__/* .bytesFromBase64 */ .D)(line.toString('latin1'));
    if (decoded === undefined) {
        throw new MinisigError('minisig-not-base64', `has a ${what} line that is not base64`);
    }
    if (decoded.length !== bytes) {
        throw new MinisigError('minisig-wrong-length', `has a ${decoded.length}-byte ${what}; minisign's is ${bytes} bytes`);
    }
    return decoded;
}


/***/ }),

/***/ 1865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I7: () => (/* binding */ minisignPublicKeyFor),
/* harmony export */   ML: () => (/* binding */ writeMinisig),
/* harmony export */   RP: () => (/* binding */ minisigStillValid),
/* harmony export */   w1: () => (/* binding */ trustedCommentFor)
/* harmony export */ });
/* unused harmony exports MinisigWriteError, MAX_TRUSTED_COMMENT_BYTES, minisignKeyIdFor */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _keys_minisign_key_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9854);
/* harmony import */ var _minisig_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2875);




class MinisigWriteError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .A {
}
const RAW_ED25519_KEY_BYTES = 32;
/** An Ed25519 SubjectPublicKeyInfo: 12 bytes of DER header (OID 1.3.101.112), then the key. */
const ED25519_SPKI_BYTES = 44;
const BLAKE2B_512_BYTES = 64;
const ED25519_SIGNATURE_BYTES = 64;
/** KMS signs RAW messages of at most 4,096 bytes (formats.md 8). */
const MAX_KMS_MESSAGE_BYTES = 4096;
/** The global signature's message is the 64-byte signature, then the comment: both must fit one RAW Sign. */
const MAX_TRUSTED_COMMENT_BYTES = MAX_KMS_MESSAGE_BYTES - ED25519_SIGNATURE_BYTES;
/**
 * The key id for a key minisign did not generate. minisign draws 8 random bytes when it
 * makes a key pair; a KMS key has no such bytes, and every run must name the same id
 * without storing one anywhere, so the id is derived from the key itself: the first 8
 * bytes of SHA-256 over the raw 32-byte Ed25519 public key. The same key gives the same
 * id on every run, machine and version; a new key gives a new id; nothing about the
 * account or the key's ARN shows. A minisign key id is neither secret nor unique (anyone
 * can make a key with any id): it only selects which trusted key to try, and the
 * signatures decide.
 */
function minisignKeyIdFor(rawPublicKey) {
    if (rawPublicKey.length !== RAW_ED25519_KEY_BYTES) {
        throw new MinisigWriteError('minisign-key-not-ed25519', `a raw Ed25519 public key is ${RAW_ED25519_KEY_BYTES} bytes, not ${rawPublicKey.length}`);
    }
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(rawPublicKey).digest().subarray(0, _keys_minisign_key_js__WEBPACK_IMPORTED_MODULE_2__/* .MINISIGN_KEY_ID_BYTES */ .vF);
}
/** The minisign public key (id, `RW...` line, `.pub` text) of an Ed25519 key given as DER SPKI. */
function minisignPublicKeyFor(spkiDer) {
    const publicKey = ed25519PublicKeyFrom(spkiDer);
    const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url');
    const keyId = minisignKeyIdFor(raw);
    const pub = (0,_keys_minisign_key_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMinisignPublicKey */ .I$)({ keyId, publicKey: raw });
    return { keyId, publicKey, line: pub.split('\n')[1] ?? '', pub };
}
const OPTIONAL_FIELDS = [
    ['repository', 'repository'],
    ['ref', 'ref'],
    ['commit', 'commit'],
    ['run', 'runId'],
];
/**
 * minisign's own `timestamp:<unix>\tfile:<name>`, then where the signature was made.
 * Values come from the workspace and the workflow: a tab would forge a field, a line
 * break would end the comment (minisign reads one line), so every control character
 * (and U+2028/U+2029) becomes U+FFFD. Refused past MAX_TRUSTED_COMMENT_BYTES.
 */
function trustedCommentFor(facts) {
    if (!Number.isSafeInteger(facts.timestamp) || facts.timestamp < 0) {
        throw new MinisigWriteError('trusted-comment-invalid', `the trusted comment's timestamp must be whole seconds since 1970, not ${facts.timestamp}`);
    }
    const fields = [
        ['timestamp', String(facts.timestamp)],
        ['file', facts.file],
    ];
    for (const [label, key] of OPTIONAL_FIELDS) {
        const value = facts[key];
        if (value !== undefined && value !== '')
            fields.push([label, value]);
    }
    const comment = Buffer.from(fields.map(([label, value]) => `${label}:${oneLine(value)}`).join('\t'));
    if (comment.length > MAX_TRUSTED_COMMENT_BYTES) {
        throw new MinisigWriteError('trusted-comment-too-long', `the trusted comment would be ${comment.length} bytes; KMS signs it in one RAW message after the 64-byte signature, so it can hold at most ${MAX_TRUSTED_COMMENT_BYTES}. Shorten the file path.`);
    }
    return comment;
}
/**
 * The `.minisig` for a file, given BLAKE2b-512 of its bytes (the `ED` prehashed
 * algorithm). Sign call 1 covers the digest, call 2 the signature followed by the
 * trusted comment (the global signature); both are verified here, so nothing
 * unverified is ever written.
 */
async function writeMinisig(fileBlake2b512, signer, key, trustedComment) {
    checkSigningKey(key);
    if (fileBlake2b512.length !== BLAKE2B_512_BYTES) {
        throw new MinisigWriteError('digest-wrong-length', `minisign signs the 64-byte BLAKE2b-512 of the file, not ${fileBlake2b512.length} bytes`);
    }
    checkTrustedComment(trustedComment);
    const signature = await signer.signMessage(fileBlake2b512);
    mustVerify(key, fileBlake2b512, signature, 'the file signature (over BLAKE2b-512 of the file)');
    const global = (0,_minisig_js__WEBPACK_IMPORTED_MODULE_3__/* .minisigGlobalMessage */ .Hk)(signature, trustedComment);
    const globalSignature = await signer.signMessage(global);
    mustVerify(key, global, globalSignature, 'the global signature (over the trusted comment)');
    return (0,_minisig_js__WEBPACK_IMPORTED_MODULE_3__/* .formatMinisig */ .K3)({
        algorithm: 'ED',
        keyId: key.keyId,
        signature,
        trustedComment,
        globalSignature,
        untrustedComment: `signature from dossier-sign, minisign key ${(0,_keys_minisign_key_js__WEBPACK_IMPORTED_MODULE_2__/* .minisignKeyIdHex */ ._)(key.keyId)}`,
    });
}
/**
 * Whether a `.minisig` already beside the file still holds for this key, so a re-run
 * makes no Sign call: a prehashed (`ED`) signature naming this key id whose file and
 * global signatures both verify. Its trusted comment may differ from today's.
 */
function minisigStillValid(existing, fileBlake2b512, key) {
    let minisig;
    try {
        minisig = (0,_minisig_js__WEBPACK_IMPORTED_MODULE_3__/* .parseMinisig */ .ct)(existing);
    }
    catch {
        return false;
    }
    return (minisig.algorithm === 'ED' &&
        minisig.keyId.equals(key.keyId) &&
        ed25519Verifies(key.publicKey, fileBlake2b512, minisig.signature) &&
        ed25519Verifies(key.publicKey, (0,_minisig_js__WEBPACK_IMPORTED_MODULE_3__/* .minisigGlobalMessage */ .Hk)(minisig.signature, minisig.trustedComment), minisig.globalSignature));
}
function ed25519PublicKeyFrom(spkiDer) {
    let publicKey;
    try {
        publicKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: spkiDer, format: 'der', type: 'spki' });
    }
    catch {
        publicKey = undefined;
    }
    if (publicKey?.asymmetricKeyType !== 'ed25519' || spkiDer.length !== ED25519_SPKI_BYTES) {
        throw new MinisigWriteError('minisign-key-not-ed25519', `minisign needs an Ed25519 public key (a ${ED25519_SPKI_BYTES}-byte SPKI), not ${publicKey?.asymmetricKeyType ?? 'unreadable DER'} (${spkiDer.length} bytes)`);
    }
    return publicKey;
}
function checkSigningKey(key) {
    if (key.publicKey.asymmetricKeyType !== 'ed25519' || key.keyId.length !== _keys_minisign_key_js__WEBPACK_IMPORTED_MODULE_2__/* .MINISIGN_KEY_ID_BYTES */ .vF) {
        throw new MinisigWriteError('minisign-key-not-ed25519', `a minisign key is an Ed25519 public key with an ${_keys_minisign_key_js__WEBPACK_IMPORTED_MODULE_2__/* .MINISIGN_KEY_ID_BYTES */ .vF}-byte id, not a ${key.publicKey.asymmetricKeyType ?? 'secret'} key with ${key.keyId.length}`);
    }
}
function checkTrustedComment(comment) {
    if (comment.length > MAX_TRUSTED_COMMENT_BYTES) {
        throw new MinisigWriteError('trusted-comment-too-long', `a trusted comment of ${comment.length} bytes does not fit one KMS RAW message after the signature (at most ${MAX_TRUSTED_COMMENT_BYTES})`);
    }
    if (comment.includes(0x0a) || comment.includes(0x0d)) {
        throw new MinisigWriteError('trusted-comment-invalid', 'a trusted comment is one line: minisign stops reading it at the first line break');
    }
}
function mustVerify(key, message, signature, what) {
    if (signature.length === ED25519_SIGNATURE_BYTES &&
        ed25519Verifies(key.publicKey, message, signature)) {
        return;
    }
    throw new MinisigWriteError('signature-not-verified', `${what} returned by the key service does not verify under minisign key ${(0,_keys_minisign_key_js__WEBPACK_IMPORTED_MODULE_2__/* .minisignKeyIdHex */ ._)(key.keyId)}; nothing was written. The key that signed is not the key whose public key was loaded, or the signature was damaged on the way.`);
}
function ed25519Verifies(publicKey, message, signature) {
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(null, message, publicKey, signature);
    }
    catch {
        return false;
    }
}
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const LINE_BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
/** One field value that cannot end the comment's line or forge another `\tname:` field. */
function oneLine(value) {
    return value.replace(LINE_BREAKING, '\uFFFD');
}


/***/ }),

/***/ 4773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aw: () => (/* binding */ DETACHED_FORMATS),
  Rt: () => (/* binding */ DETACHED_KINDS),
  tX: () => (/* binding */ SIGNATURE_SUFFIXES)
});

// EXTERNAL MODULE: ./src/formats/minisig/minisig.ts
var minisig_minisig = __webpack_require__(2875);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/formats/detached-check.ts
var detached_check = __webpack_require__(3121);
// EXTERNAL MODULE: ./src/keys/minisign-key.ts
var minisign_key = __webpack_require__(9854);
;// CONCATENATED MODULE: ./src/formats/minisig/verify-minisig.ts




/**
 * Verifies a `<file>.minisig` as `minisign -V` does: the key id picks the key, then
 * both the file signature and the global signature (over the trusted comment) must
 * verify. Without the second, anyone could rewrite the trusted comment.
 */
function minisigVerifier(signatureBytes, keys, context) {
    const minisig = (0,minisig_minisig/* parseMinisig */.ct)(signatureBytes);
    if (minisig.algorithm === 'Ed') {
        // The algorithm bytes are not signed: a prehashed `ED` signature over BLAKE2b-512(F)
        // would read as a legacy one over a file whose bytes are that hash. `minisign -V -H`
        // refuses legacy signatures for the same reason; minisign has signed prehashed since 0.8.
        const check = (0,detached_check/* invalidCheck */.EV)(context, 'minisig-legacy-refused', 'is a legacy (minisign -l) signature over the whole file; its algorithm bytes are not signed, so a prehashed signature could pass as one. Re-sign without -l (the default, prehashed).');
        return { update: () => { }, finish: () => check };
    }
    const minisignKeys = keys.filter((key) => key.kind === 'minisign');
    const named = minisignKeys.filter((key) => key.minisignKeyId?.equals(minisig.keyId));
    if (named.length === 0) {
        const check = keyIdMismatch(context, minisig, minisignKeys);
        return { update: () => { }, finish: () => check };
    }
    const signedFile = signedFileOf();
    return {
        update: (chunk) => signedFile.update(chunk),
        finish() {
            const message = signedFile.bytes();
            const algorithm = `minisign-${minisig.algorithm}`;
            const signer = named.find((key) => ed25519Verifies(key, message, minisig.signature));
            if (signer === undefined) {
                return (0,detached_check/* invalidCheck */.EV)(context, 'signature-mismatch', `names trusted minisign key ${(0,minisign_key/* minisignKeyIdHex */._)(minisig.keyId)} but does not verify under it: either the file changed after signing, or the signature was altered or made by an untrusted key that reuses the id (ids are not secret). Re-sign the file with the trusted key.`);
            }
            const global = (0,minisig_minisig/* minisigGlobalMessage */.Hk)(minisig.signature, minisig.trustedComment);
            if (!ed25519Verifies(signer, global, minisig.globalSignature)) {
                return (0,detached_check/* invalidCheck */.EV)(context, 'minisig-trusted-comment-mismatch', 'has a valid file signature but its trusted comment (or global signature) was changed after signing. Re-sign the file.');
            }
            // Quoted: the comment is the signer's text and may hold anything a log would act on.
            const comment = JSON.stringify(minisig.trustedComment.toString('utf8'));
            return (0,detached_check/* verifiedCheck */.HE)(context, signer, algorithm, `; trusted comment: ${comment}`);
        },
    };
}
/** What a prehashed (`ED`) file signature covers: BLAKE2b-512 of the file. */
function signedFileOf() {
    const hash = (0,external_node_crypto_.createHash)('blake2b512');
    return { update: (chunk) => hash.update(chunk), bytes: () => hash.digest() };
}
function keyIdMismatch(context, minisig, minisignKeys) {
    const signedBy = (0,minisign_key/* minisignKeyIdHex */._)(minisig.keyId);
    const trusted = minisignKeys.flatMap((key) => key.minisignKeyId === undefined
        ? []
        : [`${(0,minisign_key/* minisignKeyIdHex */._)(key.minisignKeyId)} (${key.identifier})`]);
    const have = trusted.length === 0
        ? 'no minisign key is trusted'
        : `trusted minisign keys: ${trusted.join(', ')}`;
    return (0,detached_check/* invalidCheck */.EV)(context, 'minisig-key-id-mismatch', `was made by minisign key ${signedBy}, which is not trusted (${have}). ${detached_check/* FIX_HINT */.G0}`);
}
function ed25519Verifies(key, message, signature) {
    try {
        return (0,external_node_crypto_.verify)(null, message, key.publicKey, signature);
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./src/formats/minisig/write-minisig.ts
var write_minisig = __webpack_require__(1865);
;// CONCATENATED MODULE: ./src/formats/minisig/minisig-writer.ts


/**
 * `<file>.minisig` from a pure Ed25519 key (KMS ECC_NIST_EDWARDS25519): two short RAW
 * signatures, over BLAKE2b-512(file) and over `signature || trusted comment`.
 */
const MINISIG_WRITER = {
    maxBytes: minisig_minisig/* MAX_MINISIG_BYTES */.qD,
    existing(content, keys) {
        const key = keys.message;
        if (key === undefined)
            return undefined;
        return {
            update: () => { },
            holds: (facts) => facts.blake2b512 !== undefined && (0,write_minisig/* minisigStillValid */.RP)(content, facts.blake2b512, key),
        };
    },
    fromMessageKey(facts, key) {
        if (facts.blake2b512 === undefined)
            throw new Error('minisig needs the BLAKE2b-512 digest');
        return (0,write_minisig/* writeMinisig */.ML)(facts.blake2b512, key, key, key.trustedComment(facts.file));
    },
};

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/formats/sig/sig-file.ts

/**
 * The detached `<file>.sig` format: one line, base64 of the raw signature bytes
 * (DER for ECDSA), the same as cosign's classic blob signature.
 */
const SIG_SUFFIX = '.sig';
/** Larger than any signature a supported key makes (RSA 4096 = 512 bytes). */
const MAX_SIG_FILE_BYTES = 4096;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
class SigFileError extends errors/* CodedError */.A {
}
function formatSigFile(signature) {
    return `${signature.toString('base64')}\n`;
}
/** Strict: one canonical base64 line and an optional line ending; nothing else. */
function parseSigFile(content) {
    if (content.length > MAX_SIG_FILE_BYTES) {
        throw new SigFileError('sig-file-too-large', `is ${content.length} bytes; a .sig holds one base64 line of at most ${MAX_SIG_FILE_BYTES} bytes`);
    }
    const text = content.toString('latin1').replace(/\r?\n$/, '');
    if (text.length === 0)
        throw new SigFileError('sig-file-empty', 'is empty');
    if (!BASE64.test(text) || text.length % 4 !== 0) {
        throw new SigFileError('sig-file-not-base64', 'is not a single line of base64');
    }
    const signature = Buffer.from(text, 'base64');
    if (signature.toString('base64') !== text) {
        throw new SigFileError('sig-file-not-base64', 'is not canonical base64');
    }
    return signature;
}

// EXTERNAL MODULE: ./src/keys/file-signature-check.ts + 2 modules
var file_signature_check = __webpack_require__(670);
;// CONCATENATED MODULE: ./src/formats/sig/sig-writer.ts


/** `<file>.sig`: the key's signature over the file's digest, as one base64 line. */
const SIG_WRITER = {
    maxBytes: MAX_SIG_FILE_BYTES,
    existing(content, keys) {
        let signature;
        try {
            signature = parseSigFile(content);
        }
        catch {
            return undefined; // malformed: a good one replaces it
        }
        const check = new file_signature_check/* FileSignatureCheck */.d(keys.digest.algorithm, keys.digest.publicKey);
        return {
            begin: (size) => check.begin(size),
            update: (chunk) => check.update(chunk),
            holds: (facts) => check.verify(signature, facts.digest),
        };
    },
    fromDigestSignature: (signature) => formatSigFile(signature),
};

// EXTERNAL MODULE: ./src/formats/candidate-verifier.ts + 1 modules
var candidate_verifier = __webpack_require__(9615);
// EXTERNAL MODULE: ./src/formats/key-candidates.ts
var key_candidates = __webpack_require__(1130);
;// CONCATENATED MODULE: ./src/formats/sig/verify-sig.ts




/**
 * Verifies a `<file>.sig`: raw signature bytes over the whole file. The format names
 * neither key nor algorithm, so every trusted key whose type fits is tried; ECDSA
 * signatures with a high S are accepted, as OpenSSL and KMS's own Verify accept them.
 */
function sigVerifier(signatureBytes, keys, context) {
    const signature = parseSigFile(signatureBytes);
    const candidates = (0,key_candidates/* candidatesFor */._)(signature, keys);
    const verifier = new candidate_verifier/* CandidateVerifier */.S(signature, candidates);
    return {
        update: (chunk) => verifier.update(chunk),
        finish() {
            const match = verifier.finish();
            if (match === undefined)
                return (0,detached_check/* noKeyVerifies */.cB)(context, (0,key_candidates/* keyCount */.f)(candidates));
            return (0,detached_check/* verifiedCheck */.HE)(context, match.key, match.algorithm);
        },
    };
}

// EXTERNAL MODULE: ./src/formats/sigstore/sigstore-bundle.ts + 2 modules
var sigstore_bundle = __webpack_require__(3875);
;// CONCATENATED MODULE: ./src/formats/sigstore/sigstore-writer.ts


/**
 * `<file>.sigstore.json`: a bundle v0.3 around the same signature a `.sig` holds (the
 * key's signature over the file's digest), with the key's hint and no log entry.
 */
const SIGSTORE_WRITER = {
    maxBytes: sigstore_bundle/* MAX_SIGSTORE_BUNDLE_BYTES */.ff,
    existing(content, keys) {
        let bundle;
        try {
            bundle = (0,sigstore_bundle/* parseSigstoreBundle */.qz)(content);
        }
        catch {
            return undefined; // malformed: a good one replaces it
        }
        const key = keys.digest;
        const check = new file_signature_check/* FileSignatureCheck */.d(key.algorithm, key.publicKey);
        return {
            begin: (size) => check.begin(size),
            update: (chunk) => check.update(chunk),
            // Kept only when it is exactly what this run would write: this key's hint, the
            // file's digest under the key's hash, and a signature that verifies.
            holds: async (facts) => bundle.hash === key.hash &&
                bundle.hint === (0,sigstore_bundle/* sigstoreKeyHint */.N9)(key.spkiDer) &&
                bundle.digest.equals(facts.digest) &&
                (await check.verify(bundle.signature, facts.digest)),
        };
    },
    fromDigestSignature: (signature, facts, key) => (0,sigstore_bundle/* formatSigstoreBundle */.ac)({
        digest: facts.digest,
        hashAlgorithm: key.hash,
        signature,
        spkiDer: key.spkiDer,
    }),
};

;// CONCATENATED MODULE: ./src/formats/sigstore/verify-sigstore.ts




/**
 * Verifies a `<file>.sigstore.json`. The hint only orders the keys tried: it is not
 * signed, so a key it names proves nothing and a key it misses may still verify.
 */
function sigstoreVerifier(signatureBytes, keys, context) {
    const bundle = (0,sigstore_bundle/* parseSigstoreBundle */.qz)(signatureBytes);
    const hinted = keys.filter((key) => (0,sigstore_bundle/* sigstoreKeyHint */.N9)(key.spkiDer) === bundle.hint);
    const ordered = [...hinted, ...keys.filter((key) => !hinted.includes(key))];
    const candidates = (0,key_candidates/* candidatesFor */._)(bundle.signature, ordered, bundle.hash);
    // One hash of the file serves the recorded digest and every RSA candidate.
    const verifier = new candidate_verifier/* CandidateVerifier */.S(bundle.signature, candidates, [bundle.hash]);
    return {
        update: (chunk) => verifier.update(chunk),
        finish() {
            // The digest is checked first and on its own: cosign refuses a bundle whose
            // recorded digest is not the file's, even when the signature itself would verify.
            if (!verifier.digest(bundle.hash).equals(bundle.digest)) {
                return (0,detached_check/* invalidCheck */.EV)(context, 'digest-mismatch', `records a ${bundle.hash.toUpperCase()} digest that is not the file's: the file changed after signing (or the bundle belongs to another file). Re-sign the file.`);
            }
            const match = verifier.finish();
            if (match !== undefined) {
                return (0,detached_check/* verifiedCheck */.HE)(context, match.key, match.algorithm, hintNote(match, hinted, bundle.hint));
            }
            if (bundle.hint !== undefined && hinted.length === 0 && candidates.length > 0) {
                return (0,detached_check/* invalidCheck */.EV)(context, 'hinted-key-untrusted', `names a signing key (hint ${quoted(bundle.hint)}) that is not trusted, and none of the trusted keys that fit (${(0,key_candidates/* keyCount */.f)(candidates)}) verifies it. ${detached_check/* FIX_HINT */.G0}`);
            }
            return (0,detached_check/* noKeyVerifies */.cB)(context, (0,key_candidates/* keyCount */.f)(candidates));
        },
    };
}
/** A hint that disagrees is worth a word, never a different verdict: it is not signed. */
function hintNote(match, hinted, hint) {
    if (hint === undefined || hinted.includes(match.key))
        return '';
    if (hinted.length === 0)
        return ` (its unsigned key hint ${quoted(hint)} names no trusted key)`;
    return ` (its unsigned key hint names another trusted key, ${hinted[0]?.identifier})`;
}
/** A real hint, base64 of SHA-256, is 44 characters. */
const HINT_SHOWN = 64;
/** The hint is the bundle author's text: quote it, and keep a long one from flooding the log. */
function quoted(hint) {
    return JSON.stringify(hint.length > HINT_SHOWN ? `${hint.slice(0, HINT_SHOWN)}...` : hint);
}

;// CONCATENATED MODULE: ./src/formats/registry.ts









/**
 * Every detached format, in the order a file's signatures are reported. Adding a kind is
 * one folder under formats/ and one row here; verify mode and the walker follow.
 */
const DETACHED_FORMATS = {
    sig: { suffix: SIG_SUFFIX, verifier: sigVerifier, writer: SIG_WRITER },
    sigstore: { suffix: sigstore_bundle/* SIGSTORE_SUFFIX */.Nm, verifier: sigstoreVerifier, writer: SIGSTORE_WRITER },
    minisig: {
        suffix: minisig_minisig/* MINISIG_SUFFIX */.zz,
        verifier: minisigVerifier,
        writer: MINISIG_WRITER,
    },
};
const DETACHED_KINDS = Object.keys(DETACHED_FORMATS);
/** Signature files are never candidates for signing or verifying themselves. */
const SIGNATURE_SUFFIXES = DETACHED_KINDS.map((kind) => DETACHED_FORMATS[kind].suffix);


/***/ }),

/***/ 3875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ff: () => (/* binding */ MAX_SIGSTORE_BUNDLE_BYTES),
  Nm: () => (/* binding */ SIGSTORE_SUFFIX),
  ac: () => (/* binding */ formatSigstoreBundle),
  qz: () => (/* binding */ parseSigstoreBundle),
  N9: () => (/* binding */ sigstoreKeyHint)
});

// UNUSED EXPORTS: SIGSTORE_BUNDLE_MEDIA_TYPE, SigstoreBundleError

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(1040);
// EXTERNAL MODULE: ./src/formats/strict-json.ts
var strict_json = __webpack_require__(7174);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/formats/sigstore/sigstore-error.ts

/** A `.sigstore.json` that cannot be read as formats.md 5 describes. */
class SigstoreBundleError extends errors/* CodedError */.A {
}

;// CONCATENATED MODULE: ./src/formats/sigstore/bundle-json.ts



/** v0.2 differs from v0.3 only in how the certificate is carried, which we never read. */
const MEDIA_TYPES = [dist/* BUNDLE_V03_MEDIA_TYPE */.HM, dist/* BUNDLE_V02_MEDIA_TYPE */.qx];
/** The protobuf HashAlgorithm names KMS signs digests of, and their digest lengths. */
const SIGSTORE_HASHES = {
    SHA2_256: { hash: 'sha256', bytes: 32 },
    SHA2_384: { hash: 'sha384', bytes: 48 },
    SHA2_512: { hash: 'sha512', bytes: 64 },
};
/** Far deeper than a real bundle: a tlog entry's checkpoint is 6 levels down. */
const MAX_DEPTH = 32;
/**
 * The part of a bundle file handed to @sigstore/bundle, each field checked for its JSON
 * type first: protobuf's JSON reader coerces what it gets (`String(7)` for a hint) and
 * passes any value to `Buffer.from`, where `{"length": 300000000}` takes 18 seconds and a
 * gigabyte. Tlog entries, timestamps and certificates never reach it: none is used.
 */
function keyedMessageJsonFrom(content, maxBytes) {
    const root = jsonObjectFrom(content, maxBytes);
    const mediaType = root['mediaType'];
    if (!MEDIA_TYPES.includes(mediaType)) {
        throw new SigstoreBundleError('sigstore-media-type', `has mediaType ${(0,strict_json/* shown */.SP)(mediaType)}; expected "${dist/* BUNDLE_V03_MEDIA_TYPE */.HM}"`);
    }
    const material = objectAt(root['verificationMaterial'], 'verificationMaterial');
    if (material['publicKey'] === undefined) {
        throw new SigstoreBundleError('sigstore-unsupported-content', 'has no verificationMaterial.publicKey (a keyless, certificate-based bundle?); only bundles from a pinned key are supported, so sign with one');
    }
    const hint = objectAt(material['publicKey'], 'verificationMaterial.publicKey')['hint'];
    if (hint !== undefined && typeof hint !== 'string') {
        throw new SigstoreBundleError('sigstore-bad-field', 'has a non-string verificationMaterial.publicKey.hint');
    }
    if (root['messageSignature'] === undefined) {
        throw new SigstoreBundleError('sigstore-unsupported-content', 'has no messageSignature (a DSSE attestation?); only blob signatures are supported');
    }
    const message = objectAt(root['messageSignature'], 'messageSignature');
    const digest = objectAt(message['messageDigest'], 'messageSignature.messageDigest');
    const algorithm = digest['algorithm'];
    if (typeof algorithm !== 'string' || !Object.hasOwn(SIGSTORE_HASHES, algorithm)) {
        throw new SigstoreBundleError('sigstore-unsupported-hash', `has messageDigest.algorithm ${(0,strict_json/* shown */.SP)(algorithm)}; supported: ${Object.keys(SIGSTORE_HASHES).join(', ')}`);
    }
    return {
        mediaType: mediaType,
        verificationMaterial: { publicKey: hint === undefined ? {} : { hint } },
        messageSignature: {
            messageDigest: {
                algorithm: algorithm,
                digest: stringAt(digest['digest'], 'messageSignature.messageDigest.digest'),
            },
            signature: stringAt(message['signature'], 'messageSignature.signature'),
        },
    };
}
/**
 * The file's top-level JSON object. Size is checked first, nesting after parsing: V8's
 * JSON.parse copes with any depth, but JSON.stringify (in messages) and any reader
 * after it recurse, and 100,000 levels overflow the stack.
 */
function jsonObjectFrom(content, maxBytes) {
    if (content.length > maxBytes) {
        throw new SigstoreBundleError('sigstore-too-large', `is ${content.length} bytes; a Sigstore bundle is at most ${maxBytes}`);
    }
    let root;
    try {
        root = (0,strict_json/* strictJsonParse */.nD)(content);
    }
    catch (error) {
        throw new SigstoreBundleError('sigstore-not-json', 'is not valid UTF-8 JSON', { cause: error });
    }
    const object = objectAt(root, 'the bundle');
    if ((0,strict_json/* nestedDeeperThan */.iS)(object, MAX_DEPTH)) {
        throw new SigstoreBundleError('sigstore-bad-field', `nests JSON more than ${MAX_DEPTH} levels deep; a Sigstore bundle needs 6`);
    }
    return object;
}
function objectAt(value, where) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new SigstoreBundleError('sigstore-bad-field', `has no JSON object at ${where}`);
    }
    return value;
}
function stringAt(value, where) {
    if (typeof value !== 'string') {
        throw new SigstoreBundleError('sigstore-bad-field', `has no base64 string at ${where}`);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/formats/sigstore/sigstore-bundle.ts





/**
 * The detached `<file>.sigstore.json`: a Sigstore bundle v0.3 carrying a message
 * signature and a public-key hint, without transparency-log entries (formats.md 5).
 * @sigstore/bundle reads and writes it; bundle-json.ts decides what it is handed.
 */
const SIGSTORE_SUFFIX = '.sigstore.json';
const SIGSTORE_BUNDLE_MEDIA_TYPE = dist/* BUNDLE_V03_MEDIA_TYPE */.HM;
/** A real bundle with a key hint is under 1 KiB; tlog entries can add a few KiB. */
const MAX_SIGSTORE_BUNDLE_BYTES = 1024 * 1024;
const SIGSTORE_NAMES = {
    sha256: 'SHA2_256',
    sha384: 'SHA2_384',
    sha512: 'SHA2_512',
};
/** The hint cosign and sigstore-go write for a key: base64 SHA-256 of its SPKI DER. */
function sigstoreKeyHint(spkiDer) {
    return (0,external_node_crypto_.createHash)('sha256').update(spkiDer).digest('base64');
}
/** One line of JSON in the field order of formats.md 5, ending in a newline. */
function formatSigstoreBundle(input) {
    const bundle = bundleFrom({
        mediaType: SIGSTORE_BUNDLE_MEDIA_TYPE,
        verificationMaterial: { publicKey: { hint: sigstoreKeyHint(input.spkiDer) } },
        messageSignature: {
            messageDigest: {
                algorithm: SIGSTORE_NAMES[input.hashAlgorithm],
                digest: input.digest.toString('base64'),
            },
            signature: input.signature.toString('base64'),
        },
    });
    return `${JSON.stringify((0,dist/* bundleToJSON */.ev)(bundle))}\n`;
}
/**
 * Strict on what we read (types, base64, digest length); other fields, such as
 * tlog entries, are ignored: trust comes from pinned keys, not from a log.
 */
function parseSigstoreBundle(content) {
    const json = keyedMessageJsonFrom(content, MAX_SIGSTORE_BUNDLE_BYTES);
    const bundle = bundleFrom(json);
    const { hint } = bundle.verificationMaterial.content.publicKey;
    const { messageDigest, signature } = bundle.content.messageSignature;
    const { algorithm, digest: digestText } = json.messageSignature.messageDigest;
    canonical(messageDigest.digest, digestText, 'messageSignature.messageDigest.digest');
    canonical(signature, json.messageSignature.signature, 'messageSignature.signature');
    const { hash, bytes } = SIGSTORE_HASHES[algorithm];
    if (messageDigest.digest.length !== bytes) {
        throw new SigstoreBundleError('sigstore-bad-field', `has a ${messageDigest.digest.length}-byte ${algorithm} digest; it must be ${bytes} bytes`);
    }
    return {
        mediaType: json.mediaType,
        // protobuf reads an absent hint as "": either way the bundle names no key.
        ...(hint === '' ? {} : { hint }),
        hash,
        digest: messageDigest.digest,
        signature,
    };
}
/** @sigstore/bundle's reading and checks (no empty digest or signature), as coded errors. */
function bundleFrom(json) {
    let bundle;
    try {
        bundle = (0,dist/* bundleFromJSON */.vw)(json);
    }
    catch (error) {
        const fields = error instanceof dist/* ValidationError */.yI ? `: ${error.fields.join(', ')}` : '';
        throw new SigstoreBundleError('sigstore-bad-field', `is not a valid Sigstore bundle (missing or empty${fields})`, { cause: error });
    }
    // Always so for a KeyedMessageJson; the guards give the type.
    if (!(0,dist/* isBundleWithPublicKey */.DQ)(bundle) || !(0,dist/* isBundleWithMessageSignature */.QU)(bundle)) {
        throw new SigstoreBundleError('sigstore-unsupported-content', 'is not a keyed blob signature');
    }
    return bundle;
}
/** protobuf decodes base64 leniently, skipping junk: the text must be what the bytes encode to. */
function canonical(bytes, text, where) {
    if (bytes.toString('base64') !== text) {
        throw new SigstoreBundleError('sigstore-bad-field', `has a ${where} that is not canonical base64`);
    }
}


/***/ }),

/***/ 7174:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SP: () => (/* binding */ shown),
/* harmony export */   iS: () => (/* binding */ nestedDeeperThan),
/* harmony export */   nD: () => (/* binding */ strictJsonParse)
/* harmony export */ });
/**
 * What every signature-file reader needs before it looks at a JSON document: strict
 * text, a depth check that cannot itself overflow, and short quotes of hostile values.
 * Each format wraps these in its own coded errors.
 */
/**
 * JSON from bytes: invalid UTF-8 is an error (fatal: never U+FFFD), and a BOM is kept
 * (ignoreBOM) so JSON.parse refuses it. Throws what TextDecoder or JSON.parse throw.
 */
function strictJsonParse(content) {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(content));
}
/**
 * V8's JSON.parse copes with any depth, but JSON.stringify (in messages) and any reader
 * after it recurse, and 100,000 levels overflow the stack. Iterative, so the check
 * itself cannot overflow.
 */
function nestedDeeperThan(root, limit) {
    const pending = [{ value: root, depth: 1 }];
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
        if (typeof next.value !== 'object' || next.value === null)
            continue;
        if (next.depth > limit)
            return true;
        for (const value of Object.values(next.value))
            pending.push({ value, depth: next.depth + 1 });
    }
    return false;
}
const SHOWN_CHARS = 100;
/** A value from the file, for a message: quoted, and short even when the file is not. */
function shown(value) {
    const text = JSON.stringify(value) ?? 'nothing';
    return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}...` : text;
}


/***/ }),

/***/ 4517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ bytesFromBase64)
/* harmony export */ });
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/**
 * Bytes of canonical, padded, standard base64, or undefined. Node's decoder skips
 * junk silently, so re-encoding is the only way to know the text meant these bytes.
 */
function bytesFromBase64(text) {
    if (text.length === 0 || text.length % 4 !== 0 || !BASE64.test(text))
        return undefined;
    const bytes = Buffer.from(text, 'base64');
    return bytes.toString('base64') === text ? bytes : undefined;
}


/***/ }),

/***/ 5247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ec: () => (/* binding */ ecdsaFromDer),
/* harmony export */   F2: () => (/* binding */ isSingleDerSequence)
/* harmony export */ });
/* unused harmony exports readDerElement, toEcdsaDer */
const DER_SEQUENCE = 0x30;
const DER_INTEGER = 0x02;
/**
 * Read one DER TLV at `offset`, or undefined when it is not strict DER: indefinite or
 * non-minimal lengths, or content running past the buffer.
 */
function readDerElement(bytes, offset) {
    const tag = bytes[offset];
    const first = bytes[offset + 1];
    if (tag === undefined || first === undefined)
        return undefined;
    let start = offset + 2;
    let length = first;
    if (first & 0x80) {
        const count = first & 0x7f;
        if (count === 0 || count > 3)
            return undefined;
        length = 0;
        for (let i = 0; i < count; i++) {
            const byte = bytes[start + i];
            if (byte === undefined || (i === 0 && byte === 0))
                return undefined;
            length = length * 256 + byte;
        }
        if (length < 0x80)
            return undefined;
        start += count;
    }
    const end = start + length;
    return end <= bytes.length ? { tag, start, end } : undefined;
}
/** Whether the bytes are exactly one DER SEQUENCE, with nothing after it. */
function isSingleDerSequence(bytes) {
    const element = readDerElement(bytes, 0);
    return element?.tag === DER_SEQUENCE && element.end === bytes.length;
}
/** Parse `SEQUENCE { INTEGER r, INTEGER s }`, strict DER, or undefined. */
function ecdsaFromDer(bytes) {
    if (!isSingleDerSequence(bytes))
        return undefined;
    const sequence = readDerElement(bytes, 0);
    const r = readDerElement(bytes, sequence.start);
    const s = r && readDerElement(bytes, r.end);
    if (!r || !s || s.end !== sequence.end)
        return undefined;
    const rValue = positiveInteger(bytes, r);
    const sValue = positiveInteger(bytes, s);
    return rValue === undefined || sValue === undefined ? undefined : { r: rValue, s: sValue };
}
/** The DER encoding of an ECDSA signature (KMS's and OpenSSL's format). */
function toEcdsaDer({ r, s }) {
    const body = Buffer.concat([derInteger(r), derInteger(s)]);
    return Buffer.concat([derHeader(DER_SEQUENCE, body.length), body]);
}
function positiveInteger(bytes, element) {
    const content = bytes.subarray(element.start, element.end);
    const [first, second] = content;
    if (element.tag !== DER_INTEGER || first === undefined)
        return undefined;
    if (first & 0x80)
        return undefined; // negative
    if (first === 0 && (second === undefined || !(second & 0x80)))
        return undefined; // not minimal
    const value = BigInt(`0x${content.toString('hex')}`);
    return value > 0n ? value : undefined;
}
function derInteger(value) {
    let hex = value.toString(16);
    if (hex.length % 2)
        hex = `0${hex}`;
    let content = Buffer.from(hex, 'hex');
    if ((content[0] ?? 0) & 0x80)
        content = Buffer.concat([Buffer.from([0]), content]);
    return Buffer.concat([derHeader(DER_INTEGER, content.length), content]);
}
function derHeader(tag, length) {
    if (length < 0x80)
        return Buffer.from([tag, length]);
    const bytes = [];
    for (let rest = length; rest > 0; rest = Math.floor(rest / 256))
        bytes.unshift(rest % 256);
    return Buffer.from([tag, 0x80 | bytes.length, ...bytes]);
}


/***/ }),

/***/ 670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ FileSignatureCheck)
});

// UNUSED EXPORTS: ECDSA_DIGEST_MIN_BYTES

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/keys/algorithms.ts
var algorithms = __webpack_require__(2048);
// EXTERNAL MODULE: ./src/keys/der.ts
var der = __webpack_require__(5247);
;// CONCATENATED MODULE: ./src/keys/ecdsa-digest-verify.ts

/** The curves KMS signs with, by the names KeyObject reports; each loaded on first use. */
const CURVES = {
    prime256v1: async () => (await Promise.all(/* import() */[__webpack_require__.e(106), __webpack_require__.e(557)]).then(__webpack_require__.bind(__webpack_require__, 8557))).p256,
    secp384r1: async () => (await Promise.all(/* import() */[__webpack_require__.e(106), __webpack_require__.e(557)]).then(__webpack_require__.bind(__webpack_require__, 8557))).p384,
    secp521r1: async () => (await Promise.all(/* import() */[__webpack_require__.e(106), __webpack_require__.e(557)]).then(__webpack_require__.bind(__webpack_require__, 8557))).p521,
    secp256k1: async () => (await Promise.all(/* import() */[__webpack_require__.e(106), __webpack_require__.e(852)]).then(__webpack_require__.bind(__webpack_require__, 852))).secp256k1,
};
const loading = new Map();
/**
 * The curve arithmetic for a key, or undefined for a key no KMS spec has. Imported
 * lazily (about 45 ms) because most runs never need it: see ECDSA_DIGEST_MIN_BYTES.
 */
function ecdsaCurveFor(publicKey) {
    const name = publicKey.asymmetricKeyDetails?.namedCurve;
    if (publicKey.asymmetricKeyType !== 'ec' || name === undefined)
        return undefined;
    const load = Object.hasOwn(CURVES, name) ? CURVES[name] : undefined;
    if (load === undefined)
        return undefined;
    let curve = loading.get(name);
    if (curve === undefined) {
        curve = load();
        loading.set(name, curve);
        // A failed import is retried next time rather than remembered.
        curve.catch(() => loading.delete(name));
    }
    return curve;
}
/**
 * ECDSA over a digest the caller computed (Node's `crypto.verify` always hashes). Agrees
 * with OpenSSL, which `crypto.verify` runs: strict DER (OpenSSL re-encodes and compares),
 * 0 < r, s < n, the digest's leftmost bits as the integer, and high S accepted, because
 * KMS returns high-S signatures about half the time.
 */
function verifyEcdsaDigestWith(curve, publicKey, digest, signature) {
    const parts = (0,der/* ecdsaFromDer */.Ec)(signature);
    if (parts === undefined)
        return false;
    const { ORDER, BYTES } = curve.Point.Fn;
    if (parts.r >= ORDER || parts.s >= ORDER)
        return false;
    const compact = Buffer.concat([toFixed(parts.r, BYTES), toFixed(parts.s, BYTES)]);
    try {
        return curve.verify(compact, digest, uncompressedPoint(publicKey), {
            prehash: false,
            lowS: false,
            format: 'compact',
        });
    }
    catch {
        return false;
    }
}
function toFixed(value, bytes) {
    return Buffer.from(value.toString(16).padStart(bytes * 2, '0'), 'hex');
}
const points = new WeakMap();
/** SEC 1 uncompressed point of the key; a JWK's coordinates are already full length. */
function uncompressedPoint(publicKey) {
    let point = points.get(publicKey);
    if (point === undefined) {
        const { x, y } = publicKey.export({ format: 'jwk' });
        point = Buffer.concat([
            Buffer.from([0x04]),
            Buffer.from(x ?? '', 'base64url'),
            Buffer.from(y ?? '', 'base64url'),
        ]);
        points.set(publicKey, point);
    }
    return point;
}

// EXTERNAL MODULE: ./src/keys/rsa-digest-verify.ts
var rsa_digest_verify = __webpack_require__(5941);
;// CONCATENATED MODULE: ./src/keys/digest-verify.ts



/**
 * `crypto.verify(hash, message, verifyKeyInput(algorithm, key), signature)` given the
 * message's digest instead of the message, so a file is hashed once for its signature
 * and its check. False for a key of another type, like `crypto.verify` after its throw.
 */
async function verifyDigest(algorithm, publicKey, digest, signature) {
    if (algorithms/* ALGORITHMS */.TM[algorithm].scheme !== 'ecdsa') {
        return (0,rsa_digest_verify/* verifyRsaDigest */.WZ)(algorithm, publicKey, digest, signature);
    }
    const curve = ecdsaCurveFor(publicKey);
    if (curve === undefined)
        return false;
    return verifyEcdsaDigestWith(await curve, publicKey, digest, signature);
}

;// CONCATENATED MODULE: ./src/keys/file-signature-check.ts




/**
 * From this size up, an ECDSA check verifies from the digest the file's one pass already
 * computes; below it, Node's verifier hashes the file a second time, which is cheaper
 * than loading the curve arithmetic (about 45-80 ms, once) and running it in JavaScript
 * (2.5 ms for P-256 to 8.5 ms for P-521) while Node hashes about 1.3 MB per ms.
 */
const ECDSA_DIGEST_MIN_BYTES = 64 * 1024 * 1024;
/**
 * One signature check by one key over a file that streams by once, as a sink of that
 * pass: RSA always verifies from the digest; ECDSA too for a file of at least
 * ECDSA_DIGEST_MIN_BYTES, once `begin` has said the size; otherwise Node's streaming
 * verifier sees the bytes. Either way the answer is `crypto.verify`'s.
 */
class FileSignatureCheck {
    algorithm;
    publicKey;
    stream;
    constructor(algorithm, publicKey) {
        this.algorithm = algorithm;
        this.publicKey = publicKey;
        const { scheme, hash } = algorithms/* ALGORITHMS */.TM[algorithm];
        if (scheme === 'ecdsa')
            this.stream = (0,external_node_crypto_.createVerify)(hash);
    }
    /** The file's size, before its first byte: a large file is checked from its digest. */
    begin(size) {
        if (this.stream === undefined || size < ECDSA_DIGEST_MIN_BYTES)
            return;
        this.stream = undefined;
        // Start the import now, so it is ready when the last byte is hashed.
        ecdsaCurveFor(this.publicKey)?.catch(() => { });
    }
    update(chunk) {
        this.stream?.update(chunk);
    }
    /** Whether `signature` holds over the bytes streamed, whose digest under the key's hash is `digest`. */
    async verify(signature, digest) {
        const stream = this.stream;
        if (stream === undefined)
            return verifyDigest(this.algorithm, this.publicKey, digest, signature);
        this.stream = undefined; // a Verify answers once
        try {
            return stream.verify((0,algorithms/* verifyKeyInput */.dG)(this.algorithm, this.publicKey), signature);
        }
        catch {
            return false; // OpenSSL throws on some malformed signatures instead of answering false
        }
    }
}


/***/ }),

/***/ 9854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CK: () => (/* binding */ UNTRUSTED_COMMENT_PREFIX),
/* harmony export */   I$: () => (/* binding */ formatMinisignPublicKey),
/* harmony export */   _: () => (/* binding */ minisignKeyIdHex),
/* harmony export */   gt: () => (/* binding */ MinisignKeyError),
/* harmony export */   i3: () => (/* binding */ parseMinisignPublicKey),
/* harmony export */   vF: () => (/* binding */ MINISIGN_KEY_ID_BYTES)
/* harmony export */ });
/* unused harmony export MINISIGN_KEY_ALGORITHM */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _base64_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4517);


const MINISIGN_KEY_ALGORITHM = 'Ed';
const MINISIGN_KEY_ID_BYTES = 8;
const PUBLIC_KEY_BYTES = 32;
const ENCODED_KEY_BYTES = MINISIGN_KEY_ALGORITHM.length + MINISIGN_KEY_ID_BYTES + PUBLIC_KEY_BYTES;
const UNTRUSTED_COMMENT_PREFIX = 'untrusted comment: ';
class MinisignKeyError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CodedError */ .A {
}
function parseMinisignPublicKey(text) {
    const trimmed = text.trim();
    const lines = trimmed === '' ? [] : trimmed.split(/\r?\n/);
    const [first, second] = lines;
    const encoded = lines.length === 1 ? first : second;
    if (encoded === undefined ||
        lines.length > 2 ||
        (lines.length === 2 && !first?.startsWith(UNTRUSTED_COMMENT_PREFIX))) {
        throw new MinisignKeyError('minisign-key-malformed', 'is not a minisign public key: expected the `RW...` base64 line, alone or after an `untrusted comment:` line');
    }
    const bytes = (0,_base64_js__WEBPACK_IMPORTED_MODULE_1__/* .bytesFromBase64 */ .D)(encoded.trim());
    if (bytes === undefined) {
        throw new MinisignKeyError('minisign-key-not-base64', 'is not a base64 minisign public key');
    }
    if (bytes.length !== ENCODED_KEY_BYTES) {
        throw new MinisignKeyError('minisign-key-wrong-length', `decodes to ${bytes.length} bytes; a minisign public key is ${ENCODED_KEY_BYTES}`);
    }
    if (bytes.toString('latin1', 0, 2) !== MINISIGN_KEY_ALGORITHM) {
        throw new MinisignKeyError('minisign-key-wrong-algorithm', `is not an Ed25519 minisign key (algorithm ${JSON.stringify(bytes.toString('latin1', 0, 2))})`);
    }
    const idEnd = 2 + MINISIGN_KEY_ID_BYTES;
    return { keyId: bytes.subarray(2, idEnd), publicKey: bytes.subarray(idEnd) };
}
/** The two-line .pub file `minisign -G` writes. */
function formatMinisignPublicKey(key) {
    if (key.keyId.length !== MINISIGN_KEY_ID_BYTES || key.publicKey.length !== PUBLIC_KEY_BYTES) {
        throw new MinisignKeyError('minisign-key-wrong-length', `needs an ${MINISIGN_KEY_ID_BYTES}-byte key id and a ${PUBLIC_KEY_BYTES}-byte Ed25519 key`);
    }
    const encoded = Buffer.concat([Buffer.from(MINISIGN_KEY_ALGORITHM), key.keyId, key.publicKey]);
    return `${UNTRUSTED_COMMENT_PREFIX}minisign public key ${minisignKeyIdHex(key.keyId)}\n${encoded.toString('base64')}\n`;
}
/** The key id as minisign prints it (little-endian, upper-case hex), zero-padded to 16 digits where minisign drops leading zeros. */
function minisignKeyIdHex(keyId) {
    return Buffer.from(keyId).reverse().toString('hex').toUpperCase();
}


/***/ }),

/***/ 5941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WZ: () => (/* binding */ verifyRsaDigest),
/* harmony export */   dL: () => (/* binding */ decodeRsaSignature)
/* harmony export */ });
/* unused harmony export HASH_BYTES */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _algorithms_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2048);


const HASH_BYTES = { sha256: 32, sha384: 48, sha512: 64 };
/** DER of DigestInfo{AlgorithmIdentifier{hash OID, NULL}, OCTET STRING} up to the digest. */
const DIGEST_INFO_PREFIXES = {
    sha256: Buffer.from('3031300d060960864801650304020105000420', 'hex'),
    sha384: Buffer.from('3041300d060960864801650304020205000430', 'hex'),
    sha512: Buffer.from('3051300d060960864801650304020305000440', 'hex'),
};
/** RFC 8017 9.2 note 1: at least eight 0xff bytes of padding. */
const MIN_PKCS1_PADDING = 8;
const PSS_TRAILER = 0xbc;
const PSS_ZERO_PREFIX = Buffer.alloc(8);
/**
 * Decode an RSASSA-PKCS1-v1_5 or RSASSA-PSS signature (MGF1 with the same hash, salt as
 * long as the hash: what KMS makes and what `verifyKeyInput` pins) with the raw public
 * operation. Undefined when no digest can match: wrong length, not below the modulus, or
 * an encoding that is not the algorithm's. Agrees with `crypto.verify` on every input.
 */
function decodeRsaSignature(algorithm, publicKey, signature) {
    const { hash, scheme } = _algorithms_js__WEBPACK_IMPORTED_MODULE_1__/* .ALGORITHMS */ .TM[algorithm];
    const modulusBits = publicKey.asymmetricKeyDetails?.modulusLength;
    if (publicKey.asymmetricKeyType !== 'rsa' || modulusBits === undefined)
        return undefined;
    const modulusBytes = Math.ceil(modulusBits / 8);
    // OpenSSL refuses any other length before the RSA step (RFC 8017 8.1.2 step 1).
    if (signature.length !== modulusBytes)
        return undefined;
    let block;
    try {
        block = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.publicDecrypt)({ key: publicKey, padding: node_crypto__WEBPACK_IMPORTED_MODULE_0__.constants.RSA_NO_PADDING }, signature);
    }
    catch {
        return undefined; // the signature is not below the modulus
    }
    if (block.length !== modulusBytes)
        return undefined;
    if (scheme === 'rsa-pkcs1')
        return pkcs1Expectation(hash, block);
    if (scheme === 'rsa-pss')
        return pssExpectation(hash, block, modulusBits);
    return undefined;
}
/** `crypto.verify` over a digest instead of the message, for the RSA algorithms. */
function verifyRsaDigest(algorithm, publicKey, digest, signature) {
    return decodeRsaSignature(algorithm, publicKey, signature)?.matches(digest) ?? false;
}
/**
 * EMSA-PKCS1-v1_5 (RFC 8017 9.2): the block must be exactly 00 01 FF.. 00 DigestInfo H
 * for this hash; comparing whole encodings, never parsing the DigestInfo, leaves no room
 * for another hash's DigestInfo, parameters or trailing bytes (algorithm confusion).
 */
function pkcs1Expectation(hash, block) {
    const prefix = DIGEST_INFO_PREFIXES[hash];
    const paddingBytes = block.length - 3 - prefix.length - HASH_BYTES[hash];
    if (paddingBytes < MIN_PKCS1_PADDING)
        return undefined;
    const head = Buffer.concat([
        Buffer.from([0x00, 0x01]),
        Buffer.alloc(paddingBytes, 0xff),
        Buffer.from([0x00]),
        prefix,
    ]);
    if (!(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(block.subarray(0, head.length), head))
        return undefined;
    const signed = block.subarray(head.length);
    return {
        hash,
        matches: (digest) => digest.length === signed.length && (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(digest, signed),
    };
}
/** EMSA-PSS-VERIFY (RFC 8017 9.1.2) up to step 12, which alone needs the message's digest. */
function pssExpectation(hash, block, modulusBits) {
    const hashBytes = HASH_BYTES[hash];
    const saltBytes = hashBytes;
    const emBits = modulusBits - 1;
    const emLength = Math.ceil(emBits / 8);
    // When emBits is a multiple of 8 the block has one more byte than EM, which must be 0.
    const extra = block.length - emLength;
    if (block.subarray(0, extra).some((byte) => byte !== 0))
        return undefined;
    const em = block.subarray(extra);
    if (emLength < hashBytes + saltBytes + 2)
        return undefined;
    if (em[emLength - 1] !== PSS_TRAILER)
        return undefined;
    const dbLength = emLength - hashBytes - 1;
    const maskedDb = em.subarray(0, dbLength);
    const h = em.subarray(dbLength, dbLength + hashBytes);
    const unusedBits = 8 * emLength - emBits;
    const topMask = 0xff >> unusedBits;
    if ((maskedDb[0] & ~topMask & 0xff) !== 0)
        return undefined;
    const db = mgf1(hash, h, dbLength);
    for (let i = 0; i < dbLength; i++)
        db[i] = db[i] ^ maskedDb[i];
    db[0] = db[0] & topMask;
    const separator = dbLength - saltBytes - 1;
    for (let i = 0; i < separator; i++)
        if (db[i] !== 0)
            return undefined;
    if (db[separator] !== 0x01)
        return undefined;
    const salt = db.subarray(separator + 1);
    return {
        hash,
        matches(digest) {
            if (digest.length !== hashBytes)
                return false;
            const expected = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(hash).update(PSS_ZERO_PREFIX).update(digest).update(salt).digest();
            return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(expected, h);
        },
    };
}
/** MGF1 (RFC 8017 B.2.1) with the signature's own hash, as OpenSSL defaults for PSS. */
function mgf1(hash, seed, length) {
    const blocks = [];
    const counter = Buffer.alloc(4);
    for (let i = 0; blocks.length * HASH_BYTES[hash] < length; i++) {
        counter.writeUInt32BE(i);
        blocks.push((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(hash).update(seed).update(counter).digest());
    }
    return Buffer.concat(blocks).subarray(0, length);
}


/***/ })

};

//# sourceMappingURL=679.index.js.map