export const id = 759;
export const ids = [759];
export const modules = {

/***/ 1815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ annotateCapped)
/* harmony export */ });
/* unused harmony export ANNOTATIONS_SHOWN */
/**
 * The runner shows at most 10 error and 10 warning annotations per step; past that
 * we emit one that says how many more there are and where to read them.
 */
const ANNOTATIONS_SHOWN = 10;
function annotateCapped(items, emit, overflow) {
    const direct = items.length > ANNOTATIONS_SHOWN ? ANNOTATIONS_SHOWN - 1 : items.length;
    items.slice(0, direct).forEach(emit);
    if (items.length > direct)
        overflow(items.length - direct);
}


/***/ }),

/***/ 4578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qE: () => (/* binding */ fileLinks)
/* harmony export */ });
/* unused harmony exports blobLinks, encodeSegment */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _pull_request_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1679);


const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/**
 * Links to each file as the run saw it: `SERVER/OWNER/REPO/blob/SHA/PATH`. On pull
 * requests the commit is the pull request's head (`pull_request.head.sha` in the event
 * payload): GITHUB_SHA there is a merge commit that stops existing once the pull
 * request moves on. Without a server, repository or commit there are no links.
 */
async function fileLinks(env) {
    const head = (0,_pull_request_js__WEBPACK_IMPORTED_MODULE_1__.isPullRequestEvent)(env) ? await headSha(env.GITHUB_EVENT_PATH) : undefined;
    return blobLinks(env.GITHUB_SERVER_URL, env.GITHUB_REPOSITORY, head ?? env.GITHUB_SHA);
}
/**
 * The link maker for one commit. Every piece of the URL is checked or percent-encoded,
 * so a link destination holds only `A-Z a-z 0-9 - . _ ~ %` and `/` after the origin:
 * a path cannot end the link early, start markup, or choose the scheme.
 */
function blobLinks(serverUrl, repository, sha) {
    const origin = originOf(serverUrl);
    if (origin === undefined || !REPOSITORY.test(repository ?? '') || !COMMIT.test(sha ?? '')) {
        return () => undefined;
    }
    const base = `${origin}/${repository ?? ''}/blob/${sha ?? ''}`;
    return (file) => `${base}/${file.split('/').map(encodeSegment).join('/')}`;
}
/** RFC 3986 unreserved characters stay; everything else (`!'()*` too) is percent-encoded. */
function encodeSegment(segment) {
    return encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function originOf(serverUrl) {
    if (!serverUrl)
        return undefined;
    try {
        const url = new URL(serverUrl);
        return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
    }
    catch {
        return undefined;
    }
}
/** The pull request's head commit from the event payload; undefined when it cannot be read. */
async function headSha(eventPath) {
    if (!eventPath)
        return undefined;
    try {
        const event = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(eventPath, 'utf8'));
        const sha = event.pull_request?.head?.sha;
        return typeof sha === 'string' ? sha : undefined;
    }
    catch {
        // No payload to read: GITHUB_SHA still names a commit that has the files.
        return undefined;
    }
}


/***/ }),

/***/ 1759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMergeReports: () => (/* binding */ runMergeReports)
});

// UNUSED EXPORTS: mergeShardReports

// EXTERNAL MODULE: ./src/files/shard.ts
var shard = __webpack_require__(491);
// EXTERNAL MODULE: ./src/action/action-failure.ts
var action_failure = __webpack_require__(597);
// EXTERNAL MODULE: ./src/action/file-links.ts
var file_links = __webpack_require__(4578);
// EXTERNAL MODULE: ./src/action/report-file.ts
var report_file = __webpack_require__(2621);
// EXTERNAL MODULE: ./src/action/settings.ts
var settings = __webpack_require__(9297);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/files/workspace-files.ts
var workspace_files = __webpack_require__(9747);
// EXTERNAL MODULE: ./src/action/sign-report.ts
var sign_report = __webpack_require__(2711);
;// CONCATENATED MODULE: ./src/action/shard-reports.ts







class MergeError extends errors/* CodedError */.A {
}
/**
 * A shard's report holds one entry of a few hundred bytes per signature: 64 MiB is
 * some 200,000 signatures, far past what one job signs, and keeps a stray file (a
 * build artifact the glob caught) from being read whole into memory.
 */
const MAX_REPORT_BYTES = 64 * 1024 * 1024;
/**
 * Every file the `reports` globs match, read and checked to be a sign report. Any path
 * that is not a readable, well-formed report fails the merge and is named: a merge
 * that skipped a file would undercount what the shards did.
 */
async function readShardReports(workspace, patterns, maxBytes = MAX_REPORT_BYTES) {
    const { files, refused } = await (0,workspace_files/* findWorkspaceFiles */._)(workspace, patterns, []);
    const bad = refused.filter((r) => r.severity === 'error');
    if (bad.length > 0) {
        throw new MergeError('unreadable', `\`reports\` matched paths that are not read as reports: ${bad.map((r) => r.message.replace(/\.+$/, '')).join('; ')}. Only regular files are read: download the artifacts into a plain folder.`);
    }
    if (files.length === 0) {
        const tried = [...patterns.include, ...patterns.exclude.map((p) => `!${p}`)].join(', ');
        throw new MergeError('no-reports', `No report matched \`reports\` (${tried}) in ${workspace}. Download the shards' reports first (actions/download-artifact with \`pattern: dossier-sign-report-*\` and \`path: dossier-sign-reports\`), and upload them in each shard with \`if: always()\`.`);
    }
    const reports = [];
    for (const file of files) {
        const text = await readCapped(external_node_path_default().join(workspace, file), file, maxBytes);
        reports.push({ file, report: parseSignReport(text, file) });
    }
    return reports;
}
/** O_NOFOLLOW: a report swapped for a link after the walk is refused, not followed. */
async function readCapped(absolute, file, maxBytes) {
    let handle;
    try {
        handle = await (0,promises_.open)(absolute, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
    }
    catch (error) {
        const code = error.code ?? 'error';
        throw new MergeError('unreadable', `Report ${file} cannot be opened (${code}).`, {
            cause: error,
        });
    }
    try {
        const { size } = await handle.stat();
        if (size > maxBytes) {
            throw new MergeError('too-large', `Report ${file} is ${size} bytes, over the ${maxBytes}-byte limit for one shard's report; it is not a dossier-sign report, or \`reports\` matched the wrong file (narrow the globs).`);
        }
        return await handle.readFile('utf8');
    }
    finally {
        await handle.close();
    }
}
const STATUSES = ['signed', 'skipped', 'would-sign', 'failed'];
const REPORT_KEYS = [
    'report',
    'version',
    'shard',
    'matched',
    'dryRun',
    'key',
    'minisign',
    'formats',
    'totals',
    'signatures',
];
/**
 * Parse one report strictly: every field the merge relies on must be there with its
 * type, and the totals must count the signatures listed. `file` names it in errors.
 */
function parseSignReport(text, file) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new MergeError('malformed', `Report ${file} is not JSON (${error.message}); was the upload cut short?`, { cause: error });
    }
    if (!isObject(value) || value.report !== sign_report/* SIGN_REPORT */.Jp) {
        throw new MergeError('foreign', `${file} is not a dossier-sign sign report (no "report": "${sign_report/* SIGN_REPORT */.Jp}"); \`reports\` should match only the files the sign shards wrote (their \`report-file\` output).`);
    }
    if (value.version !== sign_report/* SIGN_REPORT_VERSION */.eq) {
        throw new MergeError('foreign', `Report ${file} has version ${JSON.stringify(value.version)}; this action reads version ${sign_report/* SIGN_REPORT_VERSION */.eq}. Use the same dossier-sign version in the sign jobs and the merge job.`);
    }
    const malformed = (what) => new MergeError('malformed', `Report ${file} is malformed: ${what}.`);
    const missing = REPORT_KEYS.filter((k) => !(k in value));
    if (missing.length > 0)
        throw malformed(`it has no ${missing.map((k) => `"${k}"`).join(', ')}`);
    const { shard, matched, dryRun, key, minisign, formats, totals, signatures } = value;
    if (!isObject(shard) || !isCount(shard.count) || !isCount(shard.index, 0)) {
        throw malformed('"shard" is not {"index": I, "count": N}');
    }
    if (shard.count < 1 || shard.index > shard.count) {
        throw malformed(`"shard" ${shard.index}/${shard.count} is not I/N with 1 <= I <= N`);
    }
    if (!isCount(matched))
        throw malformed('"matched" is not a count');
    if (typeof dryRun !== 'boolean')
        throw malformed('"dryRun" is not true or false');
    if (key !== null && !isStrings(key, ['arn', 'keySpec', 'algorithm'])) {
        throw malformed('"key" is neither null nor {"arn", "keySpec", "algorithm"}');
    }
    if (minisign !== null && !isStrings(minisign, ['arn', 'keyIdHex'])) {
        throw malformed('"minisign" is neither null nor {"arn", "keyIdHex"}');
    }
    if (!Array.isArray(formats) || !formats.every(isFormat)) {
        throw malformed(`"formats" is not a list of ${settings/* SIGN_FORMATS */.J.join(', ')}`);
    }
    if (!Array.isArray(signatures))
        throw malformed('"signatures" is not a list');
    const entries = signatures.map((entry, i) => {
        const why = entryProblem(entry);
        if (why !== undefined)
            throw malformed(`signature ${i + 1} ${why}`);
        return entry;
    });
    if (!isObject(totals) || !STATUSES.every((s) => isCount(totals[s]))) {
        throw malformed(`"totals" does not count ${STATUSES.join(', ')}`);
    }
    const counted = STATUSES.filter((s) => entries.filter((e) => e.status === s).length !== totals[s]);
    if (counted.length > 0) {
        throw malformed(`"totals" disagrees with the signatures listed (${counted.join(', ')})`);
    }
    return {
        report: sign_report/* SIGN_REPORT */.Jp,
        version: sign_report/* SIGN_REPORT_VERSION */.eq,
        shard: { index: shard.index, count: shard.count },
        matched,
        dryRun,
        key: key === null ? null : { arn: key.arn, keySpec: key.keySpec, algorithm: key.algorithm },
        minisign: minisign === null ? null : { arn: minisign.arn, keyIdHex: minisign.keyIdHex },
        formats,
        totals: totals,
        signatures: entries,
    };
}
function entryProblem(entry) {
    if (!isObject(entry))
        return 'is not an object';
    if (typeof entry.file !== 'string' || entry.file === '')
        return 'has no "file"';
    if (!isFormat(entry.format))
        return 'has no known "format"';
    if (typeof entry.signatureFile !== 'string')
        return 'has no "signatureFile"';
    if (entry.sha256 !== undefined && !/^[0-9a-f]{64}$/.test(String(entry.sha256))) {
        return 'has a "sha256" that is not 64 hex digits';
    }
    if (!STATUSES.includes(entry.status))
        return 'has no known "status"';
    if (entry.error !== undefined && !isStrings(entry.error, ['code', 'message'])) {
        return 'has an "error" that is not {"code", "message"}';
    }
    return undefined;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isCount(value, min = 0) {
    return Number.isSafeInteger(value) && value >= min;
}
function isStrings(value, keys) {
    return isObject(value) && keys.every((k) => typeof value[k] === 'string');
}
function isFormat(value) {
    return settings/* SIGN_FORMATS */.J.includes(value);
}

;// CONCATENATED MODULE: ./src/action/merge-reports.ts







/**
 * `mode: merge-reports`: read the sign reports a matrix's shards uploaded, check they
 * are the N slices of one run (each once, one key, no file signed twice), and say the
 * whole run once: outputs, report file and job summary as one unsharded run would.
 * Files only: no AWS call, no token.
 */
async function runMergeReports(settings, { io, env }) {
    const report = (0,report_file/* reportFile */.r)('merge', settings.workspace, settings.reportPath, env);
    await report.check();
    const shards = await readShardReports(settings.workspace, settings.reports);
    const merged = mergeShardReports(shards, io);
    const { totals, signatures } = merged;
    const count = merged.shard.count;
    io.info(`Merging ${shards.map((s) => `${s.file} (${(0,shard/* describeShard */.y0)(s.report.shard)})`).join(', ')}.`);
    await (0,sign_report/* publishSign */.T9)(io, merged, {
        key: merged.key ?? undefined,
        formats: merged.formats,
        minisign: merged.minisign ?? undefined,
        dryRun: merged.dryRun,
        mergedShards: count,
    }, { report, links: await (0,file_links/* fileLinks */.qE)(env) }, `dossier-sign: ${count} shards merged: ${merged.dryRun ? `${totals['would-sign']} would sign` : `${totals.signed} signed`}, ${totals.skipped} already held, ${totals.failed} failed (${signatures.length} signature(s) of ${new Set(signatures.map((s) => s.file)).size} file(s)).`);
    if (totals.failed > 0) {
        const files = new Set(signatures.map((r) => r.file)).size;
        const failed = new Set(signatures.filter((r) => r.status === 'failed').map((r) => r.file)).size;
        throw new action_failure/* ActionFailure */.d('files-failed', `${failed} of ${files} file(s) were not signed by the shards (${totals.failed} signature(s) not written); each failure is listed in the job summary and annotated in its shard's job.`);
    }
}
/**
 * One report from the N shard reports of one run. Refused: mixed N, a slice missing
 * or reported twice, different keys or dry-run settings, a merged report among them,
 * and a file and format in two reports (the matrix or the globs changed between jobs).
 */
function mergeShardReports(shards, io) {
    const list = (items) => items.map((s) => `${s.file} (${(0,shard/* describeShard */.y0)(s.report.shard)})`).join(', ');
    const merged = shards.filter((s) => s.report.shard.index === 0);
    if (merged.length > 0) {
        throw new MergeError('mixed', `${merged.map((s) => s.file).join(', ')} is already a merged report (shard index 0); \`reports\` should match only the shards' own reports.`);
    }
    const counts = new Set(shards.map((s) => s.report.shard.count));
    if (counts.size > 1) {
        throw new MergeError('mixed', `The reports split the files into different numbers of shards: ${list(shards)}. Merge the reports of one matrix run only (clear the download folder; the matrix's N must be the same in every job).`);
    }
    const count = shards[0]?.report.shard.count ?? 1;
    const byIndex = new Map();
    for (const s of shards)
        byIndex.set(s.report.shard.index, [...(byIndex.get(s.report.shard.index) ?? []), s]);
    const twice = [...byIndex.values()].filter((items) => items.length > 1);
    if (twice.length > 0) {
        throw new MergeError('duplicate-shards', `More than one report for the same shard: ${twice.map(list).join('; ')}. Give each shard's artifact its own name (dossier-sign-report-\${{ matrix.shard }}) and download one run's artifacts only.`);
    }
    const absent = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
    if (absent.length > 0) {
        const names = absent.map((i) => `${i}/${count}`);
        const named = names.length === 1
            ? `shard ${names[0]} has`
            : `shards ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} have`;
        throw new MergeError('missing-shards', `${named} no report: did those jobs fail before writing one? Upload the report with \`if: always()\` in every shard, and run the merge job with \`needs\` on the sign job and \`if: always()\`.`);
    }
    const arns = new Set(shards.flatMap((s) => (s.report.key ? [s.report.key.arn] : [])));
    if (arns.size > 1) {
        throw new MergeError('mixed', `The shards signed with different keys: ${shards.map((s) => `${s.file}: ${s.report.key?.arn ?? 'none'}`).join(', ')}. Every shard of a run must use the same \`kms-key-id\`.`);
    }
    if (new Set(shards.map((s) => s.report.dryRun)).size > 1) {
        throw new MergeError('mixed', `Some shards ran with \`dry-run\` and some without: ${shards.map((s) => `${s.file}: dry-run ${s.report.dryRun}`).join(', ')}. Give every shard of a run the same \`dry-run\`.`);
    }
    const ordered = [...shards].sort((a, b) => a.report.shard.index - b.report.shard.index);
    const owner = new Map();
    for (const s of ordered) {
        for (const entry of s.report.signatures) {
            const id = `${entry.file}\0${entry.format}`;
            const first = owner.get(id);
            if (first !== undefined && first !== s) {
                throw new MergeError('overlap', `${entry.file} (${entry.format}) is in the reports of shard ${(0,shard/* describeShard */.y0)(first.report.shard)} (${first.file}) and shard ${(0,shard/* describeShard */.y0)(s.report.shard)} (${s.file}): each file belongs to one shard, so the matrix or the \`files\` globs changed between jobs. Re-run every shard with the same inputs.`);
            }
            owner.set(id, s);
        }
    }
    const matched = new Set(shards.map((s) => s.report.matched));
    if (matched.size > 1) {
        io.warning(`The shards matched different numbers of files (${ordered.map((s) => `${(0,shard/* describeShard */.y0)(s.report.shard)}: ${s.report.matched}`).join(', ')}): did they check out different commits? A file added between jobs may have been missed by its shard.`);
    }
    const signatures = ordered
        .flatMap((s) => s.report.signatures)
        .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const formats = new Set(shards.flatMap((s) => s.report.formats));
    const key = shards.find((s) => s.report.key !== null)?.report.key ?? null;
    return {
        report: sign_report/* SIGN_REPORT */.Jp,
        version: sign_report/* SIGN_REPORT_VERSION */.eq,
        shard: { index: 0, count },
        matched: Math.max(...matched),
        dryRun: shards[0]?.report.dryRun ?? false,
        key,
        minisign: shards.find((s) => s.report.minisign !== null)?.report.minisign ?? null,
        formats: settings/* SIGN_FORMATS */.J.filter((f) => formats.has(f)),
        totals: (0,sign_report/* totalsOf */.vA)(signatures),
        signatures,
    };
}


/***/ }),

/***/ 1319:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ setBoundedJsonOutput)
/* harmony export */ });
/* unused harmony export OUTPUT_BUDGET_BYTES */
/**
 * GitHub keeps at most 1 MB of outputs per job (all steps together). A per-file JSON
 * output (`report`, `signatures`) is kept whole up to 256 KiB; the other outputs are a
 * few KiB at most, so one step of this action stays near a quarter of the limit and
 * leaves room for the job's other steps.
 */
const OUTPUT_BUDGET_BYTES = 256 * 1024;
/**
 * Set `name` to `json` (a JSON array of `entries` items) when it fits the budget;
 * otherwise to a TruncatedOutput object, which no reader can take for a short list, and
 * say so in a notice. Never cut silently.
 */
function setBoundedJsonOutput(io, name, json, entries, reportFile, budgetBytes = OUTPUT_BUDGET_BYTES) {
    const bytes = Buffer.byteLength(json);
    if (bytes <= budgetBytes) {
        io.setOutput(name, json);
        return false;
    }
    const truncated = { truncated: true, entries, bytes, budgetBytes, reportFile };
    io.setOutput(name, JSON.stringify(truncated));
    io.notice(`The \`${name}\` output would be ${kib(bytes)} (${entries} entries), over its ${kib(budgetBytes)} budget (GitHub keeps at most 1 MB of outputs per job), so it holds {"truncated": true, ...} instead. The full list is in ${reportFile} (the \`report-file\` output); upload it with actions/upload-artifact to keep it after the job.`, { title: `dossier-sign: ${name} output truncated` });
    return true;
}
function kib(bytes) {
    return `${Math.ceil(bytes / 1024)} KiB`;
}


/***/ }),

/***/ 2621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ reportFile)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _files_atomic_write_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4448);
/* harmony import */ var _files_write_in_workspace_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2818);
/* harmony import */ var _input_error_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9229);







/**
 * `report-path` (absolute, already checked to be lexically inside the workspace) when
 * given; else a new file under RUNNER_TEMP, which the runner empties after the job, so
 * each run's name is unique and nothing is left in the checkout.
 */
function reportFile(mode, workspace, reportPath, env) {
    if (reportPath !== undefined)
        return workspaceReport(workspace, reportPath);
    const folder = env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)();
    const name = `dossier-sign-${mode}-report-${env.GITHUB_RUN_ID ?? 'local'}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}.json`;
    const target = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(folder, name);
    return {
        path: target,
        check: async () => undefined,
        write: async (json) => {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(folder, { recursive: true });
            await (0,_files_atomic_write_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)(target, json);
            return target;
        },
    };
}
function workspaceReport(workspace, target) {
    const shown = node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(workspace, target);
    const refuse = (why) => new _input_error_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .d('invalid', `\`report-path\` ${shown} ${why}; nothing was written there.`);
    const check = async () => {
        // The nearest folder that exists must really be inside the workspace: a symlinked
        // folder on the way could lead anywhere.
        const realWorkspace = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(workspace);
        let folder = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(target);
        while (!(await (0,_files_write_in_workspace_js__WEBPACK_IMPORTED_MODULE_5__/* .exists */ .t2)(folder)))
            folder = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(folder);
        const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(folder).catch(() => undefined);
        if (real === undefined || !(0,_files_atomic_write_js__WEBPACK_IMPORTED_MODULE_4__/* .isWithin */ .UO)(real, realWorkspace)) {
            throw refuse('resolves outside the workspace through a symbolic link; give a path whose folders are real folders in the checkout');
        }
        const existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(target).catch(() => undefined);
        if (existing?.isSymbolicLink()) {
            throw refuse('is a symbolic link; remove it or give another path');
        }
        if (existing !== undefined && !existing.isFile()) {
            throw refuse('exists and is not a regular file; give a file path');
        }
    };
    return {
        path: target,
        check,
        async write(json) {
            await check();
            try {
                await (0,_files_write_in_workspace_js__WEBPACK_IMPORTED_MODULE_5__/* .writeInWorkspace */ .A9)(workspace, target, json, 'report-path');
            }
            catch (error) {
                if (error instanceof _files_write_in_workspace_js__WEBPACK_IMPORTED_MODULE_5__/* .WorkspacePathError */ .Tf) {
                    throw new _input_error_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .d('invalid', error.message, { cause: error });
                }
                throw error;
            }
            return target;
        },
    };
}


/***/ }),

/***/ 2711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jp: () => (/* binding */ SIGN_REPORT),
/* harmony export */   Ms: () => (/* binding */ reportSign),
/* harmony export */   T9: () => (/* binding */ publishSign),
/* harmony export */   eq: () => (/* binding */ SIGN_REPORT_VERSION),
/* harmony export */   vA: () => (/* binding */ totalsOf)
/* harmony export */ });
/* unused harmony exports signatureEntries, signaturesJson, signSummary */
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
function totalsOf(results) {
    const totals = { signed: 0, skipped: 0, 'would-sign': 0, failed: 0 };
    for (const r of results)
        totals[r.status]++;
    return totals;
}
/** The entries of the `signatures` output and the report file: one per file and format. */
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
/** The `signatures` output: the entries as a bare JSON array. */
function signaturesJson(results) {
    return JSON.stringify(signatureEntries(results));
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
    (0,_output_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .setBoundedJsonOutput */ .X)(io, 'signatures', signaturesJson(results), results.length, reportFile);
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


/***/ }),

/***/ 4448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tf: () => (/* binding */ WorkspacePathError),
/* harmony export */   UO: () => (/* binding */ isWithin),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);





class WorkspacePathError extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CodedError */ .A {
}
/** Longest file name (bytes) on the file systems runners use. */
const NAME_MAX = 255;
/**
 * Write a file so that readers see either the old content or the whole new one,
 * never a prefix: write a temp file, fsync it (fdatasync in a batch, which fsyncs the
 * folders at the end), rename it over the target. A crash mid-write leaves at most a stray `.*.tmp` file, never a
 * torn signature.
 */
async function writeFileAtomic(target, content, options = {}) {
    const { within, batch } = options;
    const folder = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(target);
    let realFolder = batch?.checked(folder);
    if (realFolder === undefined) {
        realFolder = within === undefined ? folder : await realFolderWithin(folder, within, target);
        batch?.remember(folder, realFolder);
    }
    try {
        await writeThenRename(within ?? folder, target, realFolder, content, options);
    }
    catch (error) {
        // A folder on another file system (a mount inside the workspace) cannot take a
        // rename from the workspace root: make the temp file beside the target instead.
        if (within === undefined || error.code !== 'EXDEV')
            throw error;
        await writeThenRename(realFolder, target, realFolder, content, options);
    }
}
async function writeThenRename(tempFolder, target, realFolder, content, options) {
    const name = node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(target);
    const temp = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tempFolder, tempName(name));
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(temp, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW, 0o644);
    try {
        try {
            await handle.writeFile(content);
            // The data reaches the disk before the name does: after a power loss the target
            // holds the old content or the whole new one, never an empty file.
            await (options.batch === undefined ? handle.sync() : handle.datasync());
        }
        finally {
            await handle.close();
        }
        await options.beforeRename?.();
        // The folder may have been swapped for a symlink since the first check (while
        // the file was hashed and signed): look again, as late as we can.
        const { within } = options;
        if (within !== undefined) {
            const now = await realFolderWithin(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(target), within, target);
            if (now !== realFolder) {
                throw new WorkspacePathError('outside-workspace', `the folder of ${name} changed while it was being written (a symbolic link now leads to ${now}); nothing was written.`);
            }
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, node_path__WEBPACK_IMPORTED_MODULE_3___default().join(realFolder, name));
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(temp).catch(() => undefined);
        throw error;
    }
}
/** The folder's real path, refused unless it is `within` (a real path) or below it. */
async function realFolderWithin(folder, within, target) {
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(folder);
    if (!isWithin(real, within)) {
        throw new WorkspacePathError('outside-workspace', `${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(target)} would be written to ${real}, outside the workspace, through a symbolic link; nothing was written there.`);
    }
    return real;
}
function isWithin(realPath, realRoot) {
    return realPath === realRoot || realPath.startsWith(`${realRoot}${(node_path__WEBPACK_IMPORTED_MODULE_3___default().sep)}`);
}
/** Random once per process; a counter tells this process's temp files apart (O_EXCL refuses any clash). */
const TEMP_TAG = `${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`;
let tempCount = 0;
/**
 * `.<name>.<pid>.<random>.<n>.tmp`, the name cut short (at a character boundary) so
 * the temp name fits where the target's own name does.
 */
function tempName(name) {
    const suffix = `.${TEMP_TAG}.${tempCount++}.tmp`;
    let room = NAME_MAX - 1 - Buffer.byteLength(suffix);
    let kept = '';
    for (const char of name) {
        room -= Buffer.byteLength(char);
        if (room < 0)
            break;
        kept += char;
    }
    return `.${kept}${suffix}`;
}


/***/ }),

/***/ 9747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ findWorkspaceFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3581);



/** Directories never walked: git's internals and installed dependencies. */
const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);
/** What Node puts where a name's bytes are not UTF-8. */
const REPLACEMENT_CHARACTER = '\uFFFD';
/**
 * Walk the workspace without following symbolic links and match every entry against
 * the patterns. Matching on lstat results means a symlink can never smuggle a path
 * from outside the workspace into the list: it is refused where it stands.
 */
async function findWorkspaceFiles(workspace, patterns, 
/** Names never listed: signature files are no candidates for signing or verifying. */
skippedSuffixes) {
    const options = { dot: true, nocomment: true, nonegate: true };
    const include = patterns.include.map((p) => new minimatch__WEBPACK_IMPORTED_MODULE_2__/* .Minimatch */ .VR(p, options));
    const exclude = patterns.exclude.map((p) => new minimatch__WEBPACK_IMPORTED_MODULE_2__/* .Minimatch */ .VR(p, options));
    const matches = (rel) => include.some((m) => m.match(rel)) && !exclude.some((m) => m.match(rel));
    // `docs/**` matches every folder under docs; only a pattern that names files
    // (`**/*.ds.md`) makes a matching directory worth a warning.
    const fileNaming = include.filter((m) => !/^\*+$/.test(m.pattern.split('/').pop() ?? ''));
    const directoryMatches = (rel) => fileNaming.some((m) => m.match(rel)) && !exclude.some((m) => m.match(rel));
    const files = [];
    const refused = [];
    const walk = async (dirRel) => {
        let entries;
        try {
            entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, dirRel), { withFileTypes: true });
        }
        catch (error) {
            // The workspace itself must be readable; a folder below it that is not (left
            // root-owned by an earlier container step, too deep for the OS) is refused where
            // it stands, when a pattern could match inside it, instead of ending the walk.
            if (dirRel === '')
                throw error;
            if (include.some((m) => m.match(dirRel, true)) && !exclude.some((m) => m.match(dirRel))) {
                const why = `is a folder that cannot be read (${error.code ?? 'error'}), so nothing in it was signed or verified`;
                refused.push(refusal(dirRel, 'unreadable-folder', 'error', why));
            }
            return;
        }
        for (const entry of entries) {
            const rel = dirRel === '' ? entry.name : `${dirRel}/${entry.name}`;
            if (entry.name.includes(REPLACEMENT_CHARACTER)) {
                // Node reads names as UTF-8: one that is not comes back with U+FFFD and no longer
                // names the entry, so it cannot be opened or walked. Refuse it where it stands
                // instead of failing the whole walk (or later saying the file does not exist).
                const folder = entry.isDirectory();
                const couldMatch = folder
                    ? include.some((m) => m.match(rel, true)) && !exclude.some((m) => m.match(rel))
                    : matches(rel);
                if (couldMatch) {
                    const why = `has a name that is not valid UTF-8, so ${folder ? 'nothing in it can be read' : 'it cannot be opened'}; rename it`;
                    refused.push(refusal(rel, 'name-not-utf8', 'error', why));
                }
                continue;
            }
            if (entry.isDirectory()) {
                if (!SKIPPED_DIRECTORIES.has(entry.name))
                    await walk(rel);
                if (directoryMatches(rel)) {
                    refused.push(refusal(rel, 'directory', 'warning', 'is a directory, not a file'));
                }
                continue;
            }
            if (entry.isSymbolicLink() && !matches(rel) && (await isFolderLink(workspace, rel))) {
                // A folder replaced by a link is never walked, so its dossiers would vanish from
                // the check without a word: say so wherever a pattern could match inside it.
                if (include.some((m) => m.match(rel, true)) && !exclude.some((m) => m.match(rel))) {
                    const why = 'is a symbolic link to a folder; links are not followed, so nothing in it was signed or verified';
                    refused.push(refusal(rel, 'symlinked-folder', 'warning', why));
                }
                continue;
            }
            if (!matches(rel) || skippedSuffixes.some((s) => rel.endsWith(s)))
                continue;
            if (entry.isSymbolicLink()) {
                const why = 'is a symbolic link; only regular files are signed or verified, so a link cannot lead outside the workspace (exclude it with a `!` pattern)';
                refused.push(refusal(rel, 'symlink', 'error', why));
            }
            else if (entry.isFile()) {
                files.push(rel);
            }
            else {
                const why = 'is not a regular file (FIFO, socket or device)';
                refused.push(refusal(rel, 'not-regular-file', 'error', why));
            }
        }
    };
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(workspace);
    await walk('');
    files.sort();
    refused.sort((a, b) => a.file.localeCompare(b.file));
    return { files, refused };
}
/** Metadata only (stat opens nothing), so a link to a FIFO or a device cannot hang the walk. */
async function isFolderLink(workspace, rel) {
    try {
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, rel))).isDirectory();
    }
    catch {
        return false;
    }
}
function refusal(file, code, severity, why) {
    return { file, code, severity, message: `${file} ${why}; it was not touched.` };
}


/***/ }),

/***/ 2818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A9: () => (/* binding */ writeInWorkspace),
/* harmony export */   Tf: () => (/* reexport safe */ _atomic_write_js__WEBPACK_IMPORTED_MODULE_2__.Tf),
/* harmony export */   t2: () => (/* binding */ exists)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _atomic_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4448);




/**
 * Write a file the user named by an input (such as `public-key-path`). Missing
 * folders are created only after the nearest existing one is shown to lie inside the
 * workspace (a symlinked folder could lead anywhere), one level at a time, each
 * checked again once made; the write itself re-checks right before its rename.
 */
async function writeInWorkspace(workspace, absolute, content, input) {
    const realWorkspace = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(workspace);
    const refuse = (cause) => new _atomic_write_js__WEBPACK_IMPORTED_MODULE_2__/* .WorkspacePathError */ .Tf('outside-workspace', `\`${input}\` ${node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, absolute)} resolves outside the workspace through a symbolic link; nothing was written there.`, { cause });
    const assertWithin = async (folder) => {
        const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(folder).catch((error) => {
            throw refuse(error); // a dangling or looping link: it leads nowhere we can check
        });
        if (!(0,_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__/* .isWithin */ .UO)(real, realWorkspace))
            throw refuse();
    };
    const missing = [];
    let existing = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(absolute);
    while (!(await exists(existing))) {
        missing.unshift(existing);
        existing = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(existing);
    }
    await assertWithin(existing);
    for (const folder of missing) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(folder).catch((error) => {
            if (error.code !== 'EEXIST')
                throw error;
        });
        await assertWithin(folder);
    }
    try {
        await (0,_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Zf)(absolute, content, { within: realWorkspace });
    }
    catch (error) {
        throw error instanceof _atomic_write_js__WEBPACK_IMPORTED_MODULE_2__/* .WorkspacePathError */ .Tf ? refuse(error) : error;
    }
}
/** Whether anything (a symlink too) is at `file`. */
async function exists(file) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(file);
        return true;
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return false;
        throw error;
    }
}


/***/ })

};

//# sourceMappingURL=759.index.js.map