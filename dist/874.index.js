export const id = 874;
export const ids = [874];
export const modules = {

/***/ 1874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openKmsSession: () => (/* binding */ openKmsSession),
  signRunKeys: () => (/* binding */ signRunKeys)
});

// EXTERNAL MODULE: ./src/aws/adaptive-limit.ts + 2 modules
var adaptive_limit = __webpack_require__(9358);
// EXTERNAL MODULE: ./src/aws/aws-error.ts
var aws_error = __webpack_require__(4931);
// EXTERNAL MODULE: ./src/aws/kms-calls.ts
var kms_calls = __webpack_require__(5948);
// EXTERNAL MODULE: ./src/aws/kms-hints.ts
var kms_hints = __webpack_require__(755);
// EXTERNAL MODULE: ./src/aws/minisign-kms-hints.ts
var minisign_kms_hints = __webpack_require__(2068);
// EXTERNAL MODULE: ./src/aws/proxy-config.ts
var proxy_config = __webpack_require__(3912);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/keys/kms-arn.ts
var kms_arn = __webpack_require__(3351);
;// CONCATENATED MODULE: ./src/aws/session-policy.ts


/** STS refuses an inline session policy longer than this (plain text, before its own packing). */
const SESSION_POLICY_MAX_CHARS = 2048;
class SessionPolicyError extends errors/* CodedError */.A {
}
/**
 * The inline session policy (STS `Policy`) for a run: only the calls the run makes,
 * only on its keys. A session gets the intersection of this and the role's policies,
 * so a role allowed more cannot use it inside the action. Compact JSON, checked
 * against the 2,048 characters STS accepts.
 */
function sessionPolicyFor(grants) {
    if (grants.length === 0)
        throw new SessionPolicyError('no-keys', 'a session policy needs a key');
    const keysFor = (...uses) => unique(grants.filter((g) => uses.includes(g.use)).map((g) => g.arn));
    const signing = keysFor('sign-digest', 'sign-ed25519-raw');
    const statements = [
        allow('ReadSigningKeys', ['kms:DescribeKey', 'kms:GetPublicKey'], signing),
        allow('ReadPublicKeys', 'kms:GetPublicKey', keysFor('read-public-key').filter((arn) => !signing.includes(arn))),
        allow('SignDigestsOnly', 'kms:Sign', keysFor('sign-digest'), { 'kms:MessageType': 'DIGEST' }),
        // Pure Ed25519 (minisign) signs only RAW messages: RAW is held to that one algorithm.
        allow('SignPureEd25519Only', 'kms:Sign', keysFor('sign-ed25519-raw'), {
            'kms:MessageType': 'RAW',
            'kms:SigningAlgorithm': 'ED25519_SHA_512',
        }),
    ].filter((s) => s !== undefined);
    const policy = policyText(statements);
    if (policy.length > SESSION_POLICY_MAX_CHARS) {
        throw new SessionPolicyError('session-policy-too-long', `The session policy for this run's ${unique(grants.map((g) => g.arn)).length} KMS key(s) is ${policy.length} characters, over the 2,048 AWS STS accepts for an inline session policy. Pin fewer KMS key ARNs in one step (list a key's public key as base64 SPKI instead of its ARN), or set \`session-policy: false\` to let the role's own policies alone bound the session.`);
    }
    return policy;
}
/**
 * The bootstrap session's policy, before an alias is resolved: DescribeKey on the keys of
 * one account and region, nothing else. It can read key metadata; it can never sign.
 */
function describeOnlyPolicy(home) {
    return policyText([
        {
            Sid: 'ResolveAliases',
            Effect: 'Allow',
            Action: 'kms:DescribeKey',
            Resource: `arn:${home.partition}:kms:${home.region}:${home.account}:key/*`,
        },
    ]);
}
/**
 * The key ARN a key input names for good, without asking KMS: a key ARN, or a bare key
 * id (which KMS looks up in the caller's account and region). An alias can move, so it
 * has none: only DescribeKey can say where it points now.
 */
function keyArnOf(keyInput, home) {
    if ((0,kms_arn/* isKmsKeyArn */.U)(keyInput))
        return keyInput;
    if (!BARE_KEY_ID.test(keyInput))
        return undefined;
    return `arn:${home.partition}:kms:${home.region}:${home.account}:key/${keyInput}`;
}
/**
 * Where a role's aliases and bare key ids resolve: the partition and account of its ARN
 * (`arn:aws:iam::123456789012:role/NAME`, as readSettings checked it), in the run's region.
 */
function keyHomeOf(roleArn, region) {
    const [, partition = 'aws', , , account = ''] = roleArn.split(':');
    return { partition, region, account };
}
// KMS key ids are lower-case; another spelling is left to DescribeKey to resolve or refuse.
const BARE_KEY_ID = /^(mrk-[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
function allow(sid, action, keys, conditions) {
    if (keys.length === 0)
        return undefined;
    const statement = {
        Sid: sid,
        Effect: 'Allow',
        Action: action,
        Resource: keys.length === 1 ? keys[0] : keys,
    };
    return conditions === undefined
        ? statement
        : { ...statement, Condition: { StringEquals: conditions } };
}
function policyText(statements) {
    return JSON.stringify({ Version: '2012-10-17', Statement: statements });
}
function unique(values) {
    return [...new Set(values)];
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/credential-provider-web-identity/dist-cjs/index.js
var dist_cjs = __webpack_require__(9956);
;// CONCATENATED MODULE: ./src/aws/oidc-claims.ts
function claimsFromJwt(token) {
    const payload = token.split('.')[1];
    if (payload === undefined)
        return {};
    try {
        const json = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        if (typeof json !== 'object' || json === null)
            return {};
        const c = json;
        const text = (v) => (typeof v === 'string' ? v : undefined);
        const aud = Array.isArray(c.aud) ? c.aud.filter((a) => typeof a === 'string').join(',') : c.aud;
        return {
            iss: text(c.iss),
            sub: text(c.sub),
            aud: text(aud),
            repository: text(c.repository),
            repositoryId: text(c.repository_id),
            repositoryOwnerId: text(c.repository_owner_id),
            ref: text(c.ref),
            sha: text(c.sha),
            environment: text(c.environment),
            workflowRef: text(c.workflow_ref),
            jobWorkflowRef: text(c.job_workflow_ref),
            runId: text(c.run_id),
            runAttempt: text(c.run_attempt),
            eventName: text(c.event_name),
            runnerEnvironment: text(c.runner_environment),
        };
    }
    catch {
        return {};
    }
}

// EXTERNAL MODULE: ./src/aws/retry-policy.ts
var retry_policy = __webpack_require__(7669);
// EXTERNAL MODULE: ./src/aws/oidc-issuer.ts
var oidc_issuer = __webpack_require__(8658);
;// CONCATENATED MODULE: ./src/aws/sts-hints.ts

const SUB_FORMS = 'repo:ORG/REPO:ref:refs/heads/BRANCH, repo:ORG/REPO:ref:refs/tags/TAG, ' +
    'repo:ORG/REPO:environment:NAME, repo:ORG/REPO:pull_request; repositories created after ' +
    '2026-07-15 use the immutable form repo:ORG@ORG_ID/REPO@REPO_ID:...';
/** A message for an STS failure that says which claim or setting to check. */
function stsHint(code, awsMessage, settings, claims) {
    const token = `the token has sub "${claims.sub ?? '?'}" and aud "${claims.aud ?? '?'}"`;
    const role = `role-to-assume ${settings.roleArn}`;
    // GitHub Enterprise Server issues from https://HOST/_services/token, not github.com's.
    const issuer = claims.iss ?? settings.oidcIssuer;
    const provider = (0,oidc_issuer/* issuerProviderName */.WC)(issuer);
    switch (code) {
        case 'sts-access-denied':
            return (`AWS STS refused to let this workflow assume ${role} (${awsMessage}). ` +
                `The role's trust policy must match the GitHub OIDC token: ${token}. ` +
                `Check the condition on ${provider}:sub (forms: ${SUB_FORMS}) ` +
                `and on ${provider}:aud, and that the role ARN is right.`);
        case 'sts-invalid-token':
            return (`AWS STS rejected the GitHub OIDC token for ${role} (${awsMessage}); ${token}. ` +
                `Check that the account has an IAM OIDC provider with the URL ${issuer} (the token's issuer) ` +
                `whose audience list contains "${settings.audience}" (the \`audience\` input), and that ` +
                `role-session-name and role-duration-seconds are valid for the role.`);
        case 'sts-expired-token':
            return `The GitHub OIDC token expired before AWS STS accepted it (${awsMessage}). Re-run the job; if it repeats, check the runner's clock.`;
        case 'sts-rejected-claim':
            return `AWS STS rejected a claim of the GitHub OIDC token for ${role} (${awsMessage}); ${token}. Check the OIDC provider's configuration.`;
        case 'sts-unavailable':
        case 'network':
            return `AWS STS could not be reached or could not reach GitHub's OIDC issuer (${awsMessage}). This is usually transient: re-run the job.`;
        default:
            return `AssumeRoleWithWebIdentity for ${role} failed (${awsMessage}).`;
    }
}

// EXTERNAL MODULE: ./src/aws/http-options.ts + 1 modules
var http_options = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/aws/web-identity-credentials.ts






/**
 * Refresh this long before expiry (a quarter of the lifetime for short sessions), so
 * no request is signed with credentials about to lapse.
 */
const REFRESH_BEFORE_EXPIRY_MS = 5 * 60 * 1000;
/**
 * Credentials from STS AssumeRoleWithWebIdentity, shared by every caller until they
 * are about to expire. A refresh fetches a fresh OIDC token, so it never replays a
 * token that has itself expired. STS calls retry only what can succeed later.
 */
function webIdentityCredentials(settings, tokens, hooks, now = Date.now) {
    let current;
    const fresh = ({ credentials, issuedAt, }) => {
        const expires = credentials.expiration?.getTime();
        if (expires === undefined)
            return true;
        const margin = Math.min(REFRESH_BEFORE_EXPIRY_MS, (expires - issuedAt) / 4);
        return expires - now() > margin;
    };
    return async () => {
        const pending = current;
        const cached = await pending?.catch(() => undefined);
        if (cached && fresh(cached))
            return cached.credentials;
        // Callers that found the same stale value share one refresh.
        if (current === pending) {
            const issuedAt = now();
            current = assumeRole(settings, tokens, hooks).then((credentials) => ({
                credentials,
                issuedAt,
            }));
        }
        return (await current).credentials;
    };
}
async function assumeRole(settings, tokens, hooks) {
    const token = await tokens.token(settings.audience);
    hooks.mask(token);
    const claims = claimsFromJwt(token);
    hooks.onClaims?.(claims);
    const provider = (0,dist_cjs.fromWebToken)({
        roleArn: settings.roleArn,
        roleSessionName: settings.roleSessionName,
        durationSeconds: settings.durationSeconds,
        policy: settings.policy,
        webIdentityToken: token,
        clientConfig: { region: settings.region, ...(0,http_options/* awsHttpOptions */.O)(settings.network) },
    });
    const credentials = await (0,retry_policy/* withRetry */.b)(async () => {
        try {
            return await provider();
        }
        catch (error) {
            const failure = (0,aws_error/* awsErrorFrom */.cn)('sts', error, (code, awsMessage) => stsHint(code, awsMessage, settings, claims));
            throw settings.policy === undefined ? failure : sessionPolicyFailure(failure);
        }
    }, (error) => error instanceof aws_error/* AwsError */.Gy && error.isTransient);
    hooks.mask(credentials.secretAccessKey);
    if (credentials.sessionToken)
        hooks.mask(credentials.sessionToken);
    return credentials;
}
/** STS refusals of the session policy itself (its packed size, its syntax). */
const POLICY_REFUSALS = new Set([
    'PackedPolicyTooLargeException',
    'MalformedPolicyDocumentException',
    'PackedPolicyTooLarge',
    'MalformedPolicyDocument',
]);
/**
 * STS packs session policies into a binary form with its own limit, which a policy under
 * 2,048 characters can still exceed: say that it is the action's session policy, and the
 * way out, rather than a generic AssumeRoleWithWebIdentity failure.
 */
function sessionPolicyFailure(error) {
    if (!POLICY_REFUSALS.has(error.awsCode))
        return error;
    return new aws_error/* AwsError */.Gy(error.code, error.awsCode, `AWS STS refused the session policy this action sends to scope the session to its KMS keys (${error.message}). Set \`session-policy: false\` to assume the role without it; the role's own policies then bound the session.`, error);
}

;// CONCATENATED MODULE: ./src/action/aws-session.ts








/** The keys of a sign run: `kms-key-id` for digests, the minisign key for pure Ed25519. */
function signRunKeys(settings) {
    const minisign = settings.formats.includes('minisig') && settings.minisignKmsKeyId !== undefined
        ? [{ keyId: settings.minisignKmsKeyId, use: 'sign-ed25519-raw' }]
        : [];
    return [{ keyId: settings.aws.kmsKeyId, use: 'sign-digest' }, ...minisign];
}
/**
 * A KMS client with the role's credentials (web identity) or the ambient chain. The
 * role is assumed right away, so a trust-policy mismatch fails before any KMS call.
 * With `session-policy` (the default) the session may do only what the run does with
 * `keys`: the role's permissions intersected with an inline session policy.
 */
async function openKmsSession(aws, deps, keys) {
    const { io } = deps;
    announceProxy(aws.network, io);
    if (!aws.roleToAssume) {
        const clientIn = (region) => deps.kmsClient(region, aws.network);
        return { kms: clientIn(aws.region), clientIn };
    }
    let claims;
    const role = {
        ...aws,
        roleArn: aws.roleToAssume,
        durationSeconds: aws.roleDurationSeconds,
    };
    const hooks = {
        mask: (s) => io.setSecret(s),
        onClaims: (c) => (claims = c),
    };
    const policy = aws.sessionPolicy
        ? sessionPolicyFor(await keyGrants(keys, role, deps, hooks))
        : undefined;
    const credentials = webIdentityCredentials({ ...role, policy }, deps.tokens, hooks);
    await credentials();
    io.info(`Assumed ${aws.roleToAssume} as session ${aws.roleSessionName} (OIDC subject ${claims?.sub ?? '?'}).`);
    io.info(policy === undefined
        ? 'session-policy: false: no session policy was sent, so the session may do whatever the role and key policies allow.'
        : `The session may do only this (session policy, ${policy.length} of ${SESSION_POLICY_MAX_CHARS} characters): ${policy}`);
    const clientIn = (region) => deps.kmsClient(region, aws.network, credentials);
    return { kms: clientIn(aws.region), clientIn, claims };
}
/** Mask the proxy's password before anything can print it, and say which proxy is used. */
function announceProxy(network, io) {
    for (const secret of (0,proxy_config/* proxySecrets */.Wm)(network))
        io.setSecret(secret);
    const proxies = [...new Set([network.https, network.http])].filter((p) => p !== undefined);
    if (proxies.length === 0)
        return;
    const bypass = network.noProxy === '' ? '' : `; NO_PROXY: ${network.noProxy}`;
    io.info(`AWS calls go through the proxy ${proxies.map(proxy_config/* displayProxy */.ri).join(' and ')} (loopback hosts go direct${bypass}).`);
}
/** Errors about the minisign key name its own input. */
const HINTS = {
    'sign-digest': kms_hints/* kmsHint */.b,
    'sign-ed25519-raw': minisign_kms_hints/* minisignKmsHint */.T,
    'read-public-key': kms_hints/* kmsHint */.b,
};
/**
 * The session policy grants on key ARNs. A key ARN or key id names its key for good; an
 * alias can point anywhere, so it is resolved by DescribeKey first, in a session whose
 * own policy allows DescribeKey and nothing else: no session of the run ever holds more
 * than the scoped one. That costs one more OIDC token and STS call, only for aliases.
 */
async function keyGrants(keys, role, deps, hooks) {
    const home = keyHomeOf(role.roleArn, role.region);
    const aliases = keys.filter((key) => keyArnOf(key.keyId, home) === undefined);
    const resolved = new Map();
    if (aliases.length > 0) {
        const policy = describeOnlyPolicy(home);
        const credentials = webIdentityCredentials({ ...role, policy }, deps.tokens, hooks);
        // Assume the role before the first KMS call: an STS failure then surfaces as itself,
        // retried by the STS policy alone, not again by every KMS retry of DescribeKey.
        await credentials();
        const kms = deps.kmsClient(role.region, role.network, credentials);
        try {
            for (const key of aliases) {
                const calls = new kms_calls/* KmsCalls */.r(kms, key.keyId, role.region, HINTS[key.use], {
                    limit: new adaptive_limit/* AdaptiveLimit */.w(1),
                });
                const { arn } = await calls.describeKey();
                if (arn === '') {
                    throw new aws_error/* AwsError */.Gy('unexpected', 'UnexpectedResponse', `KMS DescribeKey answered for ${key.keyId} without the key's ARN.`);
                }
                resolved.set(key.keyId, arn);
                deps.io.info(`${key.keyId} is ${arn} (DescribeKey, in a session allowed nothing else).`);
            }
        }
        finally {
            kms.destroy();
        }
    }
    return keys.map((key) => ({
        arn: keyArnOf(key.keyId, home) ?? resolved.get(key.keyId),
        use: key.use,
    }));
}


/***/ }),

/***/ 9358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ AdaptiveLimit)
});

;// CONCATENATED MODULE: ./src/aws/quota-estimate.ts
/** How far back a pair of throttles may reach (past a second it only bounds the quota from below). */
const SPAN_MS = 10_000;
/** Successes a pair must enclose before its count is trusted (one token of error in 20: 5%). */
const MIN_SUCCESSES = 20;
/** How long a measured quota stands; a quota that shrank is measured again within this. */
const MEMORY_MS = 5_000;
/** Calls over which our own sending rate is measured (a count, so it is smooth at any rate). */
const RATE_CALLS = 16;
/**
 * What a quota lets through, read from the calls themselves. A throttle means the
 * quota's bucket was empty when that call arrived. Between two throttled calls every
 * token that arrived was spent on a call sent in between, so the successes sent between
 * them, over the time between them, is the quota's rate within one token, whatever our
 * own rate was (less only if the bucket overflowed in between, which takes a second of
 * sending too little). The shortest pair that encloses enough successes is used; the
 * estimate kept is the highest of the last few seconds, so a refusal that is not the
 * quota's (a KMS hiccup) cannot talk the rate down round after round.
 */
class QuotaEstimate {
    /** The last SPAN_MS of calls, in the order they were sent. */
    calls = [];
    estimates = [];
    /** The most successes answered within one second so far in the run. */
    bestSecond = 0;
    second = { start: -Infinity, successes: 0 };
    /** Record a success answered at `now`. */
    succeeded(call, now) {
        call.outcome = 'ok';
        if (now - this.second.start >= 1000)
            this.second = { start: now, successes: 0 };
        this.bestSecond = Math.max(this.bestSecond, ++this.second.successes);
    }
    /** The most calls KMS let through in one second of this run. */
    get bestPerSecond() {
        return this.bestSecond;
    }
    sent(sentAt) {
        const call = { sentAt };
        this.calls.push(call);
        while ((this.calls[0]?.sentAt ?? sentAt) < sentAt - SPAN_MS)
            this.calls.shift();
        return call;
    }
    throttled(call, now) {
        call.outcome = 'throttled';
        let successes = 0;
        for (let i = this.calls.lastIndexOf(call) - 1; i >= 0; i--) {
            const earlier = this.calls[i];
            if (earlier.outcome === 'ok')
                successes++;
            else if (earlier.outcome === 'throttled' && successes >= MIN_SUCCESSES) {
                const perSecond = (successes * 1000) / Math.max(1, call.sentAt - earlier.sentAt);
                this.estimates.push({ at: now, perSecond });
                return;
            }
        }
    }
    /** Calls per second the quota lets through, if it was measured in the last few seconds. */
    perSecond(now) {
        while ((this.estimates[0]?.at ?? now) < now - MEMORY_MS)
            this.estimates.shift();
        if (this.estimates.length === 0)
            return undefined;
        return Math.max(...this.estimates.map((e) => e.perSecond));
    }
    /**
     * Answered calls sent at or after `since`, latest first, back until there are `count`
     * of them and `successes` among them (fewer if the last SPAN_MS has not got them).
     * Calls that failed otherwise are not counted.
     */
    refusals({ count, successes: enough = 0, since = -Infinity }) {
        let answered = 0;
        let successes = 0;
        let first = Infinity;
        let last = -Infinity;
        for (let i = this.calls.length - 1; i >= 0 && (answered < count || successes < enough); i--) {
            const call = this.calls[i];
            if (call.sentAt < since)
                break;
            if (call.outcome !== 'ok' && call.outcome !== 'throttled')
                continue;
            answered++;
            if (call.outcome === 'ok')
                successes++;
            first = Math.min(first, call.sentAt);
            last = Math.max(last, call.sentAt);
        }
        return {
            answered,
            successes,
            share: answered > 0 ? (answered - successes) / answered : 0,
            perSecond: last > first ? ((answered - 1) * 1000) / (last - first) : 0,
        };
    }
    /** Calls we sent per second, lately. */
    sendRate(now) {
        const counted = Math.min(RATE_CALLS, this.calls.length);
        const since = this.calls[this.calls.length - counted]?.sentAt ?? now;
        return counted >= 2 && now > since ? (counted * 1000) / (now - since) : Infinity;
    }
}

;// CONCATENATED MODULE: ./src/aws/cut-chain.ts
/** Calls, and successes among them, a stretch of sending is read from. */
const STRETCH_CALLS = 32;
const STRETCH_SUCCESSES = 8;
/** Cuts this far apart or less are one chain. */
const CHAIN_GAP_MS = 2_000;
/** An undo that raised the sending rate by less than this says nothing. */
const UNDO_SPEEDUP = 1.25;
/** How much slower a chain must have made the sending before it is judged. */
const JUDGED_SLOWDOWN = 1.4;
/**
 * A share of refusals under this is no background worth keeping a rate for; over this,
 * it is not taken for background at all: a quota that is far past (a stored burst just
 * spent) can look like one, and sending at the rate that refuses most calls is the
 * worse mistake.
 */
const BACKGROUND_SHARE = 0.05;
const MAX_BACKGROUND_SHARE = 0.6;
/** Shares over STRETCH_CALLS calls differ by chance by up to this much, or this many deviations. */
const NOISE_MARGIN = 0.1;
const NOISE_DEVIATIONS = 2.5;
/**
 * Did the rate go up again without more calls getting through? Refusals that are a
 * share whatever the rate let successes rise with it (at least halfway, on a log
 * scale); a quota that is the limit after all keeps them where they were. An undo
 * that did not raise the rate much (the cap or retries hold the calls back) is no
 * reason to cut again: it costs nothing.
 */
function undoFailed(before, after) {
    const speedup = after.perSecond / before.perSecond;
    return speedup >= UNDO_SPEEDUP && goodput(after) / goodput(before) < Math.sqrt(speedup);
}
/**
 * Are these refusals not the quota's? A chain of cuts that made the sending at least
 * JUDGED_SLOWDOWN times slower tells. A quota lets the same number of calls through
 * while it is the limit and refuses fewer once it is not; refusals that are not the
 * quota's (another caller's bursts on the same quota, a KMS hiccup) stay the same share
 * whatever the rate, and then slowing down only cost successes. Rates are the ones
 * measured from the calls (cap and retries hold calls back too), and the effects asked
 * for are large, so a stretch of 32 calls is enough to see them.
 */
function notTheQuotas(chain, now) {
    const { before } = chain;
    if (!readable(before) || !readable(now))
        return false;
    const slowdown = now.perSecond / before.perSecond;
    const lost = goodput(now) / goodput(before);
    return (slowdown <= 1 / JUDGED_SLOWDOWN &&
        // Successes fell at least halfway (on a log scale) with the rate...
        lost <= Math.sqrt(slowdown) &&
        // ... and the share refused stayed what it was.
        now.share >= BACKGROUND_SHARE &&
        now.share <= MAX_BACKGROUND_SHARE &&
        Math.abs(now.share - before.share) <= byChance(before.share));
}
/** Has a stretch enough calls, and successes, sent over time, to be read? */
function readable(calls) {
    return (calls.answered >= STRETCH_CALLS && calls.successes >= STRETCH_SUCCESSES && calls.perSecond > 0);
}
/** Does `share` over STRETCH_CALLS calls stay within chance of a background `background`? */
function withinBackground(share, background) {
    return share <= background + byChance(background);
}
/** How far a share measured over STRETCH_CALLS calls strays from the true `share` by chance. */
function byChance(share) {
    const deviation = Math.sqrt((share * (1 - share)) / STRETCH_CALLS);
    return Math.max(NOISE_MARGIN, NOISE_DEVIATIONS * deviation);
}
function goodput(calls) {
    return calls.answered > 0 ? (calls.perSecond * calls.successes) / calls.answered : 0;
}

;// CONCATENATED MODULE: ./src/aws/adaptive-limit.ts


const REAL_CLOCK = {
    now: () => performance.now(),
    timer: (ms, fire) => void setTimeout(fire, ms),
};
/** Aim this far under the measured quota, so jitter in arrival times is not refused. */
const TARGET = 0.97;
/** Before the quota is measured, a throttle cuts the rate by this much (once per round trip). */
const BLIND_CUT = 0.5;
/** Cubic probe: past the peak, the rate doubles this long after the last throttle. */
const PROBE_DOUBLING_MS = 4_000;
/** The rate never falls below this, so calls keep going out when every one is refused. */
const MIN_RATE = 0.5;
/**
 * A cut never goes below the most calls that got through in one second of the run,
 * divided by this: a net under misread refusals. A quota that fell this far since is
 * sent to too fast, and its refusals are retried with backoff.
 */
const FLOOR_DIVISOR = 8;
/** Calls the schedule may catch up at once after a stall (the client bucket's depth). */
const BURST_CALLS = 2;
/**
 * Paces Sign calls to what KMS allows: a token bucket whose rate is the quota measured
 * from the calls themselves (QuotaEstimate), plus a cap on calls in flight. Before the
 * first throttle only the cap applies; a throttle sets the rate just under the measured
 * quota (before there is a measurement, it halves what was being sent, once per round
 * trip); without throttles the rate probes upward along CUBIC's curve, slowly near the
 * quota and faster the longer it holds, so a quota that rises is found again. An
 * AIMD limit on calls in flight (what this replaced) halves on every throttle and climbs
 * back by one per round, so it swings around the quota: 87% of it with 0.74 throttles
 * per signature, measured. Calls wait in one queue, first come first served.
 *
 * Not every refusal is the quota's: another caller's bursts on a shared quota or a KMS
 * hiccup refuse a share of calls whatever the rate, and taking each for the quota cuts
 * the rate again and again (30% refused at random: 1.2 signatures/s in simulation, where
 * not pacing made 225/s). So a chain of cuts that slowed the sending by 1.4x or more
 * while the share refused stayed the same and the successes fell with it (cut-chain.ts)
 * is undone, and refusals up to that share are then background, no reason to cut; an
 * undo that gets no more calls through is itself undone.
 */
class AdaptiveLimit {
    max;
    clock;
    inFlight = 0;
    waiting = [];
    quota = new QuotaEstimate();
    /** The rate after the last throttle; Infinity until the first. */
    base = Infinity;
    /** The rate the probe climbs back to before it goes past: the rate cut from. */
    peak = Infinity;
    cutAt = 0;
    /** When the next call may go out (the token bucket, kept as a schedule). */
    nextAt = -Infinity;
    timerAt;
    /** The cuts since the rate last held for CHAIN_GAP_MS. */
    chain;
    /** The last chain undone, until the calls after it show the undo was right. */
    undone;
    /** Share of calls refused whatever the rate: what a cut was seen not to lower. */
    background = 0;
    constructor(max, clock = REAL_CLOCK) {
        this.max = max;
        this.clock = clock;
    }
    /** Calls in flight at most. */
    get limit() {
        return this.max;
    }
    /** Calls per second allowed now; Infinity while KMS has not throttled. */
    get rate() {
        return this.rateAt(this.clock.now());
    }
    /** Run `call` once it is its turn, feeding its outcome to the pacing. */
    async run(call, isThrottle) {
        await new Promise((resolve) => {
            this.waiting.push(resolve);
            this.pump();
        });
        const sent = this.quota.sent(this.clock.now());
        try {
            const result = await call();
            this.quota.succeeded(sent, this.clock.now());
            return result;
        }
        catch (error) {
            if (isThrottle(error))
                this.throttled(sent);
            else
                sent.outcome = 'failed';
            throw error;
        }
        finally {
            this.inFlight--;
            this.pump();
        }
    }
    throttled(sent) {
        const now = this.clock.now();
        this.quota.throttled(sent, now);
        const recent = this.quota.refusals({ count: STRETCH_CALLS, successes: STRETCH_SUCCESSES });
        if (this.undone !== undefined && !this.undoHeld(now, this.undone))
            return;
        if (this.background > 0 && withinBackground(recent.share, this.background))
            return;
        if (this.chain !== undefined && now - this.chain.lastCutAt > CHAIN_GAP_MS) {
            this.chain = undefined;
        }
        if (this.chain !== undefined && notTheQuotas(this.chain, recent)) {
            // Slowing down only cost successes: undo the chain, and let this share be, until
            // the calls at the old rate show more of them getting through.
            this.undone = { at: now, rate: this.rateAt(now), before: recent };
            this.background = recent.share;
            this.setRate(now, this.chain.from);
            this.chain = undefined;
            return;
        }
        const from = this.rateAt(now);
        const sending = Math.min(from, this.quota.sendRate(now));
        const measured = this.quota.perSecond(now);
        if (measured !== undefined) {
            // At or under the measured quota already: the refusal is jitter, or not the
            // quota's; cutting to where the rate is would only stop the probe.
            if (measured * TARGET >= from)
                return;
            this.cut(now, measured * TARGET, measured * TARGET);
        }
        else if (Number.isFinite(sending) && this.blindCutDue(sent, now)) {
            this.cut(now, sending * BLIND_CUT, sending);
        }
        else
            return;
        if (this.chain === undefined) {
            this.chain = { from, before: recent, lastCutAt: now };
        }
        else {
            this.chain.lastCutAt = now;
            // Judged against the first stretch with enough calls in it, if the first had not.
            if (!readable(this.chain.before))
                this.chain.before = recent;
        }
    }
    /**
     * A blind cut waits for a round trip since the last cut (a call sent sooner met the
     * bucket the old rate had emptied, so it says nothing about the new rate) and for a
     * stretch of answers at the new rate: halving once per round trip, with round trips
     * of milliseconds, took the rate to nothing before a second of refusals could show
     * whether they were the quota's, while the probe climbs back over seconds.
     */
    blindCutDue(sent, now) {
        if (sent.sentAt - this.cutAt < now - sent.sentAt)
            return false;
        if (this.base === Infinity)
            return true;
        return (this.quota.refusals({ count: STRETCH_CALLS, since: this.cutAt }).answered >= STRETCH_CALLS);
    }
    cut(now, rate, peak) {
        // However the refusals read, never far below what this run has seen get through.
        const floor = this.quota.bestPerSecond / FLOOR_DIVISOR;
        this.base = Math.max(MIN_RATE, floor, rate);
        this.peak = Math.max(this.base, peak);
        this.cutAt = now;
        this.nextAt = Math.max(this.nextAt, now);
    }
    /**
     * Did undoing a chain of cuts get more calls through? Not when the quota was the
     * limit after all (its stored burst ran out during the chain): then the cuts go back
     * in. Undecided until a stretch of calls went out after the undo.
     */
    undoHeld(now, undone) {
        const after = this.quota.refusals({
            count: STRETCH_CALLS,
            successes: STRETCH_SUCCESSES,
            since: undone.at,
        });
        if (!readable(after))
            return true;
        this.undone = undefined;
        if (!undoFailed(undone.before, after))
            return true;
        this.background = 0;
        this.setRate(now, undone.rate);
        return false;
    }
    setRate(now, rate) {
        this.base = this.peak = rate;
        this.cutAt = now;
    }
    /**
     * CUBIC's curve: back up to the peak (quickly at first, then slowly), flat near it,
     * then faster and faster past it. After a measured cut the peak is the rate itself.
     */
    rateAt(now) {
        if (this.base === Infinity)
            return Infinity;
        const flatAt = Math.cbrt(1 - this.base / this.peak);
        const probed = this.peak * (1 + ((now - this.cutAt) / PROBE_DOUBLING_MS - flatAt) ** 3);
        // Never probe far past what is actually sent: a rate that nothing uses proves nothing.
        const ceiling = Math.max(this.base, 2 * this.quota.sendRate(now));
        return Math.min(probed, ceiling);
    }
    /** Let waiting calls go while a slot and a token are free; wake up when the next token is. */
    pump() {
        while (this.waiting.length > 0 && this.inFlight < this.max) {
            const now = this.clock.now();
            const rate = this.rateAt(now);
            if (rate !== Infinity) {
                const interval = 1000 / rate;
                const start = Math.max(this.nextAt, now - BURST_CALLS * interval);
                if (start > now) {
                    this.wakeAt(start);
                    return;
                }
                this.nextAt = start + interval;
            }
            this.inFlight++;
            this.waiting.shift()?.();
        }
    }
    wakeAt(at) {
        if (this.timerAt !== undefined && this.timerAt <= at)
            return;
        this.timerAt = at;
        this.clock.timer(at - this.clock.now(), () => {
            if (this.timerAt === at)
                this.timerAt = undefined;
            this.pump();
        });
    }
}


/***/ }),

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

/***/ 5948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ stopsRun),
/* harmony export */   r: () => (/* binding */ KmsCalls)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_kms__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2632);
/* harmony import */ var _aws_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4931);
/* harmony import */ var _retry_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7669);



/**
 * Every KMS call one key makes in a run, through one retry policy: only what can
 * succeed later (throttling, KMS-side failures, dropped connections, timeouts) is
 * retried; the client's own retries are off, so nothing else retries behind our back.
 * Sign calls also take a slot of the adaptive concurrency limit.
 */
class KmsCalls {
    kms;
    keyInput;
    region;
    hint;
    limit;
    retry;
    constructor(kms, 
    /** The key as the user gave it: what DescribeKey and GetPublicKey ask for, and hints name. */
    keyInput, region, hint, options) {
        this.kms = kms;
        this.keyInput = keyInput;
        this.region = region;
        this.hint = hint;
        this.limit = options.limit;
        this.retry = options.retry ?? _retry_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_RETRY_POLICY */ .c;
    }
    async describeKey() {
        const described = await this.call('DescribeKey', () => this.kms.send(new _aws_sdk_client_kms__WEBPACK_IMPORTED_MODULE_2__/* .DescribeKeyCommand */ .spV({ KeyId: this.keyInput })));
        const meta = described.KeyMetadata;
        return {
            arn: meta?.Arn ?? '',
            keyState: meta?.KeyState ?? 'Unknown',
            keyUsage: meta?.KeyUsage ?? 'Unknown',
            keySpec: meta?.KeySpec ?? 'Unknown',
            signingAlgorithms: meta?.SigningAlgorithms ?? [],
        };
    }
    async publicKey() {
        const published = await this.call('GetPublicKey', () => this.kms.send(new _aws_sdk_client_kms__WEBPACK_IMPORTED_MODULE_2__/* .GetPublicKeyCommand */ .QSA({ KeyId: this.keyInput })));
        return {
            publicKeyArn: published.KeyId ?? '',
            publicKeyDer: published.PublicKey ?? new Uint8Array(),
        };
    }
    /** One Sign, by ARN; an answer for another key, or without a signature, is refused. */
    async sign(command, arn) {
        const response = await this.call('Sign', () => this.limit.run(() => this.kms.send(command), isThrottle));
        if (!response.Signature || response.KeyId !== arn) {
            throw new _aws_error_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsError */ .Gy('unexpected', 'UnexpectedResponse', `KMS Sign answered for key ${response.KeyId ?? '(none)'} without the signature of ${arn}.`);
        }
        return Buffer.from(response.Signature);
    }
    /**
     * Sign with DryRun: proves the Sign permission without making a signature. KMS
     * answers "it would have worked" with DryRunOperationException; an endpoint that
     * ignores the flag signs for real, and the caller must hear about it.
     */
    async dryRunSign(command) {
        return this.call('Sign', () => this.kms.send(command).then((response) => (response.Signature ? 'signed-despite-dry-run' : 'checked'), (error) => {
            if (error.name !== 'DryRunOperationException')
                throw error;
            return 'checked';
        }));
    }
    async call(operation, send) {
        const context = { keyId: this.keyInput, region: this.region, operation };
        return (0,_retry_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .withRetry */ .b)(async () => {
            try {
                return await send();
            }
            catch (error) {
                throw (0,_aws_error_js__WEBPACK_IMPORTED_MODULE_0__/* .awsErrorFrom */ .cn)('kms', error, (code, awsMessage) => this.hint(code, awsMessage, context));
            }
        }, isRetryable, this.retry);
    }
}
/** A key-level or caller-level AWS error (denied, disabled, ...) stops the run; a transient one does not. */
function stopsRun(error) {
    return error instanceof _aws_error_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsError */ .Gy && !error.isTransient;
}
function isRetryable(error) {
    if (!(error instanceof _aws_error_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsError */ .Gy) || !error.isTransient)
        return 'fatal';
    return error.code === 'kms-throttled' ? 'throttled' : 'retry';
}
function isThrottle(error) {
    const name = error.name;
    return name === 'ThrottlingException' || name === 'LimitExceededException';
}


/***/ }),

/***/ 755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ kmsHint)
/* harmony export */ });
const HINTS = {
    'kms-access-denied': (c) => `the caller may not kms:${c.operation} key ${c.keyId}. The key policy (or the role's IAM policy) ` +
        `must allow kms:DescribeKey and kms:GetPublicKey for the role in a statement without conditions ` +
        `(those requests carry no kms:MessageType or kms:SigningAlgorithm, so a condition on them denies), ` +
        `and kms:Sign with the conditions kms:MessageType = DIGEST and kms:SigningAlgorithm.`,
    'kms-not-found': (c) => `key ${c.keyId} does not exist in ${c.region}. Check the \`kms-key-id\` input (key id, key ARN, ` +
        `alias/NAME or alias ARN) and the \`aws-region\` input.`,
    'kms-disabled': (c) => `key ${c.keyId} is disabled. Enable it (aws kms enable-key) or set \`kms-key-id\` to an enabled key.`,
    'kms-invalid-state': (c) => `key ${c.keyId} is not in a state that can sign (for example pending deletion or import). ` +
        `Cancel its deletion or set \`kms-key-id\` to another key.`,
    'kms-invalid-key-usage': (c) => `\`kms-key-id\` ${c.keyId} cannot be used for kms:${c.operation}: set \`kms-key-id\` to an ` +
        `asymmetric SIGN_VERIFY key (a symmetric key, what \`aws kms create-key\` makes by default, has ` +
        `no public key and cannot sign), and \`signing-algorithm\` to one the key lists.`,
    'kms-validation': (c) => `KMS rejected the ${c.operation} request for key ${c.keyId}.`,
    'kms-throttled': () => `KMS throttled the requests (account quota for asymmetric Sign). Lower \`concurrency\` or ask AWS for a higher quota.`,
    'kms-unavailable': () => `KMS failed on its side. This is usually transient: re-run the job.`,
    'credentials-invalid': () => `KMS did not accept the AWS credentials. Check role-to-assume, or the ambient AWS credentials when it is not set.`,
    network: () => `KMS could not be reached. Check the network and the aws-region input.`,
};
function kmsHint(code, awsMessage, context) {
    const hint = HINTS[code]?.(context) ?? `KMS ${context.operation} failed for key ${context.keyId}.`;
    return `${hint} (${awsMessage})`;
}


/***/ }),

/***/ 2068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ minisignKmsHint)
/* harmony export */ });
/* harmony import */ var _kms_hints_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(755);

/** The key policy statement pure Ed25519 needs (the README gives it as JSON). */
const RAW_STATEMENT = 'allows kms:Sign for the role with the conditions kms:MessageType = RAW and kms:SigningAlgorithm = ED25519_SHA_512';
/** Errors about the minisign key name its own input, `minisign-kms-key-id`. */
const HINTS = {
    'kms-access-denied': (c) => c.operation === 'Sign'
        ? `the caller may not kms:Sign with the minisign key ${c.keyId} (MessageType RAW, ED25519_SHA_512). ` +
            `minisign signatures are pure Ed25519, which KMS signs only from RAW messages, so a key policy that ` +
            `allows kms:Sign only with kms:MessageType = DIGEST refuses them. Add a statement to the key policy of ` +
            `\`minisign-kms-key-id\` that ${RAW_STATEMENT}.`
        : `the caller may not kms:${c.operation} the minisign key ${c.keyId}. The key policy of ` +
            `\`minisign-kms-key-id\` (or the role's IAM policy) must allow kms:DescribeKey and kms:GetPublicKey ` +
            `for the role in a statement without conditions (those requests carry no kms:MessageType or ` +
            `kms:SigningAlgorithm, so a condition on them denies).`,
    'kms-not-found': (c) => `the minisign key ${c.keyId} does not exist in ${c.region}. Check the \`minisign-kms-key-id\` input ` +
        `(key id, key ARN, alias/NAME or alias ARN) and the \`aws-region\` input.`,
    'kms-disabled': (c) => `the minisign key ${c.keyId} is disabled. Enable it (aws kms enable-key) or set ` +
        `\`minisign-kms-key-id\` to an enabled key.`,
    'kms-invalid-state': (c) => `the minisign key ${c.keyId} is not in a state that can sign (for example pending deletion or ` +
        `import). Cancel its deletion or set \`minisign-kms-key-id\` to another key.`,
    'kms-invalid-key-usage': (c) => `\`minisign-kms-key-id\` ${c.keyId} cannot be used for kms:${c.operation}: minisign needs an Ed25519 ` +
        `signing key; create it with --key-spec ECC_NIST_EDWARDS25519 --key-usage SIGN_VERIFY.`,
    'kms-validation': (c) => `KMS rejected the ${c.operation} request for the minisign key ${c.keyId} (\`minisign-kms-key-id\`).`,
};
/** kmsHint for the minisign key: its own input and fixes; throttling, outages and credentials read the same. */
function minisignKmsHint(code, awsMessage, context) {
    const hint = HINTS[code];
    return hint === undefined
        ? (0,_kms_hints_js__WEBPACK_IMPORTED_MODULE_0__/* .kmsHint */ .b)(code, awsMessage, context)
        : `${hint(context)} (${awsMessage})`;
}


/***/ })

};

//# sourceMappingURL=874.index.js.map