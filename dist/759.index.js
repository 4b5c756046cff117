export const id = 759;
export const ids = [759];
export const modules = {

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
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/files/read-regular-file.ts
var read_regular_file = __webpack_require__(7269);
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
/**
 * Read as every workspace file is (O_NOFOLLOW: a report swapped for a link after the
 * walk is refused, not followed), and refused unread when over `maxBytes`.
 */
async function readCapped(absolute, file, maxBytes) {
    let bytes;
    try {
        bytes = await (0,read_regular_file/* readFileNoFollow */.tk)(absolute, maxBytes);
    }
    catch (error) {
        if (error instanceof read_regular_file/* ReadError */.F_ && error.code === 'file-too-large') {
            throw new MergeError('too-large', `Report ${file} is over the ${maxBytes}-byte limit for one shard's report; it is not a dossier-sign report, or \`reports\` matched the wrong file (narrow the globs).`, { cause: error });
        }
        throw new MergeError('unreadable', `Report ${file} ${(0,errors/* messageOf */.b)(error)}.`, { cause: error });
    }
    if (bytes === undefined)
        throw new MergeError('unreadable', `Report ${file} is gone.`);
    return bytes.toString('utf8');
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
    const entries = (0,sign_report/* signatureEntries */.zS)(signatures.map((entry, i) => {
        const why = entryProblem(entry);
        if (why !== undefined)
            throw malformed(`signature ${i + 1} ${why}`);
        return entry;
    }));
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
    const { files, failed } = (0,sign_report/* fileCounts */.NZ)(signatures);
    io.info(`Merging ${shards.map((s) => `${s.file} (${(0,shard/* describeShard */.y0)(s.report.shard)})`).join(', ')}.`);
    await (0,sign_report/* publishSign */.T9)(io, merged, {
        key: merged.key ?? undefined,
        formats: merged.formats,
        minisign: merged.minisign ?? undefined,
        dryRun: merged.dryRun,
        mergedShards: count,
    }, { report, links: await (0,file_links/* fileLinks */.qE)(env) }, `dossier-sign: ${count} shards merged: ${merged.dryRun ? `${totals['would-sign']} would sign` : `${totals.signed} signed`}, ${totals.skipped} already held, ${totals.failed} failed (${signatures.length} signature(s) of ${files} file(s)).`);
    if (totals.failed > 0) {
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

//# sourceMappingURL=759.index.js.map