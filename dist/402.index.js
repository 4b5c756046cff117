export const id = 402;
export const ids = [402];
export const modules = {

/***/ 2249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ mapBounded)
/* harmony export */ });
/**
 * Run `work` over `items` with at most `limit` in flight, keeping results in input
 * order. Workers pull the next index, so one slow item never stalls the others.
 */
async function mapBounded(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index], index);
        }
    };
    const workers = Math.max(1, Math.min(limit, items.length));
    await Promise.all(Array.from({ length: workers }, worker));
    return results;
}


/***/ }),

/***/ 4950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ canonical),
/* harmony export */   MQ: () => (/* binding */ MAX_CANONICAL_DEPTH),
/* harmony export */   Ut: () => (/* binding */ canonicalWithGaps),
/* harmony export */   xo: () => (/* binding */ MAX_CANONICAL_LENGTH)
/* harmony export */ });
/* unused harmony export MAX_UNCOVERED_REPORTED */
/* harmony import */ var _dossier_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9235);
/* harmony import */ var _key_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1531);
/* harmony import */ var _plain_object_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5597);



/**
 * Cap on canonical output, in UTF-16 code units. A YAML alias bomb parses into a few
 * shared references but expands here; the cap fails it fast instead of exhausting memory.
 */
const MAX_CANONICAL_LENGTH = 4 * 1024 * 1024;
/** Deeper than any real frontmatter (both YAML readers already stop at 100). */
const MAX_CANONICAL_DEPTH = 128;
/** Enough to name the problem; any uncovered value at all makes coverage incomplete. */
const MAX_UNCOVERED_REPORTED = 100;
/**
 * Upstream's deterministic JSON (v2/v3 signature payloads; `stableStringify` in
 * @ai-dossier/core): object keys sorted by UTF-16 code unit order at every level, no
 * whitespace, keys whose value is undefined dropped, arrays kept in order.
 *
 * Values JSON cannot represent, as js-yaml 3 `safeLoad` can produce them, and what we do:
 * - Date (unquoted timestamp): upstream writes its own enumerable entries, i.e. `{}`.
 *   Written the same, so upstream signatures verify, and reported as uncovered: any
 *   other date, or an empty map, signs alike (formats.md 2.2).
 * - NaN, .inf, -.inf: upstream writes `JSON.stringify(x) ?? 'null'`, i.e. `null`.
 *   Written the same and reported as uncovered: `null` and all three sign alike.
 * - undefined: dropped as an object value (a reader sees an absent key alike), `null` in
 *   a list, as upstream; reported there. No YAML tag in the safe schema makes one.
 * - !!binary (a Buffer): upstream writes a map of byte indices (`{"0":104,"1":101,...}`),
 *   which a plain map with those keys also gives, and only where js-yaml 3's hidden
 *   `require('buffer')` works (elsewhere it reads a list of numbers). No real dossier holds
 *   one: refused, as before, rather than signed in a form that means two things.
 * - !!set, !!omap, !!pairs: plain maps and lists in both readers; written as such.
 * - anything else that is not JSON (cycles, Map, class instances): refused.
 */
function canonicalWithGaps(value, maxLength = MAX_CANONICAL_LENGTH) {
    const writer = new CanonicalWriter(maxLength);
    writer.write(value);
    return { text: writer.text(), uncovered: writer.uncovered };
}
/** Upstream's canonical text alone; see canonicalWithGaps for what it does not cover. */
function canonical(value, maxLength = MAX_CANONICAL_LENGTH) {
    return canonicalWithGaps(value, maxLength).text;
}
class CanonicalWriter {
    maxLength;
    uncovered = [];
    parts = [];
    length = 0;
    steps = [];
    ancestors = new Set();
    constructor(maxLength) {
        this.maxLength = maxLength;
    }
    text() {
        return this.parts.join('');
    }
    write(value) {
        if (value === null)
            return this.push('null');
        if (value === undefined || (typeof value === 'number' && !Number.isFinite(value))) {
            this.gap();
            return this.push('null');
        }
        if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') {
            return this.push(JSON.stringify(value));
        }
        if (value instanceof Date && Object.keys(value).length === 0) {
            this.gap();
            return this.push('{}');
        }
        if (typeof value !== 'object' || (!Array.isArray(value) && !(0,_plain_object_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Q)(value))) {
            throw unsupported(value, (0,_key_path_js__WEBPACK_IMPORTED_MODULE_2__/* .keyPath */ .Dw)(this.steps));
        }
        if (this.ancestors.has(value)) {
            throw new _dossier_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DossierError */ .c('canonical-cycle', 'frontmatter contains itself through a YAML alias');
        }
        if (this.ancestors.size >= MAX_CANONICAL_DEPTH) {
            throw new _dossier_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DossierError */ .c('canonical-too-deep', `frontmatter nests deeper than ${MAX_CANONICAL_DEPTH}`);
        }
        this.ancestors.add(value);
        if (Array.isArray(value))
            this.writeArray(value);
        else
            this.writeObject(value);
        this.ancestors.delete(value);
    }
    writeArray(items) {
        this.push('[');
        items.forEach((item, index) => {
            if (index > 0)
                this.push(',');
            this.child(index, item);
        });
        this.push(']');
    }
    writeObject(object) {
        // Plain `<` compares UTF-16 code units, which is what upstream's sort does.
        const keys = Object.keys(object)
            .filter((key) => object[key] !== undefined)
            .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        this.push('{');
        keys.forEach((key, index) => {
            this.push(`${index > 0 ? ',' : ''}${JSON.stringify(key)}:`);
            this.child(key, object[key]);
        });
        this.push('}');
    }
    child(step, value) {
        this.steps.push(step);
        this.write(value);
        this.steps.pop();
    }
    gap() {
        if (this.uncovered.length < MAX_UNCOVERED_REPORTED)
            this.uncovered.push((0,_key_path_js__WEBPACK_IMPORTED_MODULE_2__/* .keyPath */ .Dw)(this.steps));
    }
    push(part) {
        this.length += part.length;
        if (this.length > this.maxLength) {
            throw new _dossier_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DossierError */ .c('canonical-too-large', `frontmatter expands to more than ${this.maxLength} characters of canonical JSON (YAML aliases?)`);
        }
        this.parts.push(part);
    }
}
function unsupported(value, path) {
    const what = value instanceof Uint8Array ? 'binary (!!binary)' : `a ${typeof value} that is not JSON`;
    return new _dossier_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DossierError */ .c('canonical-unsupported-value', `${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_2__/* .keyPathPhrase */ .c)(path)} holds ${what}, which has no exact JSON form for a signature to cover`);
}


/***/ }),

/***/ 3054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ checkIntegrity),
/* harmony export */   l: () => (/* binding */ checksumOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _plain_object_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5597);


/** The value upstream writes: `{"algorithm":"sha256","hash":"<lowercase hex>"}`. */
function checksumOf(body) {
    return { algorithm: 'sha256', hash: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(body).digest('hex') };
}
/**
 * Compare a declared checksum with the body bytes. A checksum that is present but not
 * readable is `invalid`, not `missing`: someone wrote one, and it vouches for nothing.
 */
function checkIntegrity(declared, body) {
    if (declared === undefined || declared === null) {
        return { integrity: 'missing', message: 'has no checksum' };
    }
    if (!(0,_plain_object_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Q)(declared) || typeof declared['hash'] !== 'string') {
        return {
            integrity: 'invalid',
            code: 'checksum-malformed',
            message: 'checksum is not {"algorithm":"sha256","hash":"<hex>"}',
        };
    }
    if (declared['algorithm'] !== 'sha256') {
        return {
            integrity: 'invalid',
            code: 'checksum-unsupported',
            message: `checksum algorithm ${JSON.stringify(declared['algorithm'])} is not sha256`,
        };
    }
    const actual = checksumOf(body).hash;
    if (declared['hash'] !== actual) {
        return {
            integrity: 'invalid',
            code: 'checksum-mismatch',
            message: `checksum does not match the body (SHA-256 ${short(actual)}, checksum says ${short(declared['hash'])})`,
        };
    }
    return { integrity: 'valid', message: 'checksum matches the body' };
}
/** Enough of a hash for a person to compare, short enough for one annotation line. */
function short(hash) {
    return hash.length > 16 ? `${hash.slice(0, 16)}\u2026` : hash;
}


/***/ }),

/***/ 9235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ DossierError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

class DossierError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CodedError */ .A {
}


/***/ }),

/***/ 2707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B: () => (/* binding */ MAX_DOSSIER_BYTES),
  D: () => (/* binding */ parseDossier)
});

// EXTERNAL MODULE: ./src/dossier/dossier-error.ts
var dossier_error = __webpack_require__(9235);
// EXTERNAL MODULE: ./src/dossier/fences.ts
var fences = __webpack_require__(5171);
// EXTERNAL MODULE: ./src/dossier/frontmatter.ts + 2 modules
var dossier_frontmatter = __webpack_require__(6992);
// EXTERNAL MODULE: ./src/dossier/layout.ts
var dossier_layout = __webpack_require__(3867);
;// CONCATENATED MODULE: ./src/dossier/signature-line.ts
/** The frontmatter text starts on the file's second line, after the opening fence. */
const FRONTMATTER_FIRST_LINE = 2;
const ANY_DEPTH = -1;
/**
 * 1-based line of the signature in the file, for annotations. Best effort: the parsed
 * YAML carries no positions, so this reads the text the common way writers lay it out.
 */
function signatureLine(layout, frontmatterText) {
    const index = layout === 'spec'
        ? (blockKeyLine(frontmatterText, 'dossier.signature', true) ??
            jsonKeyLine(frontmatterText, 'dossier.signature', ANY_DEPTH))
        : (blockKeyLine(frontmatterText, 'signature', false) ??
            jsonKeyLine(frontmatterText, 'signature', 1));
    return index === undefined ? undefined : index + FRONTMATTER_FIRST_LINE;
}
/** 0-based line of a block-style YAML key, at column 0 or (nested) indented. */
function blockKeyLine(text, key, indented) {
    const escaped = key.replace(/[.]/g, '\\.');
    const indent = indented ? '[ \\t]+' : '';
    const pattern = new RegExp(`^${indent}(?:${escaped}|"${escaped}"|'${escaped}')[ \\t]*:`);
    const index = text.split('\n').findIndex((line) => pattern.test(line));
    return index < 0 ? undefined : index;
}
/** 0-based line of a JSON (or flow YAML) key at the given nesting depth (or any). */
function jsonKeyLine(text, key, depth) {
    const quotedKey = JSON.stringify(key);
    let line = 0;
    let level = 0;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === '\n')
            line++;
        else if (ch === '{' || ch === '[')
            level++;
        else if (ch === '}' || ch === ']')
            level--;
        else if (ch === '"') {
            const end = stringEnd(text, i);
            const atDepth = depth === ANY_DEPTH ? level > 0 : level === depth;
            if (atDepth && text.slice(i, end + 1) === quotedKey && followedByColon(text, end + 1)) {
                return line;
            }
            for (let j = i; j < end; j++)
                if (text[j] === '\n')
                    line++;
            i = end;
        }
    }
    return undefined;
}
/** Index of the quote closing the JSON string that opens at `start`. */
function stringEnd(text, start) {
    for (let i = start + 1; i < text.length; i++) {
        if (text[i] === '\\')
            i++;
        else if (text[i] === '"')
            return i;
    }
    return text.length;
}
function followedByColon(text, from) {
    let i = from;
    while (text[i] === ' ' || text[i] === '\t' || text[i] === '\r' || text[i] === '\n')
        i++;
    return text[i] === ':';
}

;// CONCATENATED MODULE: ./src/dossier/dossier.ts





/** Larger than any real dossier; parsing stops here so hostile input stays cheap. */
const MAX_DOSSIER_BYTES = 16 * 1024 * 1024;
/** Parse dossier bytes; throws DossierError (with a code) for anything not a dossier. */
function parseDossier(bytes) {
    if (bytes.length > MAX_DOSSIER_BYTES) {
        throw new dossier_error/* DossierError */.c('dossier-too-large', `is ${bytes.length} bytes; dossiers over ${MAX_DOSSIER_BYTES} bytes are not parsed`);
    }
    const parts = (0,fences/* splitDossier */.s)(bytes);
    const text = (0,dossier_frontmatter/* frontmatterText */.GJ)(parts.frontmatter);
    const { frontmatter, readingsDisagree } = (0,dossier_frontmatter/* parseFrontmatter */.yv)(text);
    const layout = (0,dossier_layout/* layoutOf */.aH)(parts.fence, frontmatter);
    if (layout === 'spec')
        (0,dossier_layout/* assertSpecLayout */.MO)(frontmatter, text);
    const { checksum, signature } = (0,dossier_layout/* declaredFields */.cA)(layout, frontmatter);
    const dossier = { layout, frontmatter, body: parts.body, checksum };
    if (readingsDisagree !== undefined)
        dossier.readingsDisagree = readingsDisagree;
    // `signature: null` is no signature, as upstream treats it.
    if (signature !== undefined && signature !== null) {
        dossier.signature = { value: signature, line: signatureLine(layout, text) };
    }
    return dossier;
}


/***/ }),

/***/ 5171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ splitDossier)
/* harmony export */ });
/* harmony import */ var _dossier_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9235);

const FENCES = new Map([
    ['---dossier', 'dossier'],
    ['---json', 'json'],
    ['---', 'yaml'],
    ['---yaml', 'yaml'],
]);
const OPENING = Buffer.from('---');
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const CLOSING = Buffer.from('\n---');
const CR = 0x0d;
const LF = 0x0a;
/**
 * Split by the exact rule of formats.md 1.1: the frontmatter ends at the first "\n---"
 * after the opening line; the body is what follows minus one "\r", then minus one "\n".
 * Nothing else is trimmed or converted: the checksum is over exactly these bytes.
 */
function splitDossier(bytes) {
    // A UTF-8 BOM fails this test on purpose: upstream does not read such a file either.
    // Editors hide the BOM, so the message names it: the file *looks* like it starts with ---.
    if (!bytes.subarray(0, OPENING.length).equals(OPENING)) {
        const bom = bytes.subarray(0, UTF8_BOM.length).equals(UTF8_BOM);
        throw new _dossier_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DossierError */ .c('not-a-dossier', bom
            ? 'starts with a UTF-8 byte order mark (BOM), not a "---" frontmatter fence (save it without the BOM)'
            : 'does not start with a "---" frontmatter fence');
    }
    const openingEnd = bytes.indexOf(LF);
    if (openingEnd < 0) {
        throw new _dossier_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DossierError */ .c('unterminated-frontmatter', 'has an opening fence but no frontmatter');
    }
    const fence = fenceOf(bytes.subarray(0, openingEnd));
    // Searching from the opening line's own "\n" lets an empty frontmatter close at once.
    const closing = bytes.indexOf(CLOSING, openingEnd);
    if (closing < 0) {
        throw new _dossier_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DossierError */ .c('unterminated-frontmatter', 'has no closing "---" fence');
    }
    let bodyStart = closing + CLOSING.length;
    if (bytes[bodyStart] === CR)
        bodyStart += 1;
    if (bytes[bodyStart] === LF)
        bodyStart += 1;
    return {
        fence,
        frontmatter: bytes.subarray(openingEnd + 1, closing + 1),
        body: bytes.subarray(bodyStart),
    };
}
function fenceOf(openingLine) {
    // Trailing blanks and a CR are tolerated as upstream does; anything else names an
    // engine (gray-matter's js/coffee evaluate code) and is refused.
    const text = openingLine.toString('latin1').trimEnd();
    const fence = FENCES.get(text);
    if (fence === undefined) {
        throw new _dossier_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DossierError */ .c('unsupported-fence', `opens with "${text.slice(0, 40)}"; only "---", "---dossier" and "---json" frontmatter is accepted`);
    }
    return fence;
}


/***/ }),

/***/ 6992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GJ: () => (/* binding */ frontmatterText),
  Qd: () => (/* reexport */ plain_object/* isPlainObject */.Q),
  yv: () => (/* binding */ parseFrontmatter)
});

// EXTERNAL MODULE: ./src/dossier/dossier-error.ts
var dossier_error = __webpack_require__(9235);
// EXTERNAL MODULE: ./src/dossier/plain-object.ts
var plain_object = __webpack_require__(5597);
// EXTERNAL MODULE: ./src/dossier/canonical-json.ts
var canonical_json = __webpack_require__(4950);
// EXTERNAL MODULE: ./src/dossier/key-path.ts
var key_path = __webpack_require__(1531);
;// CONCATENATED MODULE: ./src/dossier/readings-diff.ts



/**
 * Bounds on the walk. Aliases make a DAG (or a cycle) of a small text; pairs already
 * compared are skipped, so an alias bomb costs its size, not its expansion. Each value
 * compared is at least one character of canonical JSON, so past either bound canonical
 * JSON refuses the value anyway; the readings then count as different all the same.
 */
const MAX_COMPARED_VALUES = canonical_json/* MAX_CANONICAL_LENGTH */.xo;
const MAX_COMPARE_DEPTH = canonical_json/* MAX_CANONICAL_DEPTH */.MQ;
const MAX_STRING_SHOWN = 40;
/** The first difference between the two readings, or undefined when they agree. */
function readingsDifference(upstream, yaml12) {
    return new Comparison().first(upstream, yaml12);
}
class Comparison {
    compared = 0;
    /** Upstream node -> the YAML 1.2 node it was (or is being) compared with. */
    paired = new WeakMap();
    /** Path of the values being compared; pushed and popped as the walk goes. */
    steps = [];
    first(a, b) {
        if (++this.compared > MAX_COMPARED_VALUES || this.steps.length > MAX_COMPARE_DEPTH) {
            const why = `not compared (over ${MAX_COMPARED_VALUES} values or ${MAX_COMPARE_DEPTH} levels)`;
            return { path: (0,key_path/* keyPath */.Dw)(this.steps), upstream: why, yaml12: why };
        }
        const kind = kindOf(a);
        if (kind !== kindOf(b) || !sameLeaf(kind, a, b))
            return this.differ(a, b);
        if (kind !== 'list' && kind !== 'map')
            return undefined;
        const node = a;
        if (this.paired.get(node) === b)
            return undefined;
        this.paired.set(node, b);
        return kind === 'list'
            ? this.lists(a, b)
            : this.maps(a, b);
    }
    lists(a, b) {
        if (a.length !== b.length)
            return this.differ(a, b);
        for (let index = 0; index < a.length; index++) {
            const found = this.child(index, a[index], b[index]);
            if (found)
                return found;
        }
        return undefined;
    }
    maps(a, b) {
        const onlyUpstream = Object.keys(a).find((key) => !Object.hasOwn(b, key));
        const onlyYaml12 = Object.keys(b).find((key) => !Object.hasOwn(a, key));
        // A key written alike but read apart (`1_000:` is key "1000" in YAML 1.1 only).
        if (onlyUpstream !== undefined || onlyYaml12 !== undefined) {
            return {
                path: (0,key_path/* keyPath */.Dw)([...this.steps, (onlyYaml12 ?? onlyUpstream)]),
                upstream: onlyUpstream === undefined
                    ? 'no such key'
                    : `key ${(0,key_path/* quoted */.TL)(onlyUpstream, MAX_STRING_SHOWN)}`,
                yaml12: onlyYaml12 === undefined ? 'no such key' : `key ${(0,key_path/* quoted */.TL)(onlyYaml12, MAX_STRING_SHOWN)}`,
            };
        }
        for (const key of Object.keys(a)) {
            const found = this.child(key, a[key], b[key]);
            if (found)
                return found;
        }
        return undefined;
    }
    child(step, a, b) {
        this.steps.push(step);
        const found = this.first(a, b);
        this.steps.pop();
        return found;
    }
    differ(a, b) {
        return { path: (0,key_path/* keyPath */.Dw)(this.steps), upstream: describeValue(a), yaml12: describeValue(b) };
    }
}
function kindOf(value) {
    if (value === null)
        return 'null';
    switch (typeof value) {
        case 'string':
        case 'number':
        case 'boolean':
            return typeof value;
    }
    if (value instanceof Date)
        return 'date';
    if (value instanceof Uint8Array)
        return 'bytes';
    if (Array.isArray(value))
        return 'list';
    return (0,plain_object/* isPlainObject */.Q)(value) ? 'map' : 'other';
}
/** Scalars by value (Dates by time, binary by bytes); lists and maps are walked instead. */
function sameLeaf(kind, a, b) {
    switch (kind) {
        case 'date':
            return Object.is(a.getTime(), b.getTime());
        case 'bytes':
            return bytesOf(a).equals(bytesOf(b));
        case 'list':
        case 'map':
            return true;
        case 'other':
            return false;
        default:
            return Object.is(a, b);
    }
}
function bytesOf(view) {
    return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}
/** A value in a few words, safe for one log line. */
function describeValue(value) {
    switch (kindOf(value)) {
        case 'string':
            return (0,key_path/* quoted */.TL)(value, MAX_STRING_SHOWN);
        case 'date':
            return Number.isNaN(value.getTime())
                ? 'an invalid date'
                : `the date ${value.toISOString()}`;
        case 'bytes':
            return `${value.length} bytes of binary`;
        case 'list':
            return `a list of ${value.length}`;
        case 'map':
            return `a map of ${Object.keys(value).length} keys`;
        case 'other':
            return 'an unsupported value';
        default:
            return String(value);
    }
}

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
// EXTERNAL MODULE: ./node_modules/js-yaml-3/index.js
var js_yaml_3 = __webpack_require__(2925);
var js_yaml_3_default = /*#__PURE__*/__webpack_require__.n(js_yaml_3);
;// CONCATENATED MODULE: ./src/dossier/yaml-readings.ts



/**
 * Nesting bound for the upstream reading. js-yaml 4 stops at 100 on its own; js-yaml 3
 * has no bound and recurses per level, so a listener (which changes nothing it reads)
 * stops it at the same depth.
 */
const MAX_YAML_DEPTH = 100;
/**
 * The frontmatter exactly as upstream reads it: gray-matter 4 hands the text to js-yaml 3
 * `safeLoad` (DEFAULT_SAFE_SCHEMA, YAML 1.1 numbers: `010` is 8, `1:30` is 90, `1_000`
 * is 1000). Its duplicate-key refusal and merge-key bounds are js-yaml 3's own.
 */
function upstreamReading(text) {
    let depth = 0;
    try {
        return js_yaml_3_default().safeLoad(text, {
            listener: (event, state) => {
                if (event === 'close') {
                    depth -= 1;
                }
                else if (++depth > MAX_YAML_DEPTH) {
                    throw new Error(`nesting exceeded ${MAX_YAML_DEPTH} levels ${positionOf(state)}`);
                }
            },
        });
    }
    catch (error) {
        throw malformed(error);
    }
}
/**
 * The YAML 1.2 reading other tools make (js-yaml 4 `load`, DEFAULT_SCHEMA). Text it
 * refuses is refused outright even where js-yaml 3 reads it (`{"a": 1,,}` is a map with
 * a `null` key there): the two readers could not disagree more.
 */
function yaml12Reading(text) {
    try {
        return (0,js_yaml/* load */.Hh)(text);
    }
    catch (error) {
        throw malformed(error);
    }
}
function malformed(error) {
    return new dossier_error/* DossierError */.c('frontmatter-malformed', `frontmatter is not valid YAML/JSON: ${reasonOf(error)}`, {
        cause: error,
    });
}
/** One line, as js-yaml 4 words it: the problem, then "(line:column)" in the frontmatter. */
function reasonOf(error) {
    if (error instanceof (js_yaml_3_default()).YAMLException && error.reason !== undefined) {
        const mark = error.mark === undefined ? '' : ` (${error.mark.line + 1}:${error.mark.column + 1})`;
        return `${error.reason}${mark}`;
    }
    return error instanceof Error ? (error.message.split('\n')[0] ?? '') : 'unreadable';
}
function positionOf(state) {
    return `(${state.line + 1}:${state.position - state.lineStart + 1})`;
}

;// CONCATENATED MODULE: ./src/dossier/frontmatter.ts





const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** The frontmatter's text; YAML is text, so bytes that are not UTF-8 are refused. */
function frontmatterText(bytes) {
    try {
        return UTF8.decode(bytes);
    }
    catch (error) {
        throw new dossier_error/* DossierError */.c('frontmatter-not-utf8', 'frontmatter is not valid UTF-8', {
            cause: error,
        });
    }
}
/**
 * Parse frontmatter as upstream does (formats.md 1): YAML for every layout (JSON is YAML),
 * read by js-yaml 3, so every field the verifier checks is the value upstream acts on.
 * It is read as YAML 1.2 too: text either reader refuses is refused, and where the two
 * values differ no v2/v3 payload is built (formats.md 2.2, YAML note). Alias expansion is
 * bounded later, where it costs something (canonical JSON).
 */
function parseFrontmatter(text) {
    // YAML 1.2 first: what it refuses is refused with the messages this parser always gave.
    const yaml12 = yaml12Reading(text);
    const frontmatter = upstreamReading(text);
    if (!(0,plain_object/* isPlainObject */.Q)(frontmatter)) {
        throw new dossier_error/* DossierError */.c('frontmatter-not-object', 'frontmatter is not a key/value map');
    }
    const readingsDisagree = readingsDifference(frontmatter, yaml12);
    return readingsDisagree === undefined ? { frontmatter } : { frontmatter, readingsDisagree };
}


/***/ }),

/***/ 1531:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dw: () => (/* binding */ keyPath),
/* harmony export */   TL: () => (/* binding */ quoted),
/* harmony export */   c: () => (/* binding */ keyPathPhrase)
/* harmony export */ });
/* harmony import */ var _printable_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5260);

/** A key that reads unambiguously after a dot; anything else is written `["..."]`. */
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** Paths are for messages: a hostile 10 kB key is shown by its start. */
const MAX_KEY_SHOWN = 60;
/**
 * A key path for messages, as a reader would write it: `risk_level`, `tools[0].timeout`,
 * `metadata["dossier.checksum"]`. The empty path is the frontmatter itself.
 */
function keyPath(steps) {
    let path = '';
    for (const step of steps) {
        if (typeof step === 'number')
            path += `[${step}]`;
        else if (PLAIN_KEY.test(step) && step.length <= MAX_KEY_SHOWN) {
            path += path === '' ? step : `.${step}`;
        }
        else
            path += `[${quoted(step, MAX_KEY_SHOWN)}]`;
    }
    return path;
}
/** `keyPath` as the subject of a sentence: the key, or the frontmatter as a whole. */
function keyPathPhrase(path) {
    return path === '' ? 'the frontmatter' : `frontmatter key ${path}`;
}
/** A string as a JSON literal, cut to `max` characters, safe for one log line. */
function quoted(text, max) {
    const shown = text.length > max ? `${text.slice(0, max)}\u2026` : text;
    return (0,_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g)(JSON.stringify(shown));
}


/***/ }),

/***/ 3867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MO: () => (/* binding */ assertSpecLayout),
/* harmony export */   Pc: () => (/* binding */ SPEC_SIGNATURE_KEY),
/* harmony export */   aH: () => (/* binding */ layoutOf),
/* harmony export */   cA: () => (/* binding */ declaredFields)
/* harmony export */ });
/* harmony import */ var _dossier_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9235);
/* harmony import */ var _plain_object_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5597);


/** Top-level fields of the spec layout; every dossier field lives under `metadata`. */
const SPEC_TOP_LEVEL = new Set(['name', 'description', 'license', 'compatibility', 'allowed-tools']);
const SPEC_PREFIX = 'dossier.';
const SPEC_SIGNATURE_KEY = 'dossier.signature';
const SPEC_CHECKSUM_KEY = 'dossier.checksum';
/** A `<<` merge key in key position, block or flow style. */
const MERGE_KEY = /^[ \t]*(?:-[ \t]+)?<<[ \t]*:|[{,][ \t]*<<[ \t]*:/m;
/** Spec layout: a `metadata` map with at least one `dossier.` key, whatever the fence. */
function layoutOf(fence, frontmatter) {
    const metadata = frontmatter['metadata'];
    if ((0,_plain_object_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Q)(metadata) && Object.keys(metadata).some((key) => key.startsWith(SPEC_PREFIX))) {
        return 'spec';
    }
    return fence === 'yaml' ? 'legacy-yaml' : 'legacy-json';
}
function declaredFields(layout, frontmatter) {
    if (layout !== 'spec') {
        return { checksum: frontmatter['checksum'], signature: frontmatter['signature'] };
    }
    const metadata = frontmatter['metadata'];
    return {
        checksum: decodeSpecValue(metadata[SPEC_CHECKSUM_KEY]),
        signature: decodeSpecValue(metadata[SPEC_SIGNATURE_KEY]),
    };
}
/**
 * Upstream's spec-layout rules. v3 signs the on-disk shape while readers use the flat
 * view, so anything that would let the two disagree is refused, as upstream refuses it.
 */
function assertSpecLayout(frontmatter, text) {
    if (MERGE_KEY.test(text))
        refuse('uses a YAML merge key (<<), which YAML readers disagree on');
    for (const [key, value] of Object.entries(frontmatter)) {
        if (key === 'metadata')
            continue;
        if (!SPEC_TOP_LEVEL.has(key))
            refuse(`has "${key}" at top level; it belongs under metadata`);
        if (typeof value !== 'string')
            refuse(`has a non-string top-level "${key}"`);
    }
    for (const [key, value] of Object.entries(frontmatter['metadata'])) {
        if (typeof value !== 'string')
            refuse(`has a non-string metadata "${key}"`);
        if (!key.startsWith(SPEC_PREFIX))
            continue;
        const field = key.slice(SPEC_PREFIX.length);
        if (field === '' || field === '__proto__' || SPEC_TOP_LEVEL.has(field)) {
            refuse(`has metadata "${key}", which is not a usable dossier field`);
        }
    }
}
/** Upstream's decoding of a metadata string: its JSON value if it parses, else the string. */
function decodeSpecValue(text) {
    if (text === undefined)
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return text;
    }
}
function refuse(reason) {
    throw new _dossier_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DossierError */ .c('spec-layout-invalid', `spec-layout frontmatter ${reason}`);
}


/***/ }),

/***/ 9187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ schemeOf),
/* harmony export */   ef: () => (/* binding */ isDssePae),
/* harmony export */   oR: () => (/* binding */ signedPayloadWithGaps),
/* harmony export */   tG: () => (/* binding */ PayloadError),
/* harmony export */   tg: () => (/* binding */ isTaggedPayload)
/* harmony export */ });
/* unused harmony exports PAYLOAD_TAGS, DSSE_PAE_PREFIX, signedPayload */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4950);
/* harmony import */ var _dossier_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9235);
/* harmony import */ var _key_path_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1531);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3867);





class PayloadError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CodedError */ .A {
}
/** `covers` values; absent means v1. Looked up in a Map so "__proto__" is just unknown. */
const SCHEMES = new Map([
    ['body', 'v1'],
    ['frontmatter+body', 'v2'],
    ['spec-frontmatter+body', 'v3'],
]);
/**
 * Each scheme is bound to the layouts it was defined for, as upstream binds them: a legacy
 * v2 signature carried onto a spec rewrite would vouch for bytes it never covered, and a
 * spec file verifies only under v3.
 */
const LAYOUTS = {
    v1: ['legacy-json', 'legacy-yaml'],
    v2: ['legacy-json', 'legacy-yaml'],
    v3: ['spec'],
};
/** The scheme a `covers` value names; unknown values are refused, never read as v1. */
function schemeOf(covers) {
    if (covers === undefined)
        return 'v1';
    const scheme = typeof covers === 'string' ? SCHEMES.get(covers) : undefined;
    if (scheme === undefined) {
        throw new PayloadError('unsupported-covers', `covers ${JSON.stringify(covers)} is not body, frontmatter+body or spec-frontmatter+body`);
    }
    return scheme;
}
/** The first line of a v2/v3 payload: it says the signed bytes are a dossier's. */
const PAYLOAD_TAGS = {
    v2: 'dossier-signature-v2',
    v3: 'dossier-signature-v3',
};
/**
 * Do these bytes start like a signed payload of another protocol: a v2/v3 payload (so
 * they stand for a dossier), or a DSSE pre-authentication encoding (so they stand for an
 * attestation)? A whole-file signature over such bytes is that protocol's signature too.
 */
function isTaggedPayload(bytes) {
    return (Object.values(PAYLOAD_TAGS).some((tag) => bytes.subarray(0, tag.length + 1).equals(Buffer.from(`${tag}\n`))) || isDssePae(bytes));
}
/** How every DSSE v1 pre-authentication encoding begins (the provenance bundle signs one). */
const DSSE_PAE_PREFIX = 'DSSEv1 ';
/**
 * Do these bytes start like what a DSSE signature signs (`DSSEv1 <len> <type> <len>
 * <payload>`)? A provenance bundle's signature over such bytes must never pass as a
 * `.sig` of a file holding them, so no such file is verified or signed as a file.
 */
function isDssePae(bytes) {
    return bytes.subarray(0, DSSE_PAE_PREFIX.length).equals(Buffer.from(DSSE_PAE_PREFIX));
}
/**
 * The exact bytes a signature of this scheme covers, built as upstream builds them. A
 * v2/v3 payload is refused when YAML 1.1 and 1.2 read the frontmatter apart: it would
 * vouch for one reading while tools act on the other.
 */
function signedPayloadWithGaps(dossier, scheme) {
    if (!LAYOUTS[scheme].includes(dossier.layout)) {
        throw new PayloadError('covers-layout-mismatch', `a ${scheme} signature does not cover a ${dossier.layout} dossier`);
    }
    if (scheme === 'v1')
        return { bytes: dossier.body, uncovered: [] };
    const tag = PAYLOAD_TAGS[scheme];
    const covered = scheme === 'v2'
        ? withoutSignature(dossier.frontmatter)
        : withoutSpecSignature(dossier.frontmatter);
    // Canonical first: a hostile value (alias bomb, cycle) is refused with its own code.
    const { text, uncovered } = (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalWithGaps */ .Ut)(covered);
    if (dossier.readingsDisagree !== undefined)
        throw readingsError(dossier.readingsDisagree);
    return {
        bytes: Buffer.concat([Buffer.from(`${tag}\n${text}\n`, 'utf8'), dossier.body]),
        uncovered,
    };
}
/**
 * `signedPayloadWithGaps` for a caller that cannot report a gap: a payload that leaves
 * a covered value open is refused (as canonical JSON refused it before gaps were reported).
 */
function signedPayload(dossier, scheme) {
    const { bytes, uncovered } = signedPayloadWithGaps(dossier, scheme);
    if (uncovered.length > 0) {
        throw new DossierError('canonical-unsupported-value', `${keyPathPhrase(uncovered[0])} holds a date, NaN or infinity, which canonical JSON does not cover (quote it)`);
    }
    return bytes;
}
function readingsError(disagreement) {
    const { path, upstream, yaml12 } = disagreement;
    return new PayloadError('yaml-readings-disagree', `${(0,_key_path_js__WEBPACK_IMPORTED_MODULE_4__/* .keyPathPhrase */ .c)(path)} reads as ${upstream} under YAML 1.1 (upstream's js-yaml 3) but as ${yaml12} under YAML 1.2, so a frontmatter signature cannot say which was signed; quote it (or write it so both read it alike, e.g. as a plain decimal number) and sign again`);
}
function withoutSignature(frontmatter) {
    const covered = { ...frontmatter };
    delete covered['signature'];
    return covered;
}
function withoutSpecSignature(frontmatter) {
    const metadata = { ...frontmatter['metadata'] };
    delete metadata[_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .SPEC_SIGNATURE_KEY */ .Pc];
    return { ...frontmatter, metadata };
}


/***/ }),

/***/ 5597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ isPlainObject)
/* harmony export */ });
/** A map as YAML and JSON parsers build it: not a list, Date, Buffer or class instance. */
function isPlainObject(value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return false;
    const prototype = Object.getPrototypeOf(value);
    return prototype === Object.prototype || prototype === null;
}


/***/ }),

/***/ 1252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ms: () => (/* binding */ verifiesUnder),
/* harmony export */   mt: () => (/* binding */ EMBEDDED_ALGORITHMS),
/* harmony export */   q5: () => (/* binding */ EMBEDDED_ALGORITHM_NAMES)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _keys_algorithms_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2048);
/* harmony import */ var _keys_der_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5247);



/** Names accepted in the `algorithm` field. The schema's lowercase form is read, never written. */
const EMBEDDED_ALGORITHM_NAMES = new Map([
    ['ECDSA-SHA-256', 'ECDSA_SHA_256'],
    ['ecdsa-sha256', 'ECDSA_SHA_256'],
    ['ed25519', 'ED25519'],
]);
/** KMS's ECC_NIST_P256 (the official key) and the ADR's ECC_SECG_P256K1 both sign ECDSA_SHA_256. */
const ECDSA_SHA_256_SPECS = ['ECC_NIST_P256', 'ECC_SECG_P256K1'];
const ED25519_SIGNATURE_BYTES = 64;
const EMBEDDED_ALGORITHMS = {
    ECDSA_SHA_256: {
        acceptsKey: (key) => {
            const spec = (0,_keys_algorithms_js__WEBPACK_IMPORTED_MODULE_1__/* .keySpecOf */ .sg)(key);
            return spec !== undefined && ECDSA_SHA_256_SPECS.includes(spec);
        },
        keyDescription: 'an EC P-256 or secp256k1 key',
        shapeProblem: (signature) => ((0,_keys_der_js__WEBPACK_IMPORTED_MODULE_2__/* .ecdsaFromDer */ .Ec)(signature) ? undefined : 'signature-not-der'),
        // KMS signs SHA-256(payload) as a DIGEST: plain ECDSA-SHA256 over the payload. KMS does
        // not normalise to low S, and OpenSSL accepts high S, as it must here.
        verify: (payload, key, signature) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)('sha256', payload, (0,_keys_algorithms_js__WEBPACK_IMPORTED_MODULE_1__/* .verifyKeyInput */ .dG)('ECDSA_SHA_256', key), signature),
    },
    ED25519: {
        acceptsKey: (key) => key.asymmetricKeyType === 'ed25519',
        keyDescription: 'an Ed25519 key',
        shapeProblem: (signature) => signature.length === ED25519_SIGNATURE_BYTES ? undefined : 'signature-wrong-length',
        verify: (payload, key, signature) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(null, payload, key, signature),
    },
};
/** Verification that treats a crypto exception as a failed match, never as a crash. */
function verifiesUnder(rule, payload, key, signature) {
    try {
        return rule.acceptsKey(key) && rule.verify(payload, key, signature);
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 6182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ verifyEmbedded)
});

// EXTERNAL MODULE: ./src/dossier/dossier-error.ts
var dossier_error = __webpack_require__(9235);
// EXTERNAL MODULE: ./src/dossier/payload.ts
var payload = __webpack_require__(9187);
// EXTERNAL MODULE: ./src/keys/public-key-text.ts
var public_key_text = __webpack_require__(6385);
// EXTERNAL MODULE: ./src/trust/key-protocols.ts
var key_protocols = __webpack_require__(6741);
// EXTERNAL MODULE: ./src/trust/trust-store.ts + 3 modules
var trust_store = __webpack_require__(4993);
// EXTERNAL MODULE: ./src/formats/embedded/embedded-algorithms.ts
var embedded_algorithms = __webpack_require__(1252);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/formats/embedded/embedded-error.ts

/** Why an embedded signature is not valid. */
class EmbeddedSignatureError extends errors/* CodedError */.A {
}
/**
 * `error`: the signature object cannot be read at all. `invalid`: it was read and refused,
 * or the bytes do not match. Both block; the split tells a broken file from a forged one.
 */
const EMBEDDED_ERROR_STATUS = {
    'signature-malformed': 'error',
    'signature-not-base64': 'error',
    'public-key-unreadable': 'error',
    'payload-unavailable': 'error',
    'unsupported-algorithm': 'invalid',
    'unsupported-covers': 'invalid',
    'covers-layout-mismatch': 'invalid',
    'key-algorithm-mismatch': 'invalid',
    'signature-wrong-length': 'invalid',
    'signature-not-der': 'invalid',
    'signature-mismatch': 'invalid',
    'no-trusted-key-verifies': 'invalid',
    // Upstream (YAML 1.1) and YAML 1.2 readers see different values: whatever the signature
    // covers, some reader acts on something else.
    'yaml-readings-disagree': 'invalid',
};

// EXTERNAL MODULE: ./src/dossier/frontmatter.ts + 2 modules
var frontmatter = __webpack_require__(6992);
// EXTERNAL MODULE: ./src/keys/base64.ts
var base64 = __webpack_require__(4517);
;// CONCATENATED MODULE: ./src/formats/embedded/embedded-signature.ts





function embeddedSignatureFrom(value) {
    if (!(0,frontmatter/* isPlainObject */.Qd)(value))
        malformed('is not an object');
    const algorithmName = value['algorithm'];
    const algorithm = typeof algorithmName === 'string' ? embedded_algorithms/* EMBEDDED_ALGORITHM_NAMES */.q5.get(algorithmName) : undefined;
    if (algorithm === undefined) {
        throw new EmbeddedSignatureError('unsupported-algorithm', `algorithm ${JSON.stringify(algorithmName)} is not ECDSA-SHA-256 or ed25519`);
    }
    let scheme;
    try {
        scheme = (0,payload/* schemeOf */.dz)(value['covers']);
    }
    catch (error) {
        if (error instanceof payload/* PayloadError */.tG)
            throw new EmbeddedSignatureError(error.code, error.message);
        throw error;
    }
    const signatureText = value['signature'];
    if (typeof signatureText !== 'string')
        malformed('has no "signature" string');
    const signature = (0,base64/* bytesFromBase64 */.D)(signatureText);
    if (signature === undefined) {
        throw new EmbeddedSignatureError('signature-not-base64', 'signature is not canonical base64');
    }
    const publicKey = value['public_key'];
    if (publicKey !== undefined && typeof publicKey !== 'string')
        malformed('"public_key" is not a string');
    return {
        algorithm,
        signature,
        scheme,
        publicKey,
        keyId: optionalString(value['key_id']),
        signedBy: optionalString(value['signed_by']),
        // Older upstream documents call it `timestamp`.
        signedAt: optionalString(value['signed_at']) ?? optionalString(value['timestamp']),
    };
}
function optionalString(value) {
    return typeof value === 'string' ? value : undefined;
}
function malformed(reason) {
    throw new EmbeddedSignatureError('signature-malformed', `embedded signature ${reason}`);
}

;// CONCATENATED MODULE: ./src/formats/embedded/verify-embedded.ts








/** What each payload scheme lets a verified signature vouch for (formats.md 2.1, 2.2). */
const COVERAGE = {
    v1: 'body',
    v2: 'frontmatter+body',
    v3: 'spec-frontmatter+body',
};
/**
 * Verify a dossier's embedded signature; undefined when it has none. Validity is checked
 * against the key the signature names; trust only ever comes from that key's bytes being
 * in the store, so `key_id` (an ARN, say) can never make a signature verified.
 */
function verifyEmbedded(dossier, trust) {
    if (dossier.signature === undefined)
        return undefined;
    const base = { kind: 'embedded', status: 'error', line: dossier.signature.line };
    try {
        const signature = embeddedSignatureFrom(dossier.signature.value);
        base.algorithm = signature.algorithm;
        const rule = embedded_algorithms/* EMBEDDED_ALGORITHMS */.mt[signature.algorithm];
        const shapeProblem = rule.shapeProblem(signature.signature);
        if (shapeProblem) {
            throw new EmbeddedSignatureError(shapeProblem, `signature bytes are not ${signature.algorithm}`);
        }
        const { bytes: payload, uncovered } = payloadOf(dossier, signature);
        const outcome = signature.publicKey === undefined
            ? againstTrustedKeys(signature, rule, payload, trust)
            : againstEmbeddedKey(signature, signature.publicKey, rule, payload, trust);
        const gaps = uncovered.length > 0 ? { uncovered } : {};
        return { ...base, coverage: COVERAGE[signature.scheme], ...gaps, ...outcome };
    }
    catch (error) {
        if (!(error instanceof EmbeddedSignatureError))
            throw error;
        return {
            ...base,
            status: EMBEDDED_ERROR_STATUS[error.code],
            code: error.code,
            message: error.message,
        };
    }
}
function againstEmbeddedKey(signature, publicKeyText, rule, payload, trust) {
    const key = embeddedKey(publicKeyText, rule);
    if (!(0,embedded_algorithms/* verifiesUnder */.Ms)(rule, payload, key.publicKey, signature.signature)) {
        throw new EmbeddedSignatureError('signature-mismatch', 'signature does not match the signed content');
    }
    const trusted = (0,trust_store/* trustedKeyFor */.sS)((0,key_protocols/* keysTrustedFor */.Rb)('embedded', trust.keys), key.spkiDer);
    if (trusted) {
        return {
            status: 'verified',
            keyIdentifier: trusted.identifier,
            message: `signed by ${trusted.identifier}`,
        };
    }
    const otherKind = (0,key_protocols/* listedForOtherKinds */.Ye)('embedded', trust.keys, key.spkiDer);
    if (otherKind) {
        return {
            status: 'signed_unknown',
            code: 'key-trusted-for-other-kinds',
            message: `valid signature, but its key is listed at ${otherKind.source} (${otherKind.identifier}) as ${key_protocols/* FORM_NAMES */.GC[otherKind.kind]}, which trusts other signature kinds only (one key, one protocol); to trust it for embedded signatures, list it as base64 SPKI or raw Ed25519`,
        };
    }
    const arn = (0,trust_store/* unpinnedArnFor */.EY)(trust, signature.keyId);
    const claim = signature.keyId === undefined ? '' : ` (key_id "${signature.keyId}" is only a claim)`;
    return {
        status: 'signed_unknown',
        code: arn ? 'arn-not-pinned' : 'key-not-trusted',
        message: arn
            ? `valid signature, but ${arn.arn} is listed without key bytes and this key was not checked against KMS; pin the ARN or list "${key.spkiDer.toString('base64')} ${arn.identifier}"`
            : `valid signature by a key that is not trusted${claim}; to trust it, list "${key.spkiDer.toString('base64')} <identifier>"`,
    };
}
/** No public_key in the object: only a trusted key of the right type can vouch for it. */
function againstTrustedKeys(signature, rule, payload, trust) {
    const trusted = (0,key_protocols/* keysTrustedFor */.Rb)('embedded', trust.keys).find((key) => (0,embedded_algorithms/* verifiesUnder */.Ms)(rule, payload, key.publicKey, signature.signature));
    if (!trusted) {
        throw new EmbeddedSignatureError('no-trusted-key-verifies', 'signature names no public_key and no trusted key verifies it');
    }
    return {
        status: 'verified',
        keyIdentifier: trusted.identifier,
        message: `signed by ${trusted.identifier}`,
    };
}
function embeddedKey(text, rule) {
    let key;
    try {
        key = (0,public_key_text/* publicKeyFromText */.y_)(text);
    }
    catch (error) {
        const reason = error instanceof public_key_text/* KeyTextError */.JH ? error.message : 'is unreadable';
        throw new EmbeddedSignatureError('public-key-unreadable', `public_key ${reason}`, {
            cause: error,
        });
    }
    if (!rule.acceptsKey(key.publicKey)) {
        throw new EmbeddedSignatureError('key-algorithm-mismatch', `public_key is a ${key.publicKey.asymmetricKeyType ?? 'unknown'} key; this algorithm needs ${rule.keyDescription}`);
    }
    return key;
}
function payloadOf(dossier, signature) {
    try {
        return (0,payload/* signedPayloadWithGaps */.oR)(dossier, signature.scheme);
    }
    catch (error) {
        if (error instanceof payload/* PayloadError */.tG)
            throw new EmbeddedSignatureError(error.code, error.message);
        if (error instanceof dossier_error/* DossierError */.c) {
            throw new EmbeddedSignatureError('payload-unavailable', error.message, { cause: error });
        }
        throw error;
    }
}


/***/ }),

/***/ 4481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SP: () => (/* reexport safe */ _strict_json_js__WEBPACK_IMPORTED_MODULE_1__.SP),
/* harmony export */   bX: () => (/* binding */ stringAt),
/* harmony export */   jz: () => (/* binding */ strictJsonObject),
/* harmony export */   lJ: () => (/* binding */ objectAt)
/* harmony export */ });
/* harmony import */ var _strict_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7174);
/* harmony import */ var _provenance_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9264);


/**
 * The top-level JSON object in `bytes`, read strictly: size checked before parsing,
 * invalid UTF-8 refused (not replaced by U+FFFD), a BOM refused, nesting bounded after
 * parsing. V8's JSON.parse copes with any depth, but JSON.stringify and every reader
 * after it recurse, and 100,000 levels overflow the stack.
 */
function strictJsonObject(bytes, limits, what) {
    if (bytes.length > limits.maxBytes) {
        throw new _provenance_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ProvenanceError */ .C('provenance-too-large', `${what} is ${bytes.length} bytes; at most ${limits.maxBytes} are read`);
    }
    let root;
    try {
        root = (0,_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .strictJsonParse */ .nD)(bytes);
    }
    catch (error) {
        throw new _provenance_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ProvenanceError */ .C('provenance-not-json', `${what} is not valid UTF-8 JSON`, {
            cause: error,
        });
    }
    // Depth first: a hostile root (an array 100,000 deep) is named for what it is.
    if ((0,_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .nestedDeeperThan */ .iS)(root, limits.maxDepth)) {
        throw new _provenance_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ProvenanceError */ .C('provenance-too-deep', `${what} nests JSON more than ${limits.maxDepth} levels deep`);
    }
    return objectAt(root, what);
}
function objectAt(value, where, code = 'provenance-bad-field') {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new _provenance_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ProvenanceError */ .C(code, `has no JSON object at ${where}`);
    }
    return value;
}
function stringAt(value, where, code = 'provenance-bad-field') {
    if (typeof value !== 'string')
        throw new _provenance_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ProvenanceError */ .C(code, `has no string at ${where}`);
    return value;
}



/***/ }),

/***/ 9264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ ProvenanceError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/**
 * A provenance bundle (formats.md 7), or the statement in it, that cannot be read as
 * written or could not be made: nothing in it can be said about any file.
 */
class ProvenanceError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CodedError */ .A {
}


/***/ }),

/***/ 3351:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ isKmsKeyArn)
/* harmony export */ });
/**
 * A KMS key ARN (not an alias): `arn:<partition>:kms:<region>:<account>:key/<id>`, the
 * form KMS writes into `key_id` even when signing went through an alias.
 */
const KMS_KEY_ARN = /^arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:key\/[A-Za-z0-9-]+$/;
function isKmsKeyArn(text) {
    return KMS_KEY_ARN.test(text);
}


/***/ }),

/***/ 6385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JH: () => (/* binding */ KeyTextError),
/* harmony export */   No: () => (/* binding */ spkiFromDer),
/* harmony export */   Os: () => (/* binding */ ed25519FromRaw),
/* harmony export */   y_: () => (/* binding */ publicKeyFromText)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _algorithms_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2048);
/* harmony import */ var _base64_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4517);
/* harmony import */ var _der_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5247);





class KeyTextError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CodedError */ .A {
}
/** SPKI DER header of an Ed25519 key; the raw 32-byte key follows it. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const ED25519_RAW_BYTES = 32;
const PRIVATE_KEY_MESSAGE = 'is a PRIVATE key; list only public keys';
/** One PEM block, nothing around it, matching labels. */
const PEM_BLOCK = /^-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\s]*)-----END \1-----$/;
/**
 * Decode a public key written as SPKI PEM, base64 SPKI DER, or raw 32-byte Ed25519
 * base64. Strict on purpose: OpenSSL skips text around a PEM block and ignores bytes after
 * a DER key, and a lenient decoder would let two different strings name one key.
 */
function publicKeyFromText(text) {
    const trimmed = text.trim();
    if (trimmed.includes('-----'))
        return { kind: 'spki', ...spkiFromDer(derFromPem(trimmed)) };
    const bytes = (0,_base64_js__WEBPACK_IMPORTED_MODULE_3__/* .bytesFromBase64 */ .D)(trimmed);
    if (bytes === undefined)
        throw new KeyTextError('key-not-base64', 'is not canonical base64');
    if (bytes.length === ED25519_RAW_BYTES)
        return { kind: 'ed25519-raw', ...ed25519FromRaw(bytes) };
    return { kind: 'spki', ...spkiFromDer(bytes) };
}
/** An Ed25519 key from its raw 32 bytes (the form upstream's trust list and minisign use). */
function ed25519FromRaw(raw) {
    return spkiFromDer(Buffer.concat([ED25519_SPKI_PREFIX, raw]));
}
/** A key from DER SubjectPublicKeyInfo, limited to the types this action can verify. */
function spkiFromDer(der) {
    let publicKey;
    try {
        if (!(0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .isSingleDerSequence */ .F2)(der))
            throw new Error('not a single DER structure');
        publicKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: der, format: 'der', type: 'spki' });
    }
    catch (error) {
        if (isPrivateKeyDer(der))
            throw new KeyTextError('key-is-private', PRIVATE_KEY_MESSAGE);
        throw new KeyTextError('key-unreadable', 'is not a DER SubjectPublicKeyInfo public key', {
            cause: error,
        });
    }
    if (publicKey.asymmetricKeyType !== 'ed25519' && (0,_algorithms_js__WEBPACK_IMPORTED_MODULE_2__/* .keySpecOf */ .sg)(publicKey) === undefined) {
        throw new KeyTextError('key-unsupported-type', `is a ${publicKey.asymmetricKeyType ?? 'unknown'} key; only Ed25519, EC P-256/secp256k1/P-384/P-521 and RSA 2048-4096 are supported`);
    }
    // OpenSSL also reads BER it re-encodes (a BIT STRING with unused bits, whose "unused" key
    // bits it clears; RSA without its NULL parameters): only canonical DER, one key one text.
    const spkiDer = publicKey.export({ type: 'spki', format: 'der' });
    if (!spkiDer.equals(der)) {
        throw new KeyTextError('key-unreadable', 'is not canonical DER (re-encoding the key changes it)');
    }
    return { publicKey, spkiDer };
}
/**
 * A private key pasted as base64 DER (PKCS#8, SEC1, PKCS#1) gets the same refusal as a
 * PRIVATE KEY PEM block, not a vague "unreadable": whoever committed it must know.
 */
function isPrivateKeyDer(der) {
    return ['pkcs8', 'sec1', 'pkcs1'].some((type) => {
        try {
            (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: der, format: 'der', type });
            return true;
        }
        catch {
            return false;
        }
    });
}
function derFromPem(text) {
    const block = PEM_BLOCK.exec(text);
    if (block?.[1]?.includes('PRIVATE')) {
        throw new KeyTextError('key-is-private', PRIVATE_KEY_MESSAGE);
    }
    if (block?.[1] !== 'PUBLIC KEY') {
        throw new KeyTextError('key-unreadable', 'is not a single "PUBLIC KEY" PEM block');
    }
    const der = (0,_base64_js__WEBPACK_IMPORTED_MODULE_3__/* .bytesFromBase64 */ .D)((block[2] ?? '').replace(/\s+/g, ''));
    if (der === undefined)
        throw new KeyTextError('key-not-base64', 'PEM body is not base64');
    return der;
}


/***/ }),

/***/ 6741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GC: () => (/* binding */ FORM_NAMES),
/* harmony export */   Rb: () => (/* binding */ keysTrustedFor),
/* harmony export */   Ye: () => (/* binding */ listedForOtherKinds)
/* harmony export */ });
/* unused harmony export KINDS_TRUSTED_BY_FORM */
/**
 * One key, one protocol (formats.md 3): an entry trusts only the signature kinds its form
 * was listed for. Without this, a minisign key's signature over BLAKE2b-512(file) would
 * "verify" a dossier whose body is those 64 bytes, and its global signature a `.sig` over
 * `signature || trusted comment`: bytes signed in one protocol read as proof in another.
 */
const KINDS_TRUSTED_BY_FORM = {
    'ed25519-raw': ['embedded'],
    spki: ['embedded', 'sig', 'sigstore', 'provenance'],
    minisign: ['minisig'],
};
/** How each entry form is named in messages. */
const FORM_NAMES = {
    'ed25519-raw': 'a raw Ed25519 key',
    spki: 'an SPKI key',
    minisign: 'a minisign key',
};
/** The trusted keys that may verify a signature of this kind. */
function keysTrustedFor(kind, keys) {
    return keys.filter((key) => KINDS_TRUSTED_BY_FORM[key.kind].includes(kind));
}
/**
 * A trusted entry with these key bytes that is listed for other kinds only, so a message
 * can say why a signature by a listed key still is not trusted here.
 */
function listedForOtherKinds(kind, keys, spkiDer) {
    return keys.find((key) => key.spkiDer.equals(spkiDer) && !KINDS_TRUSTED_BY_FORM[key.kind].includes(kind));
}


/***/ }),

/***/ 257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ coversEverything)
/* harmony export */ });
/** Does a reader get everything it acts on signed? Only then may a verified file be ALLOWed. */
function coversEverything(check) {
    return (check.coverage !== undefined &&
        check.coverage !== 'body' &&
        (check.uncovered === undefined || check.uncovered.length === 0));
}


/***/ }),

/***/ 4993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Aj: () => (/* binding */ buildTrustStore),
  ry: () => (/* binding */ pinArn),
  sS: () => (/* binding */ trustedKeyFor),
  EY: () => (/* binding */ unpinnedArnFor)
});

// EXTERNAL MODULE: ./src/keys/public-key-text.ts
var public_key_text = __webpack_require__(6385);
// EXTERNAL MODULE: ./src/keys/kms-arn.ts
var kms_arn = __webpack_require__(3351);
// EXTERNAL MODULE: ./src/keys/minisign-key.ts
var minisign_key = __webpack_require__(9854);
;// CONCATENATED MODULE: ./src/keys/minisign-trusted-key.ts


/**
 * The minisign key a token denotes, or undefined when it is not minisign-shaped (so it is
 * read as another key form). A minisign-sized key of another algorithm is an error.
 */
function minisignKeyFromText(token) {
    try {
        const { keyId, publicKey } = (0,minisign_key/* parseMinisignPublicKey */.i3)(token);
        return { ...(0,public_key_text/* ed25519FromRaw */.Os)(publicKey), keyId: Buffer.from(keyId) };
    }
    catch (error) {
        if (error instanceof minisign_key/* MinisignKeyError */.gt && error.code === 'minisign-key-wrong-algorithm')
            throw error;
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/trust/trusted-keys-error.ts

/**
 * A trusted-keys entry that cannot be used. Thrown, never skipped: a skipped line is a key
 * the user believes is trusted and is not, and nothing would point back at the cause.
 */
class TrustedKeysError extends errors/* CodedError */.A {
    /** `source:line` of the offending entry (or just the source). */
    location;
    constructor(code, location, reason, cause) {
        super(code, `${location}: ${reason}`, { cause });
        this.location = location;
    }
}

;// CONCATENATED MODULE: ./src/trust/trusted-keys-file.ts




/** Far above any real list; a bigger input is a mistake (a wrong file), not a key list. */
const MAX_TRUSTED_KEYS_CHARS = 1024 * 1024;
const MINISIGN_COMMENT = /^untrusted comment:/i;
/** Lines end at "\n" only, as upstream splits them; one "\r" before it is a CRLF ending. */
const LINE_END = /\r?\n/;
/**
 * Every other line or paragraph separator (formats.md 3). Upstream keeps it inside the
 * line, an editor shows a line break: the text after it would be an entry to the reader
 * and part of an identifier (or of a comment) to the parser, so it is refused, never folded.
 */
const OTHER_SEPARATOR = /[\v\f\r\u0085\u2028\u2029]/;
const SEPARATOR_NAME = {
    '\v': 'LINE TABULATION',
    '\f': 'FORM FEED',
    '\r': 'CARRIAGE RETURN not followed by a newline',
    '\u0085': 'NEXT LINE',
    '\u2028': 'LINE SEPARATOR',
    '\u2029': 'PARAGRAPH SEPARATOR',
};
const PEM_END = /-----END [A-Z0-9 ]+-----/;
/** Text that is plainly an attempt at a key, so it must never be read as an identifier. */
const KEY_LIKE = /^(?:-----|#|arn:|untrusted comment:|[A-Za-z0-9+/=]{32,}(?:\s|$))/i;
/**
 * Parse upstream's trusted-keys format (formats.md 3): `<public-key> <identifier...>` per
 * line, `#` comments and blank lines skipped. Also: multi-line PEM blocks, whose
 * identifier follows `-----END PUBLIC KEY-----` on its line or, when nothing does, is the
 * whole next line (as upstream reads blocks pasted with their trailing newline), unless
 * that line looks like a key; and minisign `.pub` files (`untrusted comment:` line, then
 * `RW...`), whose identifier defaults to the comment. Any unusable line throws.
 */
function parseTrustedKeys(text, source) {
    if (text.length > MAX_TRUSTED_KEYS_CHARS) {
        throw new TrustedKeysError('trusted-keys-too-large', source, 'is larger than 1 MiB');
    }
    const lines = linesOf(text, source);
    const file = { keys: [], unpinnedArns: [] };
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i] ?? '';
        const location = `${source}:${i + 1}`;
        if (line === '' || line.startsWith('#'))
            continue;
        if (line.startsWith('-----BEGIN')) {
            i = readPemBlock(lines, i, location, file);
        }
        else if (MINISIGN_COMMENT.test(line)) {
            const keyLine = lines[i + 1] ?? '';
            const comment = line.replace(MINISIGN_COMMENT, '').trim();
            if (!isMinisignKey(firstToken(keyLine))) {
                throw new TrustedKeysError('minisign-key-missing', location, 'is not followed by an RW... minisign key');
            }
            addEntry(file, firstToken(keyLine), restOf(keyLine) || comment, `${source}:${i + 2}`);
            i += 1;
        }
        else {
            addEntry(file, firstToken(line), restOf(line), location);
        }
    }
    return file;
}
/** Trimmed lines, refusing any line that holds a separator other than its "\n" ending. */
function linesOf(text, source) {
    return text.split(LINE_END).map((line, i) => {
        const separator = OTHER_SEPARATOR.exec(line)?.[0];
        if (separator !== undefined) {
            const codePoint = separator.codePointAt(0) ?? 0;
            throw new TrustedKeysError('line-separator-in-line', `${source}:${i + 1}`, `contains U+${codePoint.toString(16).toUpperCase().padStart(4, '0')} ` +
                `${SEPARATOR_NAME[separator]} inside the line; trusted-keys lines end only at ` +
                'a plain newline ("\\n" or "\\r\\n"); save the file with plain newlines');
        }
        return line.trim();
    });
}
/** Reads a PEM block starting at `start`; returns the index of its last line. */
function readPemBlock(lines, start, location, file) {
    let end = start;
    while (end < lines.length && !PEM_END.test(lines[end] ?? ''))
        end++;
    const endLine = lines[end];
    const marker = endLine === undefined ? null : PEM_END.exec(endLine);
    if (endLine === undefined || marker === null) {
        throw new TrustedKeysError('pem-unterminated', location, 'PEM block has no -----END line');
    }
    const markerEnd = marker.index + marker[0].length;
    const pem = [...lines.slice(start, end), endLine.slice(0, markerEnd)].join('\n');
    let identifier = endLine.slice(markerEnd).trim();
    const next = lines[end + 1];
    if (identifier === '' && next !== undefined && next !== '' && !KEY_LIKE.test(next)) {
        identifier = next;
        end += 1;
    }
    addEntry(file, pem, identifier, location);
    return end;
}
function addEntry(file, key, identifier, location) {
    if (identifier === '') {
        throw new TrustedKeysError('missing-identifier', location, 'has a key but no identifier; write "<public-key> <identifier>"');
    }
    if (key.startsWith('arn:')) {
        if (!(0,kms_arn/* isKmsKeyArn */.U)(key)) {
            throw new TrustedKeysError('unsupported-arn', location, `${key} is not a KMS key ARN (arn:aws:kms:<region>:<account>:key/<id>; aliases are not accepted)`);
        }
        file.unpinnedArns.push({ arn: key, identifier, source: location });
        return;
    }
    try {
        file.keys.push({ identifier, ...trustedKeyFromText(key), source: location });
    }
    catch (error) {
        const isPrivate = error instanceof public_key_text/* KeyTextError */.JH && error.code === 'key-is-private';
        const reason = error instanceof Error ? error.message : 'is not a key';
        throw new TrustedKeysError(isPrivate ? 'private-key' : 'invalid-key', location, `the key ${reason} (expected SPKI PEM/DER base64, raw Ed25519 base64, RW... minisign or a KMS key ARN)`, error);
    }
}
function trustedKeyFromText(key) {
    const minisign = minisignKeyFromText(key);
    if (minisign === undefined)
        return (0,public_key_text/* publicKeyFromText */.y_)(key);
    const { keyId, ...decoded } = minisign;
    return { kind: 'minisign', ...decoded, minisignKeyId: keyId };
}
function isMinisignKey(token) {
    try {
        return minisignKeyFromText(token) !== undefined;
    }
    catch {
        return false;
    }
}
function firstToken(line) {
    return line.split(/\s+/)[0] ?? '';
}
function restOf(line) {
    return line.split(/\s+/).slice(1).join(' ');
}

;// CONCATENATED MODULE: ./src/trust/trust-store.ts



/** Every source's entries, in order. Throws TrustedKeysError on the first unusable line. */
function buildTrustStore(sources) {
    const store = { keys: [], unpinnedArns: [] };
    for (const { text, source } of sources) {
        const file = parseTrustedKeys(text, source);
        store.keys.push(...file.keys);
        store.unpinnedArns.push(...file.unpinnedArns);
    }
    return store;
}
/**
 * Pin a listed ARN to the key bytes KMS returned for it (GetPublicKey). Pure: the caller
 * fetches. From then on the ARN's entry trusts exactly those bytes, like any other key.
 */
function pinArn(store, arn, spkiDer, identifier) {
    const entry = store.unpinnedArns.find((candidate) => candidate.arn === arn);
    if (entry === undefined) {
        throw new TrustedKeysError('arn-not-listed', arn, 'is not an unpinned ARN of the trusted keys');
    }
    let decoded;
    try {
        decoded = (0,public_key_text/* spkiFromDer */.No)(spkiDer);
    }
    catch (error) {
        const reason = error instanceof public_key_text/* KeyTextError */.JH ? error.message : 'is unreadable';
        throw new TrustedKeysError('invalid-key', entry.source, `the key KMS returned for ${arn} ${reason}`, error);
    }
    const key = {
        identifier: identifier || entry.identifier,
        kind: 'spki',
        ...decoded,
        source: `${entry.source} (${arn}, pinned from KMS)`,
    };
    return {
        keys: [...store.keys, key],
        unpinnedArns: store.unpinnedArns.filter((candidate) => candidate !== entry),
    };
}
/** The trusted entry with exactly these SPKI DER bytes: the only thing trust is granted on. */
function trustedKeyFor(keys, spkiDer) {
    return keys.find((key) => key.spkiDer.equals(spkiDer));
}
/** A listed but unpinned ARN, so a message can say why it did not make a key trusted. */
function unpinnedArnFor(store, arn) {
    return typeof arn === 'string' ? store.unpinnedArns.find((entry) => entry.arn === arn) : undefined;
}


/***/ })

};

//# sourceMappingURL=402.index.js.map