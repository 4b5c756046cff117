export const id = 351;
export const ids = [351];
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
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);





class WorkspacePathError extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CodedError */ .A {
}
const flushData = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_1__.fdatasync);
const flushAll = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_1__.fsync);
/** Longest file name (bytes) on the file systems runners use. */
const NAME_MAX = 255;
/**
 * Write a file so that readers see either the old content or the whole new one,
 * never a prefix: write a temp file, fsync it (fdatasync in a batch, which fsyncs the
 * folders at the end), rename it over the target. A crash mid-write leaves at most a stray `.*.tmp` file, never a
 * torn signature.
 *
 * Every call but the flush is made directly, not through libuv's thread pool: what is
 * written is a signature file or a dossier (kilobytes; at most a few MiB), and each
 * pooled call cost about 35 microseconds more CPU than the call itself (waking a worker
 * and then the loop), so the five of a signature file's write (open, write, close,
 * realpath, rename) were about 7% of the action's CPU per signed file. The flush waits
 * on the disk, so it stays off the event loop.
 */
async function writeFileAtomic(target, content, options = {}) {
    const { within, batch } = options;
    const folder = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target);
    let realFolder = batch?.checked(folder);
    if (realFolder === undefined) {
        realFolder = within === undefined ? folder : realFolderWithin(folder, within, target);
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
    const name = node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(target);
    const temp = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(tempFolder, tempName(name));
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(temp, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW, 0o644);
    try {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(fd, content);
            // The data reaches the disk before the name does: after a power loss the target
            // holds the old content or the whole new one, never an empty file.
            await (options.batch === undefined ? flushAll(fd) : flushData(fd));
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        }
        await options.beforeRename?.();
        // The folder may have been swapped for a symlink since the first check (while
        // the file was hashed and signed): look again, as late as we can.
        const { within } = options;
        if (within !== undefined) {
            const now = realFolderWithin(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target), within, target);
            if (now !== realFolder) {
                throw new WorkspacePathError('outside-workspace', `the folder of ${name} changed while it was being written (a symbolic link now leads to ${now}); nothing was written.`);
            }
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(temp, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(realFolder, name));
    }
    catch (error) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(temp);
        }
        catch {
            // already gone, or never made
        }
        throw error;
    }
}
/** The folder's real path, refused unless it is `within` (a real path) or below it. */
function realFolderWithin(folder, within, target) {
    const real = node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync.native(folder);
    if (!isWithin(real, within)) {
        throw new WorkspacePathError('outside-workspace', `${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(target)} would be written to ${real}, outside the workspace, through a symbolic link; nothing was written there.`);
    }
    return real;
}
function isWithin(realPath, realRoot) {
    return realPath === realRoot || realPath.startsWith(`${realRoot}${(node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)}`);
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

/***/ 7269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F_: () => (/* binding */ ReadError),
/* harmony export */   JD: () => (/* binding */ NO_FOLLOW_READ),
/* harmony export */   Zr: () => (/* binding */ assertOpenedAt),
/* harmony export */   tk: () => (/* binding */ readFileNoFollow)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);



class ReadError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CodedError */ .A {
}
/**
 * How every file of the workspace is opened: O_NOFOLLOW refuses a symlink swapped in
 * after the walk (nothing may point elsewhere), O_NONBLOCK keeps a FIFO from blocking
 * the open (regular files ignore the flag).
 */
const NO_FOLLOW_READ = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK;
/**
 * Refuses an open file that is not the one at `realPath` (the workspace's real path and
 * the file's walked name): O_NOFOLLOW refuses a link in the file's own place, but the
 * folders above it are followed, and one swapped for a link after the walk leads to
 * another file. Where the open file is: Linux names it in /proc/self/fd, which no rename
 * or link swap made after the open can change. Elsewhere the path is resolved again
 * after the open, which leaves a swap made and undone between the two calls unseen.
 */
function assertOpenedAt(fd, file, realPath) {
    let where;
    try {
        where = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(`/proc/self/fd/${fd}`);
    }
    catch {
        where = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(file);
    }
    if (where !== realPath) {
        throw new ReadError('symlink', `was reached through a symbolic link (a folder above it now leads to ${where}); it was not read`);
    }
}
/**
 * Read a whole file, refusing symlinks, anything but a regular file, and more than
 * `maxBytes`. Resolves undefined when nothing is there, or nothing can be (a name too long).
 * The bytes are read into `bufferFor(capacity)` and handed back as a view of the bytes
 * read, never of what the buffer held before.
 */
async function readFileNoFollow(file, maxBytes, { bufferFor = Buffer.allocUnsafeSlow, realPath } = {}) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, NO_FOLLOW_READ);
    }
    catch (error) {
        const code = error.code;
        // ENAMETOOLONG: no file can have that name (a 252-byte dossier's `.sig`), so none is there.
        if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ENAMETOOLONG')
            return undefined;
        if (code === 'ELOOP')
            throw new ReadError('symlink', 'is a symbolic link; it is not followed', { cause: error });
        throw new ReadError('unreadable', `cannot be opened: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .b)(error)}`, { cause: error });
    }
    try {
        if (realPath !== undefined)
            assertOpenedAt(handle.fd, file, realPath);
        const stat = await handle.stat();
        if (!stat.isFile())
            throw new ReadError('not-regular-file', 'is not a regular file');
        // Refused unread when stat already says it is too large; the cap below still holds
        // for a file that grows while it is read.
        if (stat.size > maxBytes)
            throw tooLarge(maxBytes);
        // One byte of room past what stat promised, so growth since stat is noticed.
        const capacity = stat.size + 1;
        const buffer = await bufferFor(capacity);
        let size = 0;
        for (;;) {
            const { bytesRead } = await handle.read(buffer, size, capacity - size, null);
            size += bytesRead;
            if (bytesRead === 0 || size === capacity)
                break;
        }
        if (size > maxBytes)
            throw tooLarge(maxBytes);
        if (size === capacity)
            throw new ReadError('unreadable', 'changed while it was being read');
        return buffer.subarray(0, size);
    }
    finally {
        await handle.close();
    }
}
function tooLarge(maxBytes) {
    return new ReadError('file-too-large', `is larger than ${maxBytes} bytes`);
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

//# sourceMappingURL=351.index.js.map