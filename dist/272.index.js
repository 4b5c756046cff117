export const id = 272;
export const ids = [272];
export const modules = {

/***/ 5272:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runVerify: () => (/* binding */ runVerify)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/aws/partitions.ts
var partitions = __webpack_require__(5986);
// EXTERNAL MODULE: ./src/files/read-regular-file.ts
var read_regular_file = __webpack_require__(7269);
// EXTERNAL MODULE: ./src/trust/trust-store.ts + 3 modules
var trust_store = __webpack_require__(4993);
;// CONCATENATED MODULE: ./src/verify/load-trust.ts



class TrustSourceError extends errors/* CodedError */.A {
}
/** Larger than any sane trusted-keys file; stops a wrong path (a binary, a log) early. */
const MAX_TRUST_FILE_BYTES = 1 << 20;
/**
 * The checkout. Bounded and no-follow: the path comes from the repository, which a pull
 * request controls, so a symlink to a FIFO or /dev/zero must not hang or exhaust the step.
 */
const WORKSPACE_TRUST_FILES = {
    read: (file) => (0,read_regular_file/* readFileNoFollow */.tk)(file.path, MAX_TRUST_FILE_BYTES),
    missingHint: 'check the `trusted-keys-file` path',
};
/**
 * The trust store from trusted-keys files and inline entries. A file that cannot be
 * read fails the run: verifying against fewer keys than the user listed would turn
 * good signatures into warnings without saying why.
 */
async function loadTrust(files, inline, reader = WORKSPACE_TRUST_FILES) {
    const sources = [];
    for (const file of files) {
        let text;
        try {
            text = await reader.read(file);
        }
        catch (error) {
            throw new TrustSourceError('trusted-keys-unreadable', `trusted keys file ${file.display} ${(0,errors/* messageOf */.b)(error)}; check the \`trusted-keys-file\` path (a regular file of at most ${MAX_TRUST_FILE_BYTES} bytes).`, { cause: error });
        }
        if (text === undefined) {
            throw new TrustSourceError('trusted-keys-unreadable', `trusted keys file ${file.display} does not exist; ${reader.missingHint}.`);
        }
        if (text.length > MAX_TRUST_FILE_BYTES) {
            throw new TrustSourceError('trusted-keys-unreadable', `trusted keys file ${file.display} is larger than ${MAX_TRUST_FILE_BYTES} bytes; check the \`trusted-keys-file\` path.`);
        }
        sources.push({ text: text.toString('utf8'), source: file.display });
    }
    if (inline.trim() !== '')
        sources.push({ text: inline, source: 'trusted-keys input' });
    return (0,trust_store/* buildTrustStore */.Aj)(sources);
}

// EXTERNAL MODULE: ./src/formats/registry.ts + 7 modules
var registry = __webpack_require__(4773);
// EXTERNAL MODULE: ./src/files/workspace-files.ts
var workspace_files = __webpack_require__(9747);
// EXTERNAL MODULE: ./src/trust/signature-check.ts
var signature_check = __webpack_require__(257);
;// CONCATENATED MODULE: ./src/trust/authenticity.ts

/**
 * Worst first: one invalid signature blocks a file even when another verifies, because a
 * signature that does not match means someone changed or forged something. A stale
 * signature (it verifies the base branch's version) is explained, so it is not invalid;
 * a signature that verifies the file as it is outranks it.
 */
const PRECEDENCE = [
    'invalid',
    'error',
    'verified',
    'stale',
    'signed_unknown',
];
/**
 * The check that decides a file's authenticity, or undefined when it has no signature.
 * Among verified checks, one that covers everything a reader acts on decides.
 */
function decidingCheck(checks) {
    for (const status of PRECEDENCE) {
        const found = checks.filter((candidate) => candidate.status === status);
        if (found.length > 0)
            return found.find(signature_check/* coversEverything */.M) ?? found[0];
    }
    return undefined;
}
function authenticityOf(checks) {
    return decidingCheck(checks)?.status ?? 'unsigned';
}

;// CONCATENATED MODULE: ./src/trust/policy.ts
const BLOCK_ALL = {
    verified: 'BLOCK',
    signed_unknown: 'BLOCK',
    unsigned: 'BLOCK',
    invalid: 'BLOCK',
    error: 'BLOCK',
    stale: 'BLOCK',
};
// `stale` (the content changed since a trusted key signed it) is unsigned content with an
// explanation: it warns where unsigned warns, and strict blocks it, or a pull request could
// slip new content past strict by keeping the old signature.
const WARN_ROW = {
    verified: 'ALLOW',
    signed_unknown: 'WARN',
    unsigned: 'WARN',
    invalid: 'BLOCK',
    error: 'BLOCK',
    stale: 'WARN',
};
const STRICT_ROW = {
    ...WARN_ROW,
    signed_unknown: 'BLOCK',
    unsigned: 'BLOCK',
    stale: 'BLOCK',
};
/**
 * ADR-002's table. A checksum mismatch blocks whatever signs the file; a missing checksum
 * (a plain file with a detached signature) is judged on its signatures alone.
 */
const RECOMMENDATIONS = {
    warn: { valid: WARN_ROW, missing: WARN_ROW, invalid: BLOCK_ALL },
    strict: { valid: STRICT_ROW, missing: STRICT_ROW, invalid: BLOCK_ALL },
};
/**
 * A verified signature that leaves part of what a reader acts on unsigned (formats.md
 * 2.2) is never ALLOW: it warns, and strict blocks it. This is where dossier-sign is
 * deliberately stricter than upstream, which still accepts v1.
 */
const PARTIAL_COVERAGE = { warn: 'WARN', strict: 'BLOCK' };
function recommend(policy, integrity, authenticity, coverage = 'full') {
    const row = RECOMMENDATIONS[policy][integrity][authenticity];
    if (row === 'ALLOW' && coverage === 'partial')
        return PARTIAL_COVERAGE[policy];
    return row;
}

;// CONCATENATED MODULE: ./src/trust/verdict.ts



/**
 * Fold a file's checksum and signature checks into one verdict. A file problem counts as
 * an `error` signature: it blocks, unless an `invalid` signature explains more.
 */
function verdictOf(integrity, checks, policy, problem) {
    const deciding = decidingCheck(checks);
    const problemDecides = problem !== undefined && deciding?.status !== 'invalid';
    const cause = problemDecides ? problem : deciding;
    const authenticity = problemDecides
        ? (problem.authenticity ?? 'error')
        : (deciding?.status ?? 'unsigned');
    const partial = authenticity === 'verified' && deciding !== undefined && !(0,signature_check/* coversEverything */.M)(deciding);
    const recommendation = recommend(policy, integrity.integrity, authenticity, partial ? 'partial' : 'full');
    const strict = policy === 'strict' && (STRICT_ONLY.includes(authenticity) || partial) ? 'policy strict: ' : '';
    const { message, code } = integrity.integrity === 'invalid'
        ? {
            message: `${integrity.message}: the body changed after it was checksummed; restore the signed version, or update the checksum and re-sign`,
            code: integrity.code,
        }
        : cause === undefined
            ? { message: `${strict}not signed; ${FIX.unsigned}`, code: 'unsigned' }
            : partial && deciding !== undefined
                ? { message: `${strict}${partialCoverage(deciding)}`, code: partialCode(deciding) }
                : { message: `${strict}${explain(cause, authenticity)}`, code: cause.code };
    const signed = deciding !== undefined && (authenticity === 'verified' || authenticity === 'stale');
    return {
        integrity: integrity.integrity,
        authenticity,
        recommendation,
        ...(signed && deciding.coverage !== undefined ? { coverage: deciding.coverage } : {}),
        ...(signed && deciding.uncovered?.length ? { uncovered: deciding.uncovered } : {}),
        message,
        code,
        trustedIdentifier: authenticity === 'verified' ? deciding?.keyIdentifier : undefined,
    };
}
/** What ADR-002 lets through with a warning and policy strict blocks. */
const STRICT_ONLY = ['signed_unknown', 'unsigned', 'stale'];
/** How to get from each verdict to ALLOW, when the check itself does not say. */
const FIX = {
    signed_unknown: 'list the signing key in trusted-keys if you trust it',
    unsigned: 'sign it with dossier-sign (mode: sign), or add a detached signature by a trusted key',
    invalid: 're-sign the file with a trusted key, or remove the stale signature',
    error: 'fix or remove the broken signature, or re-sign the file',
    stale: 'the signing workflow re-signs it after merge',
};
/** A check whose own message already says how to fix it gets no second hint. */
const SAYS_HOW_TO_FIX = /re-sign|trusted-keys|the signing workflow/i;
function explain(cause, authenticity) {
    if (!('kind' in cause))
        return cause.message;
    // Detached checks name their signature file first; say it once.
    const place = where(cause);
    const text = cause.message?.startsWith(place)
        ? cause.message
        : `${place}: ${cause.message ?? cause.status}`;
    if (authenticity === 'verified')
        return text;
    if (authenticity === 'signed_unknown' && cause.message !== undefined)
        return text;
    if (SAYS_HOW_TO_FIX.test(cause.message ?? ''))
        return text;
    return `${text}; ${FIX[authenticity]}`;
}
function partialCode(check) {
    return check.coverage === 'body' ? 'frontmatter-not-signed' : 'frontmatter-value-not-covered';
}
/** Why a verified signature still is not enough, and the way to a full one. */
function partialCoverage(check) {
    const signer = check.keyIdentifier === undefined ? '' : ` by ${check.keyIdentifier}`;
    if (check.coverage === 'body') {
        return `${where(check)} verifies${signer} but covers the body only (v1): the frontmatter (risk_level, requires_approval, objective, tools...) is not signed and can be changed without breaking it; re-sign it with a v2/v3 signature (covers "frontmatter+body", or "spec-frontmatter+body" for the spec layout), or add a detached signature by a trusted key`;
    }
    const keys = (check.uncovered ?? []).join(', ');
    return `${where(check)} verifies${signer} but does not cover the value of ${keys}: upstream's canonical JSON writes a YAML date as {} so it can change without breaking the signature; quote the value as a string and re-sign`;
}
function where(check) {
    const line = check.line === undefined ? '' : ` (line ${check.line})`;
    return check.kind === 'embedded'
        ? `embedded signature${line}`
        : (check.signatureFile ?? check.kind);
}

// EXTERNAL MODULE: ./src/dossier/checksum.ts
var checksum = __webpack_require__(3054);
// EXTERNAL MODULE: ./src/dossier/dossier.ts + 1 modules
var dossier = __webpack_require__(2707);
// EXTERNAL MODULE: ./src/dossier/dossier-error.ts
var dossier_error = __webpack_require__(9235);
// EXTERNAL MODULE: ./src/bounded-pool.ts
var bounded_pool = __webpack_require__(2249);
;// CONCATENATED MODULE: ./src/files/buffer-pool.ts
/**
 * Read buffers reused from file to file, and a bound on the bytes lent at once. Fresh
 * memory costs a page fault per 4 KiB the first time it is written, and here that was
 * most of verify's time on large files: 64 files of 16 MiB, eight at a time into new
 * buffers, took 2.7 s where `openssl dgst` took 0.9 s; reused, and two large files at a
 * time (two cores hash no faster with more), 1.2 s. A buffer goes back when its file is
 * done with; at most `keep` wait for the next, and the smallest that fits is taken.
 */
class BufferPool {
    keep;
    budget;
    free = [];
    lentBytes = 0;
    waiting = [];
    constructor(keep, 
    /** Bytes lent at once at most; one buffer is always lent, whatever its size. */
    budget) {
        this.keep = keep;
        this.budget = budget;
    }
    /** A buffer of at least `capacity` bytes, not zero-filled: its bytes are old reads. */
    async take(capacity) {
        while (this.lentBytes > 0 && this.lentBytes + capacity > this.budget) {
            await new Promise((resolve) => this.waiting.push(resolve));
        }
        let best = -1;
        for (let i = 0; i < this.free.length; i++) {
            const length = this.free[i].length;
            if (length >= capacity && (best < 0 || length < this.free[best].length))
                best = i;
        }
        const buffer = best >= 0 ? this.free.splice(best, 1)[0] : Buffer.allocUnsafeSlow(capacity);
        this.lentBytes += buffer.length;
        return buffer;
    }
    /** Give back a buffer `take` lent (exactly once), whether or not its read worked. */
    give(buffer) {
        this.lentBytes -= buffer.length;
        if (this.free.length < this.keep)
            this.free.push(buffer);
        else {
            // Keep the largest: a large buffer serves any file, a small one only small files.
            let smallest = 0;
            for (let i = 1; i < this.free.length; i++) {
                if (this.free[i].length < this.free[smallest].length)
                    smallest = i;
            }
            if (this.free[smallest].length < buffer.length)
                this.free[smallest] = buffer;
        }
        // Everyone waiting looks again: what was given back may fit any of them.
        for (const wake of this.waiting.splice(0))
            wake();
    }
}

// EXTERNAL MODULE: ./src/formats/embedded/verify-embedded.ts + 2 modules
var verify_embedded = __webpack_require__(6182);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/verify/stale-signatures.ts




const STALE_MESSAGE = 'changed since it was signed; the signing workflow re-signs it after merge';
/**
 * The sign-on-merge workflow: a pull request edits a signed file, and only main can
 * re-sign it. Each `invalid` check that a trusted key verifies for the base branch's
 * version becomes `stale`; one that verifies for neither version stays `invalid`.
 * Embedded: the same signature object must sit in the base version and verify there,
 * with a valid checksum, so a signature from elsewhere never passes as stale.
 */
function staleChecks(checks, base, current, detached, trust) {
    let baseDossier = null;
    return checks.map((check) => {
        if (check.status !== 'invalid')
            return check;
        if (check.kind !== 'embedded') {
            const found = detached.find((candidate) => candidate.signatureFile === check.signatureFile);
            const old = found?.check(base, trust);
            return old?.status === 'verified' ? staleFrom(old, check) : check;
        }
        if (baseDossier === null)
            baseDossier = parsedOrUndefined(base);
        const signature = current?.signature?.value;
        if (baseDossier === undefined || !(0,external_node_util_.isDeepStrictEqual)(baseDossier.signature?.value, signature)) {
            return check;
        }
        if ((0,checksum/* checkIntegrity */._)(baseDossier.checksum, baseDossier.body).integrity !== 'valid')
            return check;
        const old = (0,verify_embedded/* verifyEmbedded */.E)(baseDossier, trust);
        return old?.status === 'verified' ? staleFrom(old, check) : check;
    });
}
function staleFrom(old, current) {
    const where = current.kind === 'embedded' ? 'the embedded signature' : current.signatureFile;
    return {
        ...current,
        status: 'stale',
        coverage: old.coverage,
        algorithm: old.algorithm,
        code: 'stale-signature',
        message: `${STALE_MESSAGE} (${where} verifies under trusted key ${old.keyIdentifier} for the base branch's version, not for this one)`,
    };
}
function parsedOrUndefined(bytes) {
    try {
        return (0,dossier/* parseDossier */.D)(bytes);
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/dossier/payload.ts
var payload = __webpack_require__(9187);
// EXTERNAL MODULE: ./src/formats/detached-check.ts
var detached_check = __webpack_require__(3121);
;// CONCATENATED MODULE: ./src/formats/detached-verifier.ts


/**
 * `verified` iff some trusted key verifies the signature over the streamed bytes;
 * `invalid` otherwise, never `signed_unknown`; `error` when the signature file cannot
 * be read or checked. The kind verifiers may throw; this wrapper turns every throw,
 * coded or not, into an `error` check, and answers the same check on every `finish()`.
 */
function detachedVerifier(kind, signatureBytes, keys, signatureFile) {
    const context = { kind, signatureFile };
    let inner;
    let result;
    try {
        inner = registry/* DETACHED_FORMATS */.aw[kind].verifier(signatureBytes, keys, context);
    }
    catch (error) {
        result = (0,detached_check/* errorCheck */.pp)(context, error);
    }
    return {
        update(chunk) {
            if (result !== undefined || inner === undefined)
                return;
            try {
                inner.update(chunk);
            }
            catch (error) {
                result = (0,detached_check/* errorCheck */.pp)(context, error);
            }
        },
        finish() {
            if (result !== undefined)
                return result;
            try {
                result = inner?.finish() ?? (0,detached_check/* errorCheck */.pp)(context, new Error('no verifier'));
            }
            catch (error) {
                result = (0,detached_check/* errorCheck */.pp)(context, error);
            }
            return result;
        },
    };
}

// EXTERNAL MODULE: ./src/trust/key-protocols.ts
var key_protocols = __webpack_require__(6741);
;// CONCATENATED MODULE: ./src/verify/detached-signatures.ts






/**
 * The detached signatures beside a file (`<file>.sig`, `.sigstore.json`, `.minisig`),
 * each checkable against any version of the file; one that cannot be read is an `error`.
 */
async function detachedSignatures(file, relative, readFile) {
    const found = [];
    for (const kind of registry/* DETACHED_KINDS */.Rt) {
        const signatureFile = `${relative}${registry/* DETACHED_FORMATS */.aw[kind].suffix}`;
        let signatureBytes;
        try {
            signatureBytes = await readFile(`${file}${registry/* DETACHED_FORMATS */.aw[kind].suffix}`);
        }
        catch (error) {
            const code = error instanceof read_regular_file/* ReadError */.F_ ? error.code : 'unreadable';
            const check = {
                kind,
                status: 'error',
                signatureFile,
                code,
                message: `${signatureFile} ${(0,errors/* messageOf */.b)(error)}`,
            };
            found.push({ kind, signatureFile, check: () => check });
            continue;
        }
        if (signatureBytes === undefined)
            continue;
        const content = signatureBytes;
        found.push({
            kind,
            signatureFile,
            check(bytes, trust) {
                if ((0,payload/* isTaggedPayload */.tg)(bytes))
                    return payloadAsFile(kind, signatureFile, bytes);
                const keys = (0,key_protocols/* keysTrustedFor */.Rb)(kind, trust.keys);
                const verifier = detachedVerifier(kind, content, keys, signatureFile);
                verifier.update(bytes);
                return verifier.finish();
            },
        });
    }
    return found;
}
/**
 * Domain separation the formats lack: a v2/v3 payload is what an embedded signature
 * signs, and a DSSE PAE what a provenance bundle's signature signs, so a detached
 * signature over a file holding one may be such a signature moved here. Such a file is
 * never verified as a file (sign mode refuses to sign one).
 */
function payloadAsFile(kind, signatureFile, bytes) {
    const [code, what] = (0,payload/* isDssePae */.ef)(bytes)
        ? [
            'dsse-payload-as-file',
            `what a provenance bundle signs ("DSSEv1 "), so it may be an attestation's signature`,
        ]
        : [
            'embedded-payload-as-file',
            `an embedded signature's payload ("dossier-signature-v2/v3"), so it may be a dossier's signature`,
        ];
    return {
        kind,
        signatureFile,
        status: 'invalid',
        code,
        message: `${signatureFile} is over a file that starts like ${what} moved here; such a file is never verified as a file. Rename or re-create the file if this is a mistake.`,
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/verify/provenance/attested-file.ts

/** One check per bundle listing `relative`; none for a file no bundle lists. */
function attestedSignatures(relative, index) {
    return (index?.get(relative) ?? []).map((bundle) => ({
        kind: 'provenance',
        signatureFile: bundle.file,
        facts: factsOf(bundle.claims),
        check: (bytes) => fileCheck(bundle, relative, bytes),
    }));
}
/** The bundle's own verdict, unless it verifies: then the file must have the SHA-256 it pins. */
function fileCheck(bundle, relative, bytes) {
    if (bundle.check.status !== 'verified')
        return bundle.check;
    const listed = bundle.subjects.get(relative);
    const actual = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest();
    if (listed !== undefined && actual.equals(listed)) {
        return {
            ...bundle.check,
            message: `${bundle.file} attests ${relative} (SHA-256 ${actual.toString('hex')}) and verifies under trusted key ${bundle.check.keyIdentifier}`,
        };
    }
    return {
        kind: 'provenance',
        status: 'invalid',
        signatureFile: bundle.file,
        code: 'provenance-digest-mismatch',
        message: `${bundle.file} attests another version of ${relative} (SHA-256 ${listed?.toString('hex')}, the file's is ${actual.toString('hex')}): the file changed after it was attested. Re-run the signing workflow, or restore the attested version.`,
    };
}
function factsOf(claims) {
    return {
        repository: claims.repository,
        workflow: claims.workflowRef ?? claims.workflowPath,
        ref: claims.ref,
        commit: claims.commit,
        run: claims.run,
    };
}

;// CONCATENATED MODULE: ./src/verify/verify-files.ts













/** What follows a read refusal; "symlinks are not followed" would mislead under a size cap. */
const FILE_TYPE_HINT = '; only regular files are read, symlinks are not followed';
const READ_HINTS = {
    symlink: FILE_TYPE_HINT,
    'not-regular-file': FILE_TYPE_HINT,
    'file-too-large': '; a dossier this large is refused unread, so nothing in it is verified',
    'file-missing': '',
    unreadable: '',
};
const CONCURRENCY = 8;
/** Bytes of files being verified at once: two of the largest, or many small ones. */
const READ_BUDGET_BYTES = 2 * (dossier/* MAX_DOSSIER_BYTES */.B + 1);
const DOSSIER_SUFFIX = '.ds.md';
/** Verify every file, `CONCURRENCY` at a time; reports come back in input order. */
async function verifyFiles(options) {
    const buffers = new BufferPool(CONCURRENCY, READ_BUDGET_BYTES);
    return (0,bounded_pool/* mapBounded */.y)(options.files, CONCURRENCY, (file) => verifyFile(file, options, buffers));
}
/** One file's report. Never throws: anything unexpected becomes an `error` report. */
async function verifyFile(file, options, buffers) {
    const relative = external_node_path_default().relative(options.workspace, file).split((external_node_path_default()).sep).join('/');
    const readFile = options.readFile ?? ((f) => (0,read_regular_file/* readFileNoFollow */.tk)(f, dossier/* MAX_DOSSIER_BYTES */.B));
    // Only the file itself is read into a pooled buffer, given back once its report is
    // made (a report holds no bytes: strings and codes only), or its read failed.
    let lent;
    const borrow = async (capacity) => (lent = await buffers.take(capacity));
    const readDossier = options.readFile ??
        ((f) => (0,read_regular_file/* readFileNoFollow */.tk)(f, dossier/* MAX_DOSSIER_BYTES */.B, buffers ? { bufferFor: borrow } : undefined));
    try {
        const bytes = await readDossier(file);
        if (bytes === undefined)
            throw new read_regular_file/* ReadError */.F_('file-missing', 'does not exist');
        const detached = await detachedSignatures(file, relative, readFile);
        const attested = attestedSignatures(relative, options.provenance);
        const recheckable = [...detached, ...attested];
        const signatures = recheckable.map((found) => found.check(bytes, options.trust));
        const { dossier, problem } = dossierOf(bytes, relative, recheckable.length > 0);
        const integrity = dossier
            ? (0,checksum/* checkIntegrity */._)(dossier.checksum, dossier.body)
            : { integrity: 'missing', message: 'is not a dossier' };
        const embedded = dossier && (0,verify_embedded/* verifyEmbedded */.E)(dossier, options.trust);
        if (embedded)
            signatures.unshift(embedded);
        if (options.baseVersion && integrity.integrity !== 'invalid' && hasInvalid(signatures)) {
            const base = await options.baseVersion(relative).catch(() => undefined);
            if (base !== undefined) {
                const stale = staleChecks(signatures, base, dossier, recheckable, options.trust);
                signatures.splice(0, signatures.length, ...stale);
            }
        }
        const verdict = verdictOf(integrity, signatures, options.policy, problem);
        const provenance = verdict.authenticity === 'verified' ? attestedFacts(attested, signatures) : undefined;
        return {
            file: relative,
            ...verdict,
            signatures,
            line: embedded?.line,
            ...(provenance ? { provenance } : {}),
        };
    }
    catch (error) {
        const unreadable = error instanceof read_regular_file/* ReadError */.F_;
        return {
            file: relative,
            integrity: 'missing',
            authenticity: 'error',
            recommendation: 'BLOCK',
            signatures: [],
            message: unreadable
                ? `${error.message}${READ_HINTS[error.code]}`
                : `could not be verified: ${(0,errors/* messageOf */.b)(error)}`,
            code: unreadable ? error.code : 'verify-failed',
        };
    }
    finally {
        if (lent !== undefined)
            buffers?.give(lent);
    }
}
/**
 * A file that is not a dossier is fine when a detached signature speaks for it, unless it
 * is named `.ds.md`: upstream reads such a file as a dossier or not at all, and a detached
 * signature must not turn other signed bytes (an embedded v1 signature's body, say) into
 * an allowed "dossier" that is none. One that opens a frontmatter it cannot close or
 * parse is a broken dossier, never a plain file.
 */
function dossierOf(bytes, relative, hasDetached) {
    try {
        return { dossier: (0,dossier/* parseDossier */.D)(bytes) };
    }
    catch (error) {
        if (!(error instanceof dossier_error/* DossierError */.c))
            throw error;
        const plainFile = !relative.endsWith(DOSSIER_SUFFIX);
        if (hasDetached && plainFile)
            return {};
        const message = error.code === 'not-a-dossier'
            ? plainFile
                ? `${error.message} and has no detached signature; add one (.sig, .sigstore.json, .minisig) or leave the file out of \`files\``
                : `is named ${DOSSIER_SUFFIX} but ${error.message}, so it is not a dossier whatever signs it; give it a frontmatter or another name`
            : `is a broken dossier: ${error.message}; fix its frontmatter and re-sign it`;
        return { problem: { code: error.code, message } };
    }
}
/** The first bundle that verified the file, for the report. */
function attestedFacts(attested, checks) {
    const verified = checks.find((c) => c.kind === 'provenance' && c.status === 'verified');
    return attested.find((a) => a.signatureFile === verified?.signatureFile)?.facts;
}
function hasInvalid(checks) {
    return checks.some((check) => check.status === 'invalid');
}

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(1040);
// EXTERNAL MODULE: ./src/keys/base64.ts
var base64 = __webpack_require__(4517);
// EXTERNAL MODULE: ./src/formats/provenance/json-fields.ts
var json_fields = __webpack_require__(4481);
;// CONCATENATED MODULE: ./src/verify/provenance/bounded-json.ts


/** A statement the attest package builds nests 6 levels; this is far below a stack overflow. */
const MAX_DEPTH = 32;
/**
 * The top-level JSON object of `bytes` (the size is capped by the caller's bounded read),
 * read by the same strict reader the writer checks its own output with: invalid UTF-8, a
 * BOM and deep nesting are refused.
 */
function jsonObjectFrom(bytes, what) {
    return (0,json_fields/* strictJsonObject */.jz)(bytes, { maxBytes: Number.MAX_SAFE_INTEGER, maxDepth: MAX_DEPTH }, what);
}
/** The string at `keys` below `root`, or undefined when any step is missing or of another type. */
function optionalString(root, ...keys) {
    let value = root;
    for (const key of keys) {
        if (typeof value !== 'object' || value === null || Array.isArray(value))
            return undefined;
        value = Object.hasOwn(value, key) ? value[key] : undefined;
    }
    return typeof value === 'string' ? value : undefined;
}

// EXTERNAL MODULE: ./src/formats/provenance/provenance-error.ts
var provenance_error = __webpack_require__(9264);
;// CONCATENATED MODULE: ./src/verify/provenance/bundle-reader.ts
// The verify side's own reader of the provenance bundle (formats.md 7). The sign side
// writes the same shape from formats/provenance/; two independent readers of one spec
// keep a shared mistake from passing both, and swapping one for the other is this import.




/** 1,000 files make a bundle of about 200 KB; this allows some 80,000 and bounds the work. */
const MAX_PROVENANCE_BUNDLE_BYTES = 16 * 1024 * 1024;
/** Each envelope signature is tried against every fitting trusted key: keep that small. */
const MAX_ENVELOPE_SIGNATURES = 4;
/**
 * Strict on what is read (JSON types, canonical base64, a v0.3 media type, a DSSE
 * envelope); other fields, such as tlog entries, are ignored: trust comes from pinned
 * keys, not from a log.
 */
function parseProvenanceBundle(bytes) {
    if (bytes.length > MAX_PROVENANCE_BUNDLE_BYTES) {
        throw new provenance_error/* ProvenanceError */.C('provenance-too-large', `is ${bytes.length} bytes; a provenance bundle is at most ${MAX_PROVENANCE_BUNDLE_BYTES}`);
    }
    const root = jsonObjectFrom(bytes, 'the bundle');
    if (root['mediaType'] !== dist/* BUNDLE_V03_MEDIA_TYPE */.HM) {
        throw new provenance_error/* ProvenanceError */.C('provenance-media-type', `has mediaType ${(0,json_fields/* shown */.SP)(root['mediaType'])}; expected "${dist/* BUNDLE_V03_MEDIA_TYPE */.HM}"`);
    }
    const material = (0,json_fields/* objectAt */.lJ)(root['verificationMaterial'], 'verificationMaterial');
    if (material['publicKey'] === undefined) {
        throw new provenance_error/* ProvenanceError */.C('provenance-unsupported-content', 'has no verificationMaterial.publicKey (a keyless, certificate-based bundle?); only bundles from a pinned key are supported');
    }
    const hint = (0,json_fields/* objectAt */.lJ)(material['publicKey'], 'verificationMaterial.publicKey')['hint'];
    if (hint !== undefined && typeof hint !== 'string') {
        throw new provenance_error/* ProvenanceError */.C('provenance-bad-field', 'has a non-string publicKey.hint');
    }
    if (root['dsseEnvelope'] === undefined) {
        throw new provenance_error/* ProvenanceError */.C('provenance-unsupported-content', 'has no dsseEnvelope (a blob signature?); a provenance bundle carries an attestation');
    }
    const envelope = (0,json_fields/* objectAt */.lJ)(root['dsseEnvelope'], 'dsseEnvelope');
    const signatures = envelope['signatures'];
    if (!Array.isArray(signatures) || signatures.length === 0) {
        throw new provenance_error/* ProvenanceError */.C('provenance-bad-field', 'has no dsseEnvelope.signatures');
    }
    if (signatures.length > MAX_ENVELOPE_SIGNATURES) {
        throw new provenance_error/* ProvenanceError */.C('provenance-bad-field', `has ${signatures.length} envelope signatures; at most ${MAX_ENVELOPE_SIGNATURES} are read`);
    }
    return {
        ...(hint === undefined || hint === '' ? {} : { hint }),
        payloadType: (0,json_fields/* stringAt */.bX)(envelope['payloadType'], 'dsseEnvelope.payloadType'),
        payload: base64At(envelope['payload'], 'dsseEnvelope.payload'),
        signatures: signatures.map((entry, i) => base64At((0,json_fields/* objectAt */.lJ)(entry, `dsseEnvelope.signatures[${i}]`)['sig'], `signatures[${i}].sig`)),
    };
}
/**
 * DSSE's pre-authentication encoding, what the envelope's signatures sign:
 * `DSSEv1 <len(type)> <type> <len(payload)> <payload>`, lengths in bytes, ASCII decimal.
 */
function preAuthEncoding(payloadType, payload) {
    const type = Buffer.from(payloadType, 'utf8');
    return Buffer.concat([
        Buffer.from(`DSSEv1 ${type.length} `),
        type,
        Buffer.from(` ${payload.length} `),
        payload,
    ]);
}
/** Node's decoder skips junk silently: the text must be what its bytes encode to. */
function base64At(value, where) {
    const bytes = (0,base64/* bytesFromBase64 */.D)((0,json_fields/* stringAt */.bX)(value, where));
    if (bytes === undefined) {
        throw new provenance_error/* ProvenanceError */.C('provenance-not-base64', `has a ${where} that is not canonical base64`);
    }
    return bytes;
}

;// CONCATENATED MODULE: ./src/verify/provenance/statement.ts


const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const STATEMENT_V1_TYPE = 'https://in-toto.io/Statement/v1';
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
const SHA256_HEX = /^[0-9a-f]{64}$/;
/** `https://github.com/` (any server) before `owner/repo/...`. */
const SERVER_PREFIX = /^[a-z][a-z0-9+.-]*:\/\/[^/]+\//i;
/**
 * The statement in a DSSE payload. Every subject must name a path and a SHA-256 and
 * appear once: a statement that pinned one path to two contents would let either pass.
 */
function statementFrom(payload) {
    const root = jsonObjectFrom(payload, 'the statement');
    const list = root['subject'];
    if (!Array.isArray(list))
        throw new provenance_error/* ProvenanceError */.C('provenance-bad-field', 'has no subject list');
    const subjects = new Map();
    list.forEach((entry, i) => {
        const subject = (0,json_fields/* objectAt */.lJ)(entry, `subject[${i}]`);
        const name = (0,json_fields/* stringAt */.bX)(subject['name'], `subject[${i}].name`);
        const hex = optionalString(subject, 'digest', 'sha256');
        if (hex === undefined || !SHA256_HEX.test(hex)) {
            throw new provenance_error/* ProvenanceError */.C('provenance-bad-field', `has no SHA-256 at subject[${i}].digest`);
        }
        if (subjects.has(name)) {
            throw new provenance_error/* ProvenanceError */.C('provenance-duplicate-subject', `lists ${JSON.stringify(name)} more than once`);
        }
        subjects.set(name, Buffer.from(hex, 'hex'));
    });
    return {
        type: root['_type'],
        predicateType: root['predicateType'],
        subjects,
        claims: claimsOf(root['predicate']),
    };
}
function claimsOf(predicate) {
    const workflow = ['buildDefinition', 'externalParameters', 'workflow'];
    const builder = optionalString(predicate, 'runDetails', 'builder', 'id');
    const workflowRef = builder?.replace(SERVER_PREFIX, '');
    const dependencies = objectOrUndefined(predicate, 'buildDefinition')?.['resolvedDependencies'];
    const claims = {
        repository: repositoryOf(optionalString(predicate, ...workflow, 'repository')) ?? repositoryOf(builder),
        workflowPath: optionalString(predicate, ...workflow, 'path'),
        workflowRef,
        ref: optionalString(predicate, ...workflow, 'ref'),
        commit: Array.isArray(dependencies)
            ? optionalString(dependencies[0], 'digest', 'gitCommit')
            : undefined,
        run: optionalString(predicate, 'runDetails', 'metadata', 'invocationId'),
    };
    return Object.fromEntries(Object.entries(claims).filter(([, value]) => value !== undefined));
}
/** `owner/name` from `https://github.com/owner/name` or a builder id below it. */
function repositoryOf(url) {
    if (url === undefined || !SERVER_PREFIX.test(url))
        return undefined;
    const [owner, name] = url.replace(SERVER_PREFIX, '').split('/');
    return owner && name ? `${owner}/${name.split('@')[0]}` : undefined;
}
function objectOrUndefined(value, key) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return undefined;
    const child = value[key];
    return typeof child === 'object' && child !== null && !Array.isArray(child)
        ? child
        : undefined;
}

// EXTERNAL MODULE: ./src/formats/candidate-verifier.ts + 1 modules
var candidate_verifier = __webpack_require__(9615);
// EXTERNAL MODULE: ./src/formats/key-candidates.ts
var key_candidates = __webpack_require__(1130);
// EXTERNAL MODULE: ./src/formats/sigstore/sigstore-bundle.ts + 2 modules
var sigstore_bundle = __webpack_require__(3875);
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(3581);
;// CONCATENATED MODULE: ./src/verify/provenance/expected-provenance.ts

const GLOB = { dot: true, nocomment: true, nonegate: true };
/** How each field is read from the claims and compared with its expectation. */
const FIELDS = {
    repository: (expected, { repository }) => ({
        matches: repository !== undefined && repository.toLowerCase() === expected.toLowerCase(),
        actual: repository,
    }),
    workflow: (expected, { workflowPath, workflowRef }) => {
        const actual = expected.includes('@') ? workflowRef : (workflowPath ?? pathOf(workflowRef));
        const pattern = expected.replace(/^(\.\/)+/, '');
        return { matches: actual !== undefined && (0,esm/* minimatch */.xF)(actual, pattern, GLOB), actual };
    },
    ref: (expected, { ref }) => ({
        matches: ref !== undefined && (0,esm/* minimatch */.xF)(ref, expected, GLOB),
        actual: ref,
    }),
};
const FIELD_ORDER = ['repository', 'workflow', 'ref'];
/** The first set expectation the claims fail, or undefined when all hold. */
function provenanceMismatch(expected, claims) {
    for (const field of FIELD_ORDER) {
        const want = expected[field];
        if (want === undefined || want === '')
            continue;
        const { matches, actual } = FIELDS[field](want, claims);
        if (!matches)
            return { field, expected: want, ...(actual === undefined ? {} : { actual }) };
    }
    return undefined;
}
/** `.github/workflows/x.yml` from `owner/repo/.github/workflows/x.yml@ref`. */
function pathOf(workflowRef) {
    if (workflowRef === undefined)
        return undefined;
    const path = workflowRef.split('/').slice(2).join('/');
    const at = path.indexOf('@');
    return at === -1 ? path : path.slice(0, at);
}

;// CONCATENATED MODULE: ./src/verify/provenance/verify-bundle.ts








const INPUT_NAMES = {
    repository: 'expected-repository',
    workflow: 'expected-workflow',
    ref: 'expected-ref',
};
/**
 * Check a bundle: a trusted SPKI key signs its DSSE envelope, the envelope holds an
 * in-toto Statement v1 with an SLSA v1 predicate (cosign does not check predicateType on
 * new-format bundles; this does), and every set `expected-*` matches the predicate.
 * Throws a coded error when the bundle cannot be read at all (no file can be named).
 */
function verifyProvenanceBundle(bytes, file, trust, expected) {
    const bundle = parseProvenanceBundle(bytes);
    const statement = statementFrom(bundle.payload);
    const attested = { file, subjects: statement.subjects, claims: statement.claims };
    const invalid = (code, why) => ({
        ...attested,
        check: {
            kind: 'provenance',
            status: 'invalid',
            signatureFile: file,
            code,
            message: `${file} ${why}`,
        },
    });
    const keys = (0,key_protocols/* keysTrustedFor */.Rb)('provenance', trust.keys);
    const { match, fitting } = signerOf(bundle, keys);
    if (match === undefined) {
        const code = fitting === 0 ? 'provenance-no-fitting-key' : 'provenance-signature-mismatch';
        return invalid(code, `${unsignedWhy(fitting)}${listedElsewhere(bundle, trust.keys)}`);
    }
    if (bundle.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
        return invalid('provenance-payload-type', `has payloadType ${(0,json_fields/* shown */.SP)(bundle.payloadType)}; a provenance bundle carries "${IN_TOTO_PAYLOAD_TYPE}"`);
    }
    if (statement.type !== STATEMENT_V1_TYPE) {
        return invalid('provenance-statement-type', `holds a statement of _type ${(0,json_fields/* shown */.SP)(statement.type)}; expected "${STATEMENT_V1_TYPE}"`);
    }
    if (statement.predicateType !== SLSA_PROVENANCE_V1) {
        return invalid('provenance-predicate-type', `has predicateType ${(0,json_fields/* shown */.SP)(statement.predicateType)}; only "${SLSA_PROVENANCE_V1}" (SLSA provenance v1) is accepted`);
    }
    const mismatch = provenanceMismatch(expected, statement.claims);
    if (mismatch !== undefined) {
        const actual = mismatch.actual === undefined ? 'no' : (0,json_fields/* shown */.SP)(mismatch.actual);
        return invalid(`provenance-${mismatch.field}-mismatch`, `is signed by trusted key ${match.key.identifier}, but \`${INPUT_NAMES[mismatch.field]}\` is ${(0,json_fields/* shown */.SP)(mismatch.expected)} and its provenance names ${actual} ${mismatch.field}`);
    }
    return {
        ...attested,
        check: {
            kind: 'provenance',
            status: 'verified',
            coverage: 'file',
            keyIdentifier: match.key.identifier,
            algorithm: match.algorithm,
            signatureFile: file,
            message: `${file} verifies under trusted key ${match.key.identifier} (${match.key.source})`,
        },
    };
}
/**
 * The first envelope signature a trusted key verifies over the PAE, keys named by the
 * (unsigned) hint tried first; and how many trusted keys could have made any of them.
 */
function signerOf(bundle, keys) {
    const pae = preAuthEncoding(bundle.payloadType, bundle.payload);
    const hinted = keys.filter((key) => (0,sigstore_bundle/* sigstoreKeyHint */.N9)(key.spkiDer) === bundle.hint);
    const ordered = [...hinted, ...keys.filter((key) => !hinted.includes(key))];
    let fitting = 0;
    for (const signature of bundle.signatures) {
        const candidates = (0,key_candidates/* candidatesFor */._)(signature, ordered);
        fitting = Math.max(fitting, (0,key_candidates/* keyCount */.f)(candidates));
        const verifier = new candidate_verifier/* CandidateVerifier */.S(signature, candidates);
        verifier.update(pae);
        const match = verifier.finish();
        if (match !== undefined)
            return { match, fitting };
    }
    return { fitting };
}
function unsignedWhy(fitting) {
    const keys = fitting === 0
        ? 'was not signed by any trusted SPKI key (none is of a type that could have made its signature)'
        : fitting === 1
            ? 'does not verify under the one trusted SPKI key that fits'
            : `verifies under none of the ${fitting} trusted SPKI keys that fit`;
    return `${keys}: its statement changed after signing, or the signer's key is not trusted for provenance; nothing it lists is verified through it. Re-sign it with a trusted key, or list the signer's SPKI public key in trusted-keys.`;
}
/** One key, one protocol: say so when the bundle names a key that is listed in another form. */
function listedElsewhere(bundle, keys) {
    if (bundle.hint === undefined)
        return '';
    const trusted = (0,key_protocols/* keysTrustedFor */.Rb)('provenance', keys);
    const other = keys.find((key) => !trusted.includes(key) && (0,sigstore_bundle/* sigstoreKeyHint */.N9)(key.spkiDer) === bundle.hint);
    return other === undefined
        ? ''
        : ` Its key hint names ${other.identifier}, listed as ${key_protocols/* FORM_NAMES */.GC[other.kind]}, which verifies other kinds only (list it as SPKI to trust it for provenance).`;
}

;// CONCATENATED MODULE: ./src/verify/provenance/load-provenance.ts







/**
 * Find, read (no-follow, bounded) and check every bundle `provenance-files` matches, once
 * for all the files each lists. A bundle that is a link, or cannot be read as one, is a
 * failure of its own: the files it might have listed fall back to their other signatures.
 */
async function loadProvenance(workspace, options, trust) {
    // No suffix is skipped: a bundle may well be named `*.sigstore.json`.
    const { files, refused } = await (0,workspace_files/* findWorkspaceFiles */._)(workspace, options.patterns, []);
    const failures = [];
    const notes = [];
    for (const refusal of refused) {
        if (refusal.severity === 'error') {
            failures.push(failed(refusal.file, refusal.code, refusal.message));
        }
        else {
            notes.push(`\`provenance-files\`: ${refusal.message}`);
        }
    }
    const bundles = [];
    for (const file of files) {
        try {
            const bytes = await readBundle(workspace, file);
            bundles.push(verifyProvenanceBundle(bytes, file, trust, options.expected));
        }
        catch (error) {
            const code = error instanceof errors/* CodedError */.A ? String(error.code) : 'provenance-unreadable';
            failures.push(failed(file, code, `${file} ${(0,errors/* messageOf */.b)(error)}`));
        }
    }
    if (files.length === 0 && failures.length === 0) {
        notes.push(`\`provenance-files\` (${options.patterns.include.join(', ')}) matched no file in the workspace, so no file was verified through provenance; check the globs.`);
    }
    return { index: indexOf(bundles), bundles, failures, notes };
}
/**
 * Changed-only, for bundles: a pull request that changes a bundle gets every file it
 * lists, and every file its base version listed (read unverified), checked, so it can
 * neither drop a file from the check nor vouch for one unseen.
 */
async function withAttestedPaths(only, loaded, baseVersion) {
    const widened = new Set(only);
    const changed = [...loaded.bundles.map((b) => b.file), ...loaded.failures.map((f) => f.file)];
    for (const file of changed.filter((f) => only.has(f))) {
        for (const name of loaded.bundles.find((b) => b.file === file)?.subjects.keys() ?? []) {
            widened.add(name);
        }
        const base = await baseVersion?.(file).catch(() => undefined);
        for (const name of pathsListedIn(base))
            widened.add(name);
    }
    return widened;
}
function pathsListedIn(bytes) {
    if (bytes === undefined)
        return [];
    try {
        return [...statementFrom(parseProvenanceBundle(bytes).payload).subjects.keys()];
    }
    catch {
        return [];
    }
}
async function readBundle(workspace, file) {
    const bytes = await (0,read_regular_file/* readFileNoFollow */.tk)(external_node_path_default().join(workspace, file), MAX_PROVENANCE_BUNDLE_BYTES);
    if (bytes === undefined)
        throw new read_regular_file/* ReadError */.F_('file-missing', 'disappeared while it was read');
    return bytes;
}
function indexOf(bundles) {
    const index = new Map();
    for (const bundle of bundles) {
        for (const name of bundle.subjects.keys()) {
            const listed = index.get(name);
            if (listed === undefined)
                index.set(name, [bundle]);
            else
                listed.push(bundle);
        }
    }
    return index;
}
function failed(file, code, message) {
    const check = {
        kind: 'provenance',
        status: 'error',
        signatureFile: file,
        code,
        message: `${message}; as a provenance bundle (\`provenance-files\`) it verifies nothing it may list: fix it or the globs, or re-run the signing workflow.`,
    };
    return { file, check };
}

;// CONCATENATED MODULE: ./src/verify/verify-workspace.ts







class VerifyWorkspaceError extends errors/* CodedError */.A {
}
/** Refusals that stand for content nothing verified, judged like unsigned content. */
const UNVERIFIED_LINKS = new Set(['symlink', 'symlinked-folder']);
/**
 * The verify check, as the action and the CLI both run it: match the globs, narrow to
 * `only`, verify each file, and turn every refused path into a report so nothing that
 * matched is left out silently. Nothing matched at all is an error (a typo in `files`
 * must not look like a pass).
 */
async function verifyWorkspace(options) {
    const { files, refused } = await (0,workspace_files/* findWorkspaceFiles */._)(options.workspace, options.patterns, registry/* SIGNATURE_SUFFIXES */.tX);
    const warnings = refused.filter((r) => r.severity === 'warning' && !UNVERIFIED_LINKS.has(r.code));
    const reportable = refused.filter((r) => r.severity === 'error' || UNVERIFIED_LINKS.has(r.code));
    if (files.length === 0 && reportable.length === 0) {
        const tried = [
            ...options.patterns.include,
            ...options.patterns.exclude.map((p) => `!${p}`),
        ].join(', ');
        throw new VerifyWorkspaceError('no-files', `No files matched the \`files\` patterns (${tried}) in ${options.workspace}. Check the globs (relative to the workspace) and that actions/checkout ran before this step.`);
    }
    const provenance = options.provenance &&
        (await loadProvenance(options.workspace, options.provenance, options.trust));
    const only = options.only && provenance
        ? await withAttestedPaths(options.only, provenance, options.baseVersion)
        : options.only;
    const selected = only === undefined ? files : files.filter((f) => only.has(f));
    const refusedSelected = only === undefined ? reportable : reportable.filter((r) => touches(r, only));
    const checked = await verifyFiles({
        workspace: options.workspace,
        files: selected.map((f) => external_node_path_default().join(options.workspace, f)),
        trust: options.trust,
        policy: options.policy,
        baseVersion: options.baseVersion,
        provenance: provenance?.index,
    });
    const reports = [
        ...refusedSelected.map((r) => refusalReport(r, options.policy)),
        ...(provenance?.failures ?? []).map((f) => bundleFailureReport(f, options.policy)),
        ...checked,
    ];
    reports.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    return {
        reports,
        warnings,
        matched: files.length + reportable.length,
        notes: provenance?.notes ?? [],
    };
}
/** A bundle that says nothing about any file still blocks: it is a broken signature. */
function bundleFailureReport({ file, check }, policy) {
    const verdict = verdictOf({ integrity: 'missing', message: '' }, [check], policy);
    return { file, ...verdict, signatures: [check] };
}
/** A refused path is in the selection when it, or a path below it (a linked folder), is. */
function touches(refusal, only) {
    if (only.has(refusal.file))
        return true;
    const prefix = `${refusal.file}/`;
    return refusal.code === 'symlinked-folder' && [...only].some((p) => p.startsWith(prefix));
}
/**
 * A link is content nothing verified: it warns, and strict blocks it, like an unsigned
 * file. Other refusals (a FIFO, an unreadable folder) are errors and block.
 */
function refusalReport(refusal, policy) {
    const problem = {
        code: refusal.code,
        message: refusal.message,
        authenticity: UNVERIFIED_LINKS.has(refusal.code) ? 'unsigned' : 'error',
    };
    const verdict = verdictOf({ integrity: 'missing', message: '' }, [], policy, problem);
    return { file: refusal.file, ...verdict, signatures: [] };
}

// EXTERNAL MODULE: ./src/action/action-failure.ts
var action_failure = __webpack_require__(597);
// EXTERNAL MODULE: ./src/action/input-error.ts
var input_error = __webpack_require__(9229);
// EXTERNAL MODULE: ./src/action/pull-request.ts
var pull_request = __webpack_require__(1679);
// EXTERNAL MODULE: ./src/action/file-links.ts
var file_links = __webpack_require__(4578);
// EXTERNAL MODULE: ./src/action/report-file.ts
var report_file = __webpack_require__(2621);
// EXTERNAL MODULE: ./src/action/action-io.ts
var action_io = __webpack_require__(1815);
// EXTERNAL MODULE: ./src/action/markdown.ts
var markdown = __webpack_require__(8037);
// EXTERNAL MODULE: ./src/action/output-budget.ts
var output_budget = __webpack_require__(1319);
;// CONCATENATED MODULE: ./src/action/verify-report.ts



function verifyTotalsOf(reports) {
    const count = (p) => reports.filter(p).length;
    return {
        files: reports.length,
        verified: count((r) => r.authenticity === 'verified'),
        unknown: count((r) => r.authenticity === 'signed_unknown'),
        unsigned: count((r) => r.authenticity === 'unsigned'),
        invalid: count((r) => r.authenticity === 'invalid' || r.integrity === 'invalid'),
        stale: count((r) => r.authenticity === 'stale'),
        blocked: count((r) => r.recommendation === 'BLOCK'),
        warned: count((r) => r.recommendation === 'WARN'),
    };
}
/** The `report` output and the CLI's `--json`: one object per file. */
function reportJson(reports) {
    return JSON.stringify(reports.map((r) => ({
        file: r.file,
        integrity: r.integrity,
        authenticity: r.authenticity,
        recommendation: r.recommendation,
        coverage: r.coverage,
        uncovered: r.uncovered,
        trustedIdentifier: r.trustedIdentifier,
        provenance: r.provenance,
        code: r.code,
        message: r.message,
        signatures: r.signatures.map((s) => ({
            kind: s.kind,
            status: s.status,
            coverage: s.coverage,
            keyIdentifier: s.keyIdentifier,
            algorithm: s.algorithm,
            signatureFile: s.signatureFile,
            line: s.line,
            code: s.code,
            message: s.message,
        })),
    })));
}
const ICON = { BLOCK: '\u26d4', WARN: '\u26a0\ufe0f', ALLOW: '\u2705' };
const ORDER = { BLOCK: 0, WARN: 1, ALLOW: 2 };
/** What fails the step, per `fail-on`. */
const FAILS = {
    block: (t) => t.blocked > 0,
    warn: (t) => t.blocked + t.warned > 0,
    never: () => false,
};
function failsStep(totals, failOn) {
    return FAILS[failOn](totals);
}
/** Notes shown in the summary, each cut to a length: the log and annotations have them whole. */
const NOTES_SHOWN = 20;
const NOTE_CHARS = 2000;
/**
 * The report file (every file), outputs (`report` only while it fits its budget),
 * annotations (BLOCK as errors, WARN as warnings) and the job summary.
 */
async function reportVerify(io, reports, facts, places) {
    const totals = verifyTotalsOf(reports);
    const json = reportJson(reports);
    // The same bytes as the CLI's `--json`, which prints one line.
    const reportFile = await places.report.write(`${json}\n`);
    io.setOutput('report-file', reportFile);
    io.setOutput('verified-count', String(totals.verified));
    io.setOutput('unknown-count', String(totals.unknown));
    io.setOutput('unsigned-count', String(totals.unsigned));
    io.setOutput('invalid-count', String(totals.invalid));
    io.setOutput('stale-count', String(totals.stale));
    io.setOutput('blocked-count', String(totals.blocked));
    (0,output_budget/* setBoundedJsonOutput */.X)(io, 'report', json, reports.length, reportFile);
    for (const [level, emit] of [
        ['BLOCK', io.error.bind(io)],
        ['WARN', io.warning.bind(io)],
    ]) {
        (0,action_io/* annotateCapped */.C)(reports.filter((r) => r.recommendation === level), (r) => emit(r.message, {
            file: r.file,
            line: r.line,
            title: `dossier-sign: ${level} (${r.authenticity})`,
        }), (hidden) => emit(`${hidden} more files are ${level}; the job summary lists them and ${reportFile} (the \`report-file\` output) every file.`, { title: `dossier-sign: ${level}` }));
    }
    await io.appendSummary(summaryOf(reports, totals, facts, places.links, reportFile));
    return totals;
}
/**
 * Counts first, then notes, then one row per file, BLOCK first, then WARN, then ALLOW.
 * Every value that is not our own words goes through `code`, `cell` or `link`.
 */
function summaryOf(reports, totals, facts, links, reportFile) {
    const fails = failsStep(totals, facts.failOn);
    const counts = facts.nothingMatched === undefined
        ? `## dossier-sign verify: ${totals.blocked} blocked, ${totals.warned} warned, ` +
            `${totals.files - totals.blocked - totals.warned} allowed\n\n` +
            `${totals.files} file(s), policy \`${facts.policy}\`: ${totals.verified} verified, ${totals.unknown} signed by an unknown key, ` +
            `${totals.unsigned} unsigned, ${totals.invalid} invalid, ${totals.stale} stale; ` +
            `the step ${fails ? 'fails' : 'passes'} (\`fail-on: ${facts.failOn}\`).\n`
        : `## dossier-sign verify: no files matched\n\n` +
            `No files matched \`files\` (${(0,markdown/* code */.aY)(facts.nothingMatched)}): nothing was verified, and the step passes.\n`;
    const shownNotes = facts.notes.slice(0, NOTES_SHOWN).map((n) => `> ${(0,markdown/* cell */.Hn)(cut(n))}`);
    const more = facts.notes.length - shownNotes.length;
    const notes = shownNotes.length === 0
        ? ''
        : `\n${shownNotes.join('\n>\n')}\n${more > 0 ? `\n${more} more note(s) are in the log.\n` : ''}`;
    const head = `${counts}${notes}\nReport: ${(0,markdown/* code */.aY)(reportFile)} (the \`report-file\` output).\n`;
    const withProvenance = reports.some((r) => r.provenance !== undefined);
    const rows = [...reports]
        .sort((a, b) => ORDER[a.recommendation] - ORDER[b.recommendation] ||
        (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
        .map((r) => [
        `${ICON[r.recommendation]} ${r.recommendation}`,
        (0,markdown/* link */.nf)((0,markdown/* code */.aY)(r.file), links(r.file)),
        r.authenticity,
        (0,markdown/* cell */.Hn)(r.signatures.map((s) => `${s.kind}: ${s.status}`).join(', ')) || '\u2014',
        (0,markdown/* cell */.Hn)(r.coverage ?? ''),
        r.trustedIdentifier ? (0,markdown/* code */.aY)(r.trustedIdentifier) : '',
        ...(withProvenance ? [provenanceCell(r.provenance)] : []),
        // An ALLOW's message only repeats its key and coverage, already in their columns.
        r.recommendation === 'ALLOW' ? '' : (0,markdown/* cell */.Hn)(r.message),
    ]);
    const header = [
        'Verdict',
        'File',
        'Authenticity',
        'Signatures',
        'Covers',
        'Trusted key',
        ...(withProvenance ? ['Provenance'] : []),
        'Why',
    ];
    return (0,markdown/* boundedTable */.c8)(head, header, rows, (n) => (0,markdown/* leftOutNote */.UZ)(n, reportFile));
}
function cut(note) {
    const chars = [...note];
    return chars.length <= NOTE_CHARS ? note : `${chars.slice(0, NOTE_CHARS).join('')}\u2026`;
}
/** Who attested the file: the job workflow (owner/repo/path@ref) and the commit it built. */
function provenanceCell(provenance) {
    if (provenance === undefined)
        return '';
    const who = (0,markdown/* code */.aY)(provenance.workflow ?? provenance.repository ?? '');
    const commit = provenance.commit ? `at ${(0,markdown/* code */.aY)(provenance.commit.slice(0, 12))}` : '';
    return [who, commit].filter(Boolean).join(' ');
}

;// CONCATENATED MODULE: ./src/action/verify-mode.ts













async function runVerify(settings, deps) {
    const { io } = deps;
    requireBundlesForExpectations(settings);
    const report = (0,report_file/* reportFile */.r)('verify', settings.workspace, settings.reportPath, deps.env);
    await report.check();
    const notes = [];
    // `notes` fills up as the check goes; the summary reads it at the end.
    const facts = { policy: settings.policy, failOn: settings.failOn, notes };
    const onPullRequest = (0,pull_request.isPullRequestEvent)(deps.env);
    const pullRequest = onPullRequest ? await deps.pullRequest(settings.githubToken) : undefined;
    const trustFiles = settings.trustedKeysFiles.map((p) => ({
        path: p,
        display: relativeTo(settings.workspace, p),
    }));
    const trustFrom = settings.trustFrom === 'auto' ? (onPullRequest ? 'base' : 'workspace') : settings.trustFrom;
    if (trustFrom === 'base' && pullRequest === undefined && trustFiles.length > 0) {
        throw new action_failure/* ActionFailure */.d('no-base', "`trust-from: base` reads the trusted keys from a pull request's base commit, and this run is not for a pull request; use `trust-from: workspace` (the default outside pull requests).");
    }
    const base = trustFrom === 'base' ? pullRequest : undefined;
    const loaded = await loadTrust(trustFiles, settings.trustedKeys, base === undefined
        ? WORKSPACE_TRUST_FILES
        : {
            read: (file) => base.baseFile(file.display),
            missingHint: `\`trust-from: base\` reads it as the base commit ${base.baseSha.slice(0, 12)} has it, so a pull request cannot trust its own key: merge the trusted-keys file into the base branch first, or set \`trust-from: workspace\``,
        });
    if (base !== undefined && trustFiles.length > 0) {
        notes.push(`Trusted keys read from the base commit ${base.baseSha.slice(0, 12)} (\`trust-from: base\`): a pull request cannot change what this check trusts.`);
    }
    if (pullRequest !== undefined)
        await flagTrustFileChanges(trustFiles, pullRequest, trustFrom, deps, notes);
    const trust = await pinnedTrust(loaded, settings, deps, notes);
    if (trust.keys.length === 0) {
        notes.push('No trusted keys were given (`trusted-keys-file`, `trusted-keys`): no signature can be verified, valid ones are reported as signed by an unknown key.');
    }
    const changedOnly = settings.changedOnly === 'true' || (settings.changedOnly === 'auto' && onPullRequest);
    const only = changedOnly
        ? await changedSelection(settings.workspace, pullRequest, deps, notes)
        : undefined;
    const places = { report, links: await (0,file_links/* fileLinks */.qE)(deps.env) };
    let verification;
    try {
        verification = await verifyWorkspace({
            workspace: settings.workspace,
            patterns: settings.patterns,
            trust,
            policy: settings.policy,
            only,
            baseVersion: pullRequest === undefined ? undefined : (relative) => pullRequest.baseFile(relative),
            provenance: settings.provenancePatterns && {
                patterns: settings.provenancePatterns,
                expected: settings.expected,
            },
        });
    }
    catch (error) {
        // A repository with no dossiers yet must not fail every pull request: nothing to
        // check is said out loud, and passes. (Sign mode still fails: it was asked to sign.)
        if (!(error instanceof VerifyWorkspaceError && error.code === 'no-files'))
            throw error;
        io.notice(`${error.message} Nothing was verified, so the step passes.`, {
            title: 'dossier-sign: no files matched',
        });
        const { include, exclude } = settings.patterns;
        await reportVerify(io, [], { ...facts, nothingMatched: [...include, ...exclude.map((p) => `!${p}`)].join(', ') }, places);
        return;
    }
    const { reports, warnings, matched, notes: checkNotes } = verification;
    for (const w of warnings)
        io.warning(w.message, { file: w.file });
    for (const note of checkNotes) {
        io.warning(note, { title: 'dossier-sign: provenance' });
        notes.push(note);
    }
    if (only !== undefined) {
        io.info(`changed-only: ${reports.length} of ${matched} matching path(s) changed in this pull request.`);
    }
    if (reports.length === 0) {
        io.notice('No matching files changed in this pull request; nothing to verify.', {
            title: 'dossier-sign',
        });
    }
    const totals = await reportVerify(io, reports, facts, places);
    if (failsStep(totals, settings.failOn)) {
        throw new action_failure/* ActionFailure */.d('verdict', `${totals.blocked} file(s) BLOCKed and ${totals.warned} WARNed (fail-on: ${settings.failOn}); each is annotated and the job summary lists why.`);
    }
}
/**
 * The paths to check, or undefined to check everything: changed-only fails closed. A
 * list the API cannot give, truncates, or that names nothing in this checkout (a
 * checkout into `path:`) makes every matching file checked, and the summary says why.
 */
async function changedSelection(workspace, pullRequest, deps, notes) {
    const everything = (why) => {
        deps.io.warning(`${why}; every matching file was checked.`, { title: 'dossier-sign' });
        notes.push(`${why}; every matching file was checked.`);
        return undefined;
    };
    if (pullRequest === undefined) {
        return everything('`changed-only: true` needs a pull_request event, and this run is not for one');
    }
    let changed;
    try {
        changed = await pullRequest.changedFiles();
    }
    catch (error) {
        return everything(`The pull request's changed files could not be listed (${(0,errors/* messageOf */.b)(error)})`);
    }
    if (changed.truncated) {
        return everything(`The pull request changes ${changed.present.length}+ files, more than the API lists (3,000), so its file list is incomplete`);
    }
    if (changed.present.length > 0 && !(await anyExists(workspace, changed.present))) {
        return everything(`None of the ${changed.present.length} path(s) this pull request adds or modifies exist in the workspace ${workspace}: is the repository checked out elsewhere (actions/checkout with \`path:\`)? Run this step with that folder as the workspace`);
    }
    return changed.paths;
}
/**
 * A pull request that edits a trusted-keys file is said out loud, whatever its size: the
 * base and the checkout's versions are compared directly, not looked up in a file list
 * the API may truncate.
 */
async function flagTrustFileChanges(files, pullRequest, trustFrom, deps, notes) {
    for (const file of files) {
        const [before, after] = await Promise.all([
            pullRequest.baseFile(file.display).catch(() => null),
            WORKSPACE_TRUST_FILES.read(file).catch(() => null),
        ]);
        if (before === null || after === null)
            continue;
        if (before !== undefined && after !== undefined && before.equals(after))
            continue;
        const note = trustFrom === 'base'
            ? `This pull request changes the trusted keys file ${file.display}; this check used the base branch's version, so the change takes effect only after merge. Review that change.`
            : `This pull request changes the trusted keys file ${file.display}, and this check trusts the pull request's version of it (\`trust-from: workspace\`): review that change first.`;
        deps.io.warning(note, { file: file.display, title: 'dossier-sign: trusted keys changed' });
        notes.push(note);
    }
}
async function anyExists(workspace, paths) {
    for (const p of paths) {
        try {
            await (0,promises_.lstat)(external_node_path_default().join(workspace, p));
            return true;
        }
        catch {
            // keep looking
        }
    }
    return false;
}
/**
 * `expected-*` without `provenance-files` would check nothing while looking like a policy.
 * (Belongs with the other input checks in read-settings.ts; here until that file is free.)
 */
function requireBundlesForExpectations(settings) {
    const set = Object.entries(settings.expected).filter(([, value]) => value);
    if (settings.provenancePatterns !== undefined || set.length === 0)
        return;
    const inputs = set.map(([field]) => `\`expected-${field}\``).join(', ');
    throw new input_error/* InputError */.d('invalid', `${inputs} apply to provenance bundles, so they need \`provenance-files\` (the bundles' globs in the workspace); give it, or remove them.`);
}
function relativeTo(workspace, absolute) {
    return external_node_path_default().relative(workspace, absolute).split((external_node_path_default()).sep).join('/');
}
/** ARN entries get key bytes only from KMS itself, and only when the step has AWS access. */
async function pinnedTrust(store, settings, deps, notes) {
    if (store.unpinnedArns.length === 0)
        return store;
    if (!settings.aws) {
        for (const entry of store.unpinnedArns) {
            notes.push(`${entry.source}: the ARN ${entry.arn} has no key bytes and this step has no AWS access, so it trusts nothing. List the key's public key (base64 SPKI, see \`public-key-path\`) instead, or give \`role-to-assume\` and \`kms-key-id\`.`);
        }
        return store;
    }
    // The AWS SDK is a chunk of its own, loaded only here: most verify runs are offline.
    const [{ openKmsSession }, { fetchPublicKey }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(632), __webpack_require__.e(874)]).then(__webpack_require__.bind(__webpack_require__, 1874)),
        Promise.all(/* import() */[__webpack_require__.e(632), __webpack_require__.e(678)]).then(__webpack_require__.bind(__webpack_require__, 3678)),
    ]);
    const session = await openKmsSession(settings.aws, deps, store.unpinnedArns.map((entry) => ({ keyId: entry.arn, use: 'read-public-key' })));
    // Each ARN is asked of KMS in its own region (KMS knows a key only there).
    const clients = new Map([[settings.aws.region, session.kms]]);
    const clientFor = (region) => {
        let client = clients.get(region);
        if (client === undefined) {
            client = session.clientIn(region);
            clients.set(region, client);
        }
        return client;
    };
    try {
        let pinned = store;
        for (const entry of store.unpinnedArns) {
            const region = (0,partitions/* regionOfArn */.b2)(entry.arn);
            const key = await fetchPublicKey(clientFor(region), entry.arn, region);
            pinned = (0,trust_store/* pinArn */.ry)(pinned, entry.arn, key.spkiDer, entry.identifier);
            deps.io.info(`Pinned ${entry.arn} (${entry.identifier}) to the key bytes KMS returned.`);
        }
        return pinned;
    }
    finally {
        for (const client of clients.values())
            client.destroy();
    }
}


/***/ })

};

//# sourceMappingURL=272.index.js.map