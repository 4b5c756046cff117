import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3232:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ askFirstToken)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _aws_proxy_config_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3912);
/* harmony import */ var _aws_partitions_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5986);




/** How long the first request may take before the toolkit's own request takes over. */
const FIRST_TOKEN_TIMEOUT_MS = 10_000;
/** An answer this long is not a token endpoint's. */
const MAX_ANSWER_BYTES = 64 * 1024;
/**
 * Sends a sign run's OIDC token request as the process's very first act, so the answer
 * is on its way while the action's code (the toolkit, its HTTP client, sign mode, the
 * AWS SDK) is parsed. It reads only the few inputs that decide the request, as the
 * runner passes them (`INPUT_<NAME>`), and goes out only for sign mode with
 * `role-to-assume`, the runner's token endpoint and no proxy on the way to it. This is a
 * head start, not a second client: one attempt, no retry, and any failure (refused,
 * redirected, slow, malformed) leaves the token to the toolkit's `getIDToken`, its
 * retries and its messages (see tokenAskedEarly). It uses `node:http(s)`, which Node has
 * loaded already: the built-in `fetch` costs ~80 ms to set up, more than it saves. The
 * request token goes only in the Authorization header and nothing here is printed.
 */
function askFirstToken(env, request = get) {
    const input = (name) => (env[`INPUT_${name.toUpperCase()}`] ?? '').trim();
    const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    const role = input('role-to-assume');
    if ((input('mode') || 'sign') !== 'sign' || role === '' || !url || !bearer)
        return undefined;
    const audience = input('audience') || (0,_aws_partitions_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultAudience */ .Yl)((0,_aws_partitions_js__WEBPACK_IMPORTED_MODULE_3__/* .partitionOfArn */ .Fh)(role));
    let endpoint;
    try {
        // The URL the toolkit asks: the runner's, with the audience appended to its query.
        endpoint = new URL(`${url}&audience=${encodeURIComponent(audience)}`);
        if (endpoint.protocol !== 'https:' && endpoint.protocol !== 'http:')
            return undefined;
        // Through a proxy the toolkit's client goes, with the proxy rules it has.
        if ((0,_aws_proxy_config_js__WEBPACK_IMPORTED_MODULE_2__/* .proxyFor */ .iJ)(endpoint, (0,_aws_proxy_config_js__WEBPACK_IMPORTED_MODULE_2__/* .proxyConfigFrom */ .vL)(input('http-proxy'), env)) !== undefined) {
            return undefined;
        }
    }
    catch {
        return undefined;
    }
    const token = request(endpoint, {
        authorization: `Bearer ${bearer}`,
        accept: 'application/json',
        'user-agent': 'actions/oidc-client',
    }).then(({ status, body }) => {
        if (status !== 200)
            throw new Error(`the token endpoint answered HTTP ${status}`);
        const value = JSON.parse(body).value;
        if (typeof value !== 'string' || value === '') {
            throw new Error('the token endpoint answered without a token');
        }
        return value;
    });
    // Nobody awaits it until the run needs a token; a failure then falls back.
    token.catch(() => undefined);
    return { audience, token };
}
/** One GET, no redirect followed, bounded in time and size. */
function get(url, headers) {
    return new Promise((resolve, reject) => {
        const send = url.protocol === 'https:' ? (node_https__WEBPACK_IMPORTED_MODULE_1___default().get) : (node_http__WEBPACK_IMPORTED_MODULE_0___default().get);
        const req = send(url, { headers, timeout: FIRST_TOKEN_TIMEOUT_MS }, (res) => {
            const chunks = [];
            let size = 0;
            res.on('data', (chunk) => {
                size += chunk.length;
                if (size > MAX_ANSWER_BYTES)
                    req.destroy(new Error('the token endpoint answered too much'));
                else
                    chunks.push(chunk);
            });
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
            res.on('error', reject);
        });
        req.on('timeout', () => req.destroy(new Error('the token endpoint did not answer in time')));
        req.on('error', reject);
    });
}


/***/ }),

/***/ 5986:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fh: () => (/* binding */ partitionOfArn),
/* harmony export */   Yl: () => (/* binding */ defaultAudience),
/* harmony export */   b2: () => (/* binding */ regionOfArn),
/* harmony export */   cn: () => (/* binding */ partitionOfRegion)
/* harmony export */ });
/**
 * Which AWS partition a region belongs to: the region patterns of the SDK's partition
 * table (@aws-sdk/util-endpoints partitions.json). A role, its keys and the region of a
 * run must share one partition: credentials from one never work in another.
 */
const REGION_PATTERNS = [
    ['aws-cn', /^cn-\w+-\d+$/],
    ['aws-us-gov', /^us-gov-\w+-\d+$/],
    ['aws-iso', /^us-iso-\w+-\d+$/],
    ['aws-iso-b', /^us-isob-\w+-\d+$/],
    ['aws-iso-e', /^eu-isoe-\w+-\d+$/],
    ['aws-iso-f', /^us-isof-\w+-\d+$/],
    ['aws-eusc', /^eusc-(de)-\w+-\d+$/],
    ['aws', /^(us|eu|ap|sa|ca|me|af|il|mx)-\w+-\d+$/],
];
function partitionOfRegion(region) {
    return REGION_PATTERNS.find(([, pattern]) => pattern.test(region))?.[0];
}
/** `arn:PARTITION:service:...` */
function partitionOfArn(arn) {
    return arn.split(':')[1] ?? '';
}
/** `arn:PARTITION:kms:REGION:...` */
function regionOfArn(arn) {
    return arn.split(':')[3] ?? '';
}
/**
 * The audience AWS expects in a web-identity token: the STS service name of the role's
 * partition (`sts.amazonaws.com.cn` in China, `sts.amazonaws.com` everywhere else, GovCloud
 * included), what aws-actions/configure-aws-credentials defaults to as well.
 */
function defaultAudience(partition) {
    return partition === 'aws-cn' ? 'sts.amazonaws.com.cn' : 'sts.amazonaws.com';
}


/***/ }),

/***/ 3912:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Wm: () => (/* binding */ proxySecrets),
/* harmony export */   Xb: () => (/* binding */ ProxyConfigError),
/* harmony export */   iJ: () => (/* binding */ proxyFor),
/* harmony export */   mn: () => (/* binding */ decodedUserinfo),
/* harmony export */   ri: () => (/* binding */ displayProxy),
/* harmony export */   vL: () => (/* binding */ proxyConfigFrom)
/* harmony export */ });
/* unused harmony export bypassesProxy */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);

class ProxyConfigError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CodedError */ .A {
}
/**
 * The `http-proxy` input wins over the environment for both schemes (as in
 * aws-actions/configure-aws-credentials); otherwise https endpoints use
 * `https_proxy` then `HTTPS_PROXY`, http endpoints `http_proxy` then `HTTP_PROXY`, the
 * precedence of @actions/http-client.
 */
function proxyConfigFrom(input, env) {
    const noProxy = env.no_proxy || env.NO_PROXY || '';
    if (input !== '') {
        const proxy = endpoint(input, 'http-proxy');
        return { https: proxy, http: proxy, noProxy };
    }
    const first = (...names) => {
        const name = names.find((n) => (env[n] ?? '') !== '');
        return name === undefined ? undefined : endpoint(env[name], name);
    };
    return {
        https: first('https_proxy', 'HTTPS_PROXY'),
        http: first('http_proxy', 'HTTP_PROXY'),
        noProxy,
    };
}
/** The proxy a request to `target` goes through, or undefined when it goes direct. */
function proxyFor(target, config) {
    const proxy = target.protocol === 'https:' ? config.https : config.http;
    if (proxy === undefined || bypassesProxy(target, config.noProxy))
        return undefined;
    return proxy;
}
/**
 * @actions/http-client's `checkBypass`: loopback always goes direct (a proxy cannot reach
 * the runner's own loopback); otherwise a NO_PROXY entry matches the host or `host:port`
 * exactly, as a domain suffix (`example.com` and `.example.com` both match
 * `kms.example.com`), or `*` matches everything. Case-insensitive.
 */
function bypassesProxy(target, noProxy) {
    const host = target.hostname.toUpperCase();
    if (host === '')
        return false;
    if (isLoopback(host))
        return true;
    const port = target.port !== '' ? target.port : target.protocol === 'https:' ? '443' : '80';
    const names = [host, `${host}:${port}`];
    return noProxy
        .split(',')
        .map((entry) => entry.trim().toUpperCase())
        .filter((entry) => entry !== '')
        .some((entry) => entry === '*' ||
        names.some((name) => name === entry ||
            name.endsWith(`.${entry}`) ||
            (entry.startsWith('.') && name.endsWith(entry))));
}
/** The proxy as a message may show it: scheme, host and port, never `user:password@`. */
function displayProxy(proxy) {
    return `${proxy.url.protocol}//${proxy.url.host} (${proxy.source})`;
}
/** The proxy's credentials, as written and decoded: the runner must mask both. */
function proxySecrets(config) {
    const secrets = new Set();
    for (const proxy of [config.https, config.http]) {
        if (proxy === undefined || proxy.url.password === '')
            continue;
        secrets.add(proxy.url.password);
        secrets.add(decodedUserinfo(proxy.url.password));
    }
    return [...secrets];
}
/** A URL's user or password, percent-decoded; left as written when it is not valid encoding. */
function decodedUserinfo(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
function isLoopback(upperHost) {
    return (upperHost === 'LOCALHOST' ||
        upperHost.startsWith('127.') ||
        upperHost.startsWith('[::1]') ||
        upperHost.startsWith('[0:0:0:0:0:0:0:1]'));
}
function endpoint(text, source) {
    const trimmed = text.trim();
    // `proxy.corp:3128` without a scheme means an http proxy, as curl and http-client read it.
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`;
    let url;
    try {
        url = new URL(withScheme);
    }
    catch {
        throw new ProxyConfigError('invalid-proxy-url', `${source} is not a proxy URL: give it as http://HOST:PORT (or http://USER:PASSWORD@HOST:PORT).`);
    }
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') {
        throw new ProxyConfigError('invalid-proxy-url', `${source} (${url.protocol}//${url.host}) is not an http:// or https:// proxy URL: give it as http://HOST:PORT.`);
    }
    return { url, source };
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ CodedError),
/* harmony export */   b: () => (/* binding */ messageOf)
/* harmony export */ });
/**
 * Base for every error this action raises on purpose: a closed set of codes per
 * subclass, so tests and the reporter branch on `code`, never on wording.
 */
class CodedError extends Error {
    code;
    constructor(code, message, options) {
        super(message, options);
        this.code = code;
        this.name = new.target.name;
    }
}
/** Message of anything thrown, `Error` or not. */
function messageOf(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error) ?? String(error);
    }
    catch {
        return String(error);
    }
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _action_first_token_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3232);

// A sign run's first request, the OIDC token, goes out before anything else is parsed:
// this file is the whole entry chunk, and the action (the toolkit, its HTTP client, the
// modes) is a chunk of its own that loads while the token endpoint answers.
const first = (0,_action_first_token_js__WEBPACK_IMPORTED_MODULE_0__/* .askFirstToken */ .V)(process.env);
const { main } = await Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(583)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7583));
process.exitCode = await main(first);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map