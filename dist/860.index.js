export const id = 860;
export const ids = [860];
export const modules = {

/***/ 860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSign: () => (/* binding */ runSign)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/aws/adaptive-limit.ts + 2 modules
var adaptive_limit = __webpack_require__(9358);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-kms/dist-cjs/index.js
var dist_cjs = __webpack_require__(2632);
// EXTERNAL MODULE: ./src/aws/kms-calls.ts
var kms_calls = __webpack_require__(5948);
// EXTERNAL MODULE: ./src/aws/kms-hints.ts
var kms_hints = __webpack_require__(755);
// EXTERNAL MODULE: ./src/keys/algorithms.ts
var algorithms = __webpack_require__(2048);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/aws/signing-key.ts



class KeyCheckError extends errors/* CodedError */.A {
}
/** The spec a bare `aws kms create-key` gives: an AES key that only encrypts. */
const SYMMETRIC_DEFAULT = 'SYMMETRIC_DEFAULT';
/**
 * Refuse, from DescribeKey alone and before GetPublicKey or any Sign call, a key that
 * cannot make the signatures we promise: not SIGN_VERIFY (a symmetric key has no
 * public key to fetch), an unsupported spec, not enabled, or an algorithm it does
 * not list.
 */
function describedKeyFrom(facts, keyInput, requested) {
    const name = `kms-key-id ${keyInput} (${facts.arn})`;
    if (facts.keySpec === SYMMETRIC_DEFAULT) {
        throw new KeyCheckError('key-not-for-signing', `${name} is a symmetric key (key spec SYMMETRIC_DEFAULT, key usage ${facts.keyUsage}), what \`aws kms create-key\` makes by default: it has no public key and cannot sign. Set kms-key-id to an asymmetric SIGN_VERIFY key (aws kms create-key --key-spec ECC_NIST_P256 --key-usage SIGN_VERIFY).`);
    }
    if (facts.keyUsage !== 'SIGN_VERIFY') {
        throw new KeyCheckError('key-not-for-signing', `${name} has key usage ${facts.keyUsage}; signing needs an asymmetric SIGN_VERIFY key (ECC_NIST_P256 recommended).`);
    }
    if (!(0,algorithms/* isKeySpec */.vK)(facts.keySpec)) {
        throw new KeyCheckError('key-spec-unsupported', `${name} has key spec ${facts.keySpec}; supported: ${Object.keys(algorithms/* KEY_SPECS */.ZD).join(', ')}.`);
    }
    if (facts.keyState !== 'Enabled') {
        throw new KeyCheckError('key-not-enabled', `${name} is ${facts.keyState}, not Enabled. Enable the key or point kms-key-id at an enabled key.`);
    }
    const spec = algorithms/* KEY_SPECS */.ZD[facts.keySpec];
    const algorithm = requested ?? spec.defaultAlgorithm;
    if (!spec.algorithms.includes(algorithm) || !facts.signingAlgorithms.includes(algorithm)) {
        const allowed = spec.algorithms.filter((a) => facts.signingAlgorithms.includes(a));
        throw new KeyCheckError('algorithm-not-allowed', `signing-algorithm ${algorithm} is not one that ${name} (${facts.keySpec}) can use; choose one of: ${allowed.join(', ')}.`);
    }
    return { arn: facts.arn, keySpec: facts.keySpec, algorithm, name };
}
/** Refuse a public key that is not the described key's (another key, another curve). */
function signingKeyFrom(described, published) {
    const spkiDer = Buffer.from(published.publicKeyDer);
    const publicKey = (0,external_node_crypto_.createPublicKey)({ key: spkiDer, format: 'der', type: 'spki' });
    if (published.publicKeyArn !== described.arn || (0,algorithms/* keySpecOf */.sg)(publicKey) !== described.keySpec) {
        throw new KeyCheckError('public-key-mismatch', `GetPublicKey for ${described.name} returned a ${(0,algorithms/* keySpecOf */.sg)(publicKey) ?? 'unsupported'} key of ${published.publicKeyArn}, not the ${described.keySpec} key DescribeKey described.`);
    }
    return {
        arn: described.arn,
        keySpec: described.keySpec,
        algorithm: described.algorithm,
        hash: algorithms/* ALGORITHMS */.TM[described.algorithm].hash,
        publicKey,
        spkiDer,
        publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    };
}

;// CONCATENATED MODULE: ./src/aws/kms-signer.ts




/**
 * The KMS side of a run: one key check, then DIGEST-only Sign calls, all through
 * KmsCalls' one retry policy and adaptive concurrency limit.
 */
class KmsSigner {
    keyInput;
    key;
    calls;
    constructor(kms, keyInput, region, options) {
        this.keyInput = keyInput;
        this.calls = new kms_calls/* KmsCalls */.r(kms, keyInput, region, kms_hints/* kmsHint */.b, options);
    }
    /**
     * DescribeKey, then GetPublicKey, once per run. The key is checked on what
     * DescribeKey says before GetPublicKey is asked: a symmetric key has no public key,
     * and its refusal should say so, not "GetPublicKey failed".
     */
    async loadKey(requested) {
        const key = describedKeyFrom(await this.calls.describeKey(), this.keyInput, requested);
        this.key = signingKeyFrom(key, await this.calls.publicKey());
        return this.key;
    }
    // Signing by ARN, not by the alias the user gave, pins every signature of the run
    // to the key whose public key we fetched, even if the alias is moved mid-run.
    /** A key-level or caller-level AWS error (denied, disabled, ...) stops the run; a transient one does not. */
    stopsRun(error) {
        return (0,kms_calls/* stopsRun */.P)(error);
    }
    async sign(digest) {
        const key = this.requireKey();
        const command = new dist_cjs/* SignCommand */.fJE({
            KeyId: key.arn,
            Message: digest,
            MessageType: 'DIGEST',
            SigningAlgorithm: key.algorithm,
        });
        return this.calls.sign(command, key.arn);
    }
    /** Sign with DryRun: proves the Sign permission without making a signature. */
    async checkSignPermission(digest) {
        const key = this.requireKey();
        const command = new dist_cjs/* SignCommand */.fJE({
            KeyId: key.arn,
            Message: digest,
            MessageType: 'DIGEST',
            SigningAlgorithm: key.algorithm,
            DryRun: true,
        });
        return this.calls.dryRunSign(command);
    }
    requireKey() {
        if (!this.key)
            throw new Error('KmsSigner.loadKey must run before signing');
        return this.key;
    }
}

// EXTERNAL MODULE: ./src/files/write-in-workspace.ts
var write_in_workspace = __webpack_require__(2818);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/bounded-pool.ts
var bounded_pool = __webpack_require__(2249);
// EXTERNAL MODULE: ./src/dossier/dossier.ts + 1 modules
var dossier = __webpack_require__(2707);
// EXTERNAL MODULE: ./src/files/atomic-write.ts
var atomic_write = __webpack_require__(4448);
// EXTERNAL MODULE: ./src/files/read-regular-file.ts
var read_regular_file = __webpack_require__(7269);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/dossier/checksum.ts
var dossier_checksum = __webpack_require__(3054);
// EXTERNAL MODULE: ./src/dossier/dossier-error.ts
var dossier_error = __webpack_require__(9235);
// EXTERNAL MODULE: ./src/dossier/key-path.ts
var key_path = __webpack_require__(1531);
// EXTERNAL MODULE: ./src/dossier/payload.ts
var dossier_payload = __webpack_require__(9187);
// EXTERNAL MODULE: ./src/trust/signature-check.ts
var signature_check = __webpack_require__(257);
;// CONCATENATED MODULE: ./src/formats/embedded/embed-error.ts

class EmbedError extends errors/* CodedError */.A {
}

// EXTERNAL MODULE: ./src/dossier/plain-object.ts
var plain_object = __webpack_require__(5597);
// EXTERNAL MODULE: ./src/formats/embedded/embedded-algorithms.ts
var embedded_algorithms = __webpack_require__(1252);
;// CONCATENATED MODULE: ./src/formats/embedded/signing-key.ts


/** Upstream writes KMS signatures as ECDSA-SHA-256 only (formats.md 2). */
const EMBEDDED_ALGORITHM_NAME = 'ECDSA-SHA-256';
function assertEmbeddable(key) {
    if (!embedded_algorithms/* EMBEDDED_ALGORITHMS */.mt.ECDSA_SHA_256.acceptsKey(key.publicKey)) {
        throw new EmbedError('key-unsupported', `embedded signatures are ${EMBEDDED_ALGORITHM_NAME}, which needs ${embedded_algorithms/* EMBEDDED_ALGORITHMS */.mt.ECDSA_SHA_256.keyDescription} (KMS ECC_NIST_P256 or ECC_SECG_P256K1); this key is not one`);
    }
}
/**
 * A trust store holding only the signing key, by its bytes: "does this signature verify
 * under this run's key?" is then `verified`, and a valid one by any other key is not.
 */
function signingKeyTrust(key) {
    return {
        keys: [
            {
                identifier: 'the signing key',
                kind: 'spki',
                publicKey: key.publicKey,
                spkiDer: key.publicKey.export({ type: 'spki', format: 'der' }),
                source: 'the signing key',
            },
        ],
        unpinnedArns: [],
    };
}

// EXTERNAL MODULE: ./src/formats/embedded/verify-embedded.ts + 2 modules
var verify_embedded = __webpack_require__(6182);
;// CONCATENATED MODULE: ./src/formats/embedded/existing-signature.ts






/** Longest key_id quoted in a message. */
const MAX_KEY_ID_SHOWN = 120;
function existingSignature(dossier, key) {
    const check = (0,verify_embedded/* verifyEmbedded */.E)(dossier, signingKeyTrust(key));
    if (check === undefined)
        return { kind: 'none' };
    if (check.status === 'verified') {
        const integrity = (0,dossier_checksum/* checkIntegrity */._)(dossier.checksum, dossier.body).integrity;
        return { kind: (0,signature_check/* coversEverything */.M)(check) && integrity === 'valid' ? 'held' : 'replaceable' };
    }
    if (check.status === 'signed_unknown') {
        return {
            kind: 'another-key',
            message: `carries a valid embedded signature by another key${claimOf(dossier)}`,
        };
    }
    // No public_key and this key does not verify it: it may well be valid under its own key.
    if (check.code === 'no-trusted-key-verifies') {
        return {
            kind: 'another-key',
            message: `carries an embedded signature without public_key that this key does not verify${claimOf(dossier)}`,
        };
    }
    return { kind: 'replaceable' };
}
function claimOf(dossier) {
    const value = dossier.signature?.value;
    const keyId = (0,plain_object/* isPlainObject */.Q)(value) ? value['key_id'] : undefined;
    return typeof keyId === 'string' ? ` (key_id ${(0,key_path/* quoted */.TL)(keyId, MAX_KEY_ID_SHOWN)})` : '';
}

// EXTERNAL MODULE: ./src/dossier/canonical-json.ts
var canonical_json = __webpack_require__(4950);
// EXTERNAL MODULE: ./src/dossier/fences.ts
var fences = __webpack_require__(5171);
// EXTERNAL MODULE: ./src/dossier/frontmatter.ts + 2 modules
var frontmatter = __webpack_require__(6992);
;// CONCATENATED MODULE: ./src/formats/embedded/field-edit.ts
/** The line ending of the text's first line: what inserted lines use, so CRLF files stay CRLF. */
function lineEndingOf(text) {
    const newline = text.indexOf('\n');
    return newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n';
}
/** A short, printable name for messages: `checksum`, `metadata["dossier.signature"]`. */
function fieldName(path) {
    return path.parent === undefined ? path.key : `${path.parent}[${JSON.stringify(path.key)}]`;
}
/** `text` with `start`..`end` replaced by `insert`. */
function splice(text, start, end, insert) {
    return `${text.slice(0, start)}${insert}${text.slice(end)}`;
}

;// CONCATENATED MODULE: ./src/formats/embedded/json-members.ts
const WHITESPACE = new Set([' ', '\t', '\r', '\n']);
const SCALAR_END = new Set([',', '}', ']', ' ', '\t', '\r', '\n']);
/**
 * The members of the object whose `{` is at `open`, read from the text so values can be
 * replaced in place. The text must already be known to be JSON (JSON.parse accepted it);
 * anything else is an error here, never a guess.
 */
function jsonObjectAt(text, open) {
    if (text[open] !== '{')
        throw new SyntaxError(`no JSON object at ${open}`);
    const members = [];
    let at = skipWhitespace(text, open + 1);
    while (text[at] !== '}') {
        if (text[at] !== '"')
            throw new SyntaxError(`expected a key at ${at}`);
        const keyStart = at;
        const keyEnd = stringEnd(text, keyStart);
        const key = JSON.parse(text.slice(keyStart, keyEnd));
        const colon = skipWhitespace(text, keyEnd);
        if (text[colon] !== ':')
            throw new SyntaxError(`expected ":" at ${colon}`);
        const valueStart = skipWhitespace(text, colon + 1);
        const valueEnd = jsonValueEnd(text, valueStart);
        members.push({ key, keyStart, keyEnd, valueStart, valueEnd });
        at = skipWhitespace(text, valueEnd);
        if (text[at] === ',')
            at = skipWhitespace(text, at + 1);
        else if (text[at] !== '}')
            throw new SyntaxError(`expected "," or "}" at ${at}`);
    }
    return { open, close: at, members };
}
/** Index just past the JSON value starting at `start`. */
function jsonValueEnd(text, start) {
    const first = text[start];
    if (first === '"')
        return stringEnd(text, start);
    if (first !== '{' && first !== '[') {
        let at = start;
        while (at < text.length && !SCALAR_END.has(text[at]))
            at++;
        if (at === start)
            throw new SyntaxError(`expected a value at ${start}`);
        return at;
    }
    let depth = 0;
    for (let at = start; at < text.length; at++) {
        const char = text[at];
        if (char === '"')
            at = stringEnd(text, at) - 1;
        else if (char === '{' || char === '[')
            depth++;
        else if ((char === '}' || char === ']') && --depth === 0)
            return at + 1;
    }
    throw new SyntaxError(`unclosed value at ${start}`);
}
/** Index just past the closing quote of the string opening at `start`. */
function stringEnd(text, start) {
    for (let at = start + 1; at < text.length; at++) {
        if (text[at] === '\\')
            at++;
        else if (text[at] === '"')
            return at + 1;
    }
    throw new SyntaxError(`unclosed string at ${start}`);
}
function skipWhitespace(text, from) {
    let at = from;
    while (at < text.length && WHITESPACE.has(text[at]))
        at++;
    return at;
}

;// CONCATENATED MODULE: ./src/formats/embedded/yaml-safe-json.ts
/**
 * Characters JSON.stringify leaves raw that YAML readers refuse or treat specially: js-yaml
 * refuses DEL and C1 controls as non-printable, U+2028/U+2029 are line breaks in YAML 1.1,
 * a BOM and the noncharacters are not allowed in a stream. Every frontmatter is read as
 * YAML (JSON is YAML), so every JSON text this writer puts there escapes them.
 */
const YAML_UNSAFE = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;
/** JSON text that both JSON and YAML readers read back as exactly `value`. */
function yamlSafeJson(value, indent) {
    return escapeYamlUnsafe(JSON.stringify(value, null, indent));
}
/**
 * JSON text (from JSON.stringify or canonical JSON) with the YAML-unsafe characters
 * escaped. Outside strings such text is ASCII, so every match is inside a string, where
 * `\uXXXX` means the same character to JSON, js-yaml 3 and js-yaml 4.
 */
function escapeYamlUnsafe(json) {
    return json.replace(YAML_UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/**
 * A YAML single-quoted scalar holding `text`, as upstream writes spec-layout metadata: no
 * escapes but `''`, so JSON text (backslashes included) reads back byte for byte. `text`
 * must be one line of printable characters (yamlSafeJson output is).
 */
function singleQuoted(text) {
    return `'${text.replaceAll("'", "''")}'`;
}

;// CONCATENATED MODULE: ./src/formats/embedded/json-edit.ts




/** JSON.stringify indents by at most 10 characters; a wider style is written compact. */
const MAX_INDENT_UNIT = 10;
/** What upstream writers put between a key and its value. */
const DEFAULT_SEPARATOR = ': ';
const LEADING_BLANKS = /^[ \t]*/;
/** Is the frontmatter text a JSON object (legacy JSON layout, or JSON after a `---`)? */
function isJsonText(text) {
    return /^\s*\{/.test(text);
}
/**
 * Set one member of a JSON frontmatter in its text: the value's span is replaced, or the
 * member appended to its object, in the file's own indentation (upstream: 2 spaces) and
 * key/value separator. Every other character stays where it was.
 */
function setJsonField(text, edit, eol) {
    try {
        JSON.parse(text);
    }
    catch (error) {
        throw new EmbedError('layout-unsupported', 'frontmatter starts like JSON but is not plain JSON (comments, trailing commas, single quotes?); write it as plain JSON or as YAML', { cause: error });
    }
    try {
        return setMember(text, edit, eol);
    }
    catch (error) {
        // The scanner reads only what JSON.parse accepted; a disagreement refuses, never guesses.
        if (!(error instanceof SyntaxError))
            throw error;
        throw new EmbedError('layout-unsupported', `frontmatter JSON not editable: ${error.message}`, {
            cause: error,
        });
    }
}
function setMember(text, edit, eol) {
    const top = jsonObjectAt(text, text.indexOf('{'));
    const target = edit.path.parent === undefined ? top : childObject(text, top, edit);
    const unit = indentUnit(text, target);
    const member = target.members.find((candidate) => candidate.key === edit.path.key);
    if (member !== undefined) {
        const value = render(edit.value, unit, blanksBefore(text, member.keyStart), eol);
        return splice(text, member.valueStart, member.valueEnd, value);
    }
    const last = target.members.at(-1);
    if (last === undefined) {
        const entry = `${yamlSafeJson(edit.path.key)}${DEFAULT_SEPARATOR}${yamlSafeJson(edit.value)}`;
        return splice(text, target.open + 1, target.open + 1, entry);
    }
    const indent = blanksBefore(text, last.keyStart);
    const gap = indent === undefined ? compactGap(text, target) : `,${eol}${indent}`;
    const entry = `${gap}${yamlSafeJson(edit.path.key)}${separatorOf(text, target)}${render(edit.value, unit, indent, eol)}`;
    return splice(text, last.valueEnd, last.valueEnd, entry);
}
function childObject(text, top, edit) {
    const member = top.members.find((candidate) => candidate.key === edit.path.parent);
    if (member === undefined || text[member.valueStart] !== '{') {
        throw new EmbedError('layout-unsupported', `frontmatter has no "${edit.path.parent}" object to hold ${fieldName(edit.path)}`);
    }
    return jsonObjectAt(text, member.valueStart);
}
/** A value as JSON text: pretty in the object's own unit when its members sit one a line. */
function render(value, unit, indent, eol) {
    if (unit === undefined || indent === undefined)
        return yamlSafeJson(value);
    return yamlSafeJson(value, unit).replaceAll('\n', `${eol}${indent}`);
}
/**
 * One level of indentation: how much deeper the first member sits than the line holding
 * the object's `{`. Undefined (write compact) when members share lines with it.
 */
function indentUnit(text, target) {
    const first = target.members[0];
    if (first === undefined)
        return undefined;
    const memberIndent = blanksBefore(text, first.keyStart);
    const openIndent = LEADING_BLANKS.exec(text.slice(lineStart(text, target.open)))?.[0] ?? '';
    if (memberIndent === undefined || !memberIndent.startsWith(openIndent))
        return undefined;
    const unit = memberIndent.slice(openIndent.length);
    return unit.length > 0 && unit.length <= MAX_INDENT_UNIT ? unit : undefined;
}
/** The blanks before `position` when nothing else precedes it on its line. */
function blanksBefore(text, position) {
    const before = text.slice(lineStart(text, position), position);
    return /^[ \t]*$/.test(before) ? before : undefined;
}
function lineStart(text, position) {
    return text.lastIndexOf('\n', position - 1) + 1;
}
/** The key/value separator the object's first member uses (`": "` upstream). */
function separatorOf(text, target) {
    const first = target.members[0];
    const separator = first === undefined ? '' : text.slice(first.keyEnd, first.valueStart);
    return separator.includes('\n') || separator === '' ? DEFAULT_SEPARATOR : separator;
}
/** Between members on one line: what the last two members have between them, or a comma. */
function compactGap(text, target) {
    const [previous, last] = target.members.slice(-2);
    if (previous === undefined || last === undefined)
        return ',';
    const gap = text.slice(previous.valueEnd, last.keyStart);
    return gap.includes('\n') ? ',' : gap;
}

;// CONCATENATED MODULE: ./src/formats/embedded/yaml-edit.ts



/**
 * Set one field of a block-style YAML frontmatter in its text. An existing value is
 * replaced whole (its inline part and every indented line under it); a missing key is
 * appended to its map. The value is written on one line: a JSON flow value (legacy) or a
 * single-quoted scalar holding JSON text (spec metadata), which every YAML reader reads
 * back exactly. Keys are found by their usual spellings; whatever this misreads, the
 * caller's read-back of the edited file catches.
 */
function setYamlField(text, edit, eol) {
    const lines = linesOf(text);
    const value = typeof edit.value === 'string' ? singleQuoted(edit.value) : yamlSafeJson(edit.value);
    // YAML lets the top-level map sit indented; its first entry says how far.
    const firstEntry = lines.find(isContent);
    const topIndent = firstEntry?.indent ?? 0;
    const parentKey = edit.path.parent;
    if (parentKey === undefined) {
        const found = findKey(lines, 0, lines.length - 1, topIndent, edit.path.key);
        if (found !== undefined)
            return replaceValue(text, lines, found, topIndent, value);
        const indent = firstEntry?.text.slice(0, topIndent) ?? '';
        const separator = text === '' || text.endsWith('\n') ? '' : eol;
        return `${text}${separator}${indent}${edit.path.key}: ${value}${eol}`;
    }
    const parent = findKey(lines, 0, lines.length - 1, topIndent, parentKey);
    if (parent === undefined || !blockValue(text, lines, parent)) {
        throw new EmbedError('layout-unsupported', `frontmatter has no block map "${parentKey}:" (an indented map, not {...}) to hold ${fieldName(edit.path)}`);
    }
    const parentEnd = entryEnd(lines, parent.index, topIndent);
    const firstChild = lines.slice(parent.index + 1, parentEnd + 1).find(isContent);
    if (firstChild === undefined || firstChild.indent <= topIndent) {
        throw new EmbedError('layout-unsupported', `frontmatter "${parentKey}:" is not an indented map`);
    }
    const found = findKey(lines, parent.index + 1, parentEnd, firstChild.indent, edit.path.key);
    if (found !== undefined)
        return replaceValue(text, lines, found, firstChild.indent, value);
    const at = lines[parentEnd].end;
    const indent = firstChild.text.slice(0, firstChild.indent);
    return splice(text, at, at, `${eol}${indent}${edit.path.key}: ${value}`);
}
function replaceValue(text, lines, found, indent, value) {
    const last = lines[entryEnd(lines, found.index, indent)];
    return splice(text, found.valueStart, last.end, ` ${value}`);
}
/**
 * The last line of the entry whose key is on line `at`: the lines indented deeper (and
 * `- ` items at its own indentation, YAML's compact lists). Blank lines and comments no
 * deeper than the key belong to it only when more of its lines follow.
 */
function entryEnd(lines, at, indent) {
    let last = at;
    for (let index = at + 1; index < lines.length; index++) {
        const line = lines[index];
        if (!isContent(line)) {
            if (isBlank(line) || line.indent <= indent)
                continue;
            last = index;
        }
        else if (line.indent > indent || (line.indent === indent && isListItem(line))) {
            last = index;
        }
        else
            break;
    }
    return last;
}
/** A key at exactly `indent`, plain or quoted, in lines `from`..`to`. */
function findKey(lines, from, to, indent, key) {
    const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`^(?:${escaped}|"${escaped}"|'${escaped}')[ \\t]*:(?=[ \\t]|$)`);
    for (let index = from; index <= to; index++) {
        const line = lines[index];
        if (line.indent !== indent)
            continue;
        const match = pattern.exec(line.text.slice(indent));
        if (match)
            return { index, valueStart: line.start + indent + match[0].length };
    }
    return undefined;
}
/** Nothing but a comment after the key's colon: its value is the indented block below. */
function blockValue(text, lines, key) {
    const rest = text.slice(key.valueStart, lines[key.index].end).trim();
    return rest === '' || rest.startsWith('#');
}
function linesOf(text) {
    const lines = [];
    let start = 0;
    while (start < text.length) {
        const newline = text.indexOf('\n', start);
        const next = newline < 0 ? text.length : newline + 1;
        let end = newline < 0 ? text.length : newline;
        if (end > start && text[end - 1] === '\r')
            end -= 1;
        const line = text.slice(start, end);
        lines.push({
            start,
            end,
            indent: /^[ \t]*/.exec(line)[0].length,
            text: line,
        });
        start = next;
    }
    return lines;
}
function isBlank(line) {
    return line.indent === line.text.length;
}
/** Neither blank nor a comment line. */
function isContent(line) {
    return !isBlank(line) && line.text[line.indent] !== '#';
}
function isListItem(line) {
    return /^-(?:[ \t]|$)/.test(line.text.slice(line.indent));
}

;// CONCATENATED MODULE: ./src/formats/embedded/frontmatter-edit.ts







/** Where each layout keeps the fields: legacy at top level, spec as `metadata` strings. */
const FIELD_PATHS = {
    legacy: { checksum: { key: 'checksum' }, signature: { key: 'signature' } },
    spec: {
        checksum: { parent: 'metadata', key: 'dossier.checksum' },
        signature: { parent: 'metadata', key: 'dossier.signature' },
    },
};
/**
 * The dossier with one field set in its frontmatter text: the opening line, the closing
 * fence and the body are copied byte for byte, and so is every frontmatter character
 * outside the field's value (formats.md 2: insert or replace, never re-serialise).
 */
function withField(bytes, layout, field, value) {
    const parts = (0,fences/* splitDossier */.s)(bytes);
    // The frontmatter starts right after the opening line (fences.ts cuts it the same way).
    const start = bytes.indexOf(0x0a) + 1;
    const end = start + parts.frontmatter.length;
    const text = (0,frontmatter/* frontmatterText */.GJ)(parts.frontmatter);
    const edit = fieldEdit(layout, field, value);
    const eol = lineEndingOf(text);
    const edited = isJsonText(text) ? setJsonField(text, edit, eol) : setYamlField(text, edit, eol);
    return Buffer.concat([bytes.subarray(0, start), Buffer.from(edited, 'utf8'), bytes.subarray(end)]);
}
function fieldEdit(layout, field, value) {
    if (layout !== 'spec')
        return { path: FIELD_PATHS.legacy[field], value };
    // Spec metadata values are JSON text; upstream writes them with sorted keys, no spaces.
    return { path: FIELD_PATHS.spec[field], value: escapeYamlUnsafe((0,canonical_json/* canonical */.$N)(value)) };
}

;// CONCATENATED MODULE: ./src/formats/embedded/read-back.ts




/**
 * Parse edited dossier bytes as upstream reads them and prove the edit did only what it
 * meant to: same layout, same body, the written fields read back as written, and every
 * other frontmatter value unchanged. A text edit that misjudged the YAML is caught here,
 * before anything is signed or returned.
 */
function readBack(bytes, before, written) {
    let after;
    try {
        after = (0,dossier/* parseDossier */.D)(bytes);
    }
    catch (error) {
        throw misread(`no longer reads as a dossier (${(0,errors/* messageOf */.b)(error)})`, error);
    }
    if (after.layout !== before.layout) {
        throw misread(`reads as the ${after.layout} layout, not ${before.layout}`);
    }
    if (!after.body.equals(before.body))
        throw misread('has a different body');
    if (!(0,external_node_util_.isDeepStrictEqual)(untouched(after), untouched(before))) {
        throw misread('reads other values than before the edit');
    }
    if (!(0,external_node_util_.isDeepStrictEqual)(after.checksum, written.checksum)) {
        throw misread('does not read the checksum as written');
    }
    if (written.signature && !(0,external_node_util_.isDeepStrictEqual)(after.signature?.value, written.signature)) {
        throw misread('does not read the signature as written');
    }
    return after;
}
/** The frontmatter without the two fields the writer sets. */
function untouched(dossier) {
    const rest = { ...dossier.frontmatter };
    if (dossier.layout !== 'spec') {
        delete rest['checksum'];
        delete rest['signature'];
        return rest;
    }
    const metadata = { ...rest['metadata'] };
    delete metadata['dossier.checksum'];
    delete metadata['dossier.signature'];
    return { ...rest, metadata };
}
function misread(problem, cause) {
    return new EmbedError('edit-misread', `with the signature fields written in place, the frontmatter ${problem}; the file is written in a way this writer cannot edit safely, so nothing was signed`, { cause });
}

;// CONCATENATED MODULE: ./src/formats/embedded/write-embedded.ts















/** The scheme each layout is signed with: never v1, which leaves the frontmatter open. */
const SCHEME_COVERS = {
    legacy: { scheme: 'v2', covers: 'frontmatter+body' },
    spec: { scheme: 'v3', covers: 'spec-frontmatter+body' },
};
/** Where the signature goes, until there is one. */
const PENDING = {};
/** Uncovered keys named in a refusal; one is enough to act on, a few save a round trip. */
const MAX_UNCOVERED_NAMED = 3;
/**
 * Write an upstream-native embedded signature (v2 legacy, v3 spec) into a dossier, in
 * place: the checksum is set first (it is inside the payload), the payload is built from
 * the edited frontmatter as upstream reads it, SHA-256(payload) is signed, and the
 * signature object is written beside it. Only those two fields' text changes. The result
 * is re-parsed and verified under the key before it is returned; signer errors propagate
 * unchanged (the caller's stop rule reads them).
 */
async function embedSignature(bytes, options) {
    assertEmbeddable(options.key);
    const original = parsed(bytes);
    const existing = existingSignature(original, options.key);
    if (existing.kind === 'held')
        return { status: 'skipped' };
    if (existing.kind === 'another-key' && !options.replace) {
        throw new EmbedError('signed-by-another-key', `${existing.message}; it is left as it is (replace it only on purpose, with \`replace-embedded-signatures: true\`)`);
    }
    const layout = original.layout === 'spec' ? 'spec' : 'legacy';
    const { scheme, covers } = SCHEME_COVERS[layout];
    const checksum = (0,dossier_checksum/* checksumOf */.l)(original.body);
    const withChecksum = (0,external_node_util_.isDeepStrictEqual)(original.checksum, checksum)
        ? bytes
        : withField(bytes, original.layout, 'checksum', checksum);
    // The old signature's text goes before signing: the payload leaves it out anyway, but a
    // value in it that YAML 1.1 and 1.2 read apart would refuse the whole frontmatter.
    const prepared = withField(withChecksum, original.layout, 'signature', PENDING);
    const payload = payloadOf(readBack(prepared, original, { checksum, signature: PENDING }), scheme);
    const der = await options.signer.sign((0,external_node_crypto_.createHash)('sha256').update(payload).digest());
    const signature = {
        algorithm: EMBEDDED_ALGORITHM_NAME,
        signature: der.toString('base64'),
        public_key: options.key.spkiDer.toString('base64'),
        key_id: options.key.arn,
        signed_at: options.signedAt,
        signed_by: options.signedBy,
        covers,
    };
    const signed = withField(prepared, original.layout, 'signature', signature);
    assertVerifies(readBack(signed, original, { checksum, signature }), options.key, covers);
    return { status: 'signed', bytes: signed };
}
/** Would embedSignature skip these bytes (a full-coverage signature by this key)? For dry runs. */
function holdsEmbeddedSignature(bytes, key) {
    try {
        return existingSignature((0,dossier/* parseDossier */.D)(bytes), key).kind === 'held';
    }
    catch {
        return false;
    }
}
function parsed(bytes) {
    try {
        return (0,dossier/* parseDossier */.D)(bytes);
    }
    catch (error) {
        if (!(error instanceof dossier_error/* DossierError */.c))
            throw error;
        const code = error.code === 'not-a-dossier' ? 'not-a-dossier' : 'dossier-unreadable';
        throw new EmbedError(code, error.message, { cause: error });
    }
}
/** The v2/v3 payload, refused where a covered value could be read as something else. */
function payloadOf(dossier, scheme) {
    let payload;
    try {
        payload = (0,dossier_payload/* signedPayloadWithGaps */.oR)(dossier, scheme);
    }
    catch (error) {
        if (error instanceof dossier_payload/* PayloadError */.tG && error.code === 'yaml-readings-disagree') {
            throw new EmbedError('yaml-readings-disagree', error.message, { cause: error });
        }
        if (error instanceof dossier_payload/* PayloadError */.tG || error instanceof dossier_error/* DossierError */.c) {
            throw new EmbedError('frontmatter-not-signable', error.message, { cause: error });
        }
        throw error;
    }
    const [first, ...others] = payload.uncovered;
    if (first !== undefined) {
        // Upstream's canonical JSON writes a Date as {} (formats.md 2.2): such a value could
        // change under the signature, so the writer never signs one.
        const more = others.length > 0 ? ` (also: ${others.slice(0, MAX_UNCOVERED_NAMED - 1).join(', ')})` : '';
        throw new EmbedError('uncovered-value', `${(0,key_path/* keyPathPhrase */.c)(first)}${more} holds a value canonical JSON does not pin down (an unquoted date, NaN or infinity), so a signature would not cover it; quote it and sign again`);
    }
    return payload.bytes;
}
/** The written file, read as a verifier reads it, must verify under this key in full. */
function assertVerifies(dossier, key, covers) {
    const check = (0,verify_embedded/* verifyEmbedded */.E)(dossier, signingKeyTrust(key));
    const integrity = (0,dossier_checksum/* checkIntegrity */._)(dossier.checksum, dossier.body);
    if (check?.status === 'verified' &&
        check.coverage === covers &&
        (0,signature_check/* coversEverything */.M)(check) &&
        integrity.integrity === 'valid') {
        return;
    }
    const why = check?.status === 'verified' ? integrity.message : (check?.message ?? 'no signature');
    throw new EmbedError('verify-failed', `the signature written does not verify under the signing key (${why}); nothing was written`);
}

;// CONCATENATED MODULE: ./src/sign/embed-files.ts








class EmbedRunError extends errors/* CodedError */.A {
}
/**
 * Write the upstream embedded signature (v2/v3) into each dossier, in place and
 * atomically. Runs before the detached formats, so they cover the file after it.
 */
async function embedFiles(options) {
    let stop;
    let realWorkspace;
    return (0,bounded_pool/* mapBounded */.y)(options.files, options.concurrency, async (file) => {
        const result = await embedOne(file, options, () => stop, () => (realWorkspace ??= (0,promises_.realpath)(options.workspace))).catch((error) => {
            if (options.signer.stopsRun(error))
                stop ??= error;
            const code = error instanceof errors/* CodedError */.A ? String(error.code) : 'unexpected';
            return {
                file,
                format: 'embedded',
                signatureFile: file,
                status: 'failed',
                error: { code, message: `${file}: ${(0,errors/* messageOf */.b)(error)}` },
            };
        });
        options.onResult?.(result);
        return result;
    });
}
async function embedOne(file, options, stopped, realWorkspace) {
    const absolute = external_node_path_default().join(options.workspace, file);
    const bytes = await (0,read_regular_file/* readFileNoFollow */.tk)(absolute, dossier/* MAX_DOSSIER_BYTES */.B, {
        realPath: external_node_path_default().join(await realWorkspace(), file),
    });
    if (bytes === undefined)
        throw new EmbedRunError('write-failed', 'no longer exists');
    const row = (status) => ({
        file,
        format: 'embedded',
        signatureFile: file,
        status,
    });
    if (options.dryRun)
        return row(holdsEmbeddedSignature(bytes, options.key) ? 'skipped' : 'would-sign');
    const reason = stopped();
    if (reason) {
        throw new EmbedRunError('aborted', `not signed: the run stopped after an earlier error (${reason.message})`);
    }
    const result = await embedSignature(bytes, {
        signer: options.signer,
        key: options.key,
        signedAt: options.signedAt,
        signedBy: options.signedBy,
        replace: options.replace,
    });
    if (result.status === 'skipped')
        return row('skipped');
    try {
        await (0,atomic_write/* writeFileAtomic */.Zf)(absolute, result.bytes, { within: await realWorkspace() });
    }
    catch (error) {
        throw new EmbedRunError('write-failed', `cannot write the signed dossier: ${(0,errors/* messageOf */.b)(error)}`, {
            cause: error,
        });
    }
    return row('signed');
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/files/file-digest.ts




const CHUNK_BYTES = 1 << 20;
/**
 * Files up to this size are read with blocking calls. Each asynchronous file call is a
 * round trip through libuv's thread pool (wake a worker, wake the loop), and hashing a
 * dossier took five of them (open, fstat, two reads, close): measured here about 0.2 ms
 * of CPU per file against 0.03 ms for the same calls made directly, about 7% of the
 * action's CPU per signed file. A blocking read of 256 KiB from the page cache holds the
 * loop for tens of microseconds; larger files keep the overlapped asynchronous reads.
 */
const BLOCKING_READ_MAX_BYTES = 256 * 1024;
const readAsync = (0,external_node_util_.promisify)(external_node_fs_.read);
/**
 * Hash a file in one pass: constant memory for any size (two chunks in hand), and every
 * sink sees exactly the bytes that were hashed. The file is read to its end, whatever
 * its size was when it was opened.
 */
async function digestFile(file, hashes, sinks = [], options = {}) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file, read_regular_file/* NO_FOLLOW_READ */.JD);
    }
    catch (error) {
        throw new read_regular_file/* ReadError */.F_('unreadable', `cannot be opened: ${error.message}`, {
            cause: error,
        });
    }
    try {
        if (options.realPath !== undefined)
            (0,read_regular_file/* assertOpenedAt */.Zr)(fd, file, options.realPath);
        const stat = (0,external_node_fs_.fstatSync)(fd);
        if (!stat.isFile())
            throw new read_regular_file/* ReadError */.F_('not-regular-file', 'is not a regular file');
        const hashers = hashes.map((h) => (0,external_node_crypto_.createHash)(h));
        for (const s of sinks)
            s.begin?.(stat.size);
        const consume = (chunk) => {
            for (const h of hashers)
                h.update(chunk);
            for (const s of sinks)
                s.update(chunk);
        };
        const size = stat.size <= BLOCKING_READ_MAX_BYTES
            ? readBlocking(fd, stat.size, consume)
            : await readOverlapped(fd, stat.size, consume);
        return { digests: hashers.map((h) => h.digest()), size };
    }
    catch (error) {
        if (error instanceof read_regular_file/* ReadError */.F_)
            throw error;
        throw new read_regular_file/* ReadError */.F_('unreadable', `cannot be read: ${error.message}`, {
            cause: error,
        });
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** A small file: one buffer a byte past its size, so a file that grew is still read to its end. */
function readBlocking(fd, statSize, consume) {
    const buffer = Buffer.allocUnsafe(statSize + 1);
    let size = 0;
    for (;;) {
        const bytesRead = (0,external_node_fs_.readSync)(fd, buffer, 0, buffer.length, null);
        if (bytesRead === 0)
            return size;
        consume(buffer.subarray(0, bytesRead));
        size += bytesRead;
    }
}
/**
 * A large file: read ahead into two buffers used in turn, so the next chunk is read (on
 * libuv's threads) while this one is hashed. Reusing them, rather than a new buffer per
 * chunk, saves about 0.3 s of system time per GiB (page faults on fresh memory).
 */
async function readOverlapped(fd, statSize, consume) {
    const bytes = Math.min(CHUNK_BYTES, statSize + 1);
    const buffers = [Buffer.allocUnsafeSlow(bytes), Buffer.allocUnsafeSlow(bytes)];
    let turn = 0;
    const readChunk = () => {
        turn ^= 1;
        const buffer = buffers[turn];
        return readAsync(fd, buffer, 0, bytes, null).then(({ bytesRead }) => buffer.subarray(0, bytesRead));
    };
    let next = readChunk();
    let size = 0;
    try {
        for (;;) {
            const chunk = await next;
            if (chunk.length === 0)
                return size;
            next = readChunk();
            consume(chunk);
            size += chunk.length;
        }
    }
    catch (error) {
        // No read may still be running when the caller closes the descriptor: its number
        // could by then name another file.
        await next.catch(() => undefined);
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/files/write-batch.ts

/**
 * Many atomic writes made as one batch (a sign run's signature files): each folder's
 * real path is checked once, not once per file, and each file's data is flushed with
 * fdatasync before its rename while the folders are fsynced once at the end, instead
 * of a full fsync per file.
 *
 * What that keeps: a run killed at any moment (SIGKILL, a cancelled job) never leaves a
 * torn file, because each file appears by an atomic rename of a complete temp file;
 * and after a machine crash a signature file holds its old content or the whole new
 * one, never an empty one, because its data was on disk before its name changed. What
 * the end-of-run folder sync adds: the new names themselves survive a crash.
 */
class WriteBatch {
    folders = new Map();
    /** The real path a folder was checked to have, if it was. */
    checked(folder) {
        return this.folders.get(folder);
    }
    remember(folder, realFolder) {
        this.folders.set(folder, realFolder);
    }
    /** fsync every folder written to, so the new names are on disk. */
    async sync() {
        for (const folder of new Set(this.folders.values())) {
            let handle;
            try {
                handle = await (0,promises_.open)(folder, 'r');
            }
            catch {
                continue; // Windows cannot open a folder; its renames are journaled by NTFS itself.
            }
            try {
                await handle.sync();
            }
            finally {
                await handle.close();
            }
        }
    }
}

// EXTERNAL MODULE: ./src/keys/file-signature-check.ts + 2 modules
var file_signature_check = __webpack_require__(670);
// EXTERNAL MODULE: ./src/formats/registry.ts + 7 modules
var registry = __webpack_require__(4773);
;// CONCATENATED MODULE: ./src/formats/writing.ts


class SignatureFileError extends errors/* CodedError */.A {
}
/**
 * The current signature file's bytes; undefined when absent, too large or unreadable (a
 * good one replaces it). A symlink, a folder or a FIFO there is refused, never followed
 * or replaced: whoever put it there must look.
 */
async function readExistingSignatureFile(absolute, relative, maxBytes) {
    try {
        return await (0,read_regular_file/* readFileNoFollow */.tk)(absolute, maxBytes);
    }
    catch (error) {
        if (error instanceof read_regular_file/* ReadError */.F_ &&
            (error.code === 'symlink' || error.code === 'not-regular-file')) {
            throw new SignatureFileError('signature-path-unusable', `${relative} exists and is not a regular file (a symlink, a directory or a FIFO); remove it so the signature can be written.`);
        }
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/sign/sign-files.ts














class SignFileError extends errors/* CodedError */.A {
}
/**
 * Write every requested detached signature beside each file. One pass over the bytes
 * feeds every hash and every check; `.sig` and `.sigstore.json` share one Sign call (both
 * are the key's signature over the file's digest); a signature that already holds for
 * the file's current bytes under this key is kept without a call. An error about the key
 * or the caller (denied, disabled, ...) stops new Sign calls: the files not reached are
 * reported as not signed instead of hammering KMS.
 */
async function signFiles(options) {
    let stop;
    let realWorkspace;
    const run = {
        stopped: () => stop,
        stop: (error, signer) => {
            if (isRunStopping(error, signer))
                stop ??= error;
        },
        realWorkspace: () => (realWorkspace ??= (0,promises_.realpath)(options.workspace)),
        writes: new WriteBatch(),
    };
    const perFile = await (0,bounded_pool/* mapBounded */.y)(options.files, options.concurrency, async (file) => {
        const results = await signOne(file, options, run).catch((error) => {
            run.stop(error, options.signer);
            return options.formats.map((format) => failed(file, format, error));
        });
        for (const result of results)
            options.onResult?.(result);
        return results;
    });
    await run.writes.sync();
    return perFile.flat();
}
/** Enough of a file's start to recognise a v2/v3 payload tag and its newline. */
const PAYLOAD_HEAD_BYTES = 'dossier-signature-v2\n'.length;
/** The detached kinds signed by one signature over the file's digest. */
const DIGEST_SIGNED = ['sig', 'sigstore'];
async function signOne(file, options, run) {
    const { key, formats } = options;
    const absolute = external_node_path_default().join(options.workspace, file);
    // One lstat per signature file answers both "can its name exist?" and "is one there
    // to read?": most runs sign new files, and then nothing is opened.
    const present = [];
    for (const kind of formats) {
        if (signatureFileIsThere(`${absolute}${registry/* DETACHED_FORMATS */.aw[kind].suffix}`, file)) {
            present.push(kind);
        }
    }
    const keys = { digest: key, message: messageKeyOf(options.minisign) };
    const existing = new Map();
    for (const kind of present) {
        const { suffix, writer } = registry/* DETACHED_FORMATS */.aw[kind];
        const content = await readExistingSignatureFile(`${absolute}${suffix}`, `${file}${suffix}`, writer.maxBytes);
        const found = content === undefined ? undefined : writer.existing(content, keys);
        if (found)
            existing.set(kind, found);
    }
    // One pass over the bytes feeds the hashes, the checks of what exists and the check of
    // the new signature, so the bytes we check, sign and verify are the same bytes.
    const needsDigestSignature = formats.some((kind) => DIGEST_SIGNED.includes(kind));
    const fresh = needsDigestSignature
        ? new file_signature_check/* FileSignatureCheck */.d(key.algorithm, key.publicKey)
        : undefined;
    const head = new HeadSink(PAYLOAD_HEAD_BYTES);
    const blake2b = formats.includes('minisig') ? (0,external_node_crypto_.createHash)('blake2b512') : undefined;
    const sinks = [head, ...(fresh ? [fresh] : []), ...(blake2b ? [blake2b] : [])];
    for (const found of existing.values())
        sinks.push(found);
    const hashes = key.hash === 'sha256' ? ['sha256'] : ['sha256', key.hash];
    const { digests } = await digestFile(absolute, hashes, sinks, {
        realPath: external_node_path_default().join(await run.realWorkspace(), file),
    });
    if ((0,dossier_payload/* isTaggedPayload */.tg)(head.bytes())) {
        // A whole-file signature over these bytes would also be an embedded v2/v3 signature
        // of some dossier; verify mode refuses such a .sig, so none is made.
        throw new SignFileError('embedded-payload-as-file', `${file} starts like a signed payload of another protocol (an embedded v2/v3 payload "dossier-signature-v2/v3", or a DSSE "DSSEv1 " encoding), so a signature over it could stand for a dossier's or an attestation's; it is not signed. Rename or re-create the file.`);
    }
    const facts = {
        file,
        sha256: digests[0].toString('hex'),
        digest: digests[digests.length - 1],
        blake2b512: blake2b?.digest(),
    };
    const needed = [];
    for (const kind of formats)
        if (!(await existing.get(kind)?.holds(facts)))
            needed.push(kind);
    const row = (format, status) => ({
        file,
        format,
        signatureFile: `${file}${registry/* DETACHED_FORMATS */.aw[format].suffix}`,
        sha256: facts.sha256,
        status,
    });
    const results = new Map(formats.filter((kind) => !needed.includes(kind)).map((kind) => [kind, row(kind, 'skipped')]));
    if (options.dryRun) {
        for (const kind of needed)
            results.set(kind, row(kind, 'would-sign'));
        return formats.map((kind) => results.get(kind));
    }
    const digestKinds = needed.filter((kind) => DIGEST_SIGNED.includes(kind));
    if (digestKinds.length > 0) {
        const outcome = await attempt(run, options.signer, async () => {
            assertNotStopped(run);
            const signature = await options.signer.sign(facts.digest);
            // Never write what we have not checked: a signature that fails here means KMS
            // signed with another key or other bytes, and the whole run is suspect.
            if (!(await fresh?.verify(signature, facts.digest))) {
                throw new SignFileError('signature-mismatch', `KMS returned a signature that does not verify under the key's public key; nothing was written for ${file}.`);
            }
            return signature;
        });
        for (const kind of digestKinds) {
            results.set(kind, outcome.ok
                ? await writeSignature(kind, absolute, facts, run, () => digestWriterOf(kind)(outcome.value, facts, key))
                : failed(file, kind, outcome.error, facts.sha256));
        }
    }
    if (needed.includes('minisig')) {
        const messageKey = keys.message;
        const write = registry/* DETACHED_FORMATS */.aw.minisig.writer.fromMessageKey;
        const outcome = await attempt(run, options.minisign?.signer ?? options.signer, async () => {
            if (messageKey === undefined || write === undefined) {
                throw new Error('minisig needs `minisign-kms-key-id`');
            }
            assertNotStopped(run);
            return write(facts, messageKey);
        });
        results.set('minisig', outcome.ok
            ? await writeSignature('minisig', absolute, facts, run, async () => outcome.value)
            : failed(file, 'minisig', outcome.error, facts.sha256));
    }
    return formats.map((kind) => results.get(kind));
}
function messageKeyOf(minisign) {
    if (minisign === undefined)
        return undefined;
    return {
        keyId: minisign.keyId,
        publicKey: minisign.publicKey,
        signMessage: (message) => minisign.signer.signMessage(message),
        trustedComment: (file) => minisign.trustedComment(file),
    };
}
function digestWriterOf(kind) {
    const write = registry/* DETACHED_FORMATS */.aw[kind].writer.fromDigestSignature;
    if (write === undefined)
        throw new Error(`${kind} is not signed over a digest`);
    return write;
}
/** Run one signing step; a failure is recorded (and may stop the run), not thrown. */
async function attempt(run, signer, step) {
    try {
        return { ok: true, value: await step() };
    }
    catch (error) {
        run.stop(error, signer);
        return { ok: false, error };
    }
}
function assertNotStopped(run) {
    const reason = run.stopped();
    if (reason) {
        throw new SignFileError('aborted', `not signed: the run stopped after an earlier error (${reason.message})`);
    }
}
async function writeSignature(kind, absolute, facts, run, content) {
    const signatureFile = `${facts.file}${registry/* DETACHED_FORMATS */.aw[kind].suffix}`;
    try {
        const bytes = await content();
        try {
            await (0,atomic_write/* writeFileAtomic */.Zf)(`${absolute}${registry/* DETACHED_FORMATS */.aw[kind].suffix}`, bytes, {
                within: await run.realWorkspace(),
                batch: run.writes,
            });
        }
        catch (error) {
            throw new SignFileError('write-failed', `cannot write ${signatureFile}: ${(0,errors/* messageOf */.b)(error)}`, { cause: error });
        }
        return { file: facts.file, format: kind, signatureFile, sha256: facts.sha256, status: 'signed' };
    }
    catch (error) {
        return failed(facts.file, kind, error, facts.sha256);
    }
}
/** Keeps the first bytes that stream by. */
class HeadSink {
    limit;
    parts = [];
    kept = 0;
    constructor(limit) {
        this.limit = limit;
    }
    update(chunk) {
        if (this.kept >= this.limit)
            return;
        const part = chunk.subarray(0, this.limit - this.kept);
        this.parts.push(Buffer.from(part));
        this.kept += part.length;
    }
    bytes() {
        return Buffer.concat(this.parts);
    }
}
/**
 * Whether something is at a signature file's path (anything but "nothing": the read
 * that follows refuses what is not a regular file). A dossier whose name is near the
 * file system's limit (255 bytes on Linux) leaves no room for its signature file: ask
 * the file system, which knows its own limit, before any KMS call is spent on a
 * signature that could never be written. A direct call, like the signature file's write
 * (see writeFileAtomic): a pooled lstat costs more CPU in wake-ups than the lstat itself.
 */
function signatureFileIsThere(absolute, file) {
    try {
        // "nothing there" answers without building an error (most runs sign new files)
        return (0,external_node_fs_.lstatSync)(absolute, { throwIfNoEntry: false }) !== undefined;
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return false;
        if (code !== 'ENAMETOOLONG')
            return true;
        const bytes = Buffer.byteLength(external_node_path_default().basename(absolute));
        throw new SignFileError('signature-name-too-long', `${file} cannot be signed: its signature file would need a ${bytes}-byte name, longer than the file system allows for one name, so it cannot exist beside it; shorten the file's name.`, { cause: error });
    }
}
/** The signer's own rule, and ours: a signature that does not verify makes the run suspect. */
function isRunStopping(error, signer) {
    if (error instanceof SignFileError)
        return error.code === 'signature-mismatch';
    return signer.stopsRun(error);
}
function failed(file, format, error, sha256) {
    const code = error instanceof errors/* CodedError */.A ? String(error.code) : 'unexpected';
    const message = error instanceof read_regular_file/* ReadError */.F_ ? `${file} ${error.message}` : (0,errors/* messageOf */.b)(error);
    return {
        file,
        format,
        signatureFile: `${file}${registry/* DETACHED_FORMATS */.aw[format].suffix}`,
        ...(sha256 === undefined ? {} : { sha256 }),
        status: 'failed',
        error: { code, message },
    };
}

// EXTERNAL MODULE: ./src/action/action-failure.ts
var action_failure = __webpack_require__(597);
// EXTERNAL MODULE: ./src/action/aws-session.ts + 4 modules
var aws_session = __webpack_require__(1874);
// EXTERNAL MODULE: ./src/action/file-links.ts
var file_links = __webpack_require__(4578);
// EXTERNAL MODULE: ./src/files/workspace-files.ts
var workspace_files = __webpack_require__(9747);
// EXTERNAL MODULE: ./src/files/shard.ts
var files_shard = __webpack_require__(491);
;// CONCATENATED MODULE: ./src/action/match-files.ts




/**
 * Resolve sign mode's `files` globs and apply the guards that come before any AWS call:
 * nothing matched is a failure (a typo must not look like success: verify mode, which
 * must pass in a repository with no dossiers yet, says so in a notice instead), and more
 * than `max-files` is refused outright (a runaway glob must not sign the world).
 *
 * With `shard: I/N` only the slice I of what matched is kept, refused paths too, so each
 * one is reported by exactly one shard; `max-files` counts the slice. An empty slice is
 * no failure when the globs matched files elsewhere: small trees leave some shards idle.
 */
async function matchFiles(workspace, patterns, maxFiles, io, shard = { index: 1, count: 1 }) {
    const found = await (0,workspace_files/* findWorkspaceFiles */._)(workspace, patterns, registry/* SIGNATURE_SUFFIXES */.tX);
    const matched = found.files.length + found.refused.filter((r) => r.severity === 'error').length;
    const files = found.files.filter((f) => (0,files_shard/* inShard */.Iw)(f, shard));
    const refused = found.refused.filter((r) => (0,files_shard/* inShard */.Iw)(r.file, shard));
    for (const r of refused.filter((r) => r.severity === 'warning'))
        io.warning(r.message, { file: r.file });
    const errors = refused.filter((r) => r.severity === 'error');
    if (matched === 0) {
        const tried = [...patterns.include, ...patterns.exclude.map((p) => `!${p}`)].join(', ');
        throw new action_failure/* ActionFailure */.d('no-files', `No files matched the \`files\` patterns (${tried}) in ${workspace}. Check the globs (relative to the workspace) and that actions/checkout ran before this step.`);
    }
    if (files.length === 0 && errors.length === 0) {
        io.notice(`shard ${(0,files_shard/* describeShard */.y0)(shard)}: none of the ${matched} matched files fall in this slice; nothing to sign here, and no AWS call was made.`, { title: 'dossier-sign: empty shard' });
    }
    if (files.length + errors.length > maxFiles) {
        const where = shard.count > 1 ? ` in shard ${(0,files_shard/* describeShard */.y0)(shard)}` : '';
        throw new action_failure/* ActionFailure */.d('too-many-files', `${files.length + errors.length} files matched${where}, more than \`max-files\` (${maxFiles}); nothing was signed. Narrow the \`files\` globs or raise \`max-files\` if this many is intended.`);
    }
    return { files, refused: errors, matched };
}

;// CONCATENATED MODULE: ./src/aws/minisign-key-check.ts


const MINISIGN_KEY_INPUT = 'minisign-kms-key-id';
const MINISIGN_KEY_SPEC = 'ECC_NIST_EDWARDS25519';
/** Pure Ed25519: what minisign verifies. ED25519_PH_SHA_512 (Ed25519ph) is another signature. */
const MINISIGN_SIGNING_ALGORITHM = 'ED25519_SHA_512';
const CREATE_KEY = `create it with --key-spec ${MINISIGN_KEY_SPEC} --key-usage SIGN_VERIFY (aws kms create-key --key-spec ${MINISIGN_KEY_SPEC} --key-usage SIGN_VERIFY)`;
const ED25519_SPKI_BYTES = 44;
/**
 * Refuse, from DescribeKey alone and before GetPublicKey or any Sign call, a key that
 * cannot make minisign signatures: not an Ed25519 SIGN_VERIFY key, not enabled, or
 * without ED25519_SHA_512.
 */
function describedMinisignKeyFrom(facts, keyInput) {
    const name = `${MINISIGN_KEY_INPUT} ${keyInput} (${facts.arn})`;
    if (facts.keyUsage !== 'SIGN_VERIFY' || facts.keySpec !== MINISIGN_KEY_SPEC) {
        throw new KeyCheckError(facts.keyUsage === 'SIGN_VERIFY' ? 'key-spec-unsupported' : 'key-not-for-signing', `${name} has key spec ${facts.keySpec} and key usage ${facts.keyUsage}; minisign signatures are Ed25519, so it must be a ${MINISIGN_KEY_SPEC} SIGN_VERIFY key: ${CREATE_KEY} and set ${MINISIGN_KEY_INPUT} to it.`);
    }
    if (facts.keyState !== 'Enabled') {
        throw new KeyCheckError('key-not-enabled', `${name} is ${facts.keyState}, not Enabled. Enable the key (aws kms enable-key) or point ${MINISIGN_KEY_INPUT} at an enabled key.`);
    }
    if (!facts.signingAlgorithms.includes(MINISIGN_SIGNING_ALGORITHM)) {
        throw new KeyCheckError('algorithm-not-allowed', `${name} does not list ${MINISIGN_SIGNING_ALGORITHM} (it lists ${facts.signingAlgorithms.join(', ') || 'none'}); minisign needs pure Ed25519. Set ${MINISIGN_KEY_INPUT} to an ${MINISIGN_KEY_SPEC} key.`);
    }
    return { arn: facts.arn, name };
}
/** Refuse a public key that is not the described key's 44-byte Ed25519 SPKI. */
function minisignKmsKeyFrom(described, published) {
    const spkiDer = Buffer.from(published.publicKeyDer);
    let publicKey;
    try {
        publicKey = (0,external_node_crypto_.createPublicKey)({ key: spkiDer, format: 'der', type: 'spki' });
    }
    catch {
        publicKey = undefined;
    }
    if (published.publicKeyArn !== described.arn ||
        publicKey?.asymmetricKeyType !== 'ed25519' ||
        spkiDer.length !== ED25519_SPKI_BYTES) {
        throw new KeyCheckError('public-key-mismatch', `GetPublicKey for ${described.name} returned a ${spkiDer.length}-byte ${publicKey?.asymmetricKeyType ?? 'unreadable'} key of ${published.publicKeyArn || '(no key)'}, not the ${ED25519_SPKI_BYTES}-byte Ed25519 SPKI of the key DescribeKey described.`);
    }
    return { arn: described.arn, publicKey, spkiDer };
}

// EXTERNAL MODULE: ./src/aws/minisign-kms-hints.ts
var minisign_kms_hints = __webpack_require__(2068);
;// CONCATENATED MODULE: ./src/aws/kms-message-signer.ts





/**
 * Pure Ed25519 from an AWS KMS ECC_NIST_EDWARDS25519 key: Sign with MessageType RAW
 * and ED25519_SHA_512, by ARN, through the same retry policy and adaptive concurrency
 * limit as KmsSigner (KmsCalls). minisign's two messages per file are both short:
 * BLAKE2b-512 of the file, then a signature and the trusted comment.
 */
class KmsMessageSigner {
    keyInput;
    key;
    calls;
    constructor(kms, keyInput, region, options) {
        this.keyInput = keyInput;
        this.calls = new kms_calls/* KmsCalls */.r(kms, keyInput, region, minisign_kms_hints/* minisignKmsHint */.T, options);
    }
    /** DescribeKey, checked before GetPublicKey is asked, then the public key; once per run. */
    async loadKey() {
        const described = describedMinisignKeyFrom(await this.calls.describeKey(), this.keyInput);
        this.key = minisignKmsKeyFrom(described, await this.calls.publicKey());
        return this.key;
    }
    stopsRun(error) {
        return (0,kms_calls/* stopsRun */.P)(error);
    }
    async signMessage(message) {
        return this.calls.sign(this.command(message, false), this.requireKey().arn);
    }
    /**
     * Sign with DryRun on a message shaped like minisign's first one: proves that the key
     * policy lets this caller sign RAW with ED25519_SHA_512, without making a signature.
     */
    async checkSignPermission() {
        return this.calls.dryRunSign(this.command((0,external_node_crypto_.createHash)('blake2b512').digest(), true));
    }
    command(message, dryRun) {
        return new dist_cjs/* SignCommand */.fJE({
            KeyId: this.requireKey().arn,
            Message: message,
            MessageType: 'RAW',
            SigningAlgorithm: MINISIGN_SIGNING_ALGORITHM,
            ...(dryRun ? { DryRun: true } : {}),
        });
    }
    requireKey() {
        if (!this.key)
            throw new Error('KmsMessageSigner.loadKey must run before signing');
        return this.key;
    }
}

// EXTERNAL MODULE: ./src/formats/minisig/write-minisig.ts
var write_minisig = __webpack_require__(1865);
// EXTERNAL MODULE: ./src/keys/minisign-key.ts
var minisign_key = __webpack_require__(9854);
;// CONCATENATED MODULE: ./src/action/minisign-session.ts



/**
 * Load and check the ECC_NIST_EDWARDS25519 key (`minisign-kms-key-id`) before any file is
 * signed, and derive its minisign identity. Sign calls share the run's concurrency limit.
 */
async function openMinisignKey(kms, settings, limit) {
    const keyInput = settings.minisignKmsKeyId ?? '';
    const signer = new KmsMessageSigner(kms, keyInput, settings.aws.region, { limit });
    const key = await signer.loadKey();
    const derived = (0,write_minisig/* minisignPublicKeyFor */.I7)(key.spkiDer);
    // One timestamp for the run: every trusted comment of a run says the same moment.
    const timestamp = Math.floor(Date.now() / 1000);
    const { repository, ref, commit, runId } = settings.run;
    return {
        arn: key.arn,
        keyIdHex: (0,minisign_key/* minisignKeyIdHex */._)(derived.keyId),
        rwLine: derived.line,
        publicKeyFile: derived.pub,
        signing: {
            signer,
            keyId: derived.keyId,
            publicKey: derived.publicKey,
            trustedComment: (file) => (0,write_minisig/* trustedCommentFor */.w1)({ timestamp, file, repository, ref, commit, runId }),
        },
        checkSignPermission: () => signer.checkSignPermission(),
    };
}

// EXTERNAL MODULE: ./src/formats/provenance/provenance-error.ts
var provenance_error = __webpack_require__(9264);
// EXTERNAL MODULE: ./src/formats/provenance/json-fields.ts
var json_fields = __webpack_require__(4481);
;// CONCATENATED MODULE: ./src/formats/provenance/slsa-predicate.ts


/** SLSA provenance v1, with the GitHub Actions workflow build type (formats.md 7). */
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
/**
 * The predicate exactly as actions/toolkit's attest package builds it
 * (`buildSLSAProvenancePredicate`), so tools that read GitHub's attestations read ours.
 */
function slsaPredicateFrom(run) {
    // owner/repo/.github/workflows/main.yml@refs/heads/main -> path, ref. A tag may
    // itself hold '@' (changesets' pkg@1.0.0), so everything after the first one is the ref.
    const [workflowPath = '', ...refParts] = run.workflowRef
        .replace(`${run.repository}/`, '')
        .split('@');
    return {
        buildDefinition: {
            buildType: GITHUB_WORKFLOW_BUILD_TYPE,
            externalParameters: {
                workflow: {
                    ref: refParts.join('@'),
                    repository: `${run.serverUrl}/${run.repository}`,
                    path: workflowPath,
                },
            },
            internalParameters: {
                github: {
                    event_name: run.eventName,
                    repository_id: run.repositoryId,
                    repository_owner_id: run.repositoryOwnerId,
                    runner_environment: run.runnerEnvironment,
                },
            },
            resolvedDependencies: [
                {
                    uri: `git+${run.serverUrl}/${run.repository}@${run.ref}`,
                    digest: { gitCommit: run.sha },
                },
            ],
        },
        runDetails: {
            builder: { id: builderIdOf(run) },
            metadata: {
                invocationId: `${run.serverUrl}/${run.repository}/actions/runs/${run.runId}/attempts/${run.runAttempt}`,
            },
        },
    };
}
/** `<server>/<job_workflow_ref>`: who built, in SLSA's words. */
function builderIdOf(run) {
    return `${run.serverUrl}/${run.jobWorkflowRef}`;
}
/**
 * The workflow facts of a SLSA v1 predicate in the GitHub workflow shape; anything else
 * is a `provenance-bad-predicate`. The caller checks `predicateType` first: cosign does
 * not on new-format bundles, so a verifier must.
 */
function workflowProvenanceFrom(predicate) {
    const at = (value, where) => objectAt(value, where, 'provenance-bad-predicate');
    const text = (value, where) => stringAt(value, where, 'provenance-bad-predicate');
    const definition = at(predicate['buildDefinition'], 'buildDefinition');
    if (definition['buildType'] !== GITHUB_WORKFLOW_BUILD_TYPE) {
        throw new ProvenanceError('provenance-bad-predicate', `has buildType ${shown(definition['buildType'])}; expected "${GITHUB_WORKFLOW_BUILD_TYPE}"`);
    }
    const external = at(definition['externalParameters'], 'externalParameters');
    const workflow = at(external['workflow'], 'externalParameters.workflow');
    const github = at(at(definition['internalParameters'], 'internalParameters')['github'], 'internalParameters.github');
    const dependencies = definition['resolvedDependencies'];
    if (!Array.isArray(dependencies) || dependencies.length === 0) {
        throw new ProvenanceError('provenance-bad-predicate', 'has no resolvedDependencies');
    }
    const source = at(dependencies[0], 'resolvedDependencies[0]');
    const runDetails = at(predicate['runDetails'], 'runDetails');
    const repositoryUrl = text(workflow['repository'], 'externalParameters.workflow.repository');
    const uri = text(source['uri'], 'resolvedDependencies[0].uri');
    const sourcePrefix = `git+${repositoryUrl}@`;
    if (!uri.startsWith(sourcePrefix)) {
        throw new ProvenanceError('provenance-bad-predicate', `has resolvedDependencies[0].uri ${shown(uri)}, not the workflow's repository ${shown(repositoryUrl)} at a ref`);
    }
    return {
        builderId: text(at(runDetails['builder'], 'runDetails.builder')['id'], 'runDetails.builder.id'),
        invocationId: text(at(runDetails['metadata'], 'runDetails.metadata')['invocationId'], 'runDetails.metadata.invocationId'),
        repositoryUrl,
        repository: repositoryPathOf(repositoryUrl),
        workflowPath: text(workflow['path'], 'externalParameters.workflow.path'),
        workflowRef: text(workflow['ref'], 'externalParameters.workflow.ref'),
        sourceRef: uri.slice(sourcePrefix.length),
        commit: text(at(source['digest'], 'resolvedDependencies[0].digest')['gitCommit'], 'resolvedDependencies[0].digest.gitCommit'),
        github: {
            event_name: text(github['event_name'], 'internalParameters.github.event_name'),
            repository_id: text(github['repository_id'], 'internalParameters.github.repository_id'),
            repository_owner_id: text(github['repository_owner_id'], 'internalParameters.github.repository_owner_id'),
            runner_environment: text(github['runner_environment'], 'internalParameters.github.runner_environment'),
        },
    };
}
function repositoryPathOf(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch (error) {
        throw new ProvenanceError('provenance-bad-predicate', `has externalParameters.workflow.repository ${shown(url)}, not a URL`, { cause: error });
    }
    return parsed.pathname.replace(/^\/+|\/+$/g, '');
}

;// CONCATENATED MODULE: ./src/formats/provenance/dsse.ts
/** DSSE's media type for an in-toto Statement payload. */
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/**
 * DSSE v1 Pre-Authentication Encoding, what the envelope's signature covers:
 * `"DSSEv1" SP len(type) SP type SP len(payload) SP payload`. Lengths are the BYTE
 * lengths in ASCII decimal, so a payload type with non-ASCII characters still frames
 * exactly; signing the payload alone would let a signature move to another type.
 */
function preAuthEncoding(payloadType, payload) {
    const type = Buffer.from(payloadType, 'utf8');
    return Buffer.concat([
        Buffer.from(`DSSEv1 ${type.length} `, 'ascii'),
        type,
        Buffer.from(` ${payload.length} `, 'ascii'),
        payload,
    ]);
}

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(1040);
// EXTERNAL MODULE: ./src/keys/base64.ts
var base64 = __webpack_require__(4517);
// EXTERNAL MODULE: ./src/formats/sigstore/sigstore-bundle.ts + 2 modules
var sigstore_bundle = __webpack_require__(3875);
;// CONCATENATED MODULE: ./src/formats/provenance/statement.ts


/** in-toto Statement v1 (formats.md 7), what the DSSE payload holds. */
const IN_TOTO_STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
/** Far deeper than the SLSA predicate needs (5 levels); bounds what a reader recurses into. */
const MAX_STATEMENT_DEPTH = 32;
const SHA256_HEX = /^[0-9a-f]{64}$/;
/** Subjects sorted by name, so the same files give the same statement whatever the order found. */
function statementFrom(subjects, predicateType, predicate) {
    const sorted = [...subjects].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    assertSubjects(sorted);
    return { _type: IN_TOTO_STATEMENT_TYPE, subject: sorted, predicateType, predicate };
}
/** The payload bytes: compact JSON in the Statement's field order. */
function statementBytes(statement) {
    return Buffer.from(JSON.stringify(statement), 'utf8');
}
/**
 * The Statement in a payload, strictly: `_type` v1, at least one subject, each with a
 * name and a lowercase-hex SHA-256 (other digests are ignored), no name twice
 * (two digests for one path would leave "which one?" to the verifier), a predicate object.
 */
function statementFromBytes(payload, maxBytes) {
    const root = (0,json_fields/* strictJsonObject */.jz)(payload, { maxBytes, maxDepth: MAX_STATEMENT_DEPTH }, 'the statement');
    if (root['_type'] !== IN_TOTO_STATEMENT_TYPE) {
        throw new provenance_error/* ProvenanceError */.C('provenance-bad-statement', `has a statement _type ${(0,json_fields/* shown */.SP)(root['_type'])}; expected "${IN_TOTO_STATEMENT_TYPE}"`);
    }
    const list = root['subject'];
    if (!Array.isArray(list) || list.length === 0) {
        throw new provenance_error/* ProvenanceError */.C('provenance-bad-statement', 'has a statement with no subject list');
    }
    const subjects = list.map((entry, i) => {
        const where = `subject[${i}]`;
        const subject = (0,json_fields/* objectAt */.lJ)(entry, where, 'provenance-bad-statement');
        const digest = (0,json_fields/* objectAt */.lJ)(subject['digest'], `${where}.digest`, 'provenance-bad-statement');
        return {
            name: (0,json_fields/* stringAt */.bX)(subject['name'], `${where}.name`, 'provenance-bad-statement'),
            digest: {
                sha256: (0,json_fields/* stringAt */.bX)(digest['sha256'], `${where}.digest.sha256`, 'provenance-bad-statement'),
            },
        };
    });
    assertSubjects(subjects);
    return {
        _type: IN_TOTO_STATEMENT_TYPE,
        subject: subjects,
        predicateType: (0,json_fields/* stringAt */.bX)(root['predicateType'], 'predicateType', 'provenance-bad-statement'),
        predicate: (0,json_fields/* objectAt */.lJ)(root['predicate'], 'predicate', 'provenance-bad-statement'),
    };
}
function assertSubjects(subjects) {
    const names = new Set();
    for (const { name, digest } of subjects) {
        if (name === '')
            throw new provenance_error/* ProvenanceError */.C('provenance-bad-statement', 'has a subject with an empty name');
        if (!SHA256_HEX.test(digest.sha256)) {
            throw new provenance_error/* ProvenanceError */.C('provenance-bad-statement', `has subject ${(0,json_fields/* shown */.SP)(name)} with digest.sha256 ${(0,json_fields/* shown */.SP)(digest.sha256)}; expected 64 lowercase hex digits`);
        }
        if (names.has(name)) {
            throw new provenance_error/* ProvenanceError */.C('provenance-bad-statement', `lists subject ${(0,json_fields/* shown */.SP)(name)} twice`);
        }
        names.add(name);
    }
}

;// CONCATENATED MODULE: ./src/formats/provenance/provenance-bundle.ts








/**
 * dossier-sign's provenance attestation (formats.md 7): ONE Sigstore bundle v0.3 for a
 * whole signing run, a DSSE envelope around an in-toto Statement that lists every file,
 * signed by the run's KMS key, with the key's hint and no transparency-log entry.
 */
const PROVENANCE_BUNDLE_MEDIA_TYPE = dist/* BUNDLE_V03_MEDIA_TYPE */.HM;
/**
 * A subject is about 130 bytes of JSON, 175 once base64'd: 16 MiB holds some 90,000
 * files, and is what the verify side reads (src/verify/provenance): the writer never
 * makes a bundle its reader refuses.
 */
const MAX_PROVENANCE_BUNDLE_BYTES = 16 * 1024 * 1024;
/** A bundle nests 5 levels, a statement 6 more: bound what any reader recurses into. */
const MAX_BUNDLE_DEPTH = 32;
/** SHA-256 is 32 bytes; its canonical base64 is 44 characters. */
const HINT_BYTES = 32;
/**
 * One line of JSON in formats.md 7's field order, ending in a newline. @sigstore/bundle
 * checks it first; its own writer would drop the empty `keyid` (protobuf JSON omits
 * defaults), which the format spells out, so the checked object is what gets written.
 */
function formatProvenanceBundle(input) {
    const json = {
        mediaType: PROVENANCE_BUNDLE_MEDIA_TYPE,
        verificationMaterial: { publicKey: { hint: (0,sigstore_bundle/* sigstoreKeyHint */.N9)(input.spkiDer) } },
        dsseEnvelope: {
            payloadType: IN_TOTO_PAYLOAD_TYPE,
            payload: input.payload.toString('base64'),
            signatures: [{ sig: input.signature.toString('base64'), keyid: '' }],
        },
    };
    dsseBundleFrom(json);
    return `${JSON.stringify(json)}\n`;
}
/**
 * Strict on everything read: size, nesting, media type v0.3, a public-key hint (never a
 * certificate), exactly one signature, the in-toto payload type byte for byte, canonical
 * base64 (protobuf's decoder skips junk), and the Statement itself. Other fields, such as
 * tlog entries, are ignored: trust comes from pinned keys, not from a log.
 */
function parseProvenanceBundle(bytes) {
    const root = (0,json_fields/* strictJsonObject */.jz)(bytes, { maxBytes: MAX_PROVENANCE_BUNDLE_BYTES, maxDepth: MAX_BUNDLE_DEPTH }, 'the bundle');
    if (root['mediaType'] !== PROVENANCE_BUNDLE_MEDIA_TYPE) {
        throw new provenance_error/* ProvenanceError */.C('provenance-media-type', `has mediaType ${(0,json_fields/* shown */.SP)(root['mediaType'])}; expected "${PROVENANCE_BUNDLE_MEDIA_TYPE}"`);
    }
    const material = (0,json_fields/* objectAt */.lJ)(root['verificationMaterial'], 'verificationMaterial');
    if (material['publicKey'] === undefined) {
        throw new provenance_error/* ProvenanceError */.C('provenance-unsupported-content', 'has no verificationMaterial.publicKey (a keyless, certificate-based attestation?); only attestations signed by a pinned key are supported');
    }
    const hintText = (0,json_fields/* objectAt */.lJ)(material['publicKey'], 'verificationMaterial.publicKey')['hint'];
    const hint = hintText === undefined || hintText === '' ? undefined : hintOf(hintText);
    if (root['dsseEnvelope'] === undefined) {
        throw new provenance_error/* ProvenanceError */.C('provenance-unsupported-content', 'has no dsseEnvelope (a blob signature, `.sigstore.json`?); a provenance bundle carries a DSSE envelope');
    }
    const envelope = (0,json_fields/* objectAt */.lJ)(root['dsseEnvelope'], 'dsseEnvelope');
    const payloadType = envelope['payloadType'];
    if (payloadType !== IN_TOTO_PAYLOAD_TYPE) {
        throw new provenance_error/* ProvenanceError */.C('provenance-payload-type', `has dsseEnvelope.payloadType ${(0,json_fields/* shown */.SP)(payloadType)}; expected "${IN_TOTO_PAYLOAD_TYPE}"`);
    }
    const signatures = envelope['signatures'];
    if (!Array.isArray(signatures) || signatures.length !== 1) {
        throw new provenance_error/* ProvenanceError */.C('provenance-unsupported-content', `has ${Array.isArray(signatures) ? signatures.length : 'no'} dsseEnvelope.signatures; exactly one is supported`);
    }
    const entry = (0,json_fields/* objectAt */.lJ)(signatures[0], 'dsseEnvelope.signatures[0]');
    const keyid = entry['keyid'];
    if (keyid !== undefined && typeof keyid !== 'string') {
        throw new provenance_error/* ProvenanceError */.C('provenance-bad-field', 'has a non-string dsseEnvelope.signatures[0].keyid');
    }
    const payloadText = (0,json_fields/* stringAt */.bX)(envelope['payload'], 'dsseEnvelope.payload');
    const sigText = (0,json_fields/* stringAt */.bX)(entry['sig'], 'dsseEnvelope.signatures[0].sig');
    const payload = canonicalBase64(payloadText, 'dsseEnvelope.payload');
    const signature = canonicalBase64(sigText, 'dsseEnvelope.signatures[0].sig');
    // @sigstore/bundle's reading and checks, on the checked fields only: protobuf's JSON
    // reader coerces what it gets and hands any value to Buffer.from.
    dsseBundleFrom({
        mediaType: PROVENANCE_BUNDLE_MEDIA_TYPE,
        verificationMaterial: { publicKey: { hint: hint ?? '' } },
        dsseEnvelope: {
            payloadType: IN_TOTO_PAYLOAD_TYPE,
            payload: payloadText,
            signatures: [{ sig: sigText, keyid: keyid ?? '' }],
        },
    });
    return {
        mediaType: PROVENANCE_BUNDLE_MEDIA_TYPE,
        ...(hint === undefined ? {} : { hint }),
        payloadType: IN_TOTO_PAYLOAD_TYPE,
        payload,
        pae: preAuthEncoding(IN_TOTO_PAYLOAD_TYPE, payload),
        signature,
        statement: statementFromBytes(payload, MAX_PROVENANCE_BUNDLE_BYTES),
    };
}
/** @sigstore/bundle's reading and checks (v0.3, one non-empty signature), as coded errors. */
function dsseBundleFrom(json) {
    let bundle;
    try {
        bundle = (0,dist/* bundleFromJSON */.vw)(json);
        (0,dist/* assertBundleLatest */._M)(bundle);
    }
    catch (error) {
        const fields = error instanceof dist/* ValidationError */.yI ? `: ${error.fields.join(', ')}` : '';
        throw new provenance_error/* ProvenanceError */.C('provenance-bad-field', `is not a valid Sigstore bundle (missing or empty${fields})`, { cause: error });
    }
    // Always so for a DsseBundleJson; the guards give the type.
    if (!(0,dist/* isBundleWithPublicKey */.DQ)(bundle) || !(0,dist/* isBundleWithDsseEnvelope */.Km)(bundle)) {
        throw new provenance_error/* ProvenanceError */.C('provenance-unsupported-content', 'is not a keyed DSSE attestation');
    }
    return bundle;
}
function hintOf(value) {
    const text = (0,json_fields/* stringAt */.bX)(value, 'verificationMaterial.publicKey.hint');
    if ((0,base64/* bytesFromBase64 */.D)(text)?.length !== HINT_BYTES) {
        throw new provenance_error/* ProvenanceError */.C('provenance-bad-field', `has verificationMaterial.publicKey.hint ${(0,json_fields/* shown */.SP)(text)}; expected the canonical base64 of a SHA-256`);
    }
    return text;
}
/** Node's and protobuf's decoders skip junk: the text must be what the bytes encode to. */
function canonicalBase64(text, where) {
    const bytes = (0,base64/* bytesFromBase64 */.D)(text);
    if (bytes === undefined) {
        throw new provenance_error/* ProvenanceError */.C('provenance-bad-field', `has a ${where} that is not canonical base64`);
    }
    return bytes;
}

;// CONCATENATED MODULE: ./src/formats/provenance/write-provenance.ts







/** The Statement a run attests: every file as a subject, the run as SLSA provenance. */
function provenanceStatement(subjects, run) {
    return statementFrom(subjects, SLSA_PROVENANCE_V1, slsaPredicateFrom(run));
}
/** What a bundle around the payload adds: the JSON frame, the hint, a signature. */
const FRAME_BYTES = 1024;
/**
 * The statement's payload, refused when its bundle would be larger than a verifier
 * reads (base64 grows it by 4/3). Sign mode asks before any file is signed, with a
 * placeholder digest of the same length for each file, so the size is exact.
 */
function payloadThatFits(statement) {
    const payload = statementBytes(statement);
    if (Math.ceil(payload.length / 3) * 4 + FRAME_BYTES > MAX_PROVENANCE_BUNDLE_BYTES) {
        throw new provenance_error/* ProvenanceError */.C('provenance-too-large', `a statement of ${statement.subject.length} subjects is ${payload.length} bytes, too large for a bundle of at most ${MAX_PROVENANCE_BUNDLE_BYTES} bytes; attest fewer files per run`);
    }
    return payload;
}
/**
 * The bundle's bytes, signed with ONE Sign call over the key's hash of
 * PAE(payloadType, payload), whatever the number of subjects. The signature is checked
 * against the key's public key and the bundle read back by our own parser before
 * anything is returned: what is written is what a verifier will read.
 */
async function signProvenance(statement, signer, key) {
    const payload = payloadThatFits(statement);
    const pae = preAuthEncoding(IN_TOTO_PAYLOAD_TYPE, payload);
    const signature = await signer.sign((0,external_node_crypto_.createHash)(key.hash).update(pae).digest());
    // Never write what we have not checked: a signature that fails here means KMS signed
    // with another key or other bytes.
    if (!(0,external_node_crypto_.createVerify)(key.hash)
        .update(pae)
        .verify((0,algorithms/* verifyKeyInput */.dG)(key.algorithm, key.publicKey), signature)) {
        throw new provenance_error/* ProvenanceError */.C('provenance-signature-mismatch', "KMS returned a signature over the provenance statement that does not verify under the key's public key; nothing was written");
    }
    const bytes = Buffer.from(formatProvenanceBundle({ payload, signature, spkiDer: key.spkiDer }));
    const read = parseProvenanceBundle(bytes);
    if (!read.payload.equals(payload) || !read.signature.equals(signature)) {
        throw new provenance_error/* ProvenanceError */.C('provenance-bad-field', 'the provenance bundle did not read back as written; nothing was written');
    }
    return bytes;
}

;// CONCATENATED MODULE: ./src/sign/attest-files.ts








class AttestError extends errors/* CodedError */.A {
}
/**
 * The run's one provenance attestation: every file a subject with the SHA-256 of its
 * final bytes, one Sign call for all of them, checked, then written atomically inside
 * the workspace. Hashing streams each file (constant memory), `concurrency` at a time.
 */
async function attestFiles(options) {
    let hashed = 0;
    let realWorkspace;
    const subjects = await (0,bounded_pool/* mapBounded */.y)(options.files, options.concurrency, async (file) => {
        const known = options.known.get(file);
        if (known !== undefined)
            return { name: file, digest: { sha256: known } };
        hashed++;
        realWorkspace ??= (0,promises_.realpath)(options.workspace);
        const sha256 = await sha256Of(options.workspace, file, await realWorkspace);
        return { name: file, digest: { sha256 } };
    });
    const statement = provenanceStatement(subjects, options.run);
    const relative = external_node_path_default().relative(options.workspace, options.target).split((external_node_path_default()).sep).join('/');
    const attestation = { statement, hashed, builderId: builderIdOf(options.run) };
    if (options.dryRun)
        return { ...attestation, written: false };
    const bytes = await signProvenance(statement, options.signer, options.key);
    try {
        await (0,write_in_workspace/* writeInWorkspace */.A9)(options.workspace, options.target, bytes.toString('utf8'), 'provenance-path');
    }
    catch (error) {
        throw new AttestError('attest-write-failed', `cannot write ${relative}: ${(0,errors/* messageOf */.b)(error)}`, {
            cause: error,
        });
    }
    return { ...attestation, written: true };
}
async function sha256Of(workspace, file, realWorkspace) {
    try {
        const { digests } = await digestFile(external_node_path_default().join(workspace, file), ['sha256'], [], {
            realPath: external_node_path_default().join(realWorkspace, file),
        });
        return digests[0].toString('hex');
    }
    catch (error) {
        throw new AttestError('attest-unreadable', `${file} ${(0,errors/* messageOf */.b)(error)}`, { cause: error });
    }
}

// EXTERNAL MODULE: ./src/printable.ts
var printable = __webpack_require__(5260);
;// CONCATENATED MODULE: ./src/action/provenance-facts.ts
/**
 * Each fact: its claim in the token, and the runner variable that says the same. The
 * job's workflow has no variable of its own; GITHUB_WORKFLOW_REF is the same file
 * unless the job runs in a reusable workflow.
 */
const SOURCES = {
    repository: { claim: 'repository', from: 'repository', variable: 'GITHUB_REPOSITORY' },
    repositoryId: { claim: 'repository_id', from: 'repositoryId', variable: 'GITHUB_REPOSITORY_ID' },
    repositoryOwnerId: {
        claim: 'repository_owner_id',
        from: 'repositoryOwnerId',
        variable: 'GITHUB_REPOSITORY_OWNER_ID',
    },
    workflowRef: { claim: 'workflow_ref', from: 'workflowRef', variable: 'GITHUB_WORKFLOW_REF' },
    jobWorkflowRef: {
        claim: 'job_workflow_ref',
        from: 'jobWorkflowRef',
        variable: 'GITHUB_WORKFLOW_REF',
    },
    ref: { claim: 'ref', from: 'ref', variable: 'GITHUB_REF' },
    sha: { claim: 'sha', from: 'sha', variable: 'GITHUB_SHA' },
    runId: { claim: 'run_id', from: 'runId', variable: 'GITHUB_RUN_ID' },
    runAttempt: { claim: 'run_attempt', from: 'runAttempt', variable: 'GITHUB_RUN_ATTEMPT' },
    eventName: { claim: 'event_name', from: 'eventName', variable: 'GITHUB_EVENT_NAME' },
    runnerEnvironment: {
        claim: 'runner_environment',
        from: 'runnerEnvironment',
        variable: 'RUNNER_ENVIRONMENT',
    },
};
/**
 * The run's facts from the OIDC token's claims where it has them (STS accepted the
 * token, so they are GitHub's), else from the runner's GITHUB_* variables (which any
 * earlier step of the job could have set). The server URL is never in the token:
 * GITHUB_SERVER_URL, as actions/toolkit reads it.
 */
function provenanceFactsFrom(claims, env) {
    const fromToken = [];
    const fromEnvironment = [];
    const missing = [];
    const run = { serverUrl: env.GITHUB_SERVER_URL || 'https://github.com' };
    for (const [field, source] of Object.entries(SOURCES)) {
        const claimed = claims?.[source.from];
        const variable = env[source.variable];
        if (claimed) {
            run[field] = claimed;
            fromToken.push(source.claim);
        }
        else if (variable) {
            run[field] = variable;
            fromEnvironment.push(`${source.claim} (${source.variable})`);
        }
        else {
            missing.push(`${source.claim} (${source.variable})`);
        }
    }
    return {
        ...(missing.length === 0 ? { run: run } : {}),
        fromToken,
        fromEnvironment,
        missing,
    };
}
/** One line for the summary: which source the predicate's facts came from. */
function factsSourceOf(facts) {
    if (facts.fromEnvironment.length === 0)
        return 'the OIDC token claims (accepted by STS)';
    if (facts.fromToken.length === 0) {
        return 'the runner environment (GITHUB_* variables): no OIDC token was used';
    }
    return `the OIDC token claims (accepted by STS), except ${facts.fromEnvironment.join(', ')} from the runner environment`;
}

;// CONCATENATED MODULE: ./src/action/provenance-run.ts







class ProvenanceSetupError extends errors/* CodedError */.A {
}
/**
 * Fails before any signature when the attestation could not be made right: a fact of
 * the predicate in neither the token nor the runner's variables, a bundle path that is
 * itself one of the files (its subject would describe the bytes it replaces), or more
 * files than one bundle a verifier reads can list.
 */
function planProvenance(target, settings, files, claims, env) {
    const relative = external_node_path_default().relative(settings.workspace, target).split((external_node_path_default()).sep).join('/');
    if (files.includes(relative)) {
        throw new ProvenanceSetupError('provenance-path-matched', `\`provenance-path\` ${relative} is one of the files \`files\` matched, so the attestation would list the bytes it then replaces; nothing was signed. Exclude it from \`files\` (\`!${relative}\`) or write the bundle elsewhere.`);
    }
    const facts = provenanceFactsFrom(claims, env);
    if (facts.run === undefined) {
        throw new ProvenanceSetupError('provenance-facts-missing', `\`provenance-path\` records the workflow run, but ${facts.missing.join(', ')} ${facts.missing.length === 1 ? 'is' : 'are'} in neither the OIDC token nor the runner environment; nothing was signed. Run it in a GitHub Actions job (with \`role-to-assume\` the token's claims are used).`);
    }
    // Exact: every digest is 64 hex digits, whatever the file holds.
    const placeholder = '0'.repeat(64);
    payloadThatFits(provenanceStatement(files.map((name) => ({ name, digest: { sha256: placeholder } })), facts.run));
    return { target, relative, facts: facts, source: factsSourceOf(facts) };
}
/**
 * The run's one attestation, after every signature: over each matched file's final
 * bytes, reusing the SHA-256 the sign pipeline read after any embedding. A run with a
 * failed file writes none (an attestation never covers a half-signed run).
 */
async function attestRun(options) {
    const { plan, settings, results, io } = options;
    const base = {
        path: plan.relative,
        subjects: options.files.length,
        builderId: builderIdOf(plan.facts.run),
        source: plan.source,
    };
    const failed = new Set(results.filter((r) => r.status === 'failed').map((r) => r.file)).size;
    if (failed > 0) {
        return {
            report: {
                ...base,
                status: 'not-written',
                reason: `${failed} file(s) failed, so the run is not attested`,
            },
        };
    }
    // Detached rows hash the file as signed, after any embedding; embedded rows carry none.
    const known = new Map();
    for (const r of results) {
        if (r.format !== 'embedded' && r.sha256 !== undefined)
            known.set(r.file, r.sha256);
    }
    try {
        const attestation = await attestFiles({
            workspace: settings.workspace,
            files: options.files,
            known,
            run: plan.facts.run,
            key: options.key,
            signer: options.signer,
            target: plan.target,
            concurrency: settings.concurrency,
            dryRun: settings.dryRun,
        });
        const subjects = attestation.statement.subject.length;
        // The path is an input and the builder a claim or variable: neither may start a workflow command.
        const where = `${(0,printable/* printable */.g)(plan.relative)}, builder ${(0,printable/* printable */.g)(attestation.builderId)}, facts from ${plan.source}`;
        io.info(attestation.written
            ? `Attested ${subjects} file(s) in ${where} (one Sign call; ${attestation.hashed} file(s) hashed for it).`
            : `Would attest ${subjects} file(s) in ${where}.`);
        return {
            report: {
                ...base,
                subjects,
                status: attestation.written ? 'written' : 'would-write',
            },
        };
    }
    catch (error) {
        return { report: { ...base, status: 'failed', reason: (0,errors/* messageOf */.b)(error) }, error };
    }
}

// EXTERNAL MODULE: ./src/action/report-file.ts
var report_file = __webpack_require__(2621);
// EXTERNAL MODULE: ./src/action/sign-report.ts
var sign_report = __webpack_require__(2711);
;// CONCATENATED MODULE: ./src/action/sign-mode.ts















/** `env`: the runner's variables, the fallback for provenance facts the OIDC token lacks. */
async function runSign(settings, deps, env = process.env) {
    const { io } = deps;
    const { aws } = settings;
    const report = (0,report_file/* reportFile */.r)('sign', settings.workspace, settings.reportPath, env);
    // A `report-path` that cannot be written is refused before any file is signed.
    await report.check();
    const matched = await matchFiles(settings.workspace, settings.patterns, settings.maxFiles, io, settings.shard);
    if (matched.files.length === 0 && matched.refused.length === 0) {
        // A shard whose slice is empty still reports (an empty report the merge counts as
        // this shard's), and makes no AWS call: there is nothing to sign.
        await (0,sign_report/* reportSign */.Ms)(io, [], {
            formats: settings.formats,
            dryRun: settings.dryRun,
            shard: settings.shard,
            matched: matched.matched,
        }, { report, links: await (0,file_links/* fileLinks */.qE)(env) });
        return;
    }
    const { kms, claims } = await (0,aws_session.openKmsSession)(aws, deps, (0,aws_session.signRunKeys)(settings));
    try {
        const limit = new adaptive_limit/* AdaptiveLimit */.w(settings.concurrency);
        const signer = new KmsSigner(kms, aws.kmsKeyId, aws.region, { limit });
        const key = await signer.loadKey(settings.signingAlgorithm);
        io.info(`Signing with ${key.arn} (${key.keySpec}, ${key.algorithm}).`);
        const provenance = settings.provenancePath
            ? planProvenance(settings.provenancePath, settings, matched.files, claims, env)
            : undefined;
        const minisign = settings.formats.includes('minisig')
            ? await openMinisignKey(kms, settings, limit)
            : undefined;
        if (minisign)
            io.info(`minisign signatures with ${minisign.arn} (key id ${minisign.keyIdHex}).`);
        if (settings.dryRun) {
            const outcome = await signer.checkSignPermission((0,external_node_crypto_.createHash)(key.hash).digest());
            if (minisign && (await minisign.checkSignPermission()) === 'signed-despite-dry-run') {
                io.error(`The KMS endpoint ignored DryRun: the dry-run permission check made a real signature with ${minisign.arn}, and CloudTrail records it. No file was signed or written.`, { title: 'dossier-sign: DryRun ignored' });
            }
            // Not a failed step: the permission the dry run asks about is there. But the
            // dry run promised to sign nothing, and a real signature now exists in the
            // audit trail, so this must be the loudest line of the run.
            if (outcome === 'signed-despite-dry-run') {
                io.error(`The KMS endpoint ignored DryRun: the dry-run permission check made a real signature with ${key.arn}, and CloudTrail records it as a real kms:Sign call. No file was signed or written. Real AWS KMS answers DryRun with DryRunOperationException; check AWS_ENDPOINT_URL_KMS / AWS_ENDPOINT_URL if they point elsewhere.`, { title: 'dossier-sign: DryRun ignored' });
            }
        }
        const log = (r) => io.info(`${r.status.padEnd(10)} ${r.format.padEnd(8)} ${r.file}${r.error ? `: ${r.error.message}` : ''}`);
        const [firstFormat = 'sig'] = settings.formats;
        const results = matched.refused.map((r) => ({
            file: r.file,
            format: firstFormat,
            signatureFile: r.file,
            status: 'failed',
            error: { code: r.code, message: r.message },
        }));
        let files = matched.files;
        if (settings.formats.includes('embedded')) {
            const embedded = await embedFiles({
                workspace: settings.workspace,
                files,
                key,
                signer,
                concurrency: settings.concurrency,
                signedAt: new Date().toISOString(),
                signedBy: signedBy(settings),
                replace: settings.replaceEmbeddedSignatures,
                dryRun: settings.dryRun,
                onResult: log,
            });
            results.push(...embedded);
            // A detached signature over a dossier whose embedding failed would sign bytes the
            // user asked to have changed first: those files get no detached signature this run.
            const failed = new Set(embedded.filter((r) => r.status === 'failed').map((r) => r.file));
            files = files.filter((f) => !failed.has(f));
        }
        const detached = settings.formats.filter((f) => f !== 'embedded');
        if (detached.length > 0) {
            results.push(...(await signFiles({
                workspace: settings.workspace,
                files,
                formats: detached,
                key,
                signer,
                minisign: minisign?.signing,
                concurrency: settings.concurrency,
                dryRun: settings.dryRun,
                onResult: log,
            })));
        }
        if (settings.publicKeyPath && !settings.dryRun) {
            await (0,write_in_workspace/* writeInWorkspace */.A9)(settings.workspace, settings.publicKeyPath, key.publicKeyPem, 'public-key-path');
            io.info(`Wrote the public key to ${external_node_path_default().relative(settings.workspace, settings.publicKeyPath)}.`);
            if (minisign) {
                await (0,write_in_workspace/* writeInWorkspace */.A9)(settings.workspace, `${settings.publicKeyPath}.minisign.pub`, minisign.publicKeyFile, 'public-key-path');
            }
        }
        if (minisign)
            io.setOutput('minisign-public-key', minisign.rwLine);
        // One attestation for the whole run, over the files as the signatures left them.
        const attested = provenance
            ? await attestRun({
                plan: provenance,
                settings,
                files: matched.files,
                results,
                key,
                signer,
                io,
            })
            : undefined;
        const totals = await (0,sign_report/* reportSign */.Ms)(io, results, {
            key,
            formats: settings.formats,
            minisign: minisign ? { arn: minisign.arn, keyIdHex: minisign.keyIdHex } : undefined,
            roleSessionName: aws.roleToAssume ? aws.roleSessionName : undefined,
            oidcSubject: claims?.sub,
            dryRun: settings.dryRun,
            provenance: attested?.report,
            shard: settings.shard,
            matched: matched.matched,
        }, { report, links: await (0,file_links/* fileLinks */.qE)(env) });
        if (totals.failed > 0) {
            const { files, failed } = (0,sign_report/* fileCounts */.NZ)(results);
            throw new action_failure/* ActionFailure */.d('files-failed', `${failed} of ${files} file(s) were not signed (${totals.failed} signature(s) not written); each failure is annotated and listed in the job summary.`);
        }
        if (attested?.error !== undefined)
            throw attested.error;
    }
    finally {
        kms.destroy();
    }
}
/** The embedded signature's `signed_by`: who signed, for people (the key is what counts). */
function signedBy(settings) {
    const { repository, runId, serverUrl } = settings.run;
    if (repository === undefined)
        return 'dossier-sign';
    const run = runId === undefined
        ? ''
        : ` run ${serverUrl ?? 'https://github.com'}/${repository}/actions/runs/${runId}`;
    return `dossier-sign (${repository}${run})`;
}


/***/ }),

/***/ 2711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jp: () => (/* binding */ SIGN_REPORT),
/* harmony export */   Ms: () => (/* binding */ reportSign),
/* harmony export */   NZ: () => (/* binding */ fileCounts),
/* harmony export */   T9: () => (/* binding */ publishSign),
/* harmony export */   eq: () => (/* binding */ SIGN_REPORT_VERSION),
/* harmony export */   vA: () => (/* binding */ totalsOf),
/* harmony export */   zS: () => (/* binding */ signatureEntries)
/* harmony export */ });
/* unused harmony export signSummary */
/* harmony import */ var _files_shard_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(491);
/* harmony import */ var _action_io_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1815);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8037);
/* harmony import */ var _output_budget_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1319);




const SIGN_REPORT = 'dossier-sign/sign';
const SIGN_REPORT_VERSION = 1;
const PROVENANCE_LABEL = {
    written: '\u2705 written',
    'would-write': '\ud83d\udcdd would write',
    'not-written': '\u23ed\ufe0f not written',
    failed: '\u274c failed',
};
const PROVENANCE_VERB = {
    written: 'attested',
    'would-write': 'would attest',
    'not-written': 'did not attest',
    failed: 'failed to attest',
};
const STATUS_LABEL = {
    signed: '\u2705 signed',
    skipped: '\u23ed\ufe0f already signed',
    'would-sign': '\ud83d\udcdd would sign',
    failed: '\u274c failed',
};
const FORMAT_LABEL = {
    embedded: 'embedded',
    sig: '.sig',
    sigstore: '.sigstore.json',
    minisig: '.minisig',
};
/** How many files the entries are of, and how many of those have a failed signature. */
function fileCounts(entries) {
    const files = new Set(entries.map((e) => e.file)).size;
    const failed = new Set(entries.filter((e) => e.status === 'failed').map((e) => e.file)).size;
    return { files, failed };
}
function totalsOf(results) {
    const totals = { signed: 0, skipped: 0, 'would-sign': 0, failed: 0 };
    for (const r of results)
        totals[r.status]++;
    return totals;
}
/**
 * The entries of the `signatures` output and the report file: one per file and format,
 * these fields only (a shard's report read back is cut to them too).
 */
function signatureEntries(results) {
    return results.map(({ file, format, signatureFile, sha256, status, error }) => ({
        file,
        format,
        signatureFile,
        sha256,
        status,
        error,
    }));
}
function keyFacts(key) {
    return { arn: key.arn, keySpec: key.keySpec, algorithm: key.algorithm };
}
/**
 * The report file (every signature, full digests), outputs (`signatures` only while it
 * fits its budget), annotations and the job summary of a sign run.
 */
async function reportSign(io, results, facts, places) {
    const totals = totalsOf(results);
    const shard = facts.shard ?? { index: 1, count: 1 };
    const report = {
        report: SIGN_REPORT,
        version: SIGN_REPORT_VERSION,
        shard: { index: shard.index, count: shard.count },
        matched: facts.matched ?? new Set(results.map((r) => r.file)).size,
        dryRun: facts.dryRun,
        key: facts.key ? keyFacts(facts.key) : null,
        minisign: facts.minisign ?? null,
        formats: [...facts.formats],
        totals,
        signatures: signatureEntries(results),
    };
    io.setOutput('shard', shard.count > 1 ? (0,_files_shard_js__WEBPACK_IMPORTED_MODULE_0__/* .describeShard */ .y0)(shard) : '');
    if (facts.key) {
        io.setOutput('signing-algorithm', facts.key.algorithm);
        io.setOutput('public-key', facts.key.publicKeyPem);
    }
    if (facts.provenance?.status === 'written')
        io.setOutput('provenance-path', facts.provenance.path);
    const where = shard.count > 1 ? ` shard ${(0,_files_shard_js__WEBPACK_IMPORTED_MODULE_0__/* .describeShard */ .y0)(shard)}` : '';
    const verb = facts.dryRun ? 'would sign' : 'signed';
    const status = facts.dryRun ? 'would-sign' : 'signed';
    const files = new Set(results.filter((r) => r.status === status).map((r) => r.file)).size;
    const notice = facts.key
        ? `dossier-sign${where} ${verb} ${files} file(s) with ${facts.key.arn} (${facts.key.algorithm}), formats ${formatsOf(facts.formats)}: ` +
            `${totals[status]} signature(s); ${totals.skipped} already held, ${totals.failed} failed.` +
            provenanceNotice(facts.provenance)
        : undefined;
    await publishSign(io, report, facts, places, notice);
    return totals;
}
/**
 * Write `report` and say it: the outputs both a sign run and a merge of shards set, the
 * failure annotations, the notice (when given) and the job summary.
 */
async function publishSign(io, report, facts, places, notice) {
    const results = report.signatures;
    const totals = report.totals;
    const reportFile = await places.report.write(`${JSON.stringify(report)}\n`);
    io.setOutput('report-file', reportFile);
    io.setOutput('signed-count', String(totals.signed));
    io.setOutput('skipped-count', String(totals.skipped));
    io.setOutput('failed-count', String(totals.failed));
    io.setOutput('key-arn', report.key?.arn ?? '');
    // The report's entries are the output's already (signatureEntries): no second copy.
    (0,_output_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .setBoundedJsonOutput */ .X)(io, 'signatures', JSON.stringify(results), results.length, reportFile);
    const failures = results.filter((r) => r.status === 'failed');
    (0,_action_io_js__WEBPACK_IMPORTED_MODULE_3__/* .annotateCapped */ .C)(failures, (r) => io.error(r.error?.message ?? 'not signed', {
        file: r.file,
        title: 'dossier-sign: not signed',
    }), (hidden) => io.error(`${hidden} more signatures were not written; the job summary lists the files and ${reportFile} (the \`report-file\` output) every one.`, { title: 'dossier-sign: not signed' }));
    if (notice !== undefined)
        io.notice(notice, { title: facts.dryRun ? 'dossier-sign dry run' : 'dossier-sign' });
    await io.appendSummary(signSummary(results, totals, facts, places.links, reportFile));
}
/**
 * Counts first, then the run's facts, then one row per file, failures first. Every
 * value that is not our own words goes through `code`, `cell` or `link` (markdown.ts).
 */
function signSummary(results, totals, facts, links, reportFile) {
    const byFile = new Map();
    for (const r of results)
        byFile.set(r.file, [...(byFile.get(r.file) ?? []), r]);
    // A dry run signs nothing, so its count is what it would sign; a real run never "would".
    const done = facts.dryRun ? `${totals['would-sign']} would sign` : `${totals.signed} signed`;
    const title = titleOf(facts);
    const head = [
        `## ${title}: ${done}, ${totals.skipped} already held, ${totals.failed} failed\n`,
        `${byFile.size} file(s), ${results.length} signature(s).\n`,
        ...factLines(facts, reportFile).map((line) => `- ${line}`),
        '',
    ].join('\n');
    const failed = [...byFile.values()].some(failedIn);
    const rows = [...byFile.entries()]
        .sort(([a, ra], [b, rb]) => rank(ra) - rank(rb) || (a < b ? -1 : a > b ? 1 : 0))
        .map(([file, rows]) => [
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .link */ .nf)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(file), links(file)),
        // The detached rows carry the file's SHA-256 as signed (after any embedding).
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)([...rows]
            .reverse()
            .find((r) => r.sha256 !== undefined)
            ?.sha256?.slice(0, SHORT_DIGEST) ?? ''),
        ...facts.formats.map((format) => {
            const row = rows.find((r) => r.format === format);
            return row ? STATUS_LABEL[row.status] : '\u2014';
        }),
        ...(failed ? [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(rows.flatMap((r) => (r.error ? [r.error.message] : [])).join('; '))] : []),
    ]);
    const header = [
        'File',
        'SHA-256',
        ...facts.formats.map((f) => FORMAT_LABEL[f]),
        ...(failed ? ['Problem'] : []),
    ];
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .boundedTable */ .c8)(head, header, rows, (n) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .leftOutNote */ .UZ)(n, reportFile));
}
/** `dossier-sign`, which shard or how many merged, and whether it was a dry run. */
function titleOf(facts) {
    const scope = facts.mergedShards !== undefined
        ? `: ${facts.mergedShards} shards merged`
        : facts.shard && facts.shard.count > 1
            ? ` shard ${(0,_files_shard_js__WEBPACK_IMPORTED_MODULE_0__/* .describeShard */ .y0)(facts.shard)}`
            : '';
    const dry = facts.dryRun ? `${scope ? ',' : ''} dry run (nothing was signed)` : '';
    return `dossier-sign${scope}${dry}`;
}
/** The full digest is in the report file; 12 hex digits tell files apart at a glance. */
const SHORT_DIGEST = 12;
/** The run's facts, each a list item: our words around `code()` of every value. */
function factLines(facts, reportFile) {
    return [
        facts.key
            ? `Key: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(facts.key.arn)} (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(facts.key.keySpec)}, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(facts.key.algorithm)})`
            : 'Key: none used (no file fell in this shard, so no AWS call was made)',
        ...(facts.minisign
            ? [`minisign key: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(facts.minisign.arn)} (key id ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(facts.minisign.keyIdHex)})`]
            : []),
        `Formats: ${facts.formats.map((f) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(FORMAT_LABEL[f])).join(', ') || 'none'}`,
        ...provenanceLines(facts.provenance),
        ...identityLines(facts),
        `Report: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(reportFile)} (the \`report-file\` output), every signature with its full SHA-256`,
    ];
}
/** Who signed; nobody when an empty shard made no AWS call; each shard's job in a merge. */
function identityLines(facts) {
    if (facts.mergedShards !== undefined)
        return ["Identity: each shard's job names its own role session in its summary"];
    if (facts.key === undefined)
        return [];
    return [
        facts.roleSessionName
            ? `Identity: role session ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(facts.roleSessionName)}` +
                (facts.oidcSubject ? `, OIDC subject ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(facts.oidcSubject)}` : '')
            : 'Identity: ambient AWS credentials (no `role-to-assume`)',
    ];
}
function formatsOf(formats) {
    return formats.length === 0 ? 'none' : formats.join(', ');
}
function provenanceNotice(provenance) {
    if (provenance === undefined)
        return '';
    return ` Provenance: ${PROVENANCE_VERB[provenance.status]} ${provenance.subjects} file(s) in ${provenance.path} (builder ${provenance.builderId}).`;
}
/** The attestation's lines: where, how many subjects, who built, whose word. */
function provenanceLines(provenance) {
    if (provenance === undefined)
        return [];
    return [
        `Provenance: ${PROVENANCE_LABEL[provenance.status]} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(provenance.path)}: ${provenance.subjects} subject(s)` +
            (provenance.status === 'written' ? ', one Sign call' : '') +
            (provenance.reason ? ` (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(provenance.reason)})` : ''),
        // Our own words (claim and variable names from a fixed table): no escaping needed.
        `Builder: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(provenance.builderId)}, facts from ${provenance.source}`,
    ];
}
function failedIn(rows) {
    return rows.some((r) => r.status === 'failed');
}
// Failures first: they are what a reader of the summary came for.
function rank(rows) {
    return failedIn(rows) ? 0 : 1;
}


/***/ })

};

//# sourceMappingURL=860.index.js.map