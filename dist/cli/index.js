#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toMessageSignatureBundle = toMessageSignatureBundle;
exports.toDSSEBundle = toDSSEBundle;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const protobuf_specs_1 = __nccwpck_require__(9654);
const bundle_1 = __nccwpck_require__(7742);
// Message signature bundle - $case: 'messageSignature'
function toMessageSignatureBundle(options) {
    return {
        mediaType: options.certificateChain
            ? bundle_1.BUNDLE_V02_MEDIA_TYPE
            : bundle_1.BUNDLE_V03_MEDIA_TYPE,
        content: {
            $case: 'messageSignature',
            messageSignature: {
                messageDigest: {
                    algorithm: protobuf_specs_1.HashAlgorithm.SHA2_256,
                    digest: options.digest,
                },
                signature: options.signature,
            },
        },
        verificationMaterial: toVerificationMaterial(options),
    };
}
// DSSE envelope bundle - $case: 'dsseEnvelope'
function toDSSEBundle(options) {
    return {
        mediaType: options.certificateChain
            ? bundle_1.BUNDLE_V02_MEDIA_TYPE
            : bundle_1.BUNDLE_V03_MEDIA_TYPE,
        content: {
            $case: 'dsseEnvelope',
            dsseEnvelope: toEnvelope(options),
        },
        verificationMaterial: toVerificationMaterial(options),
    };
}
function toEnvelope(options) {
    return {
        payloadType: options.artifactType,
        payload: options.artifact,
        signatures: [toSignature(options)],
    };
}
function toSignature(options) {
    return {
        keyid: options.keyHint || '',
        sig: options.signature,
    };
}
// Verification material
function toVerificationMaterial(options) {
    return {
        content: toKeyContent(options),
        tlogEntries: [],
        timestampVerificationData: { rfc3161Timestamps: [] },
    };
}
function toKeyContent(options) {
    if (options.certificate) {
        if (options.certificateChain) {
            return {
                $case: 'x509CertificateChain',
                x509CertificateChain: {
                    certificates: [{ rawBytes: options.certificate }],
                },
            };
        }
        else {
            return {
                $case: 'certificate',
                certificate: { rawBytes: options.certificate },
            };
        }
    }
    else {
        return {
            $case: 'publicKey',
            publicKey: {
                hint: options.keyHint || '',
            },
        };
    }
}


/***/ }),

/***/ 7742:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BUNDLE_V03_MEDIA_TYPE = exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = exports.BUNDLE_V02_MEDIA_TYPE = exports.BUNDLE_V01_MEDIA_TYPE = void 0;
exports.isBundleWithCertificateChain = isBundleWithCertificateChain;
exports.isBundleWithPublicKey = isBundleWithPublicKey;
exports.isBundleWithMessageSignature = isBundleWithMessageSignature;
exports.isBundleWithDsseEnvelope = isBundleWithDsseEnvelope;
exports.BUNDLE_V01_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.1';
exports.BUNDLE_V02_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.2';
exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.3';
exports.BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
// Type guards for bundle variants.
function isBundleWithCertificateChain(b) {
    return b.verificationMaterial.content.$case === 'x509CertificateChain';
}
function isBundleWithPublicKey(b) {
    return b.verificationMaterial.content.$case === 'publicKey';
}
function isBundleWithMessageSignature(b) {
    return b.content.$case === 'messageSignature';
}
function isBundleWithDsseEnvelope(b) {
    return b.content.$case === 'dsseEnvelope';
}


/***/ }),

/***/ 7714:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ValidationError = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
class ValidationError extends Error {
    constructor(message, fields) {
        super(message);
        this.fields = fields;
    }
}
exports.ValidationError = ValidationError;


/***/ }),

/***/ 1040:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = exports.ev = exports.vw = exports.yI = exports.DQ = exports.QU = __webpack_unused_export__ = __webpack_unused_export__ = exports.HM = __webpack_unused_export__ = exports.qx = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
var build_1 = __nccwpck_require__(8456);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return build_1.toDSSEBundle; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return build_1.toMessageSignatureBundle; } });
var bundle_1 = __nccwpck_require__(7742);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V01_MEDIA_TYPE; } });
Object.defineProperty(exports, "qx", ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V02_MEDIA_TYPE; } }));
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V03_LEGACY_MEDIA_TYPE; } });
Object.defineProperty(exports, "HM", ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V03_MEDIA_TYPE; } }));
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.isBundleWithCertificateChain; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.isBundleWithDsseEnvelope; } });
Object.defineProperty(exports, "QU", ({ enumerable: true, get: function () { return bundle_1.isBundleWithMessageSignature; } }));
Object.defineProperty(exports, "DQ", ({ enumerable: true, get: function () { return bundle_1.isBundleWithPublicKey; } }));
var error_1 = __nccwpck_require__(7714);
Object.defineProperty(exports, "yI", ({ enumerable: true, get: function () { return error_1.ValidationError; } }));
var serialized_1 = __nccwpck_require__(3404);
Object.defineProperty(exports, "vw", ({ enumerable: true, get: function () { return serialized_1.bundleFromJSON; } }));
Object.defineProperty(exports, "ev", ({ enumerable: true, get: function () { return serialized_1.bundleToJSON; } }));
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serialized_1.envelopeFromJSON; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serialized_1.envelopeToJSON; } });
var validate_1 = __nccwpck_require__(9352);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return validate_1.assertBundle; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return validate_1.assertBundleLatest; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return validate_1.assertBundleV01; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return validate_1.assertBundleV02; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return validate_1.isBundleV01; } });


/***/ }),

/***/ 3404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.envelopeToJSON = exports.envelopeFromJSON = exports.bundleToJSON = exports.bundleFromJSON = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const protobuf_specs_1 = __nccwpck_require__(9654);
const bundle_1 = __nccwpck_require__(7742);
const validate_1 = __nccwpck_require__(9352);
const bundleFromJSON = (obj) => {
    const bundle = protobuf_specs_1.Bundle.fromJSON(obj);
    switch (bundle.mediaType) {
        case bundle_1.BUNDLE_V01_MEDIA_TYPE:
            (0, validate_1.assertBundleV01)(bundle);
            break;
        case bundle_1.BUNDLE_V02_MEDIA_TYPE:
            (0, validate_1.assertBundleV02)(bundle);
            break;
        default:
            (0, validate_1.assertBundleLatest)(bundle);
            break;
    }
    return bundle;
};
exports.bundleFromJSON = bundleFromJSON;
const bundleToJSON = (bundle) => {
    return protobuf_specs_1.Bundle.toJSON(bundle);
};
exports.bundleToJSON = bundleToJSON;
const envelopeFromJSON = (obj) => {
    return protobuf_specs_1.Envelope.fromJSON(obj);
};
exports.envelopeFromJSON = envelopeFromJSON;
const envelopeToJSON = (envelope) => {
    return protobuf_specs_1.Envelope.toJSON(envelope);
};
exports.envelopeToJSON = envelopeToJSON;


/***/ }),

/***/ 9352:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assertBundle = assertBundle;
exports.assertBundleV01 = assertBundleV01;
exports.isBundleV01 = isBundleV01;
exports.assertBundleV02 = assertBundleV02;
exports.assertBundleLatest = assertBundleLatest;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const error_1 = __nccwpck_require__(7714);
// Performs basic validation of a Sigstore bundle to ensure that all required
// fields are populated. This is not a complete validation of the bundle, but
// rather a check that the bundle is in a valid state to be processed by the
// rest of the code.
function assertBundle(b) {
    const invalidValues = validateBundleBase(b);
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid bundle', invalidValues);
    }
}
// Asserts that the given bundle conforms to the v0.1 bundle format.
function assertBundleV01(b) {
    const invalidValues = [];
    invalidValues.push(...validateBundleBase(b));
    invalidValues.push(...validateInclusionPromise(b));
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid v0.1 bundle', invalidValues);
    }
}
// Type guard to determine if Bundle is a v0.1 bundle.
function isBundleV01(b) {
    try {
        assertBundleV01(b);
        return true;
    }
    catch (e) {
        return false;
    }
}
// Asserts that the given bundle conforms to the v0.2 bundle format.
function assertBundleV02(b) {
    const invalidValues = [];
    invalidValues.push(...validateBundleBase(b));
    invalidValues.push(...validateInclusionProof(b));
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid v0.2 bundle', invalidValues);
    }
}
// Asserts that the given bundle conforms to the newest (0.3) bundle format.
function assertBundleLatest(b) {
    const invalidValues = [];
    invalidValues.push(...validateBundleBase(b));
    invalidValues.push(...validateInclusionProof(b));
    invalidValues.push(...validateNoCertificateChain(b));
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid bundle', invalidValues);
    }
}
function validateBundleBase(b) {
    const invalidValues = [];
    // Media type validation
    if (b.mediaType === undefined ||
        (!b.mediaType.match(/^application\/vnd\.dev\.sigstore\.bundle\+json;version=\d\.\d/) &&
            !b.mediaType.match(/^application\/vnd\.dev\.sigstore\.bundle\.v\d\.\d\+json/))) {
        invalidValues.push('mediaType');
    }
    // Content-related validation
    if (b.content === undefined) {
        invalidValues.push('content');
    }
    else {
        switch (b.content.$case) {
            case 'messageSignature':
                if (b.content.messageSignature.messageDigest === undefined) {
                    invalidValues.push('content.messageSignature.messageDigest');
                }
                else {
                    if (b.content.messageSignature.messageDigest.digest.length === 0) {
                        invalidValues.push('content.messageSignature.messageDigest.digest');
                    }
                }
                if (b.content.messageSignature.signature.length === 0) {
                    invalidValues.push('content.messageSignature.signature');
                }
                break;
            case 'dsseEnvelope':
                if (b.content.dsseEnvelope.payload.length === 0) {
                    invalidValues.push('content.dsseEnvelope.payload');
                }
                if (b.content.dsseEnvelope.signatures.length !== 1) {
                    invalidValues.push('content.dsseEnvelope.signatures');
                }
                else {
                    if (b.content.dsseEnvelope.signatures[0].sig.length === 0) {
                        invalidValues.push('content.dsseEnvelope.signatures[0].sig');
                    }
                }
                break;
        }
    }
    // Verification material-related validation
    if (b.verificationMaterial === undefined) {
        invalidValues.push('verificationMaterial');
    }
    else {
        if (b.verificationMaterial.content === undefined) {
            invalidValues.push('verificationMaterial.content');
        }
        else {
            switch (b.verificationMaterial.content.$case) {
                case 'x509CertificateChain':
                    if (b.verificationMaterial.content.x509CertificateChain.certificates
                        .length === 0) {
                        invalidValues.push('verificationMaterial.content.x509CertificateChain.certificates');
                    }
                    b.verificationMaterial.content.x509CertificateChain.certificates.forEach((cert, i) => {
                        if (cert.rawBytes.length === 0) {
                            invalidValues.push(`verificationMaterial.content.x509CertificateChain.certificates[${i}].rawBytes`);
                        }
                    });
                    break;
                case 'certificate':
                    if (b.verificationMaterial.content.certificate.rawBytes.length === 0) {
                        invalidValues.push('verificationMaterial.content.certificate.rawBytes');
                    }
                    break;
            }
        }
        if (b.verificationMaterial.tlogEntries === undefined) {
            invalidValues.push('verificationMaterial.tlogEntries');
        }
        else {
            if (b.verificationMaterial.tlogEntries.length > 0) {
                b.verificationMaterial.tlogEntries.forEach((entry, i) => {
                    if (entry.logId === undefined) {
                        invalidValues.push(`verificationMaterial.tlogEntries[${i}].logId`);
                    }
                    if (entry.kindVersion === undefined) {
                        invalidValues.push(`verificationMaterial.tlogEntries[${i}].kindVersion`);
                    }
                });
            }
        }
    }
    return invalidValues;
}
// Necessary for V01 bundles
function validateInclusionPromise(b) {
    const invalidValues = [];
    if (b.verificationMaterial &&
        b.verificationMaterial.tlogEntries?.length > 0) {
        b.verificationMaterial.tlogEntries.forEach((entry, i) => {
            if (entry.inclusionPromise === undefined) {
                invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionPromise`);
            }
        });
    }
    return invalidValues;
}
// Necessary for V02 and later bundles
function validateInclusionProof(b) {
    const invalidValues = [];
    if (b.verificationMaterial &&
        b.verificationMaterial.tlogEntries?.length > 0) {
        b.verificationMaterial.tlogEntries.forEach((entry, i) => {
            if (entry.inclusionProof === undefined) {
                invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionProof`);
            }
            else {
                if (entry.inclusionProof.checkpoint === undefined) {
                    invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionProof.checkpoint`);
                }
            }
        });
    }
    return invalidValues;
}
// Necessary for V03 and later bundles
function validateNoCertificateChain(b) {
    const invalidValues = [];
    /* istanbul ignore next */
    if (b.verificationMaterial?.content?.$case === 'x509CertificateChain') {
        invalidValues.push('verificationMaterial.content.$case');
    }
    return invalidValues;
}


/***/ }),

/***/ 7030:
/***/ ((__unused_webpack_module, exports) => {


// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
// versions:
//   protoc-gen-ts_proto  v2.12.0
//   protoc               v7.35.1
// source: envelope.proto
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Signature = exports.Envelope = void 0;
exports.Envelope = {
    fromJSON(object) {
        return {
            payload: isSet(object.payload) ? Buffer.from(bytesFromBase64(object.payload)) : Buffer.alloc(0),
            payloadType: isSet(object.payloadType) ? globalThis.String(object.payloadType) : "",
            signatures: globalThis.Array.isArray(object?.signatures)
                ? object.signatures.map((e) => exports.Signature.fromJSON(e))
                : [],
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.payload.length !== 0) {
            obj.payload = base64FromBytes(message.payload);
        }
        if (message.payloadType !== "") {
            obj.payloadType = message.payloadType;
        }
        if (message.signatures?.length) {
            obj.signatures = message.signatures.map((e) => exports.Signature.toJSON(e));
        }
        return obj;
    },
};
exports.Signature = {
    fromJSON(object) {
        return {
            sig: isSet(object.sig) ? Buffer.from(bytesFromBase64(object.sig)) : Buffer.alloc(0),
            keyid: isSet(object.keyid) ? globalThis.String(object.keyid) : "",
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.sig.length !== 0) {
            obj.sig = base64FromBytes(message.sig);
        }
        if (message.keyid !== "") {
            obj.keyid = message.keyid;
        }
        return obj;
    },
};
function bytesFromBase64(b64) {
    return Uint8Array.from(globalThis.Buffer.from(b64, "base64"));
}
function base64FromBytes(arr) {
    return globalThis.Buffer.from(arr).toString("base64");
}
function isSet(value) {
    return value !== null && value !== undefined;
}


/***/ }),

/***/ 5000:
/***/ ((__unused_webpack_module, exports) => {


// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
// versions:
//   protoc-gen-ts_proto  v2.12.0
//   protoc               v7.35.1
// source: google/protobuf/timestamp.proto
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Timestamp = void 0;
exports.Timestamp = {
    fromJSON(object) {
        return {
            seconds: isSet(object.seconds) ? globalThis.String(object.seconds) : "0",
            nanos: isSet(object.nanos) ? globalThis.Number(object.nanos) : 0,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.seconds !== "0") {
            obj.seconds = message.seconds;
        }
        if (message.nanos !== 0) {
            obj.nanos = Math.round(message.nanos);
        }
        return obj;
    },
};
function isSet(value) {
    return value !== null && value !== undefined;
}


/***/ }),

/***/ 715:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
// versions:
//   protoc-gen-ts_proto  v2.12.0
//   protoc               v7.35.1
// source: sigstore_bundle.proto
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Bundle = exports.VerificationMaterial = exports.TimestampVerificationData = void 0;
/* eslint-disable */
const envelope_1 = __nccwpck_require__(7030);
const sigstore_common_1 = __nccwpck_require__(5334);
const sigstore_rekor_1 = __nccwpck_require__(5204);
exports.TimestampVerificationData = {
    fromJSON(object) {
        return {
            rfc3161Timestamps: globalThis.Array.isArray(object?.rfc3161Timestamps)
                ? object.rfc3161Timestamps.map((e) => sigstore_common_1.RFC3161SignedTimestamp.fromJSON(e))
                : [],
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.rfc3161Timestamps?.length) {
            obj.rfc3161Timestamps = message.rfc3161Timestamps.map((e) => sigstore_common_1.RFC3161SignedTimestamp.toJSON(e));
        }
        return obj;
    },
};
exports.VerificationMaterial = {
    fromJSON(object) {
        return {
            content: isSet(object.publicKey)
                ? { $case: "publicKey", publicKey: sigstore_common_1.PublicKeyIdentifier.fromJSON(object.publicKey) }
                : isSet(object.x509CertificateChain)
                    ? {
                        $case: "x509CertificateChain",
                        x509CertificateChain: sigstore_common_1.X509CertificateChain.fromJSON(object.x509CertificateChain),
                    }
                    : isSet(object.certificate)
                        ? { $case: "certificate", certificate: sigstore_common_1.X509Certificate.fromJSON(object.certificate) }
                        : undefined,
            tlogEntries: globalThis.Array.isArray(object?.tlogEntries)
                ? object.tlogEntries.map((e) => sigstore_rekor_1.TransparencyLogEntry.fromJSON(e))
                : [],
            timestampVerificationData: isSet(object.timestampVerificationData)
                ? exports.TimestampVerificationData.fromJSON(object.timestampVerificationData)
                : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.content?.$case === "publicKey") {
            obj.publicKey = sigstore_common_1.PublicKeyIdentifier.toJSON(message.content.publicKey);
        }
        else if (message.content?.$case === "x509CertificateChain") {
            obj.x509CertificateChain = sigstore_common_1.X509CertificateChain.toJSON(message.content.x509CertificateChain);
        }
        else if (message.content?.$case === "certificate") {
            obj.certificate = sigstore_common_1.X509Certificate.toJSON(message.content.certificate);
        }
        if (message.tlogEntries?.length) {
            obj.tlogEntries = message.tlogEntries.map((e) => sigstore_rekor_1.TransparencyLogEntry.toJSON(e));
        }
        if (message.timestampVerificationData !== undefined) {
            obj.timestampVerificationData = exports.TimestampVerificationData.toJSON(message.timestampVerificationData);
        }
        return obj;
    },
};
exports.Bundle = {
    fromJSON(object) {
        return {
            mediaType: isSet(object.mediaType) ? globalThis.String(object.mediaType) : "",
            verificationMaterial: isSet(object.verificationMaterial)
                ? exports.VerificationMaterial.fromJSON(object.verificationMaterial)
                : undefined,
            content: isSet(object.messageSignature)
                ? { $case: "messageSignature", messageSignature: sigstore_common_1.MessageSignature.fromJSON(object.messageSignature) }
                : isSet(object.dsseEnvelope)
                    ? { $case: "dsseEnvelope", dsseEnvelope: envelope_1.Envelope.fromJSON(object.dsseEnvelope) }
                    : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.mediaType !== "") {
            obj.mediaType = message.mediaType;
        }
        if (message.verificationMaterial !== undefined) {
            obj.verificationMaterial = exports.VerificationMaterial.toJSON(message.verificationMaterial);
        }
        if (message.content?.$case === "messageSignature") {
            obj.messageSignature = sigstore_common_1.MessageSignature.toJSON(message.content.messageSignature);
        }
        else if (message.content?.$case === "dsseEnvelope") {
            obj.dsseEnvelope = envelope_1.Envelope.toJSON(message.content.dsseEnvelope);
        }
        return obj;
    },
};
function isSet(value) {
    return value !== null && value !== undefined;
}


/***/ }),

/***/ 5334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
// versions:
//   protoc-gen-ts_proto  v2.12.0
//   protoc               v7.35.1
// source: sigstore_common.proto
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TimeRange = exports.X509CertificateChain = exports.SubjectAlternativeName = exports.X509Certificate = exports.DistinguishedName = exports.ObjectIdentifierValuePair = exports.ObjectIdentifier = exports.PublicKeyIdentifier = exports.PublicKey = exports.RFC3161SignedTimestamp = exports.LogId = exports.MessageSignature = exports.HashOutput = exports.SubjectAlternativeNameType = exports.PublicKeyDetails = exports.HashAlgorithm = void 0;
exports.hashAlgorithmFromJSON = hashAlgorithmFromJSON;
exports.hashAlgorithmToJSON = hashAlgorithmToJSON;
exports.publicKeyDetailsFromJSON = publicKeyDetailsFromJSON;
exports.publicKeyDetailsToJSON = publicKeyDetailsToJSON;
exports.subjectAlternativeNameTypeFromJSON = subjectAlternativeNameTypeFromJSON;
exports.subjectAlternativeNameTypeToJSON = subjectAlternativeNameTypeToJSON;
/* eslint-disable */
const timestamp_1 = __nccwpck_require__(5000);
/**
 * Only a subset of the secure hash standard algorithms are supported.
 * See <https://nvlpubs.nist.gov/nistpubs/FIPS/NIST.FIPS.180-4.pdf> for more
 * details.
 * UNSPECIFIED SHOULD not be used, primary reason for inclusion is to force
 * any proto JSON serialization to emit the used hash algorithm, as default
 * option is to *omit* the default value of an enum (which is the first
 * value, represented by '0'.
 */
var HashAlgorithm;
(function (HashAlgorithm) {
    HashAlgorithm[HashAlgorithm["HASH_ALGORITHM_UNSPECIFIED"] = 0] = "HASH_ALGORITHM_UNSPECIFIED";
    HashAlgorithm[HashAlgorithm["SHA2_256"] = 1] = "SHA2_256";
    HashAlgorithm[HashAlgorithm["SHA2_384"] = 2] = "SHA2_384";
    HashAlgorithm[HashAlgorithm["SHA2_512"] = 3] = "SHA2_512";
    /**
     * SHA3_256 - Used for LMS
     *
     * @deprecated
     */
    HashAlgorithm[HashAlgorithm["SHA3_256"] = 4] = "SHA3_256";
    /**
     * SHA3_384 - Used for LMS
     *
     * @deprecated
     */
    HashAlgorithm[HashAlgorithm["SHA3_384"] = 5] = "SHA3_384";
})(HashAlgorithm || (exports.HashAlgorithm = HashAlgorithm = {}));
function hashAlgorithmFromJSON(object) {
    switch (object) {
        case 0:
        case "HASH_ALGORITHM_UNSPECIFIED":
            return HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED;
        case 1:
        case "SHA2_256":
            return HashAlgorithm.SHA2_256;
        case 2:
        case "SHA2_384":
            return HashAlgorithm.SHA2_384;
        case 3:
        case "SHA2_512":
            return HashAlgorithm.SHA2_512;
        case 4:
        case "SHA3_256":
            return HashAlgorithm.SHA3_256;
        case 5:
        case "SHA3_384":
            return HashAlgorithm.SHA3_384;
        default:
            throw new globalThis.Error("Unrecognized enum value " + object + " for enum HashAlgorithm");
    }
}
function hashAlgorithmToJSON(object) {
    switch (object) {
        case HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED:
            return "HASH_ALGORITHM_UNSPECIFIED";
        case HashAlgorithm.SHA2_256:
            return "SHA2_256";
        case HashAlgorithm.SHA2_384:
            return "SHA2_384";
        case HashAlgorithm.SHA2_512:
            return "SHA2_512";
        case HashAlgorithm.SHA3_256:
            return "SHA3_256";
        case HashAlgorithm.SHA3_384:
            return "SHA3_384";
        default:
            throw new globalThis.Error("Unrecognized enum value " + object + " for enum HashAlgorithm");
    }
}
/**
 * Details of a specific public key, capturing the the key encoding method,
 * and signature algorithm.
 *
 * PublicKeyDetails captures the public key/hash algorithm combinations
 * recommended in the Sigstore ecosystem.
 *
 * This is modelled as a linear set as we want to provide a small number of
 * opinionated options instead of allowing every possible permutation.
 *
 * Any changes to this enum MUST be reflected in the algorithm registry.
 *
 * See: <https://github.com/sigstore/architecture-docs/blob/main/algorithm-registry.md>
 *
 * To avoid the possibility of contradicting formats such as PKCS1 with
 * ED25519 the valid permutations are listed as a linear set instead of a
 * cartesian set (i.e one combined variable instead of two, one for encoding
 * and one for the signature algorithm).
 */
var PublicKeyDetails;
(function (PublicKeyDetails) {
    PublicKeyDetails[PublicKeyDetails["PUBLIC_KEY_DETAILS_UNSPECIFIED"] = 0] = "PUBLIC_KEY_DETAILS_UNSPECIFIED";
    /**
     * PKCS1_RSA_PKCS1V5 - RSA
     *
     * @deprecated
     */
    PublicKeyDetails[PublicKeyDetails["PKCS1_RSA_PKCS1V5"] = 1] = "PKCS1_RSA_PKCS1V5";
    /**
     * PKCS1_RSA_PSS - See RFC8017
     *
     * @deprecated
     */
    PublicKeyDetails[PublicKeyDetails["PKCS1_RSA_PSS"] = 2] = "PKCS1_RSA_PSS";
    /** @deprecated */
    PublicKeyDetails[PublicKeyDetails["PKIX_RSA_PKCS1V5"] = 3] = "PKIX_RSA_PKCS1V5";
    /** @deprecated */
    PublicKeyDetails[PublicKeyDetails["PKIX_RSA_PSS"] = 4] = "PKIX_RSA_PSS";
    /** PKIX_RSA_PKCS1V15_2048_SHA256 - RSA public key in PKIX format, PKCS#1v1.5 signature */
    PublicKeyDetails[PublicKeyDetails["PKIX_RSA_PKCS1V15_2048_SHA256"] = 9] = "PKIX_RSA_PKCS1V15_2048_SHA256";
    PublicKeyDetails[PublicKeyDetails["PKIX_RSA_PKCS1V15_3072_SHA256"] = 10] = "PKIX_RSA_PKCS1V15_3072_SHA256";
    PublicKeyDetails[PublicKeyDetails["PKIX_RSA_PKCS1V15_4096_SHA256"] = 11] = "PKIX_RSA_PKCS1V15_4096_SHA256";
    /** PKIX_RSA_PSS_2048_SHA256 - RSA public key in PKIX format, RSASSA-PSS signature */
    PublicKeyDetails[PublicKeyDetails["PKIX_RSA_PSS_2048_SHA256"] = 16] = "PKIX_RSA_PSS_2048_SHA256";
    PublicKeyDetails[PublicKeyDetails["PKIX_RSA_PSS_3072_SHA256"] = 17] = "PKIX_RSA_PSS_3072_SHA256";
    PublicKeyDetails[PublicKeyDetails["PKIX_RSA_PSS_4096_SHA256"] = 18] = "PKIX_RSA_PSS_4096_SHA256";
    /**
     * PKIX_ECDSA_P256_HMAC_SHA_256 - ECDSA
     *
     * @deprecated
     */
    PublicKeyDetails[PublicKeyDetails["PKIX_ECDSA_P256_HMAC_SHA_256"] = 6] = "PKIX_ECDSA_P256_HMAC_SHA_256";
    /** PKIX_ECDSA_P256_SHA_256 - See NIST FIPS 186-4 */
    PublicKeyDetails[PublicKeyDetails["PKIX_ECDSA_P256_SHA_256"] = 5] = "PKIX_ECDSA_P256_SHA_256";
    PublicKeyDetails[PublicKeyDetails["PKIX_ECDSA_P384_SHA_384"] = 12] = "PKIX_ECDSA_P384_SHA_384";
    PublicKeyDetails[PublicKeyDetails["PKIX_ECDSA_P521_SHA_512"] = 13] = "PKIX_ECDSA_P521_SHA_512";
    /** PKIX_ED25519 - Ed 25519 */
    PublicKeyDetails[PublicKeyDetails["PKIX_ED25519"] = 7] = "PKIX_ED25519";
    PublicKeyDetails[PublicKeyDetails["PKIX_ED25519_PH"] = 8] = "PKIX_ED25519_PH";
    /**
     * PKIX_ECDSA_P384_SHA_256 - These algorithms are deprecated and should not be used, but they
     * were/are being used by most Sigstore clients implementations.
     *
     * @deprecated
     */
    PublicKeyDetails[PublicKeyDetails["PKIX_ECDSA_P384_SHA_256"] = 19] = "PKIX_ECDSA_P384_SHA_256";
    /** @deprecated */
    PublicKeyDetails[PublicKeyDetails["PKIX_ECDSA_P521_SHA_256"] = 20] = "PKIX_ECDSA_P521_SHA_256";
    /**
     * LMS_SHA256 - LMS and LM-OTS
     *
     * These algorithms are deprecated and should not be used.
     * There are no plans to support SLH-DSA at this time.
     *
     * USER WARNING: LMS and LM-OTS are both stateful signature schemes.
     * Using them correctly requires discretion and careful consideration
     * to ensure that individual secret keys are not used more than once.
     * In addition, LM-OTS is a single-use scheme, meaning that it
     * MUST NOT be used for more than one signature per LM-OTS key.
     * If you cannot maintain these invariants, you MUST NOT use these
     * schemes.
     *
     * @deprecated
     */
    PublicKeyDetails[PublicKeyDetails["LMS_SHA256"] = 14] = "LMS_SHA256";
    /** @deprecated */
    PublicKeyDetails[PublicKeyDetails["LMOTS_SHA256"] = 15] = "LMOTS_SHA256";
    /**
     * ML_DSA_44 - ML-DSA
     *
     * These ML_DSA_44, ML_DSA_65 and ML-DSA_87 algorithms are the pure variants
     * that take data to sign rather than the prehash variants (HashML-DSA), which
     * take digests. While considered quantum-resistant, their usage
     * involves tradeoffs in that signatures and keys are much larger, and
     * this makes deployments more costly.
     *
     * USER WARNING: ML_DSA_44, ML_DSA_65 and ML_DSA_87 are experimental algorithms.
     * In the future they MAY be used by private Sigstore deployments, but
     * they are not yet fully functional. This warning will be removed when
     * these algorithms are widely supported by Sigstore clients and servers,
     * but care should still be taken for production environments.
     *
     * See NIST FIPS 204, RFC 9881 for algorithm identifiers
     */
    PublicKeyDetails[PublicKeyDetails["ML_DSA_44"] = 23] = "ML_DSA_44";
    PublicKeyDetails[PublicKeyDetails["ML_DSA_65"] = 21] = "ML_DSA_65";
    PublicKeyDetails[PublicKeyDetails["ML_DSA_87"] = 22] = "ML_DSA_87";
})(PublicKeyDetails || (exports.PublicKeyDetails = PublicKeyDetails = {}));
function publicKeyDetailsFromJSON(object) {
    switch (object) {
        case 0:
        case "PUBLIC_KEY_DETAILS_UNSPECIFIED":
            return PublicKeyDetails.PUBLIC_KEY_DETAILS_UNSPECIFIED;
        case 1:
        case "PKCS1_RSA_PKCS1V5":
            return PublicKeyDetails.PKCS1_RSA_PKCS1V5;
        case 2:
        case "PKCS1_RSA_PSS":
            return PublicKeyDetails.PKCS1_RSA_PSS;
        case 3:
        case "PKIX_RSA_PKCS1V5":
            return PublicKeyDetails.PKIX_RSA_PKCS1V5;
        case 4:
        case "PKIX_RSA_PSS":
            return PublicKeyDetails.PKIX_RSA_PSS;
        case 9:
        case "PKIX_RSA_PKCS1V15_2048_SHA256":
            return PublicKeyDetails.PKIX_RSA_PKCS1V15_2048_SHA256;
        case 10:
        case "PKIX_RSA_PKCS1V15_3072_SHA256":
            return PublicKeyDetails.PKIX_RSA_PKCS1V15_3072_SHA256;
        case 11:
        case "PKIX_RSA_PKCS1V15_4096_SHA256":
            return PublicKeyDetails.PKIX_RSA_PKCS1V15_4096_SHA256;
        case 16:
        case "PKIX_RSA_PSS_2048_SHA256":
            return PublicKeyDetails.PKIX_RSA_PSS_2048_SHA256;
        case 17:
        case "PKIX_RSA_PSS_3072_SHA256":
            return PublicKeyDetails.PKIX_RSA_PSS_3072_SHA256;
        case 18:
        case "PKIX_RSA_PSS_4096_SHA256":
            return PublicKeyDetails.PKIX_RSA_PSS_4096_SHA256;
        case 6:
        case "PKIX_ECDSA_P256_HMAC_SHA_256":
            return PublicKeyDetails.PKIX_ECDSA_P256_HMAC_SHA_256;
        case 5:
        case "PKIX_ECDSA_P256_SHA_256":
            return PublicKeyDetails.PKIX_ECDSA_P256_SHA_256;
        case 12:
        case "PKIX_ECDSA_P384_SHA_384":
            return PublicKeyDetails.PKIX_ECDSA_P384_SHA_384;
        case 13:
        case "PKIX_ECDSA_P521_SHA_512":
            return PublicKeyDetails.PKIX_ECDSA_P521_SHA_512;
        case 7:
        case "PKIX_ED25519":
            return PublicKeyDetails.PKIX_ED25519;
        case 8:
        case "PKIX_ED25519_PH":
            return PublicKeyDetails.PKIX_ED25519_PH;
        case 19:
        case "PKIX_ECDSA_P384_SHA_256":
            return PublicKeyDetails.PKIX_ECDSA_P384_SHA_256;
        case 20:
        case "PKIX_ECDSA_P521_SHA_256":
            return PublicKeyDetails.PKIX_ECDSA_P521_SHA_256;
        case 14:
        case "LMS_SHA256":
            return PublicKeyDetails.LMS_SHA256;
        case 15:
        case "LMOTS_SHA256":
            return PublicKeyDetails.LMOTS_SHA256;
        case 23:
        case "ML_DSA_44":
            return PublicKeyDetails.ML_DSA_44;
        case 21:
        case "ML_DSA_65":
            return PublicKeyDetails.ML_DSA_65;
        case 22:
        case "ML_DSA_87":
            return PublicKeyDetails.ML_DSA_87;
        default:
            throw new globalThis.Error("Unrecognized enum value " + object + " for enum PublicKeyDetails");
    }
}
function publicKeyDetailsToJSON(object) {
    switch (object) {
        case PublicKeyDetails.PUBLIC_KEY_DETAILS_UNSPECIFIED:
            return "PUBLIC_KEY_DETAILS_UNSPECIFIED";
        case PublicKeyDetails.PKCS1_RSA_PKCS1V5:
            return "PKCS1_RSA_PKCS1V5";
        case PublicKeyDetails.PKCS1_RSA_PSS:
            return "PKCS1_RSA_PSS";
        case PublicKeyDetails.PKIX_RSA_PKCS1V5:
            return "PKIX_RSA_PKCS1V5";
        case PublicKeyDetails.PKIX_RSA_PSS:
            return "PKIX_RSA_PSS";
        case PublicKeyDetails.PKIX_RSA_PKCS1V15_2048_SHA256:
            return "PKIX_RSA_PKCS1V15_2048_SHA256";
        case PublicKeyDetails.PKIX_RSA_PKCS1V15_3072_SHA256:
            return "PKIX_RSA_PKCS1V15_3072_SHA256";
        case PublicKeyDetails.PKIX_RSA_PKCS1V15_4096_SHA256:
            return "PKIX_RSA_PKCS1V15_4096_SHA256";
        case PublicKeyDetails.PKIX_RSA_PSS_2048_SHA256:
            return "PKIX_RSA_PSS_2048_SHA256";
        case PublicKeyDetails.PKIX_RSA_PSS_3072_SHA256:
            return "PKIX_RSA_PSS_3072_SHA256";
        case PublicKeyDetails.PKIX_RSA_PSS_4096_SHA256:
            return "PKIX_RSA_PSS_4096_SHA256";
        case PublicKeyDetails.PKIX_ECDSA_P256_HMAC_SHA_256:
            return "PKIX_ECDSA_P256_HMAC_SHA_256";
        case PublicKeyDetails.PKIX_ECDSA_P256_SHA_256:
            return "PKIX_ECDSA_P256_SHA_256";
        case PublicKeyDetails.PKIX_ECDSA_P384_SHA_384:
            return "PKIX_ECDSA_P384_SHA_384";
        case PublicKeyDetails.PKIX_ECDSA_P521_SHA_512:
            return "PKIX_ECDSA_P521_SHA_512";
        case PublicKeyDetails.PKIX_ED25519:
            return "PKIX_ED25519";
        case PublicKeyDetails.PKIX_ED25519_PH:
            return "PKIX_ED25519_PH";
        case PublicKeyDetails.PKIX_ECDSA_P384_SHA_256:
            return "PKIX_ECDSA_P384_SHA_256";
        case PublicKeyDetails.PKIX_ECDSA_P521_SHA_256:
            return "PKIX_ECDSA_P521_SHA_256";
        case PublicKeyDetails.LMS_SHA256:
            return "LMS_SHA256";
        case PublicKeyDetails.LMOTS_SHA256:
            return "LMOTS_SHA256";
        case PublicKeyDetails.ML_DSA_44:
            return "ML_DSA_44";
        case PublicKeyDetails.ML_DSA_65:
            return "ML_DSA_65";
        case PublicKeyDetails.ML_DSA_87:
            return "ML_DSA_87";
        default:
            throw new globalThis.Error("Unrecognized enum value " + object + " for enum PublicKeyDetails");
    }
}
var SubjectAlternativeNameType;
(function (SubjectAlternativeNameType) {
    SubjectAlternativeNameType[SubjectAlternativeNameType["SUBJECT_ALTERNATIVE_NAME_TYPE_UNSPECIFIED"] = 0] = "SUBJECT_ALTERNATIVE_NAME_TYPE_UNSPECIFIED";
    SubjectAlternativeNameType[SubjectAlternativeNameType["EMAIL"] = 1] = "EMAIL";
    SubjectAlternativeNameType[SubjectAlternativeNameType["URI"] = 2] = "URI";
    /**
     * OTHER_NAME - OID 1.3.6.1.4.1.57264.1.7
     * See https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md#1361415726417--othername-san
     * for more details.
     */
    SubjectAlternativeNameType[SubjectAlternativeNameType["OTHER_NAME"] = 3] = "OTHER_NAME";
})(SubjectAlternativeNameType || (exports.SubjectAlternativeNameType = SubjectAlternativeNameType = {}));
function subjectAlternativeNameTypeFromJSON(object) {
    switch (object) {
        case 0:
        case "SUBJECT_ALTERNATIVE_NAME_TYPE_UNSPECIFIED":
            return SubjectAlternativeNameType.SUBJECT_ALTERNATIVE_NAME_TYPE_UNSPECIFIED;
        case 1:
        case "EMAIL":
            return SubjectAlternativeNameType.EMAIL;
        case 2:
        case "URI":
            return SubjectAlternativeNameType.URI;
        case 3:
        case "OTHER_NAME":
            return SubjectAlternativeNameType.OTHER_NAME;
        default:
            throw new globalThis.Error("Unrecognized enum value " + object + " for enum SubjectAlternativeNameType");
    }
}
function subjectAlternativeNameTypeToJSON(object) {
    switch (object) {
        case SubjectAlternativeNameType.SUBJECT_ALTERNATIVE_NAME_TYPE_UNSPECIFIED:
            return "SUBJECT_ALTERNATIVE_NAME_TYPE_UNSPECIFIED";
        case SubjectAlternativeNameType.EMAIL:
            return "EMAIL";
        case SubjectAlternativeNameType.URI:
            return "URI";
        case SubjectAlternativeNameType.OTHER_NAME:
            return "OTHER_NAME";
        default:
            throw new globalThis.Error("Unrecognized enum value " + object + " for enum SubjectAlternativeNameType");
    }
}
exports.HashOutput = {
    fromJSON(object) {
        return {
            algorithm: isSet(object.algorithm) ? hashAlgorithmFromJSON(object.algorithm) : 0,
            digest: isSet(object.digest) ? Buffer.from(bytesFromBase64(object.digest)) : Buffer.alloc(0),
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.algorithm !== 0) {
            obj.algorithm = hashAlgorithmToJSON(message.algorithm);
        }
        if (message.digest.length !== 0) {
            obj.digest = base64FromBytes(message.digest);
        }
        return obj;
    },
};
exports.MessageSignature = {
    fromJSON(object) {
        return {
            messageDigest: isSet(object.messageDigest) ? exports.HashOutput.fromJSON(object.messageDigest) : undefined,
            signature: isSet(object.signature) ? Buffer.from(bytesFromBase64(object.signature)) : Buffer.alloc(0),
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.messageDigest !== undefined) {
            obj.messageDigest = exports.HashOutput.toJSON(message.messageDigest);
        }
        if (message.signature.length !== 0) {
            obj.signature = base64FromBytes(message.signature);
        }
        return obj;
    },
};
exports.LogId = {
    fromJSON(object) {
        return { keyId: isSet(object.keyId) ? Buffer.from(bytesFromBase64(object.keyId)) : Buffer.alloc(0) };
    },
    toJSON(message) {
        const obj = {};
        if (message.keyId.length !== 0) {
            obj.keyId = base64FromBytes(message.keyId);
        }
        return obj;
    },
};
exports.RFC3161SignedTimestamp = {
    fromJSON(object) {
        return {
            signedTimestamp: isSet(object.signedTimestamp)
                ? Buffer.from(bytesFromBase64(object.signedTimestamp))
                : Buffer.alloc(0),
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.signedTimestamp.length !== 0) {
            obj.signedTimestamp = base64FromBytes(message.signedTimestamp);
        }
        return obj;
    },
};
exports.PublicKey = {
    fromJSON(object) {
        return {
            rawBytes: isSet(object.rawBytes) ? Buffer.from(bytesFromBase64(object.rawBytes)) : undefined,
            keyDetails: isSet(object.keyDetails) ? publicKeyDetailsFromJSON(object.keyDetails) : 0,
            validFor: isSet(object.validFor) ? exports.TimeRange.fromJSON(object.validFor) : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.rawBytes !== undefined) {
            obj.rawBytes = base64FromBytes(message.rawBytes);
        }
        if (message.keyDetails !== 0) {
            obj.keyDetails = publicKeyDetailsToJSON(message.keyDetails);
        }
        if (message.validFor !== undefined) {
            obj.validFor = exports.TimeRange.toJSON(message.validFor);
        }
        return obj;
    },
};
exports.PublicKeyIdentifier = {
    fromJSON(object) {
        return { hint: isSet(object.hint) ? globalThis.String(object.hint) : "" };
    },
    toJSON(message) {
        const obj = {};
        if (message.hint !== "") {
            obj.hint = message.hint;
        }
        return obj;
    },
};
exports.ObjectIdentifier = {
    fromJSON(object) {
        return { id: globalThis.Array.isArray(object?.id) ? object.id.map((e) => globalThis.Number(e)) : [] };
    },
    toJSON(message) {
        const obj = {};
        if (message.id?.length) {
            obj.id = message.id.map((e) => Math.round(e));
        }
        return obj;
    },
};
exports.ObjectIdentifierValuePair = {
    fromJSON(object) {
        return {
            oid: isSet(object.oid) ? exports.ObjectIdentifier.fromJSON(object.oid) : undefined,
            value: isSet(object.value) ? Buffer.from(bytesFromBase64(object.value)) : Buffer.alloc(0),
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.oid !== undefined) {
            obj.oid = exports.ObjectIdentifier.toJSON(message.oid);
        }
        if (message.value.length !== 0) {
            obj.value = base64FromBytes(message.value);
        }
        return obj;
    },
};
exports.DistinguishedName = {
    fromJSON(object) {
        return {
            organization: isSet(object.organization) ? globalThis.String(object.organization) : "",
            commonName: isSet(object.commonName) ? globalThis.String(object.commonName) : "",
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.organization !== "") {
            obj.organization = message.organization;
        }
        if (message.commonName !== "") {
            obj.commonName = message.commonName;
        }
        return obj;
    },
};
exports.X509Certificate = {
    fromJSON(object) {
        return { rawBytes: isSet(object.rawBytes) ? Buffer.from(bytesFromBase64(object.rawBytes)) : Buffer.alloc(0) };
    },
    toJSON(message) {
        const obj = {};
        if (message.rawBytes.length !== 0) {
            obj.rawBytes = base64FromBytes(message.rawBytes);
        }
        return obj;
    },
};
exports.SubjectAlternativeName = {
    fromJSON(object) {
        return {
            type: isSet(object.type) ? subjectAlternativeNameTypeFromJSON(object.type) : 0,
            identity: isSet(object.regexp)
                ? { $case: "regexp", regexp: globalThis.String(object.regexp) }
                : isSet(object.value)
                    ? { $case: "value", value: globalThis.String(object.value) }
                    : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.type !== 0) {
            obj.type = subjectAlternativeNameTypeToJSON(message.type);
        }
        if (message.identity?.$case === "regexp") {
            obj.regexp = message.identity.regexp;
        }
        else if (message.identity?.$case === "value") {
            obj.value = message.identity.value;
        }
        return obj;
    },
};
exports.X509CertificateChain = {
    fromJSON(object) {
        return {
            certificates: globalThis.Array.isArray(object?.certificates)
                ? object.certificates.map((e) => exports.X509Certificate.fromJSON(e))
                : [],
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.certificates?.length) {
            obj.certificates = message.certificates.map((e) => exports.X509Certificate.toJSON(e));
        }
        return obj;
    },
};
exports.TimeRange = {
    fromJSON(object) {
        return {
            start: isSet(object.start) ? fromJsonTimestamp(object.start) : undefined,
            end: isSet(object.end) ? fromJsonTimestamp(object.end) : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.start !== undefined) {
            obj.start = message.start.toISOString();
        }
        if (message.end !== undefined) {
            obj.end = message.end.toISOString();
        }
        return obj;
    },
};
function bytesFromBase64(b64) {
    return Uint8Array.from(globalThis.Buffer.from(b64, "base64"));
}
function base64FromBytes(arr) {
    return globalThis.Buffer.from(arr).toString("base64");
}
function fromTimestamp(t) {
    let millis = (globalThis.Number(t.seconds) || 0) * 1_000;
    millis += (t.nanos || 0) / 1_000_000;
    return new globalThis.Date(millis);
}
function fromJsonTimestamp(o) {
    if (o instanceof globalThis.Date) {
        return o;
    }
    else if (typeof o === "string") {
        return new globalThis.Date(o);
    }
    else {
        return fromTimestamp(timestamp_1.Timestamp.fromJSON(o));
    }
}
function isSet(value) {
    return value !== null && value !== undefined;
}


/***/ }),

/***/ 5204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
// versions:
//   protoc-gen-ts_proto  v2.12.0
//   protoc               v7.35.1
// source: sigstore_rekor.proto
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TransparencyLogEntry = exports.InclusionPromise = exports.InclusionProof = exports.Checkpoint = exports.KindVersion = void 0;
/* eslint-disable */
const sigstore_common_1 = __nccwpck_require__(5334);
exports.KindVersion = {
    fromJSON(object) {
        return {
            kind: isSet(object.kind) ? globalThis.String(object.kind) : "",
            version: isSet(object.version) ? globalThis.String(object.version) : "",
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.kind !== "") {
            obj.kind = message.kind;
        }
        if (message.version !== "") {
            obj.version = message.version;
        }
        return obj;
    },
};
exports.Checkpoint = {
    fromJSON(object) {
        return { envelope: isSet(object.envelope) ? globalThis.String(object.envelope) : "" };
    },
    toJSON(message) {
        const obj = {};
        if (message.envelope !== "") {
            obj.envelope = message.envelope;
        }
        return obj;
    },
};
exports.InclusionProof = {
    fromJSON(object) {
        return {
            logIndex: isSet(object.logIndex) ? globalThis.String(object.logIndex) : "0",
            rootHash: isSet(object.rootHash) ? Buffer.from(bytesFromBase64(object.rootHash)) : Buffer.alloc(0),
            treeSize: isSet(object.treeSize) ? globalThis.String(object.treeSize) : "0",
            hashes: globalThis.Array.isArray(object?.hashes)
                ? object.hashes.map((e) => Buffer.from(bytesFromBase64(e)))
                : [],
            checkpoint: isSet(object.checkpoint) ? exports.Checkpoint.fromJSON(object.checkpoint) : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.logIndex !== "0") {
            obj.logIndex = message.logIndex;
        }
        if (message.rootHash.length !== 0) {
            obj.rootHash = base64FromBytes(message.rootHash);
        }
        if (message.treeSize !== "0") {
            obj.treeSize = message.treeSize;
        }
        if (message.hashes?.length) {
            obj.hashes = message.hashes.map((e) => base64FromBytes(e));
        }
        if (message.checkpoint !== undefined) {
            obj.checkpoint = exports.Checkpoint.toJSON(message.checkpoint);
        }
        return obj;
    },
};
exports.InclusionPromise = {
    fromJSON(object) {
        return {
            signedEntryTimestamp: isSet(object.signedEntryTimestamp)
                ? Buffer.from(bytesFromBase64(object.signedEntryTimestamp))
                : Buffer.alloc(0),
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.signedEntryTimestamp.length !== 0) {
            obj.signedEntryTimestamp = base64FromBytes(message.signedEntryTimestamp);
        }
        return obj;
    },
};
exports.TransparencyLogEntry = {
    fromJSON(object) {
        return {
            logIndex: isSet(object.logIndex) ? globalThis.String(object.logIndex) : "0",
            logId: isSet(object.logId) ? sigstore_common_1.LogId.fromJSON(object.logId) : undefined,
            kindVersion: isSet(object.kindVersion) ? exports.KindVersion.fromJSON(object.kindVersion) : undefined,
            integratedTime: isSet(object.integratedTime) ? globalThis.String(object.integratedTime) : "0",
            inclusionPromise: isSet(object.inclusionPromise) ? exports.InclusionPromise.fromJSON(object.inclusionPromise) : undefined,
            inclusionProof: isSet(object.inclusionProof) ? exports.InclusionProof.fromJSON(object.inclusionProof) : undefined,
            canonicalizedBody: isSet(object.canonicalizedBody)
                ? Buffer.from(bytesFromBase64(object.canonicalizedBody))
                : Buffer.alloc(0),
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.logIndex !== "0") {
            obj.logIndex = message.logIndex;
        }
        if (message.logId !== undefined) {
            obj.logId = sigstore_common_1.LogId.toJSON(message.logId);
        }
        if (message.kindVersion !== undefined) {
            obj.kindVersion = exports.KindVersion.toJSON(message.kindVersion);
        }
        if (message.integratedTime !== "0") {
            obj.integratedTime = message.integratedTime;
        }
        if (message.inclusionPromise !== undefined) {
            obj.inclusionPromise = exports.InclusionPromise.toJSON(message.inclusionPromise);
        }
        if (message.inclusionProof !== undefined) {
            obj.inclusionProof = exports.InclusionProof.toJSON(message.inclusionProof);
        }
        if (message.canonicalizedBody.length !== 0) {
            obj.canonicalizedBody = base64FromBytes(message.canonicalizedBody);
        }
        return obj;
    },
};
function bytesFromBase64(b64) {
    return Uint8Array.from(globalThis.Buffer.from(b64, "base64"));
}
function base64FromBytes(arr) {
    return globalThis.Buffer.from(arr).toString("base64");
}
function isSet(value) {
    return value !== null && value !== undefined;
}


/***/ }),

/***/ 1997:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
// versions:
//   protoc-gen-ts_proto  v2.12.0
//   protoc               v7.35.1
// source: sigstore_trustroot.proto
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ClientTrustConfig = exports.ServiceConfiguration = exports.Service = exports.SigningConfig = exports.TrustedRoot = exports.CertificateAuthority = exports.TransparencyLogInstance = exports.ServiceSelector = void 0;
exports.serviceSelectorFromJSON = serviceSelectorFromJSON;
exports.serviceSelectorToJSON = serviceSelectorToJSON;
/* eslint-disable */
const sigstore_common_1 = __nccwpck_require__(5334);
/**
 * ServiceSelector specifies how a client SHOULD select a set of
 * Services to connect to. A client SHOULD throw an error if
 * the value is SERVICE_SELECTOR_UNDEFINED.
 */
var ServiceSelector;
(function (ServiceSelector) {
    ServiceSelector[ServiceSelector["SERVICE_SELECTOR_UNDEFINED"] = 0] = "SERVICE_SELECTOR_UNDEFINED";
    /**
     * ALL - Clients SHOULD select all Services based on supported API version
     * and validity window.
     */
    ServiceSelector[ServiceSelector["ALL"] = 1] = "ALL";
    /**
     * ANY - Clients SHOULD select one Service based on supported API version
     * and validity window. It is up to the client implementation to
     * decide how to select the Service, e.g. random or round-robin.
     */
    ServiceSelector[ServiceSelector["ANY"] = 2] = "ANY";
    /**
     * EXACT - Clients SHOULD select a specific number of Services based on
     * supported API version and validity window, using the provided
     * `count`. It is up to the client implementation to decide how to
     * select the Service, e.g. random or round-robin.
     */
    ServiceSelector[ServiceSelector["EXACT"] = 3] = "EXACT";
})(ServiceSelector || (exports.ServiceSelector = ServiceSelector = {}));
function serviceSelectorFromJSON(object) {
    switch (object) {
        case 0:
        case "SERVICE_SELECTOR_UNDEFINED":
            return ServiceSelector.SERVICE_SELECTOR_UNDEFINED;
        case 1:
        case "ALL":
            return ServiceSelector.ALL;
        case 2:
        case "ANY":
            return ServiceSelector.ANY;
        case 3:
        case "EXACT":
            return ServiceSelector.EXACT;
        default:
            throw new globalThis.Error("Unrecognized enum value " + object + " for enum ServiceSelector");
    }
}
function serviceSelectorToJSON(object) {
    switch (object) {
        case ServiceSelector.SERVICE_SELECTOR_UNDEFINED:
            return "SERVICE_SELECTOR_UNDEFINED";
        case ServiceSelector.ALL:
            return "ALL";
        case ServiceSelector.ANY:
            return "ANY";
        case ServiceSelector.EXACT:
            return "EXACT";
        default:
            throw new globalThis.Error("Unrecognized enum value " + object + " for enum ServiceSelector");
    }
}
exports.TransparencyLogInstance = {
    fromJSON(object) {
        return {
            baseUrl: isSet(object.baseUrl) ? globalThis.String(object.baseUrl) : "",
            hashAlgorithm: isSet(object.hashAlgorithm) ? (0, sigstore_common_1.hashAlgorithmFromJSON)(object.hashAlgorithm) : 0,
            publicKey: isSet(object.publicKey) ? sigstore_common_1.PublicKey.fromJSON(object.publicKey) : undefined,
            logId: isSet(object.logId) ? sigstore_common_1.LogId.fromJSON(object.logId) : undefined,
            checkpointKeyId: isSet(object.checkpointKeyId) ? sigstore_common_1.LogId.fromJSON(object.checkpointKeyId) : undefined,
            operator: isSet(object.operator) ? globalThis.String(object.operator) : "",
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.baseUrl !== "") {
            obj.baseUrl = message.baseUrl;
        }
        if (message.hashAlgorithm !== 0) {
            obj.hashAlgorithm = (0, sigstore_common_1.hashAlgorithmToJSON)(message.hashAlgorithm);
        }
        if (message.publicKey !== undefined) {
            obj.publicKey = sigstore_common_1.PublicKey.toJSON(message.publicKey);
        }
        if (message.logId !== undefined) {
            obj.logId = sigstore_common_1.LogId.toJSON(message.logId);
        }
        if (message.checkpointKeyId !== undefined) {
            obj.checkpointKeyId = sigstore_common_1.LogId.toJSON(message.checkpointKeyId);
        }
        if (message.operator !== "") {
            obj.operator = message.operator;
        }
        return obj;
    },
};
exports.CertificateAuthority = {
    fromJSON(object) {
        return {
            subject: isSet(object.subject) ? sigstore_common_1.DistinguishedName.fromJSON(object.subject) : undefined,
            uri: isSet(object.uri) ? globalThis.String(object.uri) : "",
            certChain: isSet(object.certChain) ? sigstore_common_1.X509CertificateChain.fromJSON(object.certChain) : undefined,
            validFor: isSet(object.validFor) ? sigstore_common_1.TimeRange.fromJSON(object.validFor) : undefined,
            operator: isSet(object.operator) ? globalThis.String(object.operator) : "",
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.subject !== undefined) {
            obj.subject = sigstore_common_1.DistinguishedName.toJSON(message.subject);
        }
        if (message.uri !== "") {
            obj.uri = message.uri;
        }
        if (message.certChain !== undefined) {
            obj.certChain = sigstore_common_1.X509CertificateChain.toJSON(message.certChain);
        }
        if (message.validFor !== undefined) {
            obj.validFor = sigstore_common_1.TimeRange.toJSON(message.validFor);
        }
        if (message.operator !== "") {
            obj.operator = message.operator;
        }
        return obj;
    },
};
exports.TrustedRoot = {
    fromJSON(object) {
        return {
            mediaType: isSet(object.mediaType) ? globalThis.String(object.mediaType) : "",
            tlogs: globalThis.Array.isArray(object?.tlogs)
                ? object.tlogs.map((e) => exports.TransparencyLogInstance.fromJSON(e))
                : [],
            certificateAuthorities: globalThis.Array.isArray(object?.certificateAuthorities)
                ? object.certificateAuthorities.map((e) => exports.CertificateAuthority.fromJSON(e))
                : [],
            ctlogs: globalThis.Array.isArray(object?.ctlogs)
                ? object.ctlogs.map((e) => exports.TransparencyLogInstance.fromJSON(e))
                : [],
            timestampAuthorities: globalThis.Array.isArray(object?.timestampAuthorities)
                ? object.timestampAuthorities.map((e) => exports.CertificateAuthority.fromJSON(e))
                : [],
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.mediaType !== "") {
            obj.mediaType = message.mediaType;
        }
        if (message.tlogs?.length) {
            obj.tlogs = message.tlogs.map((e) => exports.TransparencyLogInstance.toJSON(e));
        }
        if (message.certificateAuthorities?.length) {
            obj.certificateAuthorities = message.certificateAuthorities.map((e) => exports.CertificateAuthority.toJSON(e));
        }
        if (message.ctlogs?.length) {
            obj.ctlogs = message.ctlogs.map((e) => exports.TransparencyLogInstance.toJSON(e));
        }
        if (message.timestampAuthorities?.length) {
            obj.timestampAuthorities = message.timestampAuthorities.map((e) => exports.CertificateAuthority.toJSON(e));
        }
        return obj;
    },
};
exports.SigningConfig = {
    fromJSON(object) {
        return {
            mediaType: isSet(object.mediaType) ? globalThis.String(object.mediaType) : "",
            caUrls: globalThis.Array.isArray(object?.caUrls) ? object.caUrls.map((e) => exports.Service.fromJSON(e)) : [],
            oidcUrls: globalThis.Array.isArray(object?.oidcUrls) ? object.oidcUrls.map((e) => exports.Service.fromJSON(e)) : [],
            rekorTlogUrls: globalThis.Array.isArray(object?.rekorTlogUrls)
                ? object.rekorTlogUrls.map((e) => exports.Service.fromJSON(e))
                : [],
            rekorTlogConfig: isSet(object.rekorTlogConfig)
                ? exports.ServiceConfiguration.fromJSON(object.rekorTlogConfig)
                : undefined,
            tsaUrls: globalThis.Array.isArray(object?.tsaUrls) ? object.tsaUrls.map((e) => exports.Service.fromJSON(e)) : [],
            tsaConfig: isSet(object.tsaConfig) ? exports.ServiceConfiguration.fromJSON(object.tsaConfig) : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.mediaType !== "") {
            obj.mediaType = message.mediaType;
        }
        if (message.caUrls?.length) {
            obj.caUrls = message.caUrls.map((e) => exports.Service.toJSON(e));
        }
        if (message.oidcUrls?.length) {
            obj.oidcUrls = message.oidcUrls.map((e) => exports.Service.toJSON(e));
        }
        if (message.rekorTlogUrls?.length) {
            obj.rekorTlogUrls = message.rekorTlogUrls.map((e) => exports.Service.toJSON(e));
        }
        if (message.rekorTlogConfig !== undefined) {
            obj.rekorTlogConfig = exports.ServiceConfiguration.toJSON(message.rekorTlogConfig);
        }
        if (message.tsaUrls?.length) {
            obj.tsaUrls = message.tsaUrls.map((e) => exports.Service.toJSON(e));
        }
        if (message.tsaConfig !== undefined) {
            obj.tsaConfig = exports.ServiceConfiguration.toJSON(message.tsaConfig);
        }
        return obj;
    },
};
exports.Service = {
    fromJSON(object) {
        return {
            url: isSet(object.url) ? globalThis.String(object.url) : "",
            majorApiVersion: isSet(object.majorApiVersion) ? globalThis.Number(object.majorApiVersion) : 0,
            validFor: isSet(object.validFor) ? sigstore_common_1.TimeRange.fromJSON(object.validFor) : undefined,
            operator: isSet(object.operator) ? globalThis.String(object.operator) : "",
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.url !== "") {
            obj.url = message.url;
        }
        if (message.majorApiVersion !== 0) {
            obj.majorApiVersion = Math.round(message.majorApiVersion);
        }
        if (message.validFor !== undefined) {
            obj.validFor = sigstore_common_1.TimeRange.toJSON(message.validFor);
        }
        if (message.operator !== "") {
            obj.operator = message.operator;
        }
        return obj;
    },
};
exports.ServiceConfiguration = {
    fromJSON(object) {
        return {
            selector: isSet(object.selector) ? serviceSelectorFromJSON(object.selector) : 0,
            count: isSet(object.count) ? globalThis.Number(object.count) : 0,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.selector !== 0) {
            obj.selector = serviceSelectorToJSON(message.selector);
        }
        if (message.count !== 0) {
            obj.count = Math.round(message.count);
        }
        return obj;
    },
};
exports.ClientTrustConfig = {
    fromJSON(object) {
        return {
            mediaType: isSet(object.mediaType) ? globalThis.String(object.mediaType) : "",
            trustedRoot: isSet(object.trustedRoot) ? exports.TrustedRoot.fromJSON(object.trustedRoot) : undefined,
            signingConfig: isSet(object.signingConfig) ? exports.SigningConfig.fromJSON(object.signingConfig) : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.mediaType !== "") {
            obj.mediaType = message.mediaType;
        }
        if (message.trustedRoot !== undefined) {
            obj.trustedRoot = exports.TrustedRoot.toJSON(message.trustedRoot);
        }
        if (message.signingConfig !== undefined) {
            obj.signingConfig = exports.SigningConfig.toJSON(message.signingConfig);
        }
        return obj;
    },
};
function isSet(value) {
    return value !== null && value !== undefined;
}


/***/ }),

/***/ 9732:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
// versions:
//   protoc-gen-ts_proto  v2.12.0
//   protoc               v7.35.1
// source: sigstore_verification.proto
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Input = exports.Artifact = exports.ArtifactVerificationOptions_ObserverTimestampOptions = exports.ArtifactVerificationOptions_TlogIntegratedTimestampOptions = exports.ArtifactVerificationOptions_TimestampAuthorityOptions = exports.ArtifactVerificationOptions_CtlogOptions = exports.ArtifactVerificationOptions_TlogOptions = exports.ArtifactVerificationOptions = exports.PublicKeyIdentities = exports.CertificateIdentities = exports.CertificateIdentity = void 0;
/* eslint-disable */
const sigstore_bundle_1 = __nccwpck_require__(715);
const sigstore_common_1 = __nccwpck_require__(5334);
const sigstore_trustroot_1 = __nccwpck_require__(1997);
exports.CertificateIdentity = {
    fromJSON(object) {
        return {
            issuer: isSet(object.issuer) ? globalThis.String(object.issuer) : "",
            san: isSet(object.san) ? sigstore_common_1.SubjectAlternativeName.fromJSON(object.san) : undefined,
            oids: globalThis.Array.isArray(object?.oids)
                ? object.oids.map((e) => sigstore_common_1.ObjectIdentifierValuePair.fromJSON(e))
                : [],
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.issuer !== "") {
            obj.issuer = message.issuer;
        }
        if (message.san !== undefined) {
            obj.san = sigstore_common_1.SubjectAlternativeName.toJSON(message.san);
        }
        if (message.oids?.length) {
            obj.oids = message.oids.map((e) => sigstore_common_1.ObjectIdentifierValuePair.toJSON(e));
        }
        return obj;
    },
};
exports.CertificateIdentities = {
    fromJSON(object) {
        return {
            identities: globalThis.Array.isArray(object?.identities)
                ? object.identities.map((e) => exports.CertificateIdentity.fromJSON(e))
                : [],
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.identities?.length) {
            obj.identities = message.identities.map((e) => exports.CertificateIdentity.toJSON(e));
        }
        return obj;
    },
};
exports.PublicKeyIdentities = {
    fromJSON(object) {
        return {
            publicKeys: globalThis.Array.isArray(object?.publicKeys)
                ? object.publicKeys.map((e) => sigstore_common_1.PublicKey.fromJSON(e))
                : [],
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.publicKeys?.length) {
            obj.publicKeys = message.publicKeys.map((e) => sigstore_common_1.PublicKey.toJSON(e));
        }
        return obj;
    },
};
exports.ArtifactVerificationOptions = {
    fromJSON(object) {
        return {
            signers: isSet(object.certificateIdentities)
                ? {
                    $case: "certificateIdentities",
                    certificateIdentities: exports.CertificateIdentities.fromJSON(object.certificateIdentities),
                }
                : isSet(object.publicKeys)
                    ? { $case: "publicKeys", publicKeys: exports.PublicKeyIdentities.fromJSON(object.publicKeys) }
                    : undefined,
            tlogOptions: isSet(object.tlogOptions)
                ? exports.ArtifactVerificationOptions_TlogOptions.fromJSON(object.tlogOptions)
                : undefined,
            ctlogOptions: isSet(object.ctlogOptions)
                ? exports.ArtifactVerificationOptions_CtlogOptions.fromJSON(object.ctlogOptions)
                : undefined,
            tsaOptions: isSet(object.tsaOptions)
                ? exports.ArtifactVerificationOptions_TimestampAuthorityOptions.fromJSON(object.tsaOptions)
                : undefined,
            integratedTsOptions: isSet(object.integratedTsOptions)
                ? exports.ArtifactVerificationOptions_TlogIntegratedTimestampOptions.fromJSON(object.integratedTsOptions)
                : undefined,
            observerOptions: isSet(object.observerOptions)
                ? exports.ArtifactVerificationOptions_ObserverTimestampOptions.fromJSON(object.observerOptions)
                : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.signers?.$case === "certificateIdentities") {
            obj.certificateIdentities = exports.CertificateIdentities.toJSON(message.signers.certificateIdentities);
        }
        else if (message.signers?.$case === "publicKeys") {
            obj.publicKeys = exports.PublicKeyIdentities.toJSON(message.signers.publicKeys);
        }
        if (message.tlogOptions !== undefined) {
            obj.tlogOptions = exports.ArtifactVerificationOptions_TlogOptions.toJSON(message.tlogOptions);
        }
        if (message.ctlogOptions !== undefined) {
            obj.ctlogOptions = exports.ArtifactVerificationOptions_CtlogOptions.toJSON(message.ctlogOptions);
        }
        if (message.tsaOptions !== undefined) {
            obj.tsaOptions = exports.ArtifactVerificationOptions_TimestampAuthorityOptions.toJSON(message.tsaOptions);
        }
        if (message.integratedTsOptions !== undefined) {
            obj.integratedTsOptions = exports.ArtifactVerificationOptions_TlogIntegratedTimestampOptions.toJSON(message.integratedTsOptions);
        }
        if (message.observerOptions !== undefined) {
            obj.observerOptions = exports.ArtifactVerificationOptions_ObserverTimestampOptions.toJSON(message.observerOptions);
        }
        return obj;
    },
};
exports.ArtifactVerificationOptions_TlogOptions = {
    fromJSON(object) {
        return {
            threshold: isSet(object.threshold) ? globalThis.Number(object.threshold) : 0,
            performOnlineVerification: isSet(object.performOnlineVerification)
                ? globalThis.Boolean(object.performOnlineVerification)
                : false,
            disable: isSet(object.disable) ? globalThis.Boolean(object.disable) : false,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.threshold !== 0) {
            obj.threshold = Math.round(message.threshold);
        }
        if (message.performOnlineVerification !== false) {
            obj.performOnlineVerification = message.performOnlineVerification;
        }
        if (message.disable !== false) {
            obj.disable = message.disable;
        }
        return obj;
    },
};
exports.ArtifactVerificationOptions_CtlogOptions = {
    fromJSON(object) {
        return {
            threshold: isSet(object.threshold) ? globalThis.Number(object.threshold) : 0,
            disable: isSet(object.disable) ? globalThis.Boolean(object.disable) : false,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.threshold !== 0) {
            obj.threshold = Math.round(message.threshold);
        }
        if (message.disable !== false) {
            obj.disable = message.disable;
        }
        return obj;
    },
};
exports.ArtifactVerificationOptions_TimestampAuthorityOptions = {
    fromJSON(object) {
        return {
            threshold: isSet(object.threshold) ? globalThis.Number(object.threshold) : 0,
            disable: isSet(object.disable) ? globalThis.Boolean(object.disable) : false,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.threshold !== 0) {
            obj.threshold = Math.round(message.threshold);
        }
        if (message.disable !== false) {
            obj.disable = message.disable;
        }
        return obj;
    },
};
exports.ArtifactVerificationOptions_TlogIntegratedTimestampOptions = {
    fromJSON(object) {
        return {
            threshold: isSet(object.threshold) ? globalThis.Number(object.threshold) : 0,
            disable: isSet(object.disable) ? globalThis.Boolean(object.disable) : false,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.threshold !== 0) {
            obj.threshold = Math.round(message.threshold);
        }
        if (message.disable !== false) {
            obj.disable = message.disable;
        }
        return obj;
    },
};
exports.ArtifactVerificationOptions_ObserverTimestampOptions = {
    fromJSON(object) {
        return {
            threshold: isSet(object.threshold) ? globalThis.Number(object.threshold) : 0,
            disable: isSet(object.disable) ? globalThis.Boolean(object.disable) : false,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.threshold !== 0) {
            obj.threshold = Math.round(message.threshold);
        }
        if (message.disable !== false) {
            obj.disable = message.disable;
        }
        return obj;
    },
};
exports.Artifact = {
    fromJSON(object) {
        return {
            data: isSet(object.artifactUri)
                ? { $case: "artifactUri", artifactUri: globalThis.String(object.artifactUri) }
                : isSet(object.artifact)
                    ? { $case: "artifact", artifact: Buffer.from(bytesFromBase64(object.artifact)) }
                    : isSet(object.artifactDigest)
                        ? { $case: "artifactDigest", artifactDigest: sigstore_common_1.HashOutput.fromJSON(object.artifactDigest) }
                        : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.data?.$case === "artifactUri") {
            obj.artifactUri = message.data.artifactUri;
        }
        else if (message.data?.$case === "artifact") {
            obj.artifact = base64FromBytes(message.data.artifact);
        }
        else if (message.data?.$case === "artifactDigest") {
            obj.artifactDigest = sigstore_common_1.HashOutput.toJSON(message.data.artifactDigest);
        }
        return obj;
    },
};
exports.Input = {
    fromJSON(object) {
        return {
            artifactTrustRoot: isSet(object.artifactTrustRoot) ? sigstore_trustroot_1.TrustedRoot.fromJSON(object.artifactTrustRoot) : undefined,
            artifactVerificationOptions: isSet(object.artifactVerificationOptions)
                ? exports.ArtifactVerificationOptions.fromJSON(object.artifactVerificationOptions)
                : undefined,
            bundle: isSet(object.bundle) ? sigstore_bundle_1.Bundle.fromJSON(object.bundle) : undefined,
            artifact: isSet(object.artifact) ? exports.Artifact.fromJSON(object.artifact) : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.artifactTrustRoot !== undefined) {
            obj.artifactTrustRoot = sigstore_trustroot_1.TrustedRoot.toJSON(message.artifactTrustRoot);
        }
        if (message.artifactVerificationOptions !== undefined) {
            obj.artifactVerificationOptions = exports.ArtifactVerificationOptions.toJSON(message.artifactVerificationOptions);
        }
        if (message.bundle !== undefined) {
            obj.bundle = sigstore_bundle_1.Bundle.toJSON(message.bundle);
        }
        if (message.artifact !== undefined) {
            obj.artifact = exports.Artifact.toJSON(message.artifact);
        }
        return obj;
    },
};
function bytesFromBase64(b64) {
    return Uint8Array.from(globalThis.Buffer.from(b64, "base64"));
}
function base64FromBytes(arr) {
    return globalThis.Buffer.from(arr).toString("base64");
}
function isSet(value) {
    return value !== null && value !== undefined;
}


/***/ }),

/***/ 9654:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
__exportStar(__nccwpck_require__(7030), exports);
__exportStar(__nccwpck_require__(715), exports);
__exportStar(__nccwpck_require__(5334), exports);
__exportStar(__nccwpck_require__(5204), exports);
__exportStar(__nccwpck_require__(1997), exports);
__exportStar(__nccwpck_require__(9732), exports);


/***/ }),

/***/ 2925:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {




var yaml = __nccwpck_require__(1980);


module.exports = yaml;


/***/ }),

/***/ 1980:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {




var loader = __nccwpck_require__(6416);
var dumper = __nccwpck_require__(9418);


function deprecated(name) {
  return function () {
    throw new Error('Function ' + name + ' is deprecated and cannot be used.');
  };
}


module.exports.Type = __nccwpck_require__(1879);
module.exports.Schema = __nccwpck_require__(1216);
module.exports.FAILSAFE_SCHEMA = __nccwpck_require__(9758);
module.exports.JSON_SCHEMA = __nccwpck_require__(89);
module.exports.CORE_SCHEMA = __nccwpck_require__(176);
module.exports.DEFAULT_SAFE_SCHEMA = __nccwpck_require__(4556);
module.exports.DEFAULT_FULL_SCHEMA = __nccwpck_require__(2816);
module.exports.load                = loader.load;
module.exports.loadAll             = loader.loadAll;
module.exports.safeLoad            = loader.safeLoad;
module.exports.safeLoadAll         = loader.safeLoadAll;
module.exports.dump                = dumper.dump;
module.exports.safeDump            = dumper.safeDump;
module.exports.YAMLException = __nccwpck_require__(8586);

// Deprecated schema names from JS-YAML 2.0.x
module.exports.MINIMAL_SCHEMA = __nccwpck_require__(9758);
module.exports.SAFE_SCHEMA = __nccwpck_require__(4556);
module.exports.DEFAULT_SCHEMA = __nccwpck_require__(2816);

// Deprecated functions from JS-YAML 1.x.x
module.exports.scan           = deprecated('scan');
module.exports.parse          = deprecated('parse');
module.exports.compose        = deprecated('compose');
module.exports.addConstructor = deprecated('addConstructor');


/***/ }),

/***/ 7562:
/***/ ((module) => {




function isNothing(subject) {
  return (typeof subject === 'undefined') || (subject === null);
}


function isObject(subject) {
  return (typeof subject === 'object') && (subject !== null);
}


function toArray(sequence) {
  if (Array.isArray(sequence)) return sequence;
  else if (isNothing(sequence)) return [];

  return [ sequence ];
}


function extend(target, source) {
  var index, length, key, sourceKeys;

  if (source) {
    sourceKeys = Object.keys(source);

    for (index = 0, length = sourceKeys.length; index < length; index += 1) {
      key = sourceKeys[index];
      target[key] = source[key];
    }
  }

  return target;
}


function repeat(string, count) {
  var result = '', cycle;

  for (cycle = 0; cycle < count; cycle += 1) {
    result += string;
  }

  return result;
}


function isNegativeZero(number) {
  return (number === 0) && (Number.NEGATIVE_INFINITY === 1 / number);
}


module.exports.isNothing      = isNothing;
module.exports.isObject       = isObject;
module.exports.toArray        = toArray;
module.exports.repeat         = repeat;
module.exports.isNegativeZero = isNegativeZero;
module.exports.extend         = extend;


/***/ }),

/***/ 9418:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



/*eslint-disable no-use-before-define*/

var common              = __nccwpck_require__(7562);
var YAMLException       = __nccwpck_require__(8586);
var DEFAULT_FULL_SCHEMA = __nccwpck_require__(2816);
var DEFAULT_SAFE_SCHEMA = __nccwpck_require__(4556);

var _toString       = Object.prototype.toString;
var _hasOwnProperty = Object.prototype.hasOwnProperty;

var CHAR_TAB                  = 0x09; /* Tab */
var CHAR_LINE_FEED            = 0x0A; /* LF */
var CHAR_CARRIAGE_RETURN      = 0x0D; /* CR */
var CHAR_SPACE                = 0x20; /* Space */
var CHAR_EXCLAMATION          = 0x21; /* ! */
var CHAR_DOUBLE_QUOTE         = 0x22; /* " */
var CHAR_SHARP                = 0x23; /* # */
var CHAR_PERCENT              = 0x25; /* % */
var CHAR_AMPERSAND            = 0x26; /* & */
var CHAR_SINGLE_QUOTE         = 0x27; /* ' */
var CHAR_ASTERISK             = 0x2A; /* * */
var CHAR_COMMA                = 0x2C; /* , */
var CHAR_MINUS                = 0x2D; /* - */
var CHAR_COLON                = 0x3A; /* : */
var CHAR_EQUALS               = 0x3D; /* = */
var CHAR_GREATER_THAN         = 0x3E; /* > */
var CHAR_QUESTION             = 0x3F; /* ? */
var CHAR_COMMERCIAL_AT        = 0x40; /* @ */
var CHAR_LEFT_SQUARE_BRACKET  = 0x5B; /* [ */
var CHAR_RIGHT_SQUARE_BRACKET = 0x5D; /* ] */
var CHAR_GRAVE_ACCENT         = 0x60; /* ` */
var CHAR_LEFT_CURLY_BRACKET   = 0x7B; /* { */
var CHAR_VERTICAL_LINE        = 0x7C; /* | */
var CHAR_RIGHT_CURLY_BRACKET  = 0x7D; /* } */

var ESCAPE_SEQUENCES = {};

ESCAPE_SEQUENCES[0x00]   = '\\0';
ESCAPE_SEQUENCES[0x07]   = '\\a';
ESCAPE_SEQUENCES[0x08]   = '\\b';
ESCAPE_SEQUENCES[0x09]   = '\\t';
ESCAPE_SEQUENCES[0x0A]   = '\\n';
ESCAPE_SEQUENCES[0x0B]   = '\\v';
ESCAPE_SEQUENCES[0x0C]   = '\\f';
ESCAPE_SEQUENCES[0x0D]   = '\\r';
ESCAPE_SEQUENCES[0x1B]   = '\\e';
ESCAPE_SEQUENCES[0x22]   = '\\"';
ESCAPE_SEQUENCES[0x5C]   = '\\\\';
ESCAPE_SEQUENCES[0x85]   = '\\N';
ESCAPE_SEQUENCES[0xA0]   = '\\_';
ESCAPE_SEQUENCES[0x2028] = '\\L';
ESCAPE_SEQUENCES[0x2029] = '\\P';

var DEPRECATED_BOOLEANS_SYNTAX = [
  'y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON',
  'n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF'
];

function compileStyleMap(schema, map) {
  var result, keys, index, length, tag, style, type;

  if (map === null) return {};

  result = {};
  keys = Object.keys(map);

  for (index = 0, length = keys.length; index < length; index += 1) {
    tag = keys[index];
    style = String(map[tag]);

    if (tag.slice(0, 2) === '!!') {
      tag = 'tag:yaml.org,2002:' + tag.slice(2);
    }
    type = schema.compiledTypeMap['fallback'][tag];

    if (type && _hasOwnProperty.call(type.styleAliases, style)) {
      style = type.styleAliases[style];
    }

    result[tag] = style;
  }

  return result;
}

function encodeHex(character) {
  var string, handle, length;

  string = character.toString(16).toUpperCase();

  if (character <= 0xFF) {
    handle = 'x';
    length = 2;
  } else if (character <= 0xFFFF) {
    handle = 'u';
    length = 4;
  } else if (character <= 0xFFFFFFFF) {
    handle = 'U';
    length = 8;
  } else {
    throw new YAMLException('code point within a string may not be greater than 0xFFFFFFFF');
  }

  return '\\' + handle + common.repeat('0', length - string.length) + string;
}

function State(options) {
  this.schema        = options['schema'] || DEFAULT_FULL_SCHEMA;
  this.indent        = Math.max(1, (options['indent'] || 2));
  this.noArrayIndent = options['noArrayIndent'] || false;
  this.skipInvalid   = options['skipInvalid'] || false;
  this.flowLevel     = (common.isNothing(options['flowLevel']) ? -1 : options['flowLevel']);
  this.styleMap      = compileStyleMap(this.schema, options['styles'] || null);
  this.sortKeys      = options['sortKeys'] || false;
  this.lineWidth     = options['lineWidth'] || 80;
  this.noRefs        = options['noRefs'] || false;
  this.noCompatMode  = options['noCompatMode'] || false;
  this.condenseFlow  = options['condenseFlow'] || false;

  this.implicitTypes = this.schema.compiledImplicit;
  this.explicitTypes = this.schema.compiledExplicit;

  this.tag = null;
  this.result = '';

  this.duplicates = [];
  this.usedDuplicates = null;
}

// Indents every line in a string. Empty lines (\n only) are not indented.
function indentString(string, spaces) {
  var ind = common.repeat(' ', spaces),
      position = 0,
      next = -1,
      result = '',
      line,
      length = string.length;

  while (position < length) {
    next = string.indexOf('\n', position);
    if (next === -1) {
      line = string.slice(position);
      position = length;
    } else {
      line = string.slice(position, next + 1);
      position = next + 1;
    }

    if (line.length && line !== '\n') result += ind;

    result += line;
  }

  return result;
}

function generateNextLine(state, level) {
  return '\n' + common.repeat(' ', state.indent * level);
}

function testImplicitResolving(state, str) {
  var index, length, type;

  for (index = 0, length = state.implicitTypes.length; index < length; index += 1) {
    type = state.implicitTypes[index];

    if (type.resolve(str)) {
      return true;
    }
  }

  return false;
}

// [33] s-white ::= s-space | s-tab
function isWhitespace(c) {
  return c === CHAR_SPACE || c === CHAR_TAB;
}

// Returns true if the character can be printed without escaping.
// From YAML 1.2: "any allowed characters known to be non-printable
// should also be escaped. [However,] This isn\u2019t mandatory"
// Derived from nb-char - \t - #x85 - #xA0 - #x2028 - #x2029.
function isPrintable(c) {
  return  (0x00020 <= c && c <= 0x00007E)
      || ((0x000A1 <= c && c <= 0x00D7FF) && c !== 0x2028 && c !== 0x2029)
      || ((0x0E000 <= c && c <= 0x00FFFD) && c !== 0xFEFF /* BOM */)
      ||  (0x10000 <= c && c <= 0x10FFFF);
}

// [34] ns-char ::= nb-char - s-white
// [27] nb-char ::= c-printable - b-char - c-byte-order-mark
// [26] b-char  ::= b-line-feed | b-carriage-return
// [24] b-line-feed       ::=     #xA    /* LF */
// [25] b-carriage-return ::=     #xD    /* CR */
// [3]  c-byte-order-mark ::=     #xFEFF
function isNsChar(c) {
  return isPrintable(c) && !isWhitespace(c)
    // byte-order-mark
    && c !== 0xFEFF
    // b-char
    && c !== CHAR_CARRIAGE_RETURN
    && c !== CHAR_LINE_FEED;
}

// Simplified test for values allowed after the first character in plain style.
function isPlainSafe(c, prev) {
  // Uses a subset of nb-char - c-flow-indicator - ":" - "#"
  // where nb-char ::= c-printable - b-char - c-byte-order-mark.
  return isPrintable(c) && c !== 0xFEFF
    // - c-flow-indicator
    && c !== CHAR_COMMA
    && c !== CHAR_LEFT_SQUARE_BRACKET
    && c !== CHAR_RIGHT_SQUARE_BRACKET
    && c !== CHAR_LEFT_CURLY_BRACKET
    && c !== CHAR_RIGHT_CURLY_BRACKET
    // - ":" - "#"
    // /* An ns-char preceding */ "#"
    && c !== CHAR_COLON
    && ((c !== CHAR_SHARP) || (prev && isNsChar(prev)));
}

// Simplified test for values allowed as the first character in plain style.
function isPlainSafeFirst(c) {
  // Uses a subset of ns-char - c-indicator
  // where ns-char = nb-char - s-white.
  return isPrintable(c) && c !== 0xFEFF
    && !isWhitespace(c) // - s-white
    // - (c-indicator ::=
    // \u201c-\u201d | \u201c?\u201d | \u201c:\u201d | \u201c,\u201d | \u201c[\u201d | \u201c]\u201d | \u201c{\u201d | \u201c}\u201d
    && c !== CHAR_MINUS
    && c !== CHAR_QUESTION
    && c !== CHAR_COLON
    && c !== CHAR_COMMA
    && c !== CHAR_LEFT_SQUARE_BRACKET
    && c !== CHAR_RIGHT_SQUARE_BRACKET
    && c !== CHAR_LEFT_CURLY_BRACKET
    && c !== CHAR_RIGHT_CURLY_BRACKET
    // | \u201c#\u201d | \u201c&\u201d | \u201c*\u201d | \u201c!\u201d | \u201c|\u201d | \u201c=\u201d | \u201c>\u201d | \u201c'\u201d | \u201c"\u201d
    && c !== CHAR_SHARP
    && c !== CHAR_AMPERSAND
    && c !== CHAR_ASTERISK
    && c !== CHAR_EXCLAMATION
    && c !== CHAR_VERTICAL_LINE
    && c !== CHAR_EQUALS
    && c !== CHAR_GREATER_THAN
    && c !== CHAR_SINGLE_QUOTE
    && c !== CHAR_DOUBLE_QUOTE
    // | \u201c%\u201d | \u201c@\u201d | \u201c`\u201d)
    && c !== CHAR_PERCENT
    && c !== CHAR_COMMERCIAL_AT
    && c !== CHAR_GRAVE_ACCENT;
}

// Determines whether block indentation indicator is required.
function needIndentIndicator(string) {
  var leadingSpaceRe = /^\n* /;
  return leadingSpaceRe.test(string);
}

var STYLE_PLAIN   = 1,
    STYLE_SINGLE  = 2,
    STYLE_LITERAL = 3,
    STYLE_FOLDED  = 4,
    STYLE_DOUBLE  = 5;

// Determines which scalar styles are possible and returns the preferred style.
// lineWidth = -1 => no limit.
// Pre-conditions: str.length > 0.
// Post-conditions:
//    STYLE_PLAIN or STYLE_SINGLE => no \n are in the string.
//    STYLE_LITERAL => no lines are suitable for folding (or lineWidth is -1).
//    STYLE_FOLDED => a line > lineWidth and can be folded (and lineWidth != -1).
function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType) {
  var i;
  var char, prev_char;
  var hasLineBreak = false;
  var hasFoldableLine = false; // only checked if shouldTrackWidth
  var shouldTrackWidth = lineWidth !== -1;
  var previousLineBreak = -1; // count the first line correctly
  var plain = isPlainSafeFirst(string.charCodeAt(0))
          && !isWhitespace(string.charCodeAt(string.length - 1));

  if (singleLineOnly) {
    // Case: no block styles.
    // Check for disallowed characters to rule out plain and single.
    for (i = 0; i < string.length; i++) {
      char = string.charCodeAt(i);
      if (!isPrintable(char)) {
        return STYLE_DOUBLE;
      }
      prev_char = i > 0 ? string.charCodeAt(i - 1) : null;
      plain = plain && isPlainSafe(char, prev_char);
    }
  } else {
    // Case: block styles permitted.
    for (i = 0; i < string.length; i++) {
      char = string.charCodeAt(i);
      if (char === CHAR_LINE_FEED) {
        hasLineBreak = true;
        // Check if any line can be folded.
        if (shouldTrackWidth) {
          hasFoldableLine = hasFoldableLine ||
            // Foldable line = too long, and not more-indented.
            (i - previousLineBreak - 1 > lineWidth &&
             string[previousLineBreak + 1] !== ' ');
          previousLineBreak = i;
        }
      } else if (!isPrintable(char)) {
        return STYLE_DOUBLE;
      }
      prev_char = i > 0 ? string.charCodeAt(i - 1) : null;
      plain = plain && isPlainSafe(char, prev_char);
    }
    // in case the end is missing a \n
    hasFoldableLine = hasFoldableLine || (shouldTrackWidth &&
      (i - previousLineBreak - 1 > lineWidth &&
       string[previousLineBreak + 1] !== ' '));
  }
  // Although every style can represent \n without escaping, prefer block styles
  // for multiline, since they're more readable and they don't add empty lines.
  // Also prefer folding a super-long line.
  if (!hasLineBreak && !hasFoldableLine) {
    // Strings interpretable as another type have to be quoted;
    // e.g. the string 'true' vs. the boolean true.
    return plain && !testAmbiguousType(string)
      ? STYLE_PLAIN : STYLE_SINGLE;
  }
  // Edge case: block indentation indicator can only have one digit.
  if (indentPerLevel > 9 && needIndentIndicator(string)) {
    return STYLE_DOUBLE;
  }
  // At this point we know block styles are valid.
  // Prefer literal style unless we want to fold.
  return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
}

// Note: line breaking/folding is implemented for only the folded style.
// NB. We drop the last trailing newline (if any) of a returned block scalar
//  since the dumper adds its own newline. This always works:
//    \u2022 No ending newline => unaffected; already using strip "-" chomping.
//    \u2022 Ending newline    => removed then restored.
//  Importantly, this keeps the "+" chomp indicator from gaining an extra line.
function writeScalar(state, string, level, iskey) {
  state.dump = (function () {
    if (string.length === 0) {
      return "''";
    }
    if (!state.noCompatMode &&
        DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1) {
      return "'" + string + "'";
    }

    var indent = state.indent * Math.max(1, level); // no 0-indent scalars
    // As indentation gets deeper, let the width decrease monotonically
    // to the lower bound min(state.lineWidth, 40).
    // Note that this implies
    //  state.lineWidth \u2264 40 + state.indent: width is fixed at the lower bound.
    //  state.lineWidth > 40 + state.indent: width decreases until the lower bound.
    // This behaves better than a constant minimum width which disallows narrower options,
    // or an indent threshold which causes the width to suddenly increase.
    var lineWidth = state.lineWidth === -1
      ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);

    // Without knowing if keys are implicit/explicit, assume implicit for safety.
    var singleLineOnly = iskey
      // No block styles in flow mode.
      || (state.flowLevel > -1 && level >= state.flowLevel);
    function testAmbiguity(string) {
      return testImplicitResolving(state, string);
    }

    switch (chooseScalarStyle(string, singleLineOnly, state.indent, lineWidth, testAmbiguity)) {
      case STYLE_PLAIN:
        return string;
      case STYLE_SINGLE:
        return "'" + string.replace(/'/g, "''") + "'";
      case STYLE_LITERAL:
        return '|' + blockHeader(string, state.indent)
          + dropEndingNewline(indentString(string, indent));
      case STYLE_FOLDED:
        return '>' + blockHeader(string, state.indent)
          + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
      case STYLE_DOUBLE:
        return '"' + escapeString(string, lineWidth) + '"';
      default:
        throw new YAMLException('impossible error: invalid scalar style');
    }
  }());
}

// Pre-conditions: string is valid for a block scalar, 1 <= indentPerLevel <= 9.
function blockHeader(string, indentPerLevel) {
  var indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : '';

  // note the special case: the string '\n' counts as a "trailing" empty line.
  var clip =          string[string.length - 1] === '\n';
  var keep = clip && (string[string.length - 2] === '\n' || string === '\n');
  var chomp = keep ? '+' : (clip ? '' : '-');

  return indentIndicator + chomp + '\n';
}

// (See the note for writeScalar.)
function dropEndingNewline(string) {
  return string[string.length - 1] === '\n' ? string.slice(0, -1) : string;
}

// Note: a long line without a suitable break point will exceed the width limit.
// Pre-conditions: every char in str isPrintable, str.length > 0, width > 0.
function foldString(string, width) {
  // In folded style, $k$ consecutive newlines output as $k+1$ newlines\u2014
  // unless they're before or after a more-indented line, or at the very
  // beginning or end, in which case $k$ maps to $k$.
  // Therefore, parse each chunk as newline(s) followed by a content line.
  var lineRe = /(\n+)([^\n]*)/g;

  // first line (possibly an empty line)
  var result = (function () {
    var nextLF = string.indexOf('\n');
    nextLF = nextLF !== -1 ? nextLF : string.length;
    lineRe.lastIndex = nextLF;
    return foldLine(string.slice(0, nextLF), width);
  }());
  // If we haven't reached the first content line yet, don't add an extra \n.
  var prevMoreIndented = string[0] === '\n' || string[0] === ' ';
  var moreIndented;

  // rest of the lines
  var match;
  while ((match = lineRe.exec(string))) {
    var prefix = match[1], line = match[2];
    moreIndented = (line[0] === ' ');
    result += prefix
      + (!prevMoreIndented && !moreIndented && line !== ''
        ? '\n' : '')
      + foldLine(line, width);
    prevMoreIndented = moreIndented;
  }

  return result;
}

// Greedy line breaking.
// Picks the longest line under the limit each time,
// otherwise settles for the shortest line over the limit.
// NB. More-indented lines *cannot* be folded, as that would add an extra \n.
function foldLine(line, width) {
  if (line === '' || line[0] === ' ') return line;

  // Since a more-indented line adds a \n, breaks can't be followed by a space.
  var breakRe = / [^ ]/g; // note: the match index will always be <= length-2.
  var match;
  // start is an inclusive index. end, curr, and next are exclusive.
  var start = 0, end, curr = 0, next = 0;
  var result = '';

  // Invariants: 0 <= start <= length-1.
  //   0 <= curr <= next <= max(0, length-2). curr - start <= width.
  // Inside the loop:
  //   A match implies length >= 2, so curr and next are <= length-2.
  while ((match = breakRe.exec(line))) {
    next = match.index;
    // maintain invariant: curr - start <= width
    if (next - start > width) {
      end = (curr > start) ? curr : next; // derive end <= length-2
      result += '\n' + line.slice(start, end);
      // skip the space that was output as \n
      start = end + 1;                    // derive start <= length-1
    }
    curr = next;
  }

  // By the invariants, start <= length-1, so there is something left over.
  // It is either the whole string or a part starting from non-whitespace.
  result += '\n';
  // Insert a break if the remainder is too long and there is a break available.
  if (line.length - start > width && curr > start) {
    result += line.slice(start, curr) + '\n' + line.slice(curr + 1);
  } else {
    result += line.slice(start);
  }

  return result.slice(1); // drop extra \n joiner
}

// Escapes a double-quoted string.
function escapeString(string) {
  var result = '';
  var char, nextChar;
  var escapeSeq;

  for (var i = 0; i < string.length; i++) {
    char = string.charCodeAt(i);
    // Check for surrogate pairs (reference Unicode 3.0 section "3.7 Surrogates").
    if (char >= 0xD800 && char <= 0xDBFF/* high surrogate */) {
      nextChar = string.charCodeAt(i + 1);
      if (nextChar >= 0xDC00 && nextChar <= 0xDFFF/* low surrogate */) {
        // Combine the surrogate pair and store it escaped.
        result += encodeHex((char - 0xD800) * 0x400 + nextChar - 0xDC00 + 0x10000);
        // Advance index one extra since we already used that char here.
        i++; continue;
      }
    }
    escapeSeq = ESCAPE_SEQUENCES[char];
    result += !escapeSeq && isPrintable(char)
      ? string[i]
      : escapeSeq || encodeHex(char);
  }

  return result;
}

function writeFlowSequence(state, level, object) {
  var _result = '',
      _tag    = state.tag,
      index,
      length;

  for (index = 0, length = object.length; index < length; index += 1) {
    // Write only valid elements.
    if (writeNode(state, level, object[index], false, false)) {
      if (index !== 0) _result += ',' + (!state.condenseFlow ? ' ' : '');
      _result += state.dump;
    }
  }

  state.tag = _tag;
  state.dump = '[' + _result + ']';
}

function writeBlockSequence(state, level, object, compact) {
  var _result = '',
      _tag    = state.tag,
      index,
      length;

  for (index = 0, length = object.length; index < length; index += 1) {
    // Write only valid elements.
    if (writeNode(state, level + 1, object[index], true, true)) {
      if (!compact || index !== 0) {
        _result += generateNextLine(state, level);
      }

      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        _result += '-';
      } else {
        _result += '- ';
      }

      _result += state.dump;
    }
  }

  state.tag = _tag;
  state.dump = _result || '[]'; // Empty sequence if no valid values.
}

function writeFlowMapping(state, level, object) {
  var _result       = '',
      _tag          = state.tag,
      objectKeyList = Object.keys(object),
      index,
      length,
      objectKey,
      objectValue,
      pairBuffer;

  for (index = 0, length = objectKeyList.length; index < length; index += 1) {

    pairBuffer = '';
    if (index !== 0) pairBuffer += ', ';

    if (state.condenseFlow) pairBuffer += '"';

    objectKey = objectKeyList[index];
    objectValue = object[objectKey];

    if (!writeNode(state, level, objectKey, false, false)) {
      continue; // Skip this pair because of invalid key;
    }

    if (state.dump.length > 1024) pairBuffer += '? ';

    pairBuffer += state.dump + (state.condenseFlow ? '"' : '') + ':' + (state.condenseFlow ? '' : ' ');

    if (!writeNode(state, level, objectValue, false, false)) {
      continue; // Skip this pair because of invalid value.
    }

    pairBuffer += state.dump;

    // Both key and value are valid.
    _result += pairBuffer;
  }

  state.tag = _tag;
  state.dump = '{' + _result + '}';
}

function writeBlockMapping(state, level, object, compact) {
  var _result       = '',
      _tag          = state.tag,
      objectKeyList = Object.keys(object),
      index,
      length,
      objectKey,
      objectValue,
      explicitPair,
      pairBuffer;

  // Allow sorting keys so that the output file is deterministic
  if (state.sortKeys === true) {
    // Default sorting
    objectKeyList.sort();
  } else if (typeof state.sortKeys === 'function') {
    // Custom sort function
    objectKeyList.sort(state.sortKeys);
  } else if (state.sortKeys) {
    // Something is wrong
    throw new YAMLException('sortKeys must be a boolean or a function');
  }

  for (index = 0, length = objectKeyList.length; index < length; index += 1) {
    pairBuffer = '';

    if (!compact || index !== 0) {
      pairBuffer += generateNextLine(state, level);
    }

    objectKey = objectKeyList[index];
    objectValue = object[objectKey];

    if (!writeNode(state, level + 1, objectKey, true, true, true)) {
      continue; // Skip this pair because of invalid key.
    }

    explicitPair = (state.tag !== null && state.tag !== '?') ||
                   (state.dump && state.dump.length > 1024);

    if (explicitPair) {
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += '?';
      } else {
        pairBuffer += '? ';
      }
    }

    pairBuffer += state.dump;

    if (explicitPair) {
      pairBuffer += generateNextLine(state, level);
    }

    if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
      continue; // Skip this pair because of invalid value.
    }

    if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
      pairBuffer += ':';
    } else {
      pairBuffer += ': ';
    }

    pairBuffer += state.dump;

    // Both key and value are valid.
    _result += pairBuffer;
  }

  state.tag = _tag;
  state.dump = _result || '{}'; // Empty mapping if no valid pairs.
}

function detectType(state, object, explicit) {
  var _result, typeList, index, length, type, style;

  typeList = explicit ? state.explicitTypes : state.implicitTypes;

  for (index = 0, length = typeList.length; index < length; index += 1) {
    type = typeList[index];

    if ((type.instanceOf  || type.predicate) &&
        (!type.instanceOf || ((typeof object === 'object') && (object instanceof type.instanceOf))) &&
        (!type.predicate  || type.predicate(object))) {

      state.tag = explicit ? type.tag : '?';

      if (type.represent) {
        style = state.styleMap[type.tag] || type.defaultStyle;

        if (_toString.call(type.represent) === '[object Function]') {
          _result = type.represent(object, style);
        } else if (_hasOwnProperty.call(type.represent, style)) {
          _result = type.represent[style](object, style);
        } else {
          throw new YAMLException('!<' + type.tag + '> tag resolver accepts not "' + style + '" style');
        }

        state.dump = _result;
      }

      return true;
    }
  }

  return false;
}

// Serializes `object` and writes it to global `result`.
// Returns true on success, or false on invalid object.
//
function writeNode(state, level, object, block, compact, iskey) {
  state.tag = null;
  state.dump = object;

  if (!detectType(state, object, false)) {
    detectType(state, object, true);
  }

  var type = _toString.call(state.dump);

  if (block) {
    block = (state.flowLevel < 0 || state.flowLevel > level);
  }

  var objectOrArray = type === '[object Object]' || type === '[object Array]',
      duplicateIndex,
      duplicate;

  if (objectOrArray) {
    duplicateIndex = state.duplicates.indexOf(object);
    duplicate = duplicateIndex !== -1;
  }

  if ((state.tag !== null && state.tag !== '?') || duplicate || (state.indent !== 2 && level > 0)) {
    compact = false;
  }

  if (duplicate && state.usedDuplicates[duplicateIndex]) {
    state.dump = '*ref_' + duplicateIndex;
  } else {
    if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
      state.usedDuplicates[duplicateIndex] = true;
    }
    if (type === '[object Object]') {
      if (block && (Object.keys(state.dump).length !== 0)) {
        writeBlockMapping(state, level, state.dump, compact);
        if (duplicate) {
          state.dump = '&ref_' + duplicateIndex + state.dump;
        }
      } else {
        writeFlowMapping(state, level, state.dump);
        if (duplicate) {
          state.dump = '&ref_' + duplicateIndex + ' ' + state.dump;
        }
      }
    } else if (type === '[object Array]') {
      var arrayLevel = (state.noArrayIndent && (level > 0)) ? level - 1 : level;
      if (block && (state.dump.length !== 0)) {
        writeBlockSequence(state, arrayLevel, state.dump, compact);
        if (duplicate) {
          state.dump = '&ref_' + duplicateIndex + state.dump;
        }
      } else {
        writeFlowSequence(state, arrayLevel, state.dump);
        if (duplicate) {
          state.dump = '&ref_' + duplicateIndex + ' ' + state.dump;
        }
      }
    } else if (type === '[object String]') {
      if (state.tag !== '?') {
        writeScalar(state, state.dump, level, iskey);
      }
    } else {
      if (state.skipInvalid) return false;
      throw new YAMLException('unacceptable kind of an object to dump ' + type);
    }

    if (state.tag !== null && state.tag !== '?') {
      state.dump = '!<' + state.tag + '> ' + state.dump;
    }
  }

  return true;
}

function getDuplicateReferences(object, state) {
  var objects = [],
      duplicatesIndexes = [],
      index,
      length;

  inspectNode(object, objects, duplicatesIndexes);

  for (index = 0, length = duplicatesIndexes.length; index < length; index += 1) {
    state.duplicates.push(objects[duplicatesIndexes[index]]);
  }
  state.usedDuplicates = new Array(length);
}

function inspectNode(object, objects, duplicatesIndexes) {
  var objectKeyList,
      index,
      length;

  if (object !== null && typeof object === 'object') {
    index = objects.indexOf(object);
    if (index !== -1) {
      if (duplicatesIndexes.indexOf(index) === -1) {
        duplicatesIndexes.push(index);
      }
    } else {
      objects.push(object);

      if (Array.isArray(object)) {
        for (index = 0, length = object.length; index < length; index += 1) {
          inspectNode(object[index], objects, duplicatesIndexes);
        }
      } else {
        objectKeyList = Object.keys(object);

        for (index = 0, length = objectKeyList.length; index < length; index += 1) {
          inspectNode(object[objectKeyList[index]], objects, duplicatesIndexes);
        }
      }
    }
  }
}

function dump(input, options) {
  options = options || {};

  var state = new State(options);

  if (!state.noRefs) getDuplicateReferences(input, state);

  if (writeNode(state, 0, input, true, true)) return state.dump + '\n';

  return '';
}

function safeDump(input, options) {
  return dump(input, common.extend({ schema: DEFAULT_SAFE_SCHEMA }, options));
}

module.exports.dump     = dump;
module.exports.safeDump = safeDump;


/***/ }),

/***/ 8586:
/***/ ((module) => {

// YAML error class. http://stackoverflow.com/questions/8458984
//


function YAMLException(reason, mark) {
  // Super constructor
  Error.call(this);

  this.name = 'YAMLException';
  this.reason = reason;
  this.mark = mark;
  this.message = (this.reason || '(unknown reason)') + (this.mark ? ' ' + this.mark.toString() : '');

  // Include stack trace in error object
  if (Error.captureStackTrace) {
    // Chrome and NodeJS
    Error.captureStackTrace(this, this.constructor);
  } else {
    // FF, IE 10+ and Safari 6+. Fallback for others
    this.stack = (new Error()).stack || '';
  }
}


// Inherit from Error
YAMLException.prototype = Object.create(Error.prototype);
YAMLException.prototype.constructor = YAMLException;


YAMLException.prototype.toString = function toString(compact) {
  var result = this.name + ': ';

  result += this.reason || '(unknown reason)';

  if (!compact && this.mark) {
    result += ' ' + this.mark.toString();
  }

  return result;
};


module.exports = YAMLException;


/***/ }),

/***/ 6416:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



/*eslint-disable max-len,no-use-before-define*/

var common              = __nccwpck_require__(7562);
var YAMLException       = __nccwpck_require__(8586);
var Mark                = __nccwpck_require__(2258);
var DEFAULT_SAFE_SCHEMA = __nccwpck_require__(4556);
var DEFAULT_FULL_SCHEMA = __nccwpck_require__(2816);


var _hasOwnProperty = Object.prototype.hasOwnProperty;


var CONTEXT_FLOW_IN   = 1;
var CONTEXT_FLOW_OUT  = 2;
var CONTEXT_BLOCK_IN  = 3;
var CONTEXT_BLOCK_OUT = 4;


var CHOMPING_CLIP  = 1;
var CHOMPING_STRIP = 2;
var CHOMPING_KEEP  = 3;


var PATTERN_NON_PRINTABLE         = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
var PATTERN_FLOW_INDICATORS       = /[,\[\]\{\}]/;
var PATTERN_TAG_HANDLE            = /^(?:!|!!|![a-z\-]+!)$/i;
var PATTERN_TAG_URI               = /^(?:!|[^,\[\]\{\}])(?:%[0-9a-f]{2}|[0-9a-z\-#;\/\?:@&=\+\$,_\.!~\*'\(\)\[\]])*$/i;


function _class(obj) { return Object.prototype.toString.call(obj); }

function is_EOL(c) {
  return (c === 0x0A/* LF */) || (c === 0x0D/* CR */);
}

function is_WHITE_SPACE(c) {
  return (c === 0x09/* Tab */) || (c === 0x20/* Space */);
}

function is_WS_OR_EOL(c) {
  return (c === 0x09/* Tab */) ||
         (c === 0x20/* Space */) ||
         (c === 0x0A/* LF */) ||
         (c === 0x0D/* CR */);
}

function is_FLOW_INDICATOR(c) {
  return c === 0x2C/* , */ ||
         c === 0x5B/* [ */ ||
         c === 0x5D/* ] */ ||
         c === 0x7B/* { */ ||
         c === 0x7D/* } */;
}

function fromHexCode(c) {
  var lc;

  if ((0x30/* 0 */ <= c) && (c <= 0x39/* 9 */)) {
    return c - 0x30;
  }

  /*eslint-disable no-bitwise*/
  lc = c | 0x20;

  if ((0x61/* a */ <= lc) && (lc <= 0x66/* f */)) {
    return lc - 0x61 + 10;
  }

  return -1;
}

function escapedHexLen(c) {
  if (c === 0x78/* x */) { return 2; }
  if (c === 0x75/* u */) { return 4; }
  if (c === 0x55/* U */) { return 8; }
  return 0;
}

function fromDecimalCode(c) {
  if ((0x30/* 0 */ <= c) && (c <= 0x39/* 9 */)) {
    return c - 0x30;
  }

  return -1;
}

function simpleEscapeSequence(c) {
  /* eslint-disable indent */
  return (c === 0x30/* 0 */) ? '\x00' :
        (c === 0x61/* a */) ? '\x07' :
        (c === 0x62/* b */) ? '\x08' :
        (c === 0x74/* t */) ? '\x09' :
        (c === 0x09/* Tab */) ? '\x09' :
        (c === 0x6E/* n */) ? '\x0A' :
        (c === 0x76/* v */) ? '\x0B' :
        (c === 0x66/* f */) ? '\x0C' :
        (c === 0x72/* r */) ? '\x0D' :
        (c === 0x65/* e */) ? '\x1B' :
        (c === 0x20/* Space */) ? ' ' :
        (c === 0x22/* " */) ? '\x22' :
        (c === 0x2F/* / */) ? '/' :
        (c === 0x5C/* \ */) ? '\x5C' :
        (c === 0x4E/* N */) ? '\x85' :
        (c === 0x5F/* _ */) ? '\xA0' :
        (c === 0x4C/* L */) ? '\u2028' :
        (c === 0x50/* P */) ? '\u2029' : '';
}

function charFromCodepoint(c) {
  if (c <= 0xFFFF) {
    return String.fromCharCode(c);
  }
  // Encode UTF-16 surrogate pair
  // https://en.wikipedia.org/wiki/UTF-16#Code_points_U.2B010000_to_U.2B10FFFF
  return String.fromCharCode(
    ((c - 0x010000) >> 10) + 0xD800,
    ((c - 0x010000) & 0x03FF) + 0xDC00
  );
}

// set a property of a literal object, while protecting against prototype pollution,
// see https://github.com/nodeca/js-yaml/issues/164 for more details
function setProperty(object, key, value) {
  // used for this specific key only because Object.defineProperty is slow
  if (key === '__proto__') {
    Object.defineProperty(object, key, {
      configurable: true,
      enumerable: true,
      writable: true,
      value: value
    });
  } else {
    object[key] = value;
  }
}

var simpleEscapeCheck = new Array(256); // integer, for fast access
var simpleEscapeMap = new Array(256);
for (var i = 0; i < 256; i++) {
  simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
  simpleEscapeMap[i] = simpleEscapeSequence(i);
}


function State(input, options) {
  this.input = input;

  this.filename  = options['filename']  || null;
  this.schema    = options['schema']    || DEFAULT_FULL_SCHEMA;
  this.onWarning = options['onWarning'] || null;
  this.legacy    = options['legacy']    || false;
  this.json      = options['json']      || false;
  this.listener  = options['listener']  || null;
  this.maxTotalMergeKeys = typeof options['maxTotalMergeKeys'] === 'number' ? options['maxTotalMergeKeys'] : 10000;

  this.implicitTypes = this.schema.compiledImplicit;
  this.typeMap       = this.schema.compiledTypeMap;

  this.length     = input.length;
  this.position   = 0;
  this.line       = 0;
  this.lineStart  = 0;
  this.lineIndent = 0;
  this.totalMergeKeys = 0;

  this.documents = [];

  /*
  this.version;
  this.checkLineBreaks;
  this.tagMap;
  this.anchorMap;
  this.tag;
  this.anchor;
  this.kind;
  this.result;*/

}


function generateError(state, message) {
  return new YAMLException(
    message,
    new Mark(state.filename, state.input, state.position, state.line, (state.position - state.lineStart)));
}

function throwError(state, message) {
  throw generateError(state, message);
}

function throwWarning(state, message) {
  if (state.onWarning) {
    state.onWarning.call(null, generateError(state, message));
  }
}


var directiveHandlers = {

  YAML: function handleYamlDirective(state, name, args) {

    var match, major, minor;

    if (state.version !== null) {
      throwError(state, 'duplication of %YAML directive');
    }

    if (args.length !== 1) {
      throwError(state, 'YAML directive accepts exactly one argument');
    }

    match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);

    if (match === null) {
      throwError(state, 'ill-formed argument of the YAML directive');
    }

    major = parseInt(match[1], 10);
    minor = parseInt(match[2], 10);

    if (major !== 1) {
      throwError(state, 'unacceptable YAML version of the document');
    }

    state.version = args[0];
    state.checkLineBreaks = (minor < 2);

    if (minor !== 1 && minor !== 2) {
      throwWarning(state, 'unsupported YAML version of the document');
    }
  },

  TAG: function handleTagDirective(state, name, args) {

    var handle, prefix;

    if (args.length !== 2) {
      throwError(state, 'TAG directive accepts exactly two arguments');
    }

    handle = args[0];
    prefix = args[1];

    if (!PATTERN_TAG_HANDLE.test(handle)) {
      throwError(state, 'ill-formed tag handle (first argument) of the TAG directive');
    }

    if (_hasOwnProperty.call(state.tagMap, handle)) {
      throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
    }

    if (!PATTERN_TAG_URI.test(prefix)) {
      throwError(state, 'ill-formed tag prefix (second argument) of the TAG directive');
    }

    state.tagMap[handle] = prefix;
  }
};


function captureSegment(state, start, end, checkJson) {
  var _position, _length, _character, _result;

  if (start < end) {
    _result = state.input.slice(start, end);

    if (checkJson) {
      for (_position = 0, _length = _result.length; _position < _length; _position += 1) {
        _character = _result.charCodeAt(_position);
        if (!(_character === 0x09 ||
              (0x20 <= _character && _character <= 0x10FFFF))) {
          throwError(state, 'expected valid JSON character');
        }
      }
    } else if (PATTERN_NON_PRINTABLE.test(_result)) {
      throwError(state, 'the stream contains non-printable characters');
    }

    state.result += _result;
  }
}

function chargeMergeWork(state) {
  state.totalMergeKeys += 1;

  if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
    throwError(state, 'merge keys exceeded maxTotalMergeKeys (' + state.maxTotalMergeKeys + ')');
  }
}

function mergeMappings(state, destination, source, overridableKeys) {
  var sourceKeys, key, index, quantity;

  if (!common.isObject(source)) {
    throwError(state, 'cannot merge mappings; the provided source object is unacceptable');
  }

  // Count the source mapping itself to bound sequences of empty mappings.
  chargeMergeWork(state);

  sourceKeys = Object.keys(source);

  for (index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
    key = sourceKeys[index];

    chargeMergeWork(state);

    if (!_hasOwnProperty.call(destination, key)) {
      setProperty(destination, key, source[key]);
      overridableKeys[key] = true;
    }
  }
}

function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startPos) {
  var index, quantity;

  // The output is a plain object here, so keys can only be strings.
  // We need to convert keyNode to a string, but doing so can hang the process
  // (deeply nested arrays that explode exponentially using aliases).
  if (Array.isArray(keyNode)) {
    keyNode = Array.prototype.slice.call(keyNode);

    for (index = 0, quantity = keyNode.length; index < quantity; index += 1) {
      if (Array.isArray(keyNode[index])) {
        throwError(state, 'nested arrays are not supported inside keys');
      }

      if (typeof keyNode === 'object' && _class(keyNode[index]) === '[object Object]') {
        keyNode[index] = '[object Object]';
      }
    }
  }

  // Avoid code execution in load() via toString property
  // (still use its own toString for arrays, timestamps,
  // and whatever user schema extensions happen to have @@toStringTag)
  if (typeof keyNode === 'object' && _class(keyNode) === '[object Object]') {
    keyNode = '[object Object]';
  }


  keyNode = String(keyNode);

  if (_result === null) {
    _result = {};
  }

  if (keyTag === 'tag:yaml.org,2002:merge') {
    if (Array.isArray(valueNode)) {
      if (valueNode.length > 100) {
        throwError(state, 'abnormal merge sequence size');
      }

      for (index = 0, quantity = valueNode.length; index < quantity; index += 1) {
        mergeMappings(state, _result, valueNode[index], overridableKeys);
      }
    } else {
      mergeMappings(state, _result, valueNode, overridableKeys);
    }
  } else {
    if (!state.json &&
        !_hasOwnProperty.call(overridableKeys, keyNode) &&
        _hasOwnProperty.call(_result, keyNode)) {
      state.line = startLine || state.line;
      state.position = startPos || state.position;
      throwError(state, 'duplicated mapping key');
    }
    setProperty(_result, keyNode, valueNode);
    delete overridableKeys[keyNode];
  }

  return _result;
}

function readLineBreak(state) {
  var ch;

  ch = state.input.charCodeAt(state.position);

  if (ch === 0x0A/* LF */) {
    state.position++;
  } else if (ch === 0x0D/* CR */) {
    state.position++;
    if (state.input.charCodeAt(state.position) === 0x0A/* LF */) {
      state.position++;
    }
  } else {
    throwError(state, 'a line break is expected');
  }

  state.line += 1;
  state.lineStart = state.position;
}

function skipSeparationSpace(state, allowComments, checkIndent) {
  var lineBreaks = 0,
      ch = state.input.charCodeAt(state.position);

  while (ch !== 0) {
    while (is_WHITE_SPACE(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }

    if (allowComments && ch === 0x23/* # */) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0x0A/* LF */ && ch !== 0x0D/* CR */ && ch !== 0);
    }

    if (is_EOL(ch)) {
      readLineBreak(state);

      ch = state.input.charCodeAt(state.position);
      lineBreaks++;
      state.lineIndent = 0;

      while (ch === 0x20/* Space */) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
    } else {
      break;
    }
  }

  if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
    throwWarning(state, 'deficient indentation');
  }

  return lineBreaks;
}

function testDocumentSeparator(state) {
  var _position = state.position,
      ch;

  ch = state.input.charCodeAt(_position);

  // Condition state.position === state.lineStart is tested
  // in parent on each call, for efficiency. No needs to test here again.
  if ((ch === 0x2D/* - */ || ch === 0x2E/* . */) &&
      ch === state.input.charCodeAt(_position + 1) &&
      ch === state.input.charCodeAt(_position + 2)) {

    _position += 3;

    ch = state.input.charCodeAt(_position);

    if (ch === 0 || is_WS_OR_EOL(ch)) {
      return true;
    }
  }

  return false;
}

function writeFoldedLines(state, count) {
  if (count === 1) {
    state.result += ' ';
  } else if (count > 1) {
    state.result += common.repeat('\n', count - 1);
  }
}


function readPlainScalar(state, nodeIndent, withinFlowCollection) {
  var preceding,
      following,
      captureStart,
      captureEnd,
      hasPendingContent,
      _line,
      _lineStart,
      _lineIndent,
      _kind = state.kind,
      _result = state.result,
      ch;

  ch = state.input.charCodeAt(state.position);

  if (is_WS_OR_EOL(ch)      ||
      is_FLOW_INDICATOR(ch) ||
      ch === 0x23/* # */    ||
      ch === 0x26/* & */    ||
      ch === 0x2A/* * */    ||
      ch === 0x21/* ! */    ||
      ch === 0x7C/* | */    ||
      ch === 0x3E/* > */    ||
      ch === 0x27/* ' */    ||
      ch === 0x22/* " */    ||
      ch === 0x25/* % */    ||
      ch === 0x40/* @ */    ||
      ch === 0x60/* ` */) {
    return false;
  }

  if (ch === 0x3F/* ? */ || ch === 0x2D/* - */) {
    following = state.input.charCodeAt(state.position + 1);

    if (is_WS_OR_EOL(following) ||
        withinFlowCollection && is_FLOW_INDICATOR(following)) {
      return false;
    }
  }

  state.kind = 'scalar';
  state.result = '';
  captureStart = captureEnd = state.position;
  hasPendingContent = false;

  while (ch !== 0) {
    if (ch === 0x3A/* : */) {
      following = state.input.charCodeAt(state.position + 1);

      if (is_WS_OR_EOL(following) ||
          withinFlowCollection && is_FLOW_INDICATOR(following)) {
        break;
      }

    } else if (ch === 0x23/* # */) {
      preceding = state.input.charCodeAt(state.position - 1);

      if (is_WS_OR_EOL(preceding)) {
        break;
      }

    } else if ((state.position === state.lineStart && testDocumentSeparator(state)) ||
               withinFlowCollection && is_FLOW_INDICATOR(ch)) {
      break;

    } else if (is_EOL(ch)) {
      _line = state.line;
      _lineStart = state.lineStart;
      _lineIndent = state.lineIndent;
      skipSeparationSpace(state, false, -1);

      if (state.lineIndent >= nodeIndent) {
        hasPendingContent = true;
        ch = state.input.charCodeAt(state.position);
        continue;
      } else {
        state.position = captureEnd;
        state.line = _line;
        state.lineStart = _lineStart;
        state.lineIndent = _lineIndent;
        break;
      }
    }

    if (hasPendingContent) {
      captureSegment(state, captureStart, captureEnd, false);
      writeFoldedLines(state, state.line - _line);
      captureStart = captureEnd = state.position;
      hasPendingContent = false;
    }

    if (!is_WHITE_SPACE(ch)) {
      captureEnd = state.position + 1;
    }

    ch = state.input.charCodeAt(++state.position);
  }

  captureSegment(state, captureStart, captureEnd, false);

  if (state.result) {
    return true;
  }

  state.kind = _kind;
  state.result = _result;
  return false;
}

function readSingleQuotedScalar(state, nodeIndent) {
  var ch,
      captureStart, captureEnd;

  ch = state.input.charCodeAt(state.position);

  if (ch !== 0x27/* ' */) {
    return false;
  }

  state.kind = 'scalar';
  state.result = '';
  state.position++;
  captureStart = captureEnd = state.position;

  while ((ch = state.input.charCodeAt(state.position)) !== 0) {
    if (ch === 0x27/* ' */) {
      captureSegment(state, captureStart, state.position, true);
      ch = state.input.charCodeAt(++state.position);

      if (ch === 0x27/* ' */) {
        captureStart = state.position;
        state.position++;
        captureEnd = state.position;
      } else {
        return true;
      }

    } else if (is_EOL(ch)) {
      captureSegment(state, captureStart, captureEnd, true);
      writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
      captureStart = captureEnd = state.position;

    } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
      throwError(state, 'unexpected end of the document within a single quoted scalar');

    } else {
      state.position++;
      captureEnd = state.position;
    }
  }

  throwError(state, 'unexpected end of the stream within a single quoted scalar');
}

function readDoubleQuotedScalar(state, nodeIndent) {
  var captureStart,
      captureEnd,
      hexLength,
      hexResult,
      tmp,
      ch;

  ch = state.input.charCodeAt(state.position);

  if (ch !== 0x22/* " */) {
    return false;
  }

  state.kind = 'scalar';
  state.result = '';
  state.position++;
  captureStart = captureEnd = state.position;

  while ((ch = state.input.charCodeAt(state.position)) !== 0) {
    if (ch === 0x22/* " */) {
      captureSegment(state, captureStart, state.position, true);
      state.position++;
      return true;

    } else if (ch === 0x5C/* \ */) {
      captureSegment(state, captureStart, state.position, true);
      ch = state.input.charCodeAt(++state.position);

      if (is_EOL(ch)) {
        skipSeparationSpace(state, false, nodeIndent);

        // TODO: rework to inline fn with no type cast?
      } else if (ch < 256 && simpleEscapeCheck[ch]) {
        state.result += simpleEscapeMap[ch];
        state.position++;

      } else if ((tmp = escapedHexLen(ch)) > 0) {
        hexLength = tmp;
        hexResult = 0;

        for (; hexLength > 0; hexLength--) {
          ch = state.input.charCodeAt(++state.position);

          if ((tmp = fromHexCode(ch)) >= 0) {
            hexResult = (hexResult << 4) + tmp;

          } else {
            throwError(state, 'expected hexadecimal character');
          }
        }

        state.result += charFromCodepoint(hexResult);

        state.position++;

      } else {
        throwError(state, 'unknown escape sequence');
      }

      captureStart = captureEnd = state.position;

    } else if (is_EOL(ch)) {
      captureSegment(state, captureStart, captureEnd, true);
      writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
      captureStart = captureEnd = state.position;

    } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
      throwError(state, 'unexpected end of the document within a double quoted scalar');

    } else {
      state.position++;
      captureEnd = state.position;
    }
  }

  throwError(state, 'unexpected end of the stream within a double quoted scalar');
}

function readFlowCollection(state, nodeIndent) {
  var readNext = true,
      _line,
      _tag     = state.tag,
      _result,
      _anchor  = state.anchor,
      following,
      terminator,
      isPair,
      isExplicitPair,
      isMapping,
      overridableKeys = {},
      keyNode,
      keyTag,
      valueNode,
      ch;

  ch = state.input.charCodeAt(state.position);

  if (ch === 0x5B/* [ */) {
    terminator = 0x5D;/* ] */
    isMapping = false;
    _result = [];
  } else if (ch === 0x7B/* { */) {
    terminator = 0x7D;/* } */
    isMapping = true;
    _result = {};
  } else {
    return false;
  }

  if (state.anchor !== null) {
    state.anchorMap[state.anchor] = _result;
  }

  ch = state.input.charCodeAt(++state.position);

  while (ch !== 0) {
    skipSeparationSpace(state, true, nodeIndent);

    ch = state.input.charCodeAt(state.position);

    if (ch === terminator) {
      state.position++;
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = isMapping ? 'mapping' : 'sequence';
      state.result = _result;
      return true;
    } else if (!readNext) {
      throwError(state, 'missed comma between flow collection entries');
    }

    keyTag = keyNode = valueNode = null;
    isPair = isExplicitPair = false;

    if (ch === 0x3F/* ? */) {
      following = state.input.charCodeAt(state.position + 1);

      if (is_WS_OR_EOL(following)) {
        isPair = isExplicitPair = true;
        state.position++;
        skipSeparationSpace(state, true, nodeIndent);
      }
    }

    _line = state.line;
    composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
    keyTag = state.tag;
    keyNode = state.result;
    skipSeparationSpace(state, true, nodeIndent);

    ch = state.input.charCodeAt(state.position);

    if ((isExplicitPair || state.line === _line) && ch === 0x3A/* : */) {
      isPair = true;
      ch = state.input.charCodeAt(++state.position);
      skipSeparationSpace(state, true, nodeIndent);
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      valueNode = state.result;
    }

    if (isMapping) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode);
    } else if (isPair) {
      _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode));
    } else {
      _result.push(keyNode);
    }

    skipSeparationSpace(state, true, nodeIndent);

    ch = state.input.charCodeAt(state.position);

    if (ch === 0x2C/* , */) {
      readNext = true;
      ch = state.input.charCodeAt(++state.position);
    } else {
      readNext = false;
    }
  }

  throwError(state, 'unexpected end of the stream within a flow collection');
}

function readBlockScalar(state, nodeIndent) {
  var captureStart,
      folding,
      chomping       = CHOMPING_CLIP,
      didReadContent = false,
      detectedIndent = false,
      textIndent     = nodeIndent,
      emptyLines     = 0,
      atMoreIndented = false,
      tmp,
      ch;

  ch = state.input.charCodeAt(state.position);

  if (ch === 0x7C/* | */) {
    folding = false;
  } else if (ch === 0x3E/* > */) {
    folding = true;
  } else {
    return false;
  }

  state.kind = 'scalar';
  state.result = '';

  while (ch !== 0) {
    ch = state.input.charCodeAt(++state.position);

    if (ch === 0x2B/* + */ || ch === 0x2D/* - */) {
      if (CHOMPING_CLIP === chomping) {
        chomping = (ch === 0x2B/* + */) ? CHOMPING_KEEP : CHOMPING_STRIP;
      } else {
        throwError(state, 'repeat of a chomping mode identifier');
      }

    } else if ((tmp = fromDecimalCode(ch)) >= 0) {
      if (tmp === 0) {
        throwError(state, 'bad explicit indentation width of a block scalar; it cannot be less than one');
      } else if (!detectedIndent) {
        textIndent = nodeIndent + tmp - 1;
        detectedIndent = true;
      } else {
        throwError(state, 'repeat of an indentation width identifier');
      }

    } else {
      break;
    }
  }

  if (is_WHITE_SPACE(ch)) {
    do { ch = state.input.charCodeAt(++state.position); }
    while (is_WHITE_SPACE(ch));

    if (ch === 0x23/* # */) {
      do { ch = state.input.charCodeAt(++state.position); }
      while (!is_EOL(ch) && (ch !== 0));
    }
  }

  while (ch !== 0) {
    readLineBreak(state);
    state.lineIndent = 0;

    ch = state.input.charCodeAt(state.position);

    while ((!detectedIndent || state.lineIndent < textIndent) &&
           (ch === 0x20/* Space */)) {
      state.lineIndent++;
      ch = state.input.charCodeAt(++state.position);
    }

    if (!detectedIndent && state.lineIndent > textIndent) {
      textIndent = state.lineIndent;
    }

    if (is_EOL(ch)) {
      emptyLines++;
      continue;
    }

    // End of the scalar.
    if (state.lineIndent < textIndent) {

      // Perform the chomping.
      if (chomping === CHOMPING_KEEP) {
        state.result += common.repeat('\n', didReadContent ? 1 + emptyLines : emptyLines);
      } else if (chomping === CHOMPING_CLIP) {
        if (didReadContent) { // i.e. only if the scalar is not empty.
          state.result += '\n';
        }
      }

      // Break this `while` cycle and go to the funciton's epilogue.
      break;
    }

    // Folded style: use fancy rules to handle line breaks.
    if (folding) {

      // Lines starting with white space characters (more-indented lines) are not folded.
      if (is_WHITE_SPACE(ch)) {
        atMoreIndented = true;
        // except for the first content line (cf. Example 8.1)
        state.result += common.repeat('\n', didReadContent ? 1 + emptyLines : emptyLines);

      // End of more-indented block.
      } else if (atMoreIndented) {
        atMoreIndented = false;
        state.result += common.repeat('\n', emptyLines + 1);

      // Just one line break - perceive as the same line.
      } else if (emptyLines === 0) {
        if (didReadContent) { // i.e. only if we have already read some scalar content.
          state.result += ' ';
        }

      // Several line breaks - perceive as different lines.
      } else {
        state.result += common.repeat('\n', emptyLines);
      }

    // Literal style: just add exact number of line breaks between content lines.
    } else {
      // Keep all line breaks except the header line break.
      state.result += common.repeat('\n', didReadContent ? 1 + emptyLines : emptyLines);
    }

    didReadContent = true;
    detectedIndent = true;
    emptyLines = 0;
    captureStart = state.position;

    while (!is_EOL(ch) && (ch !== 0)) {
      ch = state.input.charCodeAt(++state.position);
    }

    captureSegment(state, captureStart, state.position, false);
  }

  return true;
}

function readBlockSequence(state, nodeIndent) {
  var _line,
      _tag      = state.tag,
      _anchor   = state.anchor,
      _result   = [],
      following,
      detected  = false,
      ch;

  if (state.anchor !== null) {
    state.anchorMap[state.anchor] = _result;
  }

  ch = state.input.charCodeAt(state.position);

  while (ch !== 0) {

    if (ch !== 0x2D/* - */) {
      break;
    }

    following = state.input.charCodeAt(state.position + 1);

    if (!is_WS_OR_EOL(following)) {
      break;
    }

    detected = true;
    state.position++;

    if (skipSeparationSpace(state, true, -1)) {
      if (state.lineIndent <= nodeIndent) {
        _result.push(null);
        ch = state.input.charCodeAt(state.position);
        continue;
      }
    }

    _line = state.line;
    composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
    _result.push(state.result);
    skipSeparationSpace(state, true, -1);

    ch = state.input.charCodeAt(state.position);

    if ((state.line === _line || state.lineIndent > nodeIndent) && (ch !== 0)) {
      throwError(state, 'bad indentation of a sequence entry');
    } else if (state.lineIndent < nodeIndent) {
      break;
    }
  }

  if (detected) {
    state.tag = _tag;
    state.anchor = _anchor;
    state.kind = 'sequence';
    state.result = _result;
    return true;
  }
  return false;
}

function readBlockMapping(state, nodeIndent, flowIndent) {
  var following,
      allowCompact,
      _line,
      _pos,
      _tag          = state.tag,
      _anchor       = state.anchor,
      _result       = {},
      overridableKeys = {},
      keyTag        = null,
      keyNode       = null,
      valueNode     = null,
      atExplicitKey = false,
      detected      = false,
      ch;

  if (state.anchor !== null) {
    state.anchorMap[state.anchor] = _result;
  }

  ch = state.input.charCodeAt(state.position);

  while (ch !== 0) {
    following = state.input.charCodeAt(state.position + 1);
    _line = state.line; // Save the current line.
    _pos = state.position;

    //
    // Explicit notation case. There are two separate blocks:
    // first for the key (denoted by "?") and second for the value (denoted by ":")
    //
    if ((ch === 0x3F/* ? */ || ch === 0x3A/* : */) && is_WS_OR_EOL(following)) {

      if (ch === 0x3F/* ? */) {
        if (atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null);
          keyTag = keyNode = valueNode = null;
        }

        detected = true;
        atExplicitKey = true;
        allowCompact = true;

      } else if (atExplicitKey) {
        // i.e. 0x3A/* : */ === character after the explicit key.
        atExplicitKey = false;
        allowCompact = true;

      } else {
        throwError(state, 'incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line');
      }

      state.position += 1;
      ch = following;

    //
    // Implicit notation case. Flow-style node as the key first, then ":", and the value.
    //
    } else if (composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {

      if (state.line === _line) {
        ch = state.input.charCodeAt(state.position);

        while (is_WHITE_SPACE(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }

        if (ch === 0x3A/* : */) {
          ch = state.input.charCodeAt(++state.position);

          if (!is_WS_OR_EOL(ch)) {
            throwError(state, 'a whitespace character is expected after the key-value separator within a block mapping');
          }

          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null);
            keyTag = keyNode = valueNode = null;
          }

          detected = true;
          atExplicitKey = false;
          allowCompact = false;
          keyTag = state.tag;
          keyNode = state.result;

        } else if (detected) {
          throwError(state, 'can not read an implicit mapping pair; a colon is missed');

        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true; // Keep the result of `composeNode`.
        }

      } else if (detected) {
        throwError(state, 'can not read a block mapping entry; a multiline key may not be an implicit key');

      } else {
        state.tag = _tag;
        state.anchor = _anchor;
        return true; // Keep the result of `composeNode`.
      }

    } else {
      break; // Reading is done. Go to the epilogue.
    }

    //
    // Common reading code for both explicit and implicit notations.
    //
    if (state.line === _line || state.lineIndent > nodeIndent) {
      if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
        if (atExplicitKey) {
          keyNode = state.result;
        } else {
          valueNode = state.result;
        }
      }

      if (!atExplicitKey) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _pos);
        keyTag = keyNode = valueNode = null;
      }

      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
    }

    if (state.lineIndent > nodeIndent && (ch !== 0)) {
      throwError(state, 'bad indentation of a mapping entry');
    } else if (state.lineIndent < nodeIndent) {
      break;
    }
  }

  //
  // Epilogue.
  //

  // Special case: last mapping's node contains only the key in explicit notation.
  if (atExplicitKey) {
    storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null);
  }

  // Expose the resulting mapping.
  if (detected) {
    state.tag = _tag;
    state.anchor = _anchor;
    state.kind = 'mapping';
    state.result = _result;
  }

  return detected;
}

function readTagProperty(state) {
  var _position,
      isVerbatim = false,
      isNamed    = false,
      tagHandle,
      tagName,
      ch;

  ch = state.input.charCodeAt(state.position);

  if (ch !== 0x21/* ! */) return false;

  if (state.tag !== null) {
    throwError(state, 'duplication of a tag property');
  }

  ch = state.input.charCodeAt(++state.position);

  if (ch === 0x3C/* < */) {
    isVerbatim = true;
    ch = state.input.charCodeAt(++state.position);

  } else if (ch === 0x21/* ! */) {
    isNamed = true;
    tagHandle = '!!';
    ch = state.input.charCodeAt(++state.position);

  } else {
    tagHandle = '!';
  }

  _position = state.position;

  if (isVerbatim) {
    do { ch = state.input.charCodeAt(++state.position); }
    while (ch !== 0 && ch !== 0x3E/* > */);

    if (state.position < state.length) {
      tagName = state.input.slice(_position, state.position);
      ch = state.input.charCodeAt(++state.position);
    } else {
      throwError(state, 'unexpected end of the stream within a verbatim tag');
    }
  } else {
    while (ch !== 0 && !is_WS_OR_EOL(ch)) {

      if (ch === 0x21/* ! */) {
        if (!isNamed) {
          tagHandle = state.input.slice(_position - 1, state.position + 1);

          if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
            throwError(state, 'named tag handle cannot contain such characters');
          }

          isNamed = true;
          _position = state.position + 1;
        } else {
          throwError(state, 'tag suffix cannot contain exclamation marks');
        }
      }

      ch = state.input.charCodeAt(++state.position);
    }

    tagName = state.input.slice(_position, state.position);

    if (PATTERN_FLOW_INDICATORS.test(tagName)) {
      throwError(state, 'tag suffix cannot contain flow indicator characters');
    }
  }

  if (tagName && !PATTERN_TAG_URI.test(tagName)) {
    throwError(state, 'tag name cannot contain such characters: ' + tagName);
  }

  if (isVerbatim) {
    state.tag = tagName;

  } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
    state.tag = state.tagMap[tagHandle] + tagName;

  } else if (tagHandle === '!') {
    state.tag = '!' + tagName;

  } else if (tagHandle === '!!') {
    state.tag = 'tag:yaml.org,2002:' + tagName;

  } else {
    throwError(state, 'undeclared tag handle "' + tagHandle + '"');
  }

  return true;
}

function readAnchorProperty(state) {
  var _position,
      ch;

  ch = state.input.charCodeAt(state.position);

  if (ch !== 0x26/* & */) return false;

  if (state.anchor !== null) {
    throwError(state, 'duplication of an anchor property');
  }

  ch = state.input.charCodeAt(++state.position);
  _position = state.position;

  while (ch !== 0 && !is_WS_OR_EOL(ch) && !is_FLOW_INDICATOR(ch)) {
    ch = state.input.charCodeAt(++state.position);
  }

  if (state.position === _position) {
    throwError(state, 'name of an anchor node must contain at least one character');
  }

  state.anchor = state.input.slice(_position, state.position);
  return true;
}

function readAlias(state) {
  var _position, alias,
      ch;

  ch = state.input.charCodeAt(state.position);

  if (ch !== 0x2A/* * */) return false;

  ch = state.input.charCodeAt(++state.position);
  _position = state.position;

  while (ch !== 0 && !is_WS_OR_EOL(ch) && !is_FLOW_INDICATOR(ch)) {
    ch = state.input.charCodeAt(++state.position);
  }

  if (state.position === _position) {
    throwError(state, 'name of an alias node must contain at least one character');
  }

  alias = state.input.slice(_position, state.position);

  if (!_hasOwnProperty.call(state.anchorMap, alias)) {
    throwError(state, 'unidentified alias "' + alias + '"');
  }

  state.result = state.anchorMap[alias];
  skipSeparationSpace(state, true, -1);
  return true;
}

function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
  var allowBlockStyles,
      allowBlockScalars,
      allowBlockCollections,
      indentStatus = 1, // 1: this>parent, 0: this=parent, -1: this<parent
      atNewLine  = false,
      hasContent = false,
      typeIndex,
      typeQuantity,
      type,
      flowIndent,
      blockIndent;

  if (state.listener !== null) {
    state.listener('open', state);
  }

  state.tag    = null;
  state.anchor = null;
  state.kind   = null;
  state.result = null;

  allowBlockStyles = allowBlockScalars = allowBlockCollections =
    CONTEXT_BLOCK_OUT === nodeContext ||
    CONTEXT_BLOCK_IN  === nodeContext;

  if (allowToSeek) {
    if (skipSeparationSpace(state, true, -1)) {
      atNewLine = true;

      if (state.lineIndent > parentIndent) {
        indentStatus = 1;
      } else if (state.lineIndent === parentIndent) {
        indentStatus = 0;
      } else if (state.lineIndent < parentIndent) {
        indentStatus = -1;
      }
    }
  }

  if (indentStatus === 1) {
    while (readTagProperty(state) || readAnchorProperty(state)) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        allowBlockCollections = allowBlockStyles;

        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      } else {
        allowBlockCollections = false;
      }
    }
  }

  if (allowBlockCollections) {
    allowBlockCollections = atNewLine || allowCompact;
  }

  if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
    if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
      flowIndent = parentIndent;
    } else {
      flowIndent = parentIndent + 1;
    }

    blockIndent = state.position - state.lineStart;

    if (indentStatus === 1) {
      if (allowBlockCollections &&
          (readBlockSequence(state, blockIndent) ||
           readBlockMapping(state, blockIndent, flowIndent)) ||
          readFlowCollection(state, flowIndent)) {
        hasContent = true;
      } else {
        if ((allowBlockScalars && readBlockScalar(state, flowIndent)) ||
            readSingleQuotedScalar(state, flowIndent) ||
            readDoubleQuotedScalar(state, flowIndent)) {
          hasContent = true;

        } else if (readAlias(state)) {
          hasContent = true;

          if (state.tag !== null || state.anchor !== null) {
            throwError(state, 'alias node should not have any properties');
          }

        } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
          hasContent = true;

          if (state.tag === null) {
            state.tag = '?';
          }
        }

        if (state.anchor !== null) {
          state.anchorMap[state.anchor] = state.result;
        }
      }
    } else if (indentStatus === 0) {
      // Special case: block sequences are allowed to have same indentation level as the parent.
      // http://www.yaml.org/spec/1.2/spec.html#id2799784
      hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
    }
  }

  if (state.tag !== null && state.tag !== '!') {
    if (state.tag === '?') {
      // Implicit resolving is not allowed for non-scalar types, and '?'
      // non-specific tag is only automatically assigned to plain scalars.
      //
      // We only need to check kind conformity in case user explicitly assigns '?'
      // tag, for example like this: "!<?> [0]"
      //
      if (state.result !== null && state.kind !== 'scalar') {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }

      for (typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type = state.implicitTypes[typeIndex];

        if (type.resolve(state.result)) { // `state.result` updated in resolver if matched
          state.result = type.construct(state.result);
          state.tag = type.tag;
          if (state.anchor !== null) {
            state.anchorMap[state.anchor] = state.result;
          }
          break;
        }
      }
    } else if (_hasOwnProperty.call(state.typeMap[state.kind || 'fallback'], state.tag)) {
      type = state.typeMap[state.kind || 'fallback'][state.tag];

      if (state.result !== null && type.kind !== state.kind) {
        throwError(state, 'unacceptable node kind for !<' + state.tag + '> tag; it should be "' + type.kind + '", not "' + state.kind + '"');
      }

      if (!type.resolve(state.result)) { // `state.result` updated in resolver if matched
        throwError(state, 'cannot resolve a node with !<' + state.tag + '> explicit tag');
      } else {
        state.result = type.construct(state.result);
        if (state.anchor !== null) {
          state.anchorMap[state.anchor] = state.result;
        }
      }
    } else {
      throwError(state, 'unknown tag !<' + state.tag + '>');
    }
  }

  if (state.listener !== null) {
    state.listener('close', state);
  }
  return state.tag !== null ||  state.anchor !== null || hasContent;
}

function readDocument(state) {
  var documentStart = state.position,
      _position,
      directiveName,
      directiveArgs,
      hasDirectives = false,
      ch;

  state.version = null;
  state.checkLineBreaks = state.legacy;
  state.tagMap = {};
  state.anchorMap = {};

  while ((ch = state.input.charCodeAt(state.position)) !== 0) {
    skipSeparationSpace(state, true, -1);

    ch = state.input.charCodeAt(state.position);

    if (state.lineIndent > 0 || ch !== 0x25/* % */) {
      break;
    }

    hasDirectives = true;
    ch = state.input.charCodeAt(++state.position);
    _position = state.position;

    while (ch !== 0 && !is_WS_OR_EOL(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }

    directiveName = state.input.slice(_position, state.position);
    directiveArgs = [];

    if (directiveName.length < 1) {
      throwError(state, 'directive name must not be less than one character in length');
    }

    while (ch !== 0) {
      while (is_WHITE_SPACE(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }

      if (ch === 0x23/* # */) {
        do { ch = state.input.charCodeAt(++state.position); }
        while (ch !== 0 && !is_EOL(ch));
        break;
      }

      if (is_EOL(ch)) break;

      _position = state.position;

      while (ch !== 0 && !is_WS_OR_EOL(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }

      directiveArgs.push(state.input.slice(_position, state.position));
    }

    if (ch !== 0) readLineBreak(state);

    if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
      directiveHandlers[directiveName](state, directiveName, directiveArgs);
    } else {
      throwWarning(state, 'unknown document directive "' + directiveName + '"');
    }
  }

  skipSeparationSpace(state, true, -1);

  if (state.lineIndent === 0 &&
      state.input.charCodeAt(state.position)     === 0x2D/* - */ &&
      state.input.charCodeAt(state.position + 1) === 0x2D/* - */ &&
      state.input.charCodeAt(state.position + 2) === 0x2D/* - */) {
    state.position += 3;
    skipSeparationSpace(state, true, -1);

  } else if (hasDirectives) {
    throwError(state, 'directives end mark is expected');
  }

  composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
  skipSeparationSpace(state, true, -1);

  if (state.checkLineBreaks &&
      PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
    throwWarning(state, 'non-ASCII line breaks are interpreted as content');
  }

  state.documents.push(state.result);

  if (state.position === state.lineStart && testDocumentSeparator(state)) {

    if (state.input.charCodeAt(state.position) === 0x2E/* . */) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    }
    return;
  }

  if (state.position < (state.length - 1)) {
    throwError(state, 'end of the stream or a document separator is expected');
  } else {
    return;
  }
}


function loadDocuments(input, options) {
  input = String(input);
  options = options || {};

  if (input.length !== 0) {

    // Add tailing `\n` if not exists
    if (input.charCodeAt(input.length - 1) !== 0x0A/* LF */ &&
        input.charCodeAt(input.length - 1) !== 0x0D/* CR */) {
      input += '\n';
    }

    // Strip BOM
    if (input.charCodeAt(0) === 0xFEFF) {
      input = input.slice(1);
    }
  }

  var state = new State(input, options);

  var nullpos = input.indexOf('\0');

  if (nullpos !== -1) {
    state.position = nullpos;
    throwError(state, 'null byte is not allowed in input');
  }

  // Use 0 as string terminator. That significantly simplifies bounds check.
  state.input += '\0';

  while (state.input.charCodeAt(state.position) === 0x20/* Space */) {
    state.lineIndent += 1;
    state.position += 1;
  }

  while (state.position < (state.length - 1)) {
    readDocument(state);
  }

  return state.documents;
}


function loadAll(input, iterator, options) {
  if (iterator !== null && typeof iterator === 'object' && typeof options === 'undefined') {
    options = iterator;
    iterator = null;
  }

  var documents = loadDocuments(input, options);

  if (typeof iterator !== 'function') {
    return documents;
  }

  for (var index = 0, length = documents.length; index < length; index += 1) {
    iterator(documents[index]);
  }
}


function load(input, options) {
  var documents = loadDocuments(input, options);

  if (documents.length === 0) {
    /*eslint-disable no-undefined*/
    return undefined;
  } else if (documents.length === 1) {
    return documents[0];
  }
  throw new YAMLException('expected a single document in the stream, but found more');
}


function safeLoadAll(input, iterator, options) {
  if (typeof iterator === 'object' && iterator !== null && typeof options === 'undefined') {
    options = iterator;
    iterator = null;
  }

  return loadAll(input, iterator, common.extend({ schema: DEFAULT_SAFE_SCHEMA }, options));
}


function safeLoad(input, options) {
  return load(input, common.extend({ schema: DEFAULT_SAFE_SCHEMA }, options));
}


module.exports.loadAll     = loadAll;
module.exports.load        = load;
module.exports.safeLoadAll = safeLoadAll;
module.exports.safeLoad    = safeLoad;


/***/ }),

/***/ 2258:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {




var common = __nccwpck_require__(7562);


function Mark(name, buffer, position, line, column) {
  this.name     = name;
  this.buffer   = buffer;
  this.position = position;
  this.line     = line;
  this.column   = column;
}


Mark.prototype.getSnippet = function getSnippet(indent, maxLength) {
  var head, start, tail, end, snippet;

  if (!this.buffer) return null;

  indent = indent || 4;
  maxLength = maxLength || 75;

  head = '';
  start = this.position;

  while (start > 0 && '\x00\r\n\x85\u2028\u2029'.indexOf(this.buffer.charAt(start - 1)) === -1) {
    start -= 1;
    if (this.position - start > (maxLength / 2 - 1)) {
      head = ' ... ';
      start += 5;
      break;
    }
  }

  tail = '';
  end = this.position;

  while (end < this.buffer.length && '\x00\r\n\x85\u2028\u2029'.indexOf(this.buffer.charAt(end)) === -1) {
    end += 1;
    if (end - this.position > (maxLength / 2 - 1)) {
      tail = ' ... ';
      end -= 5;
      break;
    }
  }

  snippet = this.buffer.slice(start, end);

  return common.repeat(' ', indent) + head + snippet + tail + '\n' +
         common.repeat(' ', indent + this.position - start + head.length) + '^';
};


Mark.prototype.toString = function toString(compact) {
  var snippet, where = '';

  if (this.name) {
    where += 'in "' + this.name + '" ';
  }

  where += 'at line ' + (this.line + 1) + ', column ' + (this.column + 1);

  if (!compact) {
    snippet = this.getSnippet();

    if (snippet) {
      where += ':\n' + snippet;
    }
  }

  return where;
};


module.exports = Mark;


/***/ }),

/***/ 1216:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



/*eslint-disable max-len*/

var common        = __nccwpck_require__(7562);
var YAMLException = __nccwpck_require__(8586);
var Type          = __nccwpck_require__(1879);


function compileList(schema, name, result) {
  var exclude = [];

  schema.include.forEach(function (includedSchema) {
    result = compileList(includedSchema, name, result);
  });

  schema[name].forEach(function (currentType) {
    result.forEach(function (previousType, previousIndex) {
      if (previousType.tag === currentType.tag && previousType.kind === currentType.kind) {
        exclude.push(previousIndex);
      }
    });

    result.push(currentType);
  });

  return result.filter(function (type, index) {
    return exclude.indexOf(index) === -1;
  });
}


function compileMap(/* lists... */) {
  var result = {
        scalar: {},
        sequence: {},
        mapping: {},
        fallback: {}
      }, index, length;

  function collectType(type) {
    result[type.kind][type.tag] = result['fallback'][type.tag] = type;
  }

  for (index = 0, length = arguments.length; index < length; index += 1) {
    arguments[index].forEach(collectType);
  }
  return result;
}


function Schema(definition) {
  this.include  = definition.include  || [];
  this.implicit = definition.implicit || [];
  this.explicit = definition.explicit || [];

  this.implicit.forEach(function (type) {
    if (type.loadKind && type.loadKind !== 'scalar') {
      throw new YAMLException('There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.');
    }
  });

  this.compiledImplicit = compileList(this, 'implicit', []);
  this.compiledExplicit = compileList(this, 'explicit', []);
  this.compiledTypeMap  = compileMap(this.compiledImplicit, this.compiledExplicit);
}


Schema.DEFAULT = null;


Schema.create = function createSchema() {
  var schemas, types;

  switch (arguments.length) {
    case 1:
      schemas = Schema.DEFAULT;
      types = arguments[0];
      break;

    case 2:
      schemas = arguments[0];
      types = arguments[1];
      break;

    default:
      throw new YAMLException('Wrong number of arguments for Schema.create function');
  }

  schemas = common.toArray(schemas);
  types = common.toArray(types);

  if (!schemas.every(function (schema) { return schema instanceof Schema; })) {
    throw new YAMLException('Specified list of super schemas (or a single Schema object) contains a non-Schema object.');
  }

  if (!types.every(function (type) { return type instanceof Type; })) {
    throw new YAMLException('Specified list of YAML types (or a single Type object) contains a non-Type object.');
  }

  return new Schema({
    include: schemas,
    explicit: types
  });
};


module.exports = Schema;


/***/ }),

/***/ 176:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// Standard YAML's Core schema.
// http://www.yaml.org/spec/1.2/spec.html#id2804923
//
// NOTE: JS-YAML does not support schema-specific tag resolution restrictions.
// So, Core schema has no distinctions from JSON schema is JS-YAML.





var Schema = __nccwpck_require__(1216);


module.exports = new Schema({
  include: [
    __nccwpck_require__(89)
  ]
});


/***/ }),

/***/ 2816:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// JS-YAML's default schema for `load` function.
// It is not described in the YAML specification.
//
// This schema is based on JS-YAML's default safe schema and includes
// JavaScript-specific types: !!js/undefined, !!js/regexp and !!js/function.
//
// Also this schema is used as default base schema at `Schema.create` function.





var Schema = __nccwpck_require__(1216);


module.exports = Schema.DEFAULT = new Schema({
  include: [
    __nccwpck_require__(4556)
  ],
  explicit: [
    __nccwpck_require__(7334),
    __nccwpck_require__(9893),
    __nccwpck_require__(8460)
  ]
});


/***/ }),

/***/ 4556:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// JS-YAML's default schema for `safeLoad` function.
// It is not described in the YAML specification.
//
// This schema is based on standard YAML's Core schema and includes most of
// extra types described at YAML tag repository. (http://yaml.org/type/)





var Schema = __nccwpck_require__(1216);


module.exports = new Schema({
  include: [
    __nccwpck_require__(176)
  ],
  implicit: [
    __nccwpck_require__(7992),
    __nccwpck_require__(6524)
  ],
  explicit: [
    __nccwpck_require__(1659),
    __nccwpck_require__(407),
    __nccwpck_require__(8185),
    __nccwpck_require__(9104)
  ]
});


/***/ }),

/***/ 9758:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// Standard YAML's Failsafe schema.
// http://www.yaml.org/spec/1.2/spec.html#id2802346





var Schema = __nccwpck_require__(1216);


module.exports = new Schema({
  explicit: [
    __nccwpck_require__(9711),
    __nccwpck_require__(4115),
    __nccwpck_require__(7914)
  ]
});


/***/ }),

/***/ 89:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// Standard YAML's JSON schema.
// http://www.yaml.org/spec/1.2/spec.html#id2803231
//
// NOTE: JS-YAML does not support schema-specific tag resolution restrictions.
// So, this schema is not such strict as defined in the YAML specification.
// It allows numbers in binary notaion, use `Null` and `NULL` as `null`, etc.





var Schema = __nccwpck_require__(1216);


module.exports = new Schema({
  include: [
    __nccwpck_require__(9758)
  ],
  implicit: [
    __nccwpck_require__(3387),
    __nccwpck_require__(4534),
    __nccwpck_require__(5393),
    __nccwpck_require__(5262)
  ]
});


/***/ }),

/***/ 1879:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var YAMLException = __nccwpck_require__(8586);

var TYPE_CONSTRUCTOR_OPTIONS = [
  'kind',
  'resolve',
  'construct',
  'instanceOf',
  'predicate',
  'represent',
  'defaultStyle',
  'styleAliases'
];

var YAML_NODE_KINDS = [
  'scalar',
  'sequence',
  'mapping'
];

function compileStyleAliases(map) {
  var result = {};

  if (map !== null) {
    Object.keys(map).forEach(function (style) {
      map[style].forEach(function (alias) {
        result[String(alias)] = style;
      });
    });
  }

  return result;
}

function Type(tag, options) {
  options = options || {};

  Object.keys(options).forEach(function (name) {
    if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
      throw new YAMLException('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
    }
  });

  // TODO: Add tag format check.
  this.tag          = tag;
  this.kind         = options['kind']         || null;
  this.resolve      = options['resolve']      || function () { return true; };
  this.construct    = options['construct']    || function (data) { return data; };
  this.instanceOf   = options['instanceOf']   || null;
  this.predicate    = options['predicate']    || null;
  this.represent    = options['represent']    || null;
  this.defaultStyle = options['defaultStyle'] || null;
  this.styleAliases = compileStyleAliases(options['styleAliases'] || null);

  if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
    throw new YAMLException('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
  }
}

module.exports = Type;


/***/ }),

/***/ 1659:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



/*eslint-disable no-bitwise*/

var NodeBuffer;

try {
  // A trick for browserified version, to not include `Buffer` shim
  var _require = __WEBPACK_EXTERNAL_createRequire(import.meta.url);
  NodeBuffer = _require('buffer').Buffer;
} catch (__) {}

var Type       = __nccwpck_require__(1879);


// [ 64, 65, 66 ] -> [ padding, CR, LF ]
var BASE64_MAP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r';


function resolveYamlBinary(data) {
  if (data === null) return false;

  var code, idx, bitlen = 0, max = data.length, map = BASE64_MAP;

  // Convert one by one.
  for (idx = 0; idx < max; idx++) {
    code = map.indexOf(data.charAt(idx));

    // Skip CR/LF
    if (code > 64) continue;

    // Fail on illegal characters
    if (code < 0) return false;

    bitlen += 6;
  }

  // If there are any bits left, source was corrupted
  return (bitlen % 8) === 0;
}

function constructYamlBinary(data) {
  var idx, tailbits,
      input = data.replace(/[\r\n=]/g, ''), // remove CR/LF & padding to simplify scan
      max = input.length,
      map = BASE64_MAP,
      bits = 0,
      result = [];

  // Collect by 6*4 bits (3 bytes)

  for (idx = 0; idx < max; idx++) {
    if ((idx % 4 === 0) && idx) {
      result.push((bits >> 16) & 0xFF);
      result.push((bits >> 8) & 0xFF);
      result.push(bits & 0xFF);
    }

    bits = (bits << 6) | map.indexOf(input.charAt(idx));
  }

  // Dump tail

  tailbits = (max % 4) * 6;

  if (tailbits === 0) {
    result.push((bits >> 16) & 0xFF);
    result.push((bits >> 8) & 0xFF);
    result.push(bits & 0xFF);
  } else if (tailbits === 18) {
    result.push((bits >> 10) & 0xFF);
    result.push((bits >> 2) & 0xFF);
  } else if (tailbits === 12) {
    result.push((bits >> 4) & 0xFF);
  }

  // Wrap into Buffer for NodeJS and leave Array for browser
  if (NodeBuffer) {
    // Support node 6.+ Buffer API when available
    return NodeBuffer.from ? NodeBuffer.from(result) : new NodeBuffer(result);
  }

  return result;
}

function representYamlBinary(object /*, style*/) {
  var result = '', bits = 0, idx, tail,
      max = object.length,
      map = BASE64_MAP;

  // Convert every three bytes to 4 ASCII characters.

  for (idx = 0; idx < max; idx++) {
    if ((idx % 3 === 0) && idx) {
      result += map[(bits >> 18) & 0x3F];
      result += map[(bits >> 12) & 0x3F];
      result += map[(bits >> 6) & 0x3F];
      result += map[bits & 0x3F];
    }

    bits = (bits << 8) + object[idx];
  }

  // Dump tail

  tail = max % 3;

  if (tail === 0) {
    result += map[(bits >> 18) & 0x3F];
    result += map[(bits >> 12) & 0x3F];
    result += map[(bits >> 6) & 0x3F];
    result += map[bits & 0x3F];
  } else if (tail === 2) {
    result += map[(bits >> 10) & 0x3F];
    result += map[(bits >> 4) & 0x3F];
    result += map[(bits << 2) & 0x3F];
    result += map[64];
  } else if (tail === 1) {
    result += map[(bits >> 2) & 0x3F];
    result += map[(bits << 4) & 0x3F];
    result += map[64];
    result += map[64];
  }

  return result;
}

function isBinary(object) {
  return NodeBuffer && NodeBuffer.isBuffer(object);
}

module.exports = new Type('tag:yaml.org,2002:binary', {
  kind: 'scalar',
  resolve: resolveYamlBinary,
  construct: constructYamlBinary,
  predicate: isBinary,
  represent: representYamlBinary
});


/***/ }),

/***/ 4534:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var Type = __nccwpck_require__(1879);

function resolveYamlBoolean(data) {
  if (data === null) return false;

  var max = data.length;

  return (max === 4 && (data === 'true' || data === 'True' || data === 'TRUE')) ||
         (max === 5 && (data === 'false' || data === 'False' || data === 'FALSE'));
}

function constructYamlBoolean(data) {
  return data === 'true' ||
         data === 'True' ||
         data === 'TRUE';
}

function isBoolean(object) {
  return Object.prototype.toString.call(object) === '[object Boolean]';
}

module.exports = new Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: resolveYamlBoolean,
  construct: constructYamlBoolean,
  predicate: isBoolean,
  represent: {
    lowercase: function (object) { return object ? 'true' : 'false'; },
    uppercase: function (object) { return object ? 'TRUE' : 'FALSE'; },
    camelcase: function (object) { return object ? 'True' : 'False'; }
  },
  defaultStyle: 'lowercase'
});


/***/ }),

/***/ 5262:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var common = __nccwpck_require__(7562);
var Type   = __nccwpck_require__(1879);

var YAML_FLOAT_PATTERN = new RegExp(
  // 2.5e4, 2.5 and integers
  '^(?:[-+]?(?:0|[1-9][0-9_]*)(?:\\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?' +
  // .2e4, .2
  // special case, seems not from spec
  '|\\.[0-9_]+(?:[eE][-+]?[0-9]+)?' +
  // 20:59
  '|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*' +
  // .inf
  '|[-+]?\\.(?:inf|Inf|INF)' +
  // .nan
  '|\\.(?:nan|NaN|NAN))$');

function resolveYamlFloat(data) {
  if (data === null) return false;

  if (!YAML_FLOAT_PATTERN.test(data) ||
      // Quick hack to not allow integers end with `_`
      // Probably should update regexp & check speed
      data[data.length - 1] === '_') {
    return false;
  }

  return true;
}

function constructYamlFloat(data) {
  var value, sign, base, digits;

  value  = data.replace(/_/g, '').toLowerCase();
  sign   = value[0] === '-' ? -1 : 1;
  digits = [];

  if ('+-'.indexOf(value[0]) >= 0) {
    value = value.slice(1);
  }

  if (value === '.inf') {
    return (sign === 1) ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;

  } else if (value === '.nan') {
    return NaN;

  } else if (value.indexOf(':') >= 0) {
    value.split(':').forEach(function (v) {
      digits.unshift(parseFloat(v, 10));
    });

    value = 0.0;
    base = 1;

    digits.forEach(function (d) {
      value += d * base;
      base *= 60;
    });

    return sign * value;

  }
  return sign * parseFloat(value, 10);
}


var SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;

function representYamlFloat(object, style) {
  var res;

  if (isNaN(object)) {
    switch (style) {
      case 'lowercase': return '.nan';
      case 'uppercase': return '.NAN';
      case 'camelcase': return '.NaN';
    }
  } else if (Number.POSITIVE_INFINITY === object) {
    switch (style) {
      case 'lowercase': return '.inf';
      case 'uppercase': return '.INF';
      case 'camelcase': return '.Inf';
    }
  } else if (Number.NEGATIVE_INFINITY === object) {
    switch (style) {
      case 'lowercase': return '-.inf';
      case 'uppercase': return '-.INF';
      case 'camelcase': return '-.Inf';
    }
  } else if (common.isNegativeZero(object)) {
    return '-0.0';
  }

  res = object.toString(10);

  // JS stringifier can build scientific format without dots: 5e-100,
  // while YAML requres dot: 5.e-100. Fix it with simple hack

  return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace('e', '.e') : res;
}

function isFloat(object) {
  return (Object.prototype.toString.call(object) === '[object Number]') &&
         (object % 1 !== 0 || common.isNegativeZero(object));
}

module.exports = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: resolveYamlFloat,
  construct: constructYamlFloat,
  predicate: isFloat,
  represent: representYamlFloat,
  defaultStyle: 'lowercase'
});


/***/ }),

/***/ 5393:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var common = __nccwpck_require__(7562);
var Type   = __nccwpck_require__(1879);

function isHexCode(c) {
  return ((0x30/* 0 */ <= c) && (c <= 0x39/* 9 */)) ||
         ((0x41/* A */ <= c) && (c <= 0x46/* F */)) ||
         ((0x61/* a */ <= c) && (c <= 0x66/* f */));
}

function isOctCode(c) {
  return ((0x30/* 0 */ <= c) && (c <= 0x37/* 7 */));
}

function isDecCode(c) {
  return ((0x30/* 0 */ <= c) && (c <= 0x39/* 9 */));
}

function resolveYamlInteger(data) {
  if (data === null) return false;

  var max = data.length,
      index = 0,
      hasDigits = false,
      ch;

  if (!max) return false;

  ch = data[index];

  // sign
  if (ch === '-' || ch === '+') {
    ch = data[++index];
  }

  if (ch === '0') {
    // 0
    if (index + 1 === max) return true;
    ch = data[++index];

    // base 2, base 8, base 16

    if (ch === 'b') {
      // base 2
      index++;

      for (; index < max; index++) {
        ch = data[index];
        if (ch === '_') continue;
        if (ch !== '0' && ch !== '1') return false;
        hasDigits = true;
      }
      return hasDigits && ch !== '_';
    }


    if (ch === 'x') {
      // base 16
      index++;

      for (; index < max; index++) {
        ch = data[index];
        if (ch === '_') continue;
        if (!isHexCode(data.charCodeAt(index))) return false;
        hasDigits = true;
      }
      return hasDigits && ch !== '_';
    }

    // base 8
    for (; index < max; index++) {
      ch = data[index];
      if (ch === '_') continue;
      if (!isOctCode(data.charCodeAt(index))) return false;
      hasDigits = true;
    }
    return hasDigits && ch !== '_';
  }

  // base 10 (except 0) or base 60

  // value should not start with `_`;
  if (ch === '_') return false;

  for (; index < max; index++) {
    ch = data[index];
    if (ch === '_') continue;
    if (ch === ':') break;
    if (!isDecCode(data.charCodeAt(index))) {
      return false;
    }
    hasDigits = true;
  }

  // Should have digits and should not end with `_`
  if (!hasDigits || ch === '_') return false;

  // if !base60 - done;
  if (ch !== ':') return true;

  // base60 almost not used, no needs to optimize
  return /^(:[0-5]?[0-9])+$/.test(data.slice(index));
}

function constructYamlInteger(data) {
  var value = data, sign = 1, ch, base, digits = [];

  if (value.indexOf('_') !== -1) {
    value = value.replace(/_/g, '');
  }

  ch = value[0];

  if (ch === '-' || ch === '+') {
    if (ch === '-') sign = -1;
    value = value.slice(1);
    ch = value[0];
  }

  if (value === '0') return 0;

  if (ch === '0') {
    if (value[1] === 'b') return sign * parseInt(value.slice(2), 2);
    if (value[1] === 'x') return sign * parseInt(value, 16);
    return sign * parseInt(value, 8);
  }

  if (value.indexOf(':') !== -1) {
    value.split(':').forEach(function (v) {
      digits.unshift(parseInt(v, 10));
    });

    value = 0;
    base = 1;

    digits.forEach(function (d) {
      value += (d * base);
      base *= 60;
    });

    return sign * value;

  }

  return sign * parseInt(value, 10);
}

function isInteger(object) {
  return (Object.prototype.toString.call(object)) === '[object Number]' &&
         (object % 1 === 0 && !common.isNegativeZero(object));
}

module.exports = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: resolveYamlInteger,
  construct: constructYamlInteger,
  predicate: isInteger,
  represent: {
    binary:      function (obj) { return obj >= 0 ? '0b' + obj.toString(2) : '-0b' + obj.toString(2).slice(1); },
    octal:       function (obj) { return obj >= 0 ? '0'  + obj.toString(8) : '-0'  + obj.toString(8).slice(1); },
    decimal:     function (obj) { return obj.toString(10); },
    /* eslint-disable max-len */
    hexadecimal: function (obj) { return obj >= 0 ? '0x' + obj.toString(16).toUpperCase() :  '-0x' + obj.toString(16).toUpperCase().slice(1); }
  },
  defaultStyle: 'decimal',
  styleAliases: {
    binary:      [ 2,  'bin' ],
    octal:       [ 8,  'oct' ],
    decimal:     [ 10, 'dec' ],
    hexadecimal: [ 16, 'hex' ]
  }
});


/***/ }),

/***/ 8460:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var esprima;

// Browserified version does not have esprima
//
// 1. For node.js just require module as deps
// 2. For browser try to require mudule via external AMD system.
//    If not found - try to fallback to window.esprima. If not
//    found too - then fail to parse.
//
try {
  // workaround to exclude package from browserify list.
  var _require = __WEBPACK_EXTERNAL_createRequire(import.meta.url);
  esprima = _require('esprima');
} catch (_) {
  /* eslint-disable no-redeclare */
  /* global window */
  if (typeof window !== 'undefined') esprima = window.esprima;
}

var Type = __nccwpck_require__(1879);

function resolveJavascriptFunction(data) {
  if (data === null) return false;

  try {
    var source = '(' + data + ')',
        ast    = esprima.parse(source, { range: true });

    if (ast.type                    !== 'Program'             ||
        ast.body.length             !== 1                     ||
        ast.body[0].type            !== 'ExpressionStatement' ||
        (ast.body[0].expression.type !== 'ArrowFunctionExpression' &&
          ast.body[0].expression.type !== 'FunctionExpression')) {
      return false;
    }

    return true;
  } catch (err) {
    return false;
  }
}

function constructJavascriptFunction(data) {
  /*jslint evil:true*/

  var source = '(' + data + ')',
      ast    = esprima.parse(source, { range: true }),
      params = [],
      body;

  if (ast.type                    !== 'Program'             ||
      ast.body.length             !== 1                     ||
      ast.body[0].type            !== 'ExpressionStatement' ||
      (ast.body[0].expression.type !== 'ArrowFunctionExpression' &&
        ast.body[0].expression.type !== 'FunctionExpression')) {
    throw new Error('Failed to resolve function');
  }

  ast.body[0].expression.params.forEach(function (param) {
    params.push(param.name);
  });

  body = ast.body[0].expression.body.range;

  // Esprima's ranges include the first '{' and the last '}' characters on
  // function expressions. So cut them out.
  if (ast.body[0].expression.body.type === 'BlockStatement') {
    /*eslint-disable no-new-func*/
    return new Function(params, source.slice(body[0] + 1, body[1] - 1));
  }
  // ES6 arrow functions can omit the BlockStatement. In that case, just return
  // the body.
  /*eslint-disable no-new-func*/
  return new Function(params, 'return ' + source.slice(body[0], body[1]));
}

function representJavascriptFunction(object /*, style*/) {
  return object.toString();
}

function isFunction(object) {
  return Object.prototype.toString.call(object) === '[object Function]';
}

module.exports = new Type('tag:yaml.org,2002:js/function', {
  kind: 'scalar',
  resolve: resolveJavascriptFunction,
  construct: constructJavascriptFunction,
  predicate: isFunction,
  represent: representJavascriptFunction
});


/***/ }),

/***/ 9893:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var Type = __nccwpck_require__(1879);

function resolveJavascriptRegExp(data) {
  if (data === null) return false;
  if (data.length === 0) return false;

  var regexp = data,
      tail   = /\/([gim]*)$/.exec(data),
      modifiers = '';

  // if regexp starts with '/' it can have modifiers and must be properly closed
  // `/foo/gim` - modifiers tail can be maximum 3 chars
  if (regexp[0] === '/') {
    if (tail) modifiers = tail[1];

    if (modifiers.length > 3) return false;
    // if expression starts with /, is should be properly terminated
    if (regexp[regexp.length - modifiers.length - 1] !== '/') return false;
  }

  return true;
}

function constructJavascriptRegExp(data) {
  var regexp = data,
      tail   = /\/([gim]*)$/.exec(data),
      modifiers = '';

  // `/foo/gim` - tail can be maximum 4 chars
  if (regexp[0] === '/') {
    if (tail) modifiers = tail[1];
    regexp = regexp.slice(1, regexp.length - modifiers.length - 1);
  }

  return new RegExp(regexp, modifiers);
}

function representJavascriptRegExp(object /*, style*/) {
  var result = '/' + object.source + '/';

  if (object.global) result += 'g';
  if (object.multiline) result += 'm';
  if (object.ignoreCase) result += 'i';

  return result;
}

function isRegExp(object) {
  return Object.prototype.toString.call(object) === '[object RegExp]';
}

module.exports = new Type('tag:yaml.org,2002:js/regexp', {
  kind: 'scalar',
  resolve: resolveJavascriptRegExp,
  construct: constructJavascriptRegExp,
  predicate: isRegExp,
  represent: representJavascriptRegExp
});


/***/ }),

/***/ 7334:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var Type = __nccwpck_require__(1879);

function resolveJavascriptUndefined() {
  return true;
}

function constructJavascriptUndefined() {
  /*eslint-disable no-undefined*/
  return undefined;
}

function representJavascriptUndefined() {
  return '';
}

function isUndefined(object) {
  return typeof object === 'undefined';
}

module.exports = new Type('tag:yaml.org,2002:js/undefined', {
  kind: 'scalar',
  resolve: resolveJavascriptUndefined,
  construct: constructJavascriptUndefined,
  predicate: isUndefined,
  represent: representJavascriptUndefined
});


/***/ }),

/***/ 7914:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var Type = __nccwpck_require__(1879);

module.exports = new Type('tag:yaml.org,2002:map', {
  kind: 'mapping',
  construct: function (data) { return data !== null ? data : {}; }
});


/***/ }),

/***/ 6524:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var Type = __nccwpck_require__(1879);

function resolveYamlMerge(data) {
  return data === '<<' || data === null;
}

module.exports = new Type('tag:yaml.org,2002:merge', {
  kind: 'scalar',
  resolve: resolveYamlMerge
});


/***/ }),

/***/ 3387:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var Type = __nccwpck_require__(1879);

function resolveYamlNull(data) {
  if (data === null) return true;

  var max = data.length;

  return (max === 1 && data === '~') ||
         (max === 4 && (data === 'null' || data === 'Null' || data === 'NULL'));
}

function constructYamlNull() {
  return null;
}

function isNull(object) {
  return object === null;
}

module.exports = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: resolveYamlNull,
  construct: constructYamlNull,
  predicate: isNull,
  represent: {
    canonical: function () { return '~';    },
    lowercase: function () { return 'null'; },
    uppercase: function () { return 'NULL'; },
    camelcase: function () { return 'Null'; }
  },
  defaultStyle: 'lowercase'
});


/***/ }),

/***/ 407:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var Type = __nccwpck_require__(1879);

var _hasOwnProperty = Object.prototype.hasOwnProperty;
var _toString       = Object.prototype.toString;

function resolveYamlOmap(data) {
  if (data === null) return true;

  var objectKeys = {}, index, length, pair, pairKey, pairHasKey,
      object = data;

  for (index = 0, length = object.length; index < length; index += 1) {
    pair = object[index];
    pairHasKey = false;

    if (_toString.call(pair) !== '[object Object]') return false;

    for (pairKey in pair) {
      if (_hasOwnProperty.call(pair, pairKey)) {
        if (!pairHasKey) pairHasKey = true;
        else return false;
      }
    }

    if (!pairHasKey) return false;

    if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
    Object.defineProperty(objectKeys, pairKey, { value: true });
  }

  return true;
}

function constructYamlOmap(data) {
  return data !== null ? data : [];
}

module.exports = new Type('tag:yaml.org,2002:omap', {
  kind: 'sequence',
  resolve: resolveYamlOmap,
  construct: constructYamlOmap
});


/***/ }),

/***/ 8185:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var Type = __nccwpck_require__(1879);

var _toString = Object.prototype.toString;

function resolveYamlPairs(data) {
  if (data === null) return true;

  var index, length, pair, keys, result,
      object = data;

  result = new Array(object.length);

  for (index = 0, length = object.length; index < length; index += 1) {
    pair = object[index];

    if (_toString.call(pair) !== '[object Object]') return false;

    keys = Object.keys(pair);

    if (keys.length !== 1) return false;

    result[index] = [ keys[0], pair[keys[0]] ];
  }

  return true;
}

function constructYamlPairs(data) {
  if (data === null) return [];

  var index, length, pair, keys, result,
      object = data;

  result = new Array(object.length);

  for (index = 0, length = object.length; index < length; index += 1) {
    pair = object[index];

    keys = Object.keys(pair);

    result[index] = [ keys[0], pair[keys[0]] ];
  }

  return result;
}

module.exports = new Type('tag:yaml.org,2002:pairs', {
  kind: 'sequence',
  resolve: resolveYamlPairs,
  construct: constructYamlPairs
});


/***/ }),

/***/ 4115:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var Type = __nccwpck_require__(1879);

module.exports = new Type('tag:yaml.org,2002:seq', {
  kind: 'sequence',
  construct: function (data) { return data !== null ? data : []; }
});


/***/ }),

/***/ 9104:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var Type = __nccwpck_require__(1879);

var _hasOwnProperty = Object.prototype.hasOwnProperty;

function resolveYamlSet(data) {
  if (data === null) return true;

  var key, object = data;

  for (key in object) {
    if (_hasOwnProperty.call(object, key)) {
      if (object[key] !== null) return false;
    }
  }

  return true;
}

function constructYamlSet(data) {
  return data !== null ? data : {};
}

module.exports = new Type('tag:yaml.org,2002:set', {
  kind: 'mapping',
  resolve: resolveYamlSet,
  construct: constructYamlSet
});


/***/ }),

/***/ 9711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var Type = __nccwpck_require__(1879);

module.exports = new Type('tag:yaml.org,2002:str', {
  kind: 'scalar',
  construct: function (data) { return data !== null ? data : ''; }
});


/***/ }),

/***/ 7992:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var Type = __nccwpck_require__(1879);

var YAML_DATE_REGEXP = new RegExp(
  '^([0-9][0-9][0-9][0-9])'          + // [1] year
  '-([0-9][0-9])'                    + // [2] month
  '-([0-9][0-9])$');                   // [3] day

var YAML_TIMESTAMP_REGEXP = new RegExp(
  '^([0-9][0-9][0-9][0-9])'          + // [1] year
  '-([0-9][0-9]?)'                   + // [2] month
  '-([0-9][0-9]?)'                   + // [3] day
  '(?:[Tt]|[ \\t]+)'                 + // ...
  '([0-9][0-9]?)'                    + // [4] hour
  ':([0-9][0-9])'                    + // [5] minute
  ':([0-9][0-9])'                    + // [6] second
  '(?:\\.([0-9]*))?'                 + // [7] fraction
  '(?:[ \\t]*(Z|([-+])([0-9][0-9]?)' + // [8] tz [9] tz_sign [10] tz_hour
  '(?::([0-9][0-9]))?))?$');           // [11] tz_minute

function resolveYamlTimestamp(data) {
  if (data === null) return false;
  if (YAML_DATE_REGEXP.exec(data) !== null) return true;
  if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
  return false;
}

function constructYamlTimestamp(data) {
  var match, year, month, day, hour, minute, second, fraction = 0,
      delta = null, tz_hour, tz_minute, date;

  match = YAML_DATE_REGEXP.exec(data);
  if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);

  if (match === null) throw new Error('Date resolve error');

  // match: [1] year [2] month [3] day

  year = +(match[1]);
  month = +(match[2]) - 1; // JS month starts with 0
  day = +(match[3]);

  if (!match[4]) { // no hour
    return new Date(Date.UTC(year, month, day));
  }

  // match: [4] hour [5] minute [6] second [7] fraction

  hour = +(match[4]);
  minute = +(match[5]);
  second = +(match[6]);

  if (match[7]) {
    fraction = match[7].slice(0, 3);
    while (fraction.length < 3) { // milli-seconds
      fraction += '0';
    }
    fraction = +fraction;
  }

  // match: [8] tz [9] tz_sign [10] tz_hour [11] tz_minute

  if (match[9]) {
    tz_hour = +(match[10]);
    tz_minute = +(match[11] || 0);
    delta = (tz_hour * 60 + tz_minute) * 60000; // delta in mili-seconds
    if (match[9] === '-') delta = -delta;
  }

  date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));

  if (delta) date.setTime(date.getTime() - delta);

  return date;
}

function representYamlTimestamp(object /*, style*/) {
  return object.toISOString();
}

module.exports = new Type('tag:yaml.org,2002:timestamp', {
  kind: 'scalar',
  resolve: resolveYamlTimestamp,
  construct: constructYamlTimestamp,
  instanceOf: Date,
  represent: representYamlTimestamp
});


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
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./node_modules/balanced-match/dist/esm/index.js
const balanced = (a, b, str) => {
    const ma = a instanceof RegExp ? maybeMatch(a, str) : a;
    const mb = b instanceof RegExp ? maybeMatch(b, str) : b;
    const r = ma !== null && mb != null && range(ma, mb, str);
    return (r && {
        start: r[0],
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + ma.length, r[1]),
        post: str.slice(r[1] + mb.length),
    });
};
const maybeMatch = (reg, str) => {
    const m = str.match(reg);
    return m ? m[0] : null;
};
const range = (a, b, str) => {
    let begs, beg, left, right = undefined, result;
    let ai = str.indexOf(a);
    let bi = str.indexOf(b, ai + 1);
    let i = ai;
    if (ai >= 0 && bi > 0) {
        if (a === b) {
            return [ai, bi];
        }
        begs = [];
        left = str.length;
        while (i >= 0 && !result) {
            if (i === ai) {
                begs.push(i);
                ai = str.indexOf(a, i + 1);
            }
            else if (begs.length === 1) {
                const r = begs.pop();
                if (r !== undefined)
                    result = [r, bi];
            }
            else {
                beg = begs.pop();
                if (beg !== undefined && beg < left) {
                    left = beg;
                    right = bi;
                }
                bi = str.indexOf(b, i + 1);
            }
            i = ai < bi && ai >= 0 ? ai : bi;
        }
        if (begs.length && right !== undefined) {
            result = [left, right];
        }
    }
    return result;
};
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/brace-expansion/dist/esm/index.js

const escSlash = '\0SLASH' + Math.random().toFixed(16) + '\0';
const escOpen = '\0OPEN' + Math.random().toFixed(16) + '\0';
const escClose = '\0CLOSE' + Math.random().toFixed(16) + '\0';
const escComma = '\0COMMA' + Math.random().toFixed(16) + '\0';
const escPeriod = '\0PERIOD' + Math.random().toFixed(16) + '\0';
const escSlashPattern = new RegExp(escSlash, 'g');
const escOpenPattern = new RegExp(escOpen, 'g');
const escClosePattern = new RegExp(escClose, 'g');
const escCommaPattern = new RegExp(escComma, 'g');
const escPeriodPattern = new RegExp(escPeriod, 'g');
const slashPattern = /\\\\/g;
const openPattern = /\\{/g;
const closePattern = /\\}/g;
const commaPattern = /\\,/g;
const periodPattern = /\\\./g;
const EXPANSION_MAX = 100_000;
// `EXPANSION_MAX` caps the *number* of expansions, but not their length. An
// input like `'{a,b}'.repeat(1500)` stays under that count - its output is
// truncated to 100k results - while making every result ~1500 characters
// long. The result set, and the intermediate arrays built while combining
// brace sets, then grow large enough to exhaust memory and crash the process
// (CVE-2026-14257). `EXPANSION_MAX_LENGTH` bounds the total number of
// characters the accumulator may hold at any point, so memory stays flat no
// matter how many brace groups are chained. The limit sits well above any
// realistic expansion (100k results hitting `EXPANSION_MAX` measure ~1M
// characters) so legitimate input is unaffected.
const EXPANSION_MAX_LENGTH = 4_000_000;
// `expand_` recurses once per level of brace *nesting* - both when expanding a
// set's comma members and when re-wrapping a set whose body is a single part.
// The CVE-2026-14257 fix made the *tail* iterative (recursion on `m.post`, one
// level per chained group), which left nesting depth unbounded: about 3,100
// levels of `{{{...a,b...}}}` - only ~6KB of input - exhausted the native stack
// and crashed the process. `EXPANSION_MAX_DEPTH` bounds how deep the parser
// will follow nesting. It sits far above any realistic pattern and well below
// the depth at which the stack runs out.
const EXPANSION_MAX_DEPTH = 1_000;
// Bash keeps a quirk where a brace group followed by a comma set still expands
// (`{a},b}`). The parser implements it by rewriting the string and restarting
// the scan, absorbing one `}` per pass. `n` trailing braces therefore cost `n`
// full passes over a string that itself grows by one `escClose` sentinel each
// time - quadratic in `n`, with a ~26x constant from the sentinel's length.
// 128KB of `'{a}' + '}'.repeat(n) + ',z}'` blocked the event loop for 27
// seconds to produce two results. `EXPANSION_MAX_REWRITES` bounds how many
// times the scan may restart. Real `{a},b}` input needs a handful.
const EXPANSION_MAX_REWRITES = 1_000;
// `EXPANSION_MAX_STEPS` bounds the work one `expand` call does, which `max`,
// `maxLength` and `maxDepth` don't: nested sets are rescanned at every level
// and chained groups each rebuild up to `max` results, so 2KB of input could
// block the event loop for over 30 seconds. Each character scanned, result
// built and sequence value generated is a step, and each `expand_` call costs
// `CALL_STEPS` more. Past the budget, the set being expanded and everything
// after it stay literal. A glob needs a few hundred steps, and nesting all the
// way to `EXPANSION_MAX_DEPTH` about 4M.
const EXPANSION_MAX_STEPS = 20_000_000;
// What one `expand_` call costs on top of what it scans and builds. Setting
// one up takes about as long as scanning 16 characters, and a set whose
// results are wrapped to be expanded again makes one call per result, each
// scanning and building next to nothing: 64KB of
// `('{{' + ','.repeat(316) + '}{' + ','.repeat(316) + '}}').repeat(n)` made
// 4M such calls, which spent the budget three times as slowly as anything
// else.
const CALL_STEPS = 16;
function numeric(str) {
    return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
    return str
        .replace(slashPattern, escSlash)
        .replace(openPattern, escOpen)
        .replace(closePattern, escClose)
        .replace(commaPattern, escComma)
        .replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
    return str
        .replace(escSlashPattern, '\\')
        .replace(escOpenPattern, '{')
        .replace(escClosePattern, '}')
        .replace(escCommaPattern, ',')
        .replace(escPeriodPattern, '.');
}
// Like `target.push(...items)` but doesn't overflow the stack
function pushAll(target, items) {
    for (let i = 0; i < items.length; i++) {
        target.push(items[i]);
    }
}
// `balanced`, run on `masked` (see `maskUnmatchedOpens`), sliced from `str`
// and charged for the characters it walks: up to the group's `}`, or the
// whole string when there is no match or unmatched `{` come first, which
// `unmatched` then flags for masking. Once a call overdraws the budget, it
// and every later one return undefined, so the rest stays literal.
function balancedWithBudget(str, masked, budget) {
    if (budget.remaining < 0) {
        return undefined;
    }
    const r = range('{', '}', masked);
    const unmatched = r !== undefined && masked.indexOf('{') < r[0];
    budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
    if (!r || budget.remaining < 0) {
        return undefined;
    }
    return {
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + 1, r[1]),
        post: str.slice(r[1] + 1),
        unmatched,
    };
}
// `masked` with every `{` that has no matching `}` swapped for a `\0`, which
// keeps the length, so a scan of it still lines up with the string it was
// made from. Such a `{` is literal either way, but `balanced` only learns that
// one is unmatched by reading to the end of the string, so with one at the
// head of every group (`'{a,{b,c}'.repeat(n)`) each scan read the rest of the
// input. That was quadratic, and once the step budget charged for it, it ran
// out partway through and left the rest literal. A scan of the masked copy
// stops at the group's `}`. It is one pass, charged as such.
function maskUnmatchedOpens(masked, budget) {
    budget.remaining -= masked.length;
    const open = [];
    for (let i = 0; i < masked.length; i++) {
        const c = masked.charCodeAt(i);
        if (c === 0x7b) {
            open.push(i);
        }
        else if (c === 0x7d && open.length) {
            open.pop();
        }
    }
    let out = '';
    let last = 0;
    for (let i = 0; i < open.length; i++) {
        const at = open[i];
        out += masked.slice(last, at) + '\0';
        last = at + 1;
    }
    return out + masked.slice(last);
}
// Whether `str` has a `,` not followed by another `,`, with a `}` after it on
// the same line - what `/,(?!,).*\}/.test(str)` asks, answered in one pass from
// the end. The regex tries every `,` and backtracks through the rest of its
// line from each, which is quadratic, and the `{a},b}` rewrite asks again on
// every pass. Like a scan, it is charged for the whole string and refused if
// that overdraws the budget.
function commaSetFollows(str, budget) {
    budget.remaining -= str.length;
    if (budget.remaining < 0) {
        return false;
    }
    // Whether a `}` follows the current position before the line ends
    let close = false;
    for (let i = str.length - 1; i >= 0; i--) {
        const c = str.charCodeAt(i);
        if (c === 0x7d) {
            close = true;
        }
        else if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
            // A line terminator, which `.` does not match
            close = false;
        }
        else if (c === 0x2c && close && str.charCodeAt(i + 1) !== 0x2c) {
            return true;
        }
    }
    return false;
}
/**
 * Basically just str.split(","), but handling cases
 * where we have nested braced sections, which should be
 * treated as individual members, like {a,{b,c},d}
 *
 * Returns `undefined` if the step budget runs out before the whole set is
 * split, since splitting what is left on every comma would tear apart the
 * nested sets it still holds.
 */
function parseCommaParts(str, budget) {
    const parts = [];
    // Walk the brace groups iteratively. Recursing on `post` once per group let a
    // chain of them exhaust the stack - the parsing-side counterpart to
    // the `expand_` overflow fixed for CVE-2026-14257, and not something `max` or
    // `maxLength` can bound, since it happens before expansion.
    //
    // The part the next chunk continues
    let carry = '';
    for (;;) {
        // A set's body holds no unmatched `{`, so there is nothing to mask.
        const m = balancedWithBudget(str, str, budget);
        if (budget.remaining < 0) {
            return undefined;
        }
        if (!m) {
            const tail = str.split(',');
            tail[0] = carry + tail[0];
            pushAll(parts, tail);
            return parts;
        }
        const { pre, body, post } = m;
        const p = pre.split(',');
        p[0] = carry + p[0];
        p[p.length - 1] += '{' + body + '}';
        if (!post.length) {
            pushAll(parts, p);
            return parts;
        }
        carry = p.pop();
        pushAll(parts, p);
        str = post;
    }
}
// An option that is left out, or that is NaN, gets its default. Every
// comparison against NaN is false, so a NaN bound would never be reached:
// `{ maxSteps: NaN }` let 15KB of input block the event loop for 16 seconds,
// and `{ maxDepth: NaN }` overflowed the stack again (CVE-2026-102278). Pass
// `Infinity` to lift a bound.
function bound(value, fallback) {
    return value === undefined || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
    if (!str) {
        return [];
    }
    const max = bound(options.max, EXPANSION_MAX);
    const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
    const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
    const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
    const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
    // I don't know why Bash 4.3 does this, but it does.
    // Anything starting with {} will have the first two bytes preserved
    // but *only* at the top level, so {},a}b will not expand to anything,
    // but a{},b}c will be expanded to [a}c,abc].
    // One could argue that this is a bug in Bash, but since the goal of
    // this module is to match Bash's rules, we escape a leading {}
    if (str.slice(0, 2) === '{}') {
        str = '\\{\\}' + str.slice(2);
    }
    return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
    return '{' + str + '}';
}
function isPadded(el) {
    return /^-?0\d/.test(el);
}
function lte(i, y) {
    return i <= y;
}
function gte(i, y) {
    return i >= y;
}
// Build `{ acc[a] + pre + values[v] }` for every combination, capping the
// number of results at `max` and the total number of characters at `maxLength`.
// This is the one place output grows, so bounding it here keeps the single
// accumulator - and therefore memory - flat regardless of how many brace groups
// are combined (CVE-2026-14257). Each result built is a step, since `max` and
// `maxLength` bound one combination, not how many brace groups are combined.
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
    const out = [];
    let length = 0;
    // Bash drops empty results at the top level, and they don't count against
    // `max`, so `max` bounds the number of *kept* results. Only an empty
    // `acc[a] + pre` can make one, so for those the empty values are skipped
    // without being visited. Visiting them one at a time let a set of empties
    // cost `acc.length * values.length` while keeping nothing.
    let nonEmpty;
    outer: for (let a = 0; a < acc.length; a++) {
        const prefix = acc[a] + pre;
        let vs = values;
        if (dropEmpties && !prefix) {
            if (!nonEmpty)
                nonEmpty = values.filter(v => v);
            vs = nonEmpty;
        }
        for (let v = 0; v < vs.length; v++) {
            if (out.length >= max)
                break outer;
            const expansion = prefix + vs[v];
            if (length + expansion.length > maxLength)
                break outer;
            out.push(expansion);
            length += expansion.length;
        }
    }
    budget.remaining -= out.length;
    return out;
}
// The expansion values of a single numeric (`1..5`) or alphabetic (`a..e..2`)
// sequence body, or `undefined` if the step budget runs out generating them.
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
    const n = body.split(/\.\./);
    const N = [];
    // A sequence body always splits into two or three parts, but the compiler
    // can't know that.
    /* c8 ignore start */
    if (n[0] === undefined || n[1] === undefined) {
        return N;
    }
    /* c8 ignore stop */
    const x = numeric(n[0]);
    const y = numeric(n[1]);
    const width = Math.max(n[0].length, n[1].length);
    let incr = n.length === 3 && n[2] !== undefined ?
        Math.max(Math.abs(numeric(n[2])), 1)
        : 1;
    let test = lte;
    const reverse = y < x;
    if (reverse) {
        incr *= -1;
        test = gte;
    }
    const pad = n.some(isPadded);
    // A padded value is built a character at a time to `width`, which the input
    // sets, so it costs one step per character: 64KB of
    // `('{' + '0'.repeat(100) + '..99999}').repeat(n)` took 7 seconds charged
    // one step per value.
    const cost = pad ? width : 1;
    let length = 0;
    for (let i = x; test(i, y) && N.length < max; i += incr) {
        // Each value is a step. `max` and `maxLength` bound one sequence, but a
        // chain of them still generated up to `max` values each, however few
        // combining could keep.
        budget.remaining -= cost;
        if (budget.remaining < 0) {
            return undefined;
        }
        let c;
        if (isAlphaSequence) {
            c = String.fromCharCode(i);
            if (c === '\\') {
                c = '';
            }
        }
        else {
            c = String(i);
            if (pad) {
                const need = width - c.length;
                if (need > 0) {
                    const z = new Array(need + 1).join('0');
                    if (i < 0) {
                        c = '-' + z + c.slice(1);
                    }
                    else {
                        c = z + c;
                    }
                }
            }
        }
        if (length + c.length > maxLength)
            break;
        N.push(c);
        length += c.length;
    }
    return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
    // An overdraft here makes the first scan refuse, so `str` stays literal.
    budget.remaining -= CALL_STEPS;
    // Too deeply nested to keep following: treat the rest as literal, the same
    // way a group that cannot expand is already handled. Truncating rather than
    // throwing keeps `expand` total, matching `max` and `maxLength`.
    if (depth > maxDepth) {
        return [str];
    }
    // Consume the string's top-level brace groups left to right, threading a
    // running set of combined prefixes (`acc`). Expanding the tail iteratively -
    // rather than recursing on `m.post` once per group - keeps the native stack
    // depth constant, so deeply chained input (`'{a,b}'.repeat(3000)`) can no
    // longer overflow the stack, and leaves a single accumulator whose size
    // `maxLength` bounds directly (CVE-2026-14257).
    let acc = [''];
    // Bash drops empty results, but only when the *first* top-level group is a
    // comma set - a sequence like `{a..\}` may legitimately yield ''. The drop
    // is on the final strings, so it is applied to whichever `combine` produces
    // them (the one with no brace set left in the tail).
    // How many times the `{a},b}` rewrite below has restarted the scan. Each pass
    // re-reads the whole string, so leaving this unbounded is quadratic.
    let rewrites = 0;
    let dropEmpties = false;
    let firstGroup = true;
    // `str` with its unmatched `{` masked, once a scan has run into them
    let masked = str;
    for (;;) {
        const m = balancedWithBudget(str, masked, budget);
        // No brace set left, or no step budget left to look for one: the rest of
        // the string is literal.
        if (!m) {
            return combine(acc, str, [''], max, maxLength, dropEmpties, budget);
        }
        if (m.unmatched) {
            masked = maskUnmatchedOpens(masked, budget);
        }
        // no need to expand pre, since it is guaranteed to be free of brace-sets
        const pre = m.pre;
        // This set and the rest of the string, literal: for a set that cannot
        // expand, and for one the step budget runs out on. Once it is overdrawn,
        // every set still being expanded, at every level, stays literal like this -
        // otherwise each level above would go on combining, and wrapping and
        // expanding again, results the budget was too small for.
        const literal = () => combine(acc, pre + '{' + m.body + '}' + m.post, [''], max, maxLength, dropEmpties, budget);
        if (/\$$/.test(pre)) {
            acc = combine(acc, pre + '{' + m.body + '}', [''], max, maxLength, dropEmpties && !m.post.length, budget);
            firstGroup = false;
            if (!m.post.length)
                break;
            str = m.post;
            masked = masked.slice(m.end + 1);
            continue;
        }
        const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
        const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
        const isSequence = isNumericSequence || isAlphaSequence;
        const isOptions = m.body.indexOf(',') >= 0;
        if (!isSequence && !isOptions) {
            // {a},b}
            if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
                rewrites++;
                str = m.pre + '{' + m.body + escClose + m.post;
                // Taking a `}` away never gives an unmatched `{` a partner, so what
                // is masked stays unmatched. The `{` it closed can be left without
                // one, and the next scan masks it.
                masked =
                    masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
                isTop = true;
                continue;
            }
            // Nothing here expands, so the whole remaining string is literal.
            return literal();
        }
        if (firstGroup) {
            dropEmpties = isTop && !isSequence;
            firstGroup = false;
        }
        let values;
        if (isSequence) {
            values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
            if (!values) {
                return literal();
            }
        }
        else {
            let n = parseCommaParts(m.body, budget);
            // The step budget ran out partway through the set.
            if (!n) {
                return literal();
            }
            if (n.length === 1 && n[0] !== undefined) {
                // x{{a,b}}y ==> x{a}y x{b}y
                n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
                // The step budget ran out expanding the set's only part.
                if (budget.remaining < 0) {
                    return literal();
                }
                //XXX is this necessary? Can't seem to hit it in tests.
                /* c8 ignore start */
                if (n.length === 1) {
                    const next = combine(acc, pre + n[0], [''], max, maxLength, dropEmpties && !m.post.length, budget);
                    if (budget.remaining < 0) {
                        return literal();
                    }
                    acc = next;
                    if (!m.post.length)
                        break;
                    str = m.post;
                    masked = masked.slice(m.end + 1);
                    continue;
                }
                /* c8 ignore stop */
            }
            // Values that `combine` is going to drop as empty produce no result, so
            // they must not count against `max` - otherwise `{a,,b}` with `max: 2`
            // would stop at `['a', '']` and yield one result instead of two. Skipping
            // them outright keeps `values` bounded while leaving `max` a bound on
            // *kept* results.
            let dropsEmpties = dropEmpties && !m.post.length && !pre;
            for (let d = 0; dropsEmpties && d < acc.length; d++) {
                if (acc[d]) {
                    dropsEmpties = false;
                }
            }
            values = [];
            let valuesLength = 0;
            outer: for (let j = 0; j < n.length; j++) {
                const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
                // The step budget ran out expanding a member.
                if (budget.remaining < 0) {
                    return literal();
                }
                for (let k = 0; k < expanded.length; k++) {
                    const v = expanded[k];
                    if (dropsEmpties && !v)
                        continue;
                    if (values.length >= max ||
                        valuesLength + v.length > maxLength) {
                        break outer;
                    }
                    values.push(v);
                    valuesLength += v.length;
                }
            }
        }
        const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
        // The step budget ran out combining the set's values in.
        if (budget.remaining < 0) {
            return literal();
        }
        acc = next;
        if (!m.post.length)
            break;
        str = m.post;
        masked = masked.slice(m.end + 1);
    }
    return acc;
}

//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/assert-valid-pattern.js
const MAX_PATTERN_LENGTH = 1024 * 64;
const assertValidPattern = (pattern) => {
    if (typeof pattern !== 'string') {
        throw new TypeError('invalid pattern');
    }
    if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new TypeError('pattern is too long');
    }
};
//# sourceMappingURL=assert-valid-pattern.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/brace-expressions.js
// translate the various posix character classes into unicode properties
// this works across all unicode locales
// { <posix class>: [<translation>, /u flag required, negated]
const posixClasses = {
    '[:alnum:]': ['\\p{L}\\p{Nl}\\p{Nd}', true],
    '[:alpha:]': ['\\p{L}\\p{Nl}', true],
    '[:ascii:]': ['\\x' + '00-\\x' + '7f', false],
    '[:blank:]': ['\\p{Zs}\\t', true],
    '[:cntrl:]': ['\\p{Cc}', true],
    '[:digit:]': ['\\p{Nd}', true],
    '[:graph:]': ['\\p{Z}\\p{C}', true, true],
    '[:lower:]': ['\\p{Ll}', true],
    '[:print:]': ['\\p{C}', true],
    '[:punct:]': ['\\p{P}', true],
    '[:space:]': ['\\p{Z}\\t\\r\\n\\v\\f', true],
    '[:upper:]': ['\\p{Lu}', true],
    '[:word:]': ['\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}', true],
    '[:xdigit:]': ['A-Fa-f0-9', false],
};
// only need to escape a few things inside of brace expressions
// escapes: [ \ ] -
const braceEscape = (s) => s.replace(/[[\]\\-]/g, '\\$&');
// escape all regexp magic characters
const regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
// everything has already been escaped, we just have to join
const rangesToString = (ranges) => ranges.join('');
// takes a glob string at a posix brace expression, and returns
// an equivalent regular expression source, and boolean indicating
// whether the /u flag needs to be applied, and the number of chars
// consumed to parse the character class.
// This also removes out of order ranges, and returns ($.) if the
// entire class just no good.
const parseClass = (glob, position) => {
    const pos = position;
    /* c8 ignore start */
    if (glob.charAt(pos) !== '[') {
        throw new Error('not in a brace expression');
    }
    /* c8 ignore stop */
    const ranges = [];
    const negs = [];
    let i = pos + 1;
    let sawStart = false;
    let uflag = false;
    let escaping = false;
    let negate = false;
    let endPos = pos;
    let rangeStart = '';
    WHILE: while (i < glob.length) {
        const c = glob.charAt(i);
        if ((c === '!' || c === '^') && i === pos + 1) {
            negate = true;
            i++;
            continue;
        }
        if (c === ']' && sawStart && !escaping) {
            endPos = i + 1;
            break;
        }
        sawStart = true;
        if (c === '\\') {
            if (!escaping) {
                escaping = true;
                i++;
                continue;
            }
            // escaped \ char, fall through and treat like normal char
        }
        if (c === '[' && !escaping) {
            // either a posix class, a collation equivalent, or just a [
            for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
                if (glob.startsWith(cls, i)) {
                    // invalid, [a-[] is fine, but not [a-[:alpha]]
                    if (rangeStart) {
                        return ['$.', false, glob.length - pos, true];
                    }
                    i += cls.length;
                    if (neg)
                        negs.push(unip);
                    else
                        ranges.push(unip);
                    uflag = uflag || u;
                    continue WHILE;
                }
            }
        }
        // now it's just a normal character, effectively
        escaping = false;
        if (rangeStart) {
            // throw this range away if it's not valid, but others
            // can still match.
            if (c > rangeStart) {
                ranges.push(braceEscape(rangeStart) + '-' + braceEscape(c));
            }
            else if (c === rangeStart) {
                ranges.push(braceEscape(c));
            }
            rangeStart = '';
            i++;
            continue;
        }
        // now might be the start of a range.
        // can be either c-d or c-] or c<more...>] or c] at this point
        if (glob.startsWith('-]', i + 1)) {
            ranges.push(braceEscape(c + '-'));
            i += 2;
            continue;
        }
        if (glob.startsWith('-', i + 1)) {
            rangeStart = c;
            i += 2;
            continue;
        }
        // not the start of a range, just a single character
        ranges.push(braceEscape(c));
        i++;
    }
    if (endPos < i) {
        // didn't see the end of the class, not a valid class,
        // but might still be valid as a literal match.
        return ['', false, 0, false];
    }
    // if we got no ranges and no negates, then we have a range that
    // cannot possibly match anything, and that poisons the whole glob
    if (!ranges.length && !negs.length) {
        return ['$.', false, glob.length - pos, true];
    }
    // if we got one positive range, and it's a single character, then that's
    // not actually a magic pattern, it's just that one literal character.
    // we should not treat that as "magic", we should just return the literal
    // character. [_] is a perfectly valid way to escape glob magic chars.
    if (negs.length === 0 &&
        ranges.length === 1 &&
        /^\\?.$/.test(ranges[0]) &&
        !negate) {
        const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
        return [regexpEscape(r), false, endPos - pos, false];
    }
    const sranges = '[' + (negate ? '^' : '') + rangesToString(ranges) + ']';
    const snegs = '[' + (negate ? '' : '^') + rangesToString(negs) + ']';
    const comb = ranges.length && negs.length ? '(' + sranges + '|' + snegs + ')'
        : ranges.length ? sranges
            : snegs;
    return [comb, uflag, endPos - pos, true];
};
//# sourceMappingURL=brace-expressions.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/unescape.js
/**
 * Un-escape a string that has been escaped with {@link escape}.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape} option is used, then
 * square-bracket escapes are removed, but not backslash escapes.
 *
 * For example, it will turn the string `'[*]'` into `*`, but it will not
 * turn `'\\*'` into `'*'`, because `\` is a path separator in
 * `windowsPathsNoEscape` mode.
 *
 * When `windowsPathsNoEscape` is not set, then both square-bracket escapes and
 * backslash escapes are removed.
 *
 * Slashes (and backslashes in `windowsPathsNoEscape` mode) cannot be escaped
 * or unescaped.
 *
 * When `magicalBraces` is not set, escapes of braces (`{` and `}`) will not be
 * unescaped.
 */
const unescape_unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true, } = {}) => {
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/\[([^/\\])\]/g, '$1')
            : s
                .replace(/((?!\\).|^)\[([^/\\])\]/g, '$1$2')
                .replace(/\\([^/])/g, '$1');
    }
    return windowsPathsNoEscape ?
        s.replace(/\[([^/\\{}])\]/g, '$1')
        : s
            .replace(/((?!\\).|^)\[([^/\\{}])\]/g, '$1$2')
            .replace(/\\([^/{}])/g, '$1');
};
//# sourceMappingURL=unescape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/ast.js
// parse a single path portion
var _a;


const types = new Set(['!', '?', '+', '*', '@']);
const isExtglobType = (c) => types.has(c);
const isExtglobAST = (c) => isExtglobType(c.type);
// Map of which extglob types can adopt the children of a nested extglob
//
// anything but ! can adopt a matching type:
// +(a|+(b|c)|d) => +(a|b|c|d)
// *(a|*(b|c)|d) => *(a|b|c|d)
// @(a|@(b|c)|d) => @(a|b|c|d)
// ?(a|?(b|c)|d) => ?(a|b|c|d)
//
// * can adopt anything, because 0 or repetition is allowed
// *(a|?(b|c)|d) => *(a|b|c|d)
// *(a|+(b|c)|d) => *(a|b|c|d)
// *(a|@(b|c)|d) => *(a|b|c|d)
//
// + can adopt @, because 1 or repetition is allowed
// +(a|@(b|c)|d) => +(a|b|c|d)
//
// + and @ CANNOT adopt *, because 0 would be allowed
// +(a|*(b|c)|d) => would match "", on *(b|c)
// @(a|*(b|c)|d) => would match "", on *(b|c)
//
// + and @ CANNOT adopt ?, because 0 would be allowed
// +(a|?(b|c)|d) => would match "", on ?(b|c)
// @(a|?(b|c)|d) => would match "", on ?(b|c)
//
// ? can adopt @, because 0 or 1 is allowed
// ?(a|@(b|c)|d) => ?(a|b|c|d)
//
// ? and @ CANNOT adopt * or +, because >1 would be allowed
// ?(a|*(b|c)|d) => would match bbb on *(b|c)
// @(a|*(b|c)|d) => would match bbb on *(b|c)
// ?(a|+(b|c)|d) => would match bbb on +(b|c)
// @(a|+(b|c)|d) => would match bbb on +(b|c)
//
// ! CANNOT adopt ! (nothing else can either)
// !(a|!(b|c)|d) => !(a|b|c|d) would fail to match on b (not not b|c)
//
// ! can adopt @
// !(a|@(b|c)|d) => !(a|b|c|d)
//
// ! CANNOT adopt *
// !(a|*(b|c)|d) => !(a|b|c|d) would match on bbb, not allowed
//
// ! CANNOT adopt +
// !(a|+(b|c)|d) => !(a|b|c|d) would match on bbb, not allowed
//
// ! CANNOT adopt ?
// x!(a|?(b|c)|d) => x!(a|b|c|d) would fail to match "x"
const adoptionMap = new Map([
    ['!', ['@']],
    ['?', ['?', '@']],
    ['@', ['@']],
    ['*', ['*', '+', '?', '@']],
    ['+', ['+', '@']],
]);
// nested extglobs that can be adopted in, but with the addition of
// a blank '' element.
const adoptionWithSpaceMap = new Map([
    ['!', ['?']],
    ['@', ['?']],
    ['+', ['?', '*']],
]);
// union of the previous two maps
const adoptionAnyMap = new Map([
    ['!', ['?', '@']],
    ['?', ['?', '@']],
    ['@', ['?', '@']],
    ['*', ['*', '+', '?', '@']],
    ['+', ['+', '@', '?', '*']],
]);
// Extglobs that can take over their parent if they are the only child
// the key is parent, value maps child to resulting extglob parent type
// '@' is omitted because it's a special case. An `@` extglob with a single
// member can always be usurped by that subpattern.
const usurpMap = new Map([
    ['!', new Map([['!', '@']])],
    [
        '?',
        new Map([
            ['*', '*'],
            ['+', '*'],
        ]),
    ],
    [
        '@',
        new Map([
            ['!', '!'],
            ['?', '?'],
            ['@', '@'],
            ['*', '*'],
            ['+', '+'],
        ]),
    ],
    [
        '+',
        new Map([
            ['?', '*'],
            ['*', '*'],
        ]),
    ],
]);
// Patterns that get prepended to bind to the start of either the
// entire string, or just a single path portion, to prevent dots
// and/or traversal patterns, when needed.
// Exts don't need the ^ or / bit, because the root binds that already.
const startNoTraversal = '(?!(?:^|/)\\.\\.?(?:$|/))';
const startNoDot = '(?!\\.)';
// characters that indicate a start of pattern needs the "no dots" bit,
// because a dot *might* be matched. ( is not in the list, because in
// the case of a child extglob, it will handle the prevention itself.
const addPatternStart = new Set(['[', '.']);
// cases where traversal is A-OK, no dot prevention needed
const justDots = new Set(['..', '.']);
const reSpecials = new Set('().*{}+?[]^$\\!');
const regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
// any single thing other than /
const qmark = '[^/]';
// * => any number of characters
const star = qmark + '*?';
// use + when we need to ensure that *something* matches, because the * is
// the only thing in the path portion.
const starNoEmpty = qmark + '+?';
// remove the \ chars that we added if we end up doing a nonmagic compare
// const deslash = (s: string) => s.replace(/\\(.)/g, '$1')
let ID = 0;
class AST {
    type;
    #root;
    #hasMagic;
    #uflag = false;
    #parts = [];
    #parent;
    #parentIndex;
    #negs;
    #filledNegs = false;
    #options;
    #toString;
    // set to true if it's an extglob with no children
    // (which really means one child of '')
    #emptyExt = false;
    id = ++ID;
    get depth() {
        return (this.#parent?.depth ?? -1) + 1;
    }
    [Symbol.for('nodejs.util.inspect.custom')]() {
        return {
            '@@type': 'AST',
            id: this.id,
            type: this.type,
            root: this.#root.id,
            parent: this.#parent?.id,
            depth: this.depth,
            partsLength: this.#parts.length,
            parts: this.#parts,
        };
    }
    constructor(type, parent, options = {}) {
        this.type = type;
        // extglobs are inherently magical
        if (type)
            this.#hasMagic = true;
        this.#parent = parent;
        this.#root = this.#parent ? this.#parent.#root : this;
        this.#options = this.#root === this ? options : this.#root.#options;
        this.#negs = this.#root === this ? [] : this.#root.#negs;
        if (type === '!' && !this.#root.#filledNegs)
            this.#negs.push(this);
        this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
    }
    get hasMagic() {
        /* c8 ignore start */
        if (this.#hasMagic !== undefined)
            return this.#hasMagic;
        /* c8 ignore stop */
        for (const p of this.#parts) {
            if (typeof p === 'string')
                continue;
            if (p.type || p.hasMagic)
                return (this.#hasMagic = true);
        }
        // note: will be undefined until we generate the regexp src and find out
        return this.#hasMagic;
    }
    // reconstructs the pattern
    toString() {
        return (this.#toString !== undefined ? this.#toString
            : !this.type ?
                (this.#toString = this.#parts.map(p => String(p)).join(''))
                : (this.#toString =
                    this.type +
                        '(' +
                        this.#parts.map(p => String(p)).join('|') +
                        ')'));
    }
    #fillNegs() {
        /* c8 ignore start */
        if (this !== this.#root)
            throw new Error('should only call on root');
        if (this.#filledNegs)
            return this;
        /* c8 ignore stop */
        // call toString() once to fill this out
        this.toString();
        this.#filledNegs = true;
        let n;
        while ((n = this.#negs.pop())) {
            if (n.type !== '!')
                continue;
            // walk up the tree, appending everthing that comes AFTER parentIndex
            let p = n;
            let pp = p.#parent;
            while (pp) {
                for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
                    for (const part of n.#parts) {
                        /* c8 ignore start */
                        if (typeof part === 'string') {
                            throw new Error('string part in extglob AST??');
                        }
                        /* c8 ignore stop */
                        part.copyIn(pp.#parts[i]);
                    }
                }
                p = pp;
                pp = p.#parent;
            }
        }
        return this;
    }
    push(...parts) {
        for (const p of parts) {
            if (p === '')
                continue;
            /* c8 ignore start */
            if (typeof p !== 'string' &&
                !(p instanceof _a && p.#parent === this)) {
                throw new Error('invalid part: ' + p);
            }
            /* c8 ignore stop */
            this.#parts.push(p);
        }
    }
    toJSON() {
        const ret = this.type === null ?
            this.#parts
                .slice()
                .map(p => (typeof p === 'string' ? p : p.toJSON()))
            : [this.type, ...this.#parts.map(p => p.toJSON())];
        if (this.isStart() && !this.type)
            ret.unshift([]);
        if (this.isEnd() &&
            (this === this.#root ||
                (this.#root.#filledNegs && this.#parent?.type === '!'))) {
            ret.push({});
        }
        return ret;
    }
    isStart() {
        if (this.#root === this)
            return true;
        // if (this.type) return !!this.#parent?.isStart()
        if (!this.#parent?.isStart())
            return false;
        if (this.#parentIndex === 0)
            return true;
        // if everything AHEAD of this is a negation, then it's still the "start"
        const p = this.#parent;
        for (let i = 0; i < this.#parentIndex; i++) {
            const pp = p.#parts[i];
            if (!(pp instanceof _a && pp.type === '!')) {
                return false;
            }
        }
        return true;
    }
    isEnd() {
        if (this.#root === this)
            return true;
        if (this.#parent?.type === '!')
            return true;
        if (!this.#parent?.isEnd())
            return false;
        if (!this.type)
            return this.#parent?.isEnd();
        // if not root, it'll always have a parent
        /* c8 ignore start */
        const pl = this.#parent ? this.#parent.#parts.length : 0;
        /* c8 ignore stop */
        return this.#parentIndex === pl - 1;
    }
    copyIn(part) {
        if (typeof part === 'string')
            this.push(part);
        else
            this.push(part.clone(this));
    }
    clone(parent) {
        const c = new _a(this.type, parent);
        for (const p of this.#parts) {
            c.copyIn(p);
        }
        return c;
    }
    static #parseAST(str, ast, pos, opt, extDepth) {
        const maxDepth = opt.maxExtglobRecursion ?? 2;
        let escaping = false;
        let inBrace = false;
        let braceStart = -1;
        let braceNeg = false;
        if (ast.type === null) {
            // outside of a extglob, append until we find a start
            let i = pos;
            let acc = '';
            while (i < str.length) {
                const c = str.charAt(i++);
                // still accumulate escapes at this point, but we do ignore
                // starts that are escaped
                if (escaping || c === '\\') {
                    escaping = !escaping;
                    acc += c;
                    continue;
                }
                if (inBrace) {
                    if (i === braceStart + 1) {
                        if (c === '^' || c === '!') {
                            braceNeg = true;
                        }
                    }
                    else if (c === ']' && !(i === braceStart + 2 && braceNeg)) {
                        inBrace = false;
                    }
                    acc += c;
                    continue;
                }
                else if (c === '[') {
                    inBrace = true;
                    braceStart = i;
                    braceNeg = false;
                    acc += c;
                    continue;
                }
                // we don't have to check for adoption here, because that's
                // done at the other recursion point.
                const doRecurse = !opt.noext &&
                    isExtglobType(c) &&
                    str.charAt(i) === '(' &&
                    extDepth <= maxDepth;
                if (doRecurse) {
                    ast.push(acc);
                    acc = '';
                    const ext = new _a(c, ast);
                    i = _a.#parseAST(str, ext, i, opt, extDepth + 1);
                    ast.push(ext);
                    continue;
                }
                acc += c;
            }
            ast.push(acc);
            return i;
        }
        // some kind of extglob, pos is at the (
        // find the next | or )
        let i = pos + 1;
        let part = new _a(null, ast);
        const parts = [];
        let acc = '';
        while (i < str.length) {
            const c = str.charAt(i++);
            // still accumulate escapes at this point, but we do ignore
            // starts that are escaped
            if (escaping || c === '\\') {
                escaping = !escaping;
                acc += c;
                continue;
            }
            if (inBrace) {
                if (i === braceStart + 1) {
                    if (c === '^' || c === '!') {
                        braceNeg = true;
                    }
                }
                else if (c === ']' && !(i === braceStart + 2 && braceNeg)) {
                    inBrace = false;
                }
                acc += c;
                continue;
            }
            else if (c === '[') {
                inBrace = true;
                braceStart = i;
                braceNeg = false;
                acc += c;
                continue;
            }
            const doRecurse = !opt.noext &&
                isExtglobType(c) &&
                str.charAt(i) === '(' &&
                /* c8 ignore start - the maxDepth is sufficient here */
                (extDepth <= maxDepth || (ast && ast.#canAdoptType(c)));
            /* c8 ignore stop */
            if (doRecurse) {
                const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
                part.push(acc);
                acc = '';
                const ext = new _a(c, part);
                part.push(ext);
                i = _a.#parseAST(str, ext, i, opt, extDepth + depthAdd);
                continue;
            }
            if (c === '|') {
                part.push(acc);
                acc = '';
                parts.push(part);
                part = new _a(null, ast);
                continue;
            }
            if (c === ')') {
                if (acc === '' && ast.#parts.length === 0) {
                    ast.#emptyExt = true;
                }
                part.push(acc);
                acc = '';
                ast.push(...parts, part);
                return i;
            }
            acc += c;
        }
        // unfinished extglob
        // if we got here, it was a malformed extglob! not an extglob, but
        // maybe something else in there.
        ast.type = null;
        ast.#hasMagic = undefined;
        ast.#parts = [str.substring(pos - 1)];
        return i;
    }
    #canAdoptWithSpace(child) {
        return this.#canAdopt(child, adoptionWithSpaceMap);
    }
    #canAdopt(child, map = adoptionMap) {
        if (!child ||
            typeof child !== 'object' ||
            child.type !== null ||
            child.#parts.length !== 1 ||
            this.type === null) {
            return false;
        }
        const gc = child.#parts[0];
        if (!gc || typeof gc !== 'object' || gc.type === null) {
            return false;
        }
        return this.#canAdoptType(gc.type, map);
    }
    #canAdoptType(c, map = adoptionAnyMap) {
        return !!map.get(this.type)?.includes(c);
    }
    #adoptWithSpace(child, index) {
        const gc = child.#parts[0];
        const blank = new _a(null, gc, this.options);
        blank.#parts.push('');
        gc.push(blank);
        this.#adopt(child, index);
    }
    #adopt(child, index) {
        const gc = child.#parts[0];
        this.#parts.splice(index, 1, ...gc.#parts);
        for (const p of gc.#parts) {
            if (typeof p === 'object')
                p.#parent = this;
        }
        this.#toString = undefined;
    }
    #canUsurpType(c) {
        const m = usurpMap.get(this.type);
        return !!m?.has(c);
    }
    #canUsurp(child) {
        if (!child ||
            typeof child !== 'object' ||
            child.type !== null ||
            child.#parts.length !== 1 ||
            this.type === null ||
            this.#parts.length !== 1) {
            return false;
        }
        const gc = child.#parts[0];
        if (!gc || typeof gc !== 'object' || gc.type === null) {
            return false;
        }
        return this.#canUsurpType(gc.type);
    }
    #usurp(child) {
        const m = usurpMap.get(this.type);
        const gc = child.#parts[0];
        const nt = m?.get(gc.type);
        /* c8 ignore start - impossible */
        if (!nt)
            return false;
        /* c8 ignore stop */
        this.#parts = gc.#parts;
        for (const p of this.#parts) {
            if (typeof p === 'object') {
                p.#parent = this;
            }
        }
        this.type = nt;
        this.#toString = undefined;
        this.#emptyExt = false;
    }
    static fromGlob(pattern, options = {}) {
        const ast = new _a(null, undefined, options);
        _a.#parseAST(pattern, ast, 0, options, 0);
        return ast;
    }
    // returns the regular expression if there's magic, or the unescaped
    // string if not.
    toMMPattern() {
        // should only be called on root
        /* c8 ignore start */
        if (this !== this.#root)
            return this.#root.toMMPattern();
        /* c8 ignore stop */
        const glob = this.toString();
        const [re, body, hasMagic, uflag] = this.toRegExpSource();
        // if we're in nocase mode, and not nocaseMagicOnly, then we do
        // still need a regular expression if we have to case-insensitively
        // match capital/lowercase characters.
        const anyMagic = hasMagic ||
            this.#hasMagic ||
            (this.#options.nocase &&
                !this.#options.nocaseMagicOnly &&
                glob.toUpperCase() !== glob.toLowerCase());
        if (!anyMagic) {
            return body;
        }
        const flags = (this.#options.nocase ? 'i' : '') + (uflag ? 'u' : '');
        return Object.assign(new RegExp(`^${re}$`, flags), {
            _src: re,
            _glob: glob,
        });
    }
    get options() {
        return this.#options;
    }
    // returns the string match, the regexp source, whether there's magic
    // in the regexp (so a regular expression is required) and whether or
    // not the uflag is needed for the regular expression (for posix classes)
    // TODO: instead of injecting the start/end at this point, just return
    // the BODY of the regexp, along with the start/end portions suitable
    // for binding the start/end in either a joined full-path makeRe context
    // (where we bind to (^|/), or a standalone matchPart context (where
    // we bind to ^, and not /).  Otherwise slashes get duped!
    //
    // In part-matching mode, the start is:
    // - if not isStart: nothing
    // - if traversal possible, but not allowed: ^(?!\.\.?$)
    // - if dots allowed or not possible: ^
    // - if dots possible and not allowed: ^(?!\.)
    // end is:
    // - if not isEnd(): nothing
    // - else: $
    //
    // In full-path matching mode, we put the slash at the START of the
    // pattern, so start is:
    // - if first pattern: same as part-matching mode
    // - if not isStart(): nothing
    // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
    // - if dots allowed or not possible: /
    // - if dots possible and not allowed: /(?!\.)
    // end is:
    // - if last pattern, same as part-matching mode
    // - else nothing
    //
    // Always put the (?:$|/) on negated tails, though, because that has to be
    // there to bind the end of the negated pattern portion, and it's easier to
    // just stick it in now rather than try to inject it later in the middle of
    // the pattern.
    //
    // We can just always return the same end, and leave it up to the caller
    // to know whether it's going to be used joined or in parts.
    // And, if the start is adjusted slightly, can do the same there:
    // - if not isStart: nothing
    // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
    // - if dots allowed or not possible: (?:/|^)
    // - if dots possible and not allowed: (?:/|^)(?!\.)
    //
    // But it's better to have a simpler binding without a conditional, for
    // performance, so probably better to return both start options.
    //
    // Then the caller just ignores the end if it's not the first pattern,
    // and the start always gets applied.
    //
    // But that's always going to be $ if it's the ending pattern, or nothing,
    // so the caller can just attach $ at the end of the pattern when building.
    //
    // So the todo is:
    // - better detect what kind of start is needed
    // - return both flavors of starting pattern
    // - attach $ at the end of the pattern when creating the actual RegExp
    //
    // Ah, but wait, no, that all only applies to the root when the first pattern
    // is not an extglob. If the first pattern IS an extglob, then we need all
    // that dot prevention biz to live in the extglob portions, because eg
    // +(*|.x*) can match .xy but not .yx.
    //
    // So, return the two flavors if it's #root and the first child is not an
    // AST, otherwise leave it to the child AST to handle it, and there,
    // use the (?:^|/) style of start binding.
    //
    // Even simplified further:
    // - Since the start for a join is eg /(?!\.) and the start for a part
    // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
    // or start or whatever) and prepend ^ or / at the Regexp construction.
    toRegExpSource(allowDot) {
        const dot = allowDot ?? !!this.#options.dot;
        if (this.#root === this) {
            this.#flatten();
            this.#fillNegs();
        }
        if (!isExtglobAST(this)) {
            const noEmpty = this.isStart() &&
                this.isEnd() &&
                !this.#parts.some(s => typeof s !== 'string');
            const src = this.#parts
                .map(p => {
                const [re, _, hasMagic, uflag] = typeof p === 'string' ?
                    _a.#parseGlob(p, this.#hasMagic, noEmpty)
                    : p.toRegExpSource(allowDot);
                this.#hasMagic = this.#hasMagic || hasMagic;
                this.#uflag = this.#uflag || uflag;
                return re;
            })
                .join('');
            let start = '';
            if (this.isStart()) {
                if (typeof this.#parts[0] === 'string') {
                    // this is the string that will match the start of the pattern,
                    // so we need to protect against dots and such.
                    // '.' and '..' cannot match unless the pattern is that exactly,
                    // even if it starts with . or dot:true is set.
                    const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
                    if (!dotTravAllowed) {
                        const aps = addPatternStart;
                        // check if we have a possibility of matching . or ..,
                        // and prevent that.
                        const needNoTrav = 
                        // dots are allowed, and the pattern starts with [ or .
                        (dot && aps.has(src.charAt(0))) ||
                            // the pattern starts with \., and then [ or .
                            (src.startsWith('\\.') && aps.has(src.charAt(2))) ||
                            // the pattern starts with \.\., and then [ or .
                            (src.startsWith('\\.\\.') && aps.has(src.charAt(4)));
                        // no need to prevent dots if it can't match a dot, or if a
                        // sub-pattern will be preventing it anyway.
                        const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
                        start =
                            needNoTrav ? startNoTraversal
                                : needNoDot ? startNoDot
                                    : '';
                    }
                }
            }
            // append the "end of path portion" pattern to negation tails
            let end = '';
            if (this.isEnd() &&
                this.#root.#filledNegs &&
                this.#parent?.type === '!') {
                end = '(?:$|\\/)';
            }
            const final = start + src + end;
            return [
                final,
                unescape_unescape(src),
                (this.#hasMagic = !!this.#hasMagic),
                this.#uflag,
            ];
        }
        // We need to calculate the body *twice* if it's a repeat pattern
        // at the start, once in nodot mode, then again in dot mode, so a
        // pattern like *(?) can match 'x.y'
        const repeated = this.type === '*' || this.type === '+';
        // some kind of extglob
        const start = this.type === '!' ? '(?:(?!(?:' : '(?:';
        let body = this.#partsToRegExp(dot);
        if (this.isStart() && this.isEnd() && !body && this.type !== '!') {
            // invalid extglob, has to at least be *something* present, if it's
            // the entire path portion.
            const s = this.toString();
            const me = this;
            me.#parts = [s];
            me.type = null;
            me.#hasMagic = undefined;
            return [s, unescape_unescape(this.toString()), false, false];
        }
        let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ?
            ''
            : this.#partsToRegExp(true);
        if (bodyDotAllowed === body) {
            bodyDotAllowed = '';
        }
        if (bodyDotAllowed) {
            body = `(?:${body})(?:${bodyDotAllowed})*?`;
        }
        // an empty !() is exactly equivalent to a starNoEmpty
        let final = '';
        if (this.type === '!' && this.#emptyExt) {
            final = (this.isStart() && !dot ? startNoDot : '') + starNoEmpty;
        }
        else {
            const close = this.type === '!' ?
                // !() must match something,but !(x) can match ''
                '))' +
                    (this.isStart() && !dot && !allowDot ? startNoDot : '') +
                    star +
                    ')'
                : this.type === '@' ? ')'
                    : this.type === '?' ? ')?'
                        : this.type === '+' && bodyDotAllowed ? ')'
                            : this.type === '*' && bodyDotAllowed ? `)?`
                                : `)${this.type}`;
            final = start + body + close;
        }
        return [
            final,
            unescape_unescape(body),
            (this.#hasMagic = !!this.#hasMagic),
            this.#uflag,
        ];
    }
    #flatten() {
        if (!isExtglobAST(this)) {
            for (const p of this.#parts) {
                if (typeof p === 'object') {
                    p.#flatten();
                }
            }
        }
        else {
            // do up to 10 passes to flatten as much as possible
            let iterations = 0;
            let done = false;
            do {
                done = true;
                for (let i = 0; i < this.#parts.length; i++) {
                    const c = this.#parts[i];
                    if (typeof c === 'object') {
                        c.#flatten();
                        if (this.#canAdopt(c)) {
                            done = false;
                            this.#adopt(c, i);
                        }
                        else if (this.#canAdoptWithSpace(c)) {
                            done = false;
                            this.#adoptWithSpace(c, i);
                        }
                        else if (this.#canUsurp(c)) {
                            done = false;
                            this.#usurp(c);
                        }
                    }
                }
            } while (!done && ++iterations < 10);
        }
        this.#toString = undefined;
    }
    #partsToRegExp(dot) {
        return this.#parts
            .map(p => {
            // extglob ASTs should only contain parent ASTs
            /* c8 ignore start */
            if (typeof p === 'string') {
                throw new Error('string type in extglob ast??');
            }
            /* c8 ignore stop */
            // can ignore hasMagic, because extglobs are already always magic
            const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
            this.#uflag = this.#uflag || uflag;
            return re;
        })
            .filter(p => !(this.isStart() && this.isEnd()) || !!p)
            .join('|');
    }
    static #parseGlob(glob, hasMagic, noEmpty = false) {
        let escaping = false;
        let re = '';
        let uflag = false;
        // multiple stars that aren't globstars coalesce into one *
        let inStar = false;
        for (let i = 0; i < glob.length; i++) {
            const c = glob.charAt(i);
            if (escaping) {
                escaping = false;
                re += (reSpecials.has(c) ? '\\' : '') + c;
                continue;
            }
            if (c === '*') {
                if (inStar)
                    continue;
                inStar = true;
                re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
                hasMagic = true;
                continue;
            }
            else {
                inStar = false;
            }
            if (c === '\\') {
                if (i === glob.length - 1) {
                    re += '\\\\';
                }
                else {
                    escaping = true;
                }
                continue;
            }
            if (c === '[') {
                const [src, needUflag, consumed, magic] = parseClass(glob, i);
                if (consumed) {
                    re += src;
                    uflag = uflag || needUflag;
                    i += consumed - 1;
                    hasMagic = hasMagic || magic;
                    continue;
                }
            }
            if (c === '?') {
                re += qmark;
                hasMagic = true;
                continue;
            }
            re += regExpEscape(c);
        }
        return [re, unescape_unescape(glob), !!hasMagic, uflag];
    }
}
_a = AST;
//# sourceMappingURL=ast.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/escape.js
/**
 * Escape all magic characters in a glob pattern.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape}
 * option is used, then characters are escaped by wrapping in `[]`, because
 * a magic character wrapped in a character class can only be satisfied by
 * that exact character.  In this mode, `\` is _not_ escaped, because it is
 * not interpreted as a magic character, but instead as a path separator.
 *
 * If the {@link MinimatchOptions.magicalBraces} option is used,
 * then braces (`{` and `}`) will be escaped.
 */
const escape_escape = (s, { windowsPathsNoEscape = false, magicalBraces = false, } = {}) => {
    // don't need to escape +@! because we escape the parens
    // that make those magic, and escaping ! as [!] isn't valid,
    // because [!]] is a valid glob class meaning not ']'.
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/[?*()[\]{}]/g, '[$&]')
            : s.replace(/[?*()[\]\\{}]/g, '\\$&');
    }
    return windowsPathsNoEscape ?
        s.replace(/[?*()[\]]/g, '[$&]')
        : s.replace(/[?*()[\]\\]/g, '\\$&');
};
//# sourceMappingURL=escape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/index.js





const minimatch = (p, pattern, options = {}) => {
    assertValidPattern(pattern);
    // shortcut: comments match nothing.
    if (!options.nocomment && pattern.charAt(0) === '#') {
        return false;
    }
    return new Minimatch(pattern, options).match(p);
};
// Optimized checking for the most common glob patterns.
const starDotExtRE = /^\*+([^+@!?*[(]*)$/;
const starDotExtTest = (ext) => (f) => !f.startsWith('.') && f.endsWith(ext);
const starDotExtTestDot = (ext) => (f) => f.endsWith(ext);
const starDotExtTestNocase = (ext) => {
    ext = ext.toLowerCase();
    return (f) => !f.startsWith('.') && f.toLowerCase().endsWith(ext);
};
const starDotExtTestNocaseDot = (ext) => {
    ext = ext.toLowerCase();
    return (f) => f.toLowerCase().endsWith(ext);
};
const starDotStarRE = /^\*+\.\*+$/;
const starDotStarTest = (f) => !f.startsWith('.') && f.includes('.');
const starDotStarTestDot = (f) => f !== '.' && f !== '..' && f.includes('.');
const dotStarRE = /^\.\*+$/;
const dotStarTest = (f) => f !== '.' && f !== '..' && f.startsWith('.');
const starRE = /^\*+$/;
const starTest = (f) => f.length !== 0 && !f.startsWith('.');
const starTestDot = (f) => f.length !== 0 && f !== '.' && f !== '..';
const qmarksRE = /^\?+([^+@!?*[(]*)?$/;
const qmarksTestNocase = ([$0, ext = '']) => {
    const noext = qmarksTestNoExt([$0]);
    if (!ext)
        return noext;
    ext = ext.toLowerCase();
    return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestNocaseDot = ([$0, ext = '']) => {
    const noext = qmarksTestNoExtDot([$0]);
    if (!ext)
        return noext;
    ext = ext.toLowerCase();
    return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestDot = ([$0, ext = '']) => {
    const noext = qmarksTestNoExtDot([$0]);
    return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTest = ([$0, ext = '']) => {
    const noext = qmarksTestNoExt([$0]);
    return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTestNoExt = ([$0]) => {
    const len = $0.length;
    return (f) => f.length === len && !f.startsWith('.');
};
const qmarksTestNoExtDot = ([$0]) => {
    const len = $0.length;
    return (f) => f.length === len && f !== '.' && f !== '..';
};
/* c8 ignore start */
const defaultPlatform = (typeof process === 'object' && process ?
    (typeof process.env === 'object' &&
        process.env &&
        process.env.__MINIMATCH_TESTING_PLATFORM__) ||
        process.platform
    : 'posix');
const path = {
    win32: { sep: '\\' },
    posix: { sep: '/' },
};
/* c8 ignore stop */
const sep = defaultPlatform === 'win32' ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
const GLOBSTAR = Symbol('globstar **');
minimatch.GLOBSTAR = GLOBSTAR;
// any single thing other than /
// don't need to escape / when using new RegExp()
const esm_qmark = '[^/]';
// * => any number of characters
const esm_star = esm_qmark + '*?';
// ** when dots are allowed.  Anything goes, except .. and .
// not (^ or / followed by one or two dots followed by $ or /),
// followed by anything, any number of times.
const twoStarDot = '(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?';
// not a ^ or / followed by a dot,
// followed by anything, any number of times.
const twoStarNoDot = '(?:(?!(?:\\/|^)\\.).)*?';
const filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
const ext = (a, b = {}) => Object.assign({}, a, b);
const defaults = (def) => {
    if (!def || typeof def !== 'object' || !Object.keys(def).length) {
        return minimatch;
    }
    const orig = minimatch;
    const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
    return Object.assign(m, {
        Minimatch: class Minimatch extends orig.Minimatch {
            constructor(pattern, options = {}) {
                super(pattern, ext(def, options));
            }
            static defaults(options) {
                return orig.defaults(ext(def, options)).Minimatch;
            }
        },
        AST: class AST extends orig.AST {
            /* c8 ignore start */
            constructor(type, parent, options = {}) {
                super(type, parent, ext(def, options));
            }
            /* c8 ignore stop */
            static fromGlob(pattern, options = {}) {
                return orig.AST.fromGlob(pattern, ext(def, options));
            }
        },
        unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
        escape: (s, options = {}) => orig.escape(s, ext(def, options)),
        filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
        defaults: (options) => orig.defaults(ext(def, options)),
        makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
        braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
        match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
        sep: orig.sep,
        GLOBSTAR: GLOBSTAR,
    });
};
minimatch.defaults = defaults;
// Brace expansion:
// a{b,c}d -> abd acd
// a{b,}c -> abc ac
// a{0..3}d -> a0d a1d a2d a3d
// a{b,c{d,e}f}g -> abg acdfg acefg
// a{b,c}d{e,f}g -> abdeg acdeg abdeg abdfg
//
// Invalid sets are not expanded.
// a{2..}b -> a{2..}b
// a{b}c -> a{b}c
const braceExpand = (pattern, options = {}) => {
    assertValidPattern(pattern);
    // Thanks to Yeting Li <https://github.com/yetingli> for
    // improving this regexp to avoid a ReDOS vulnerability.
    if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
        // shortcut. no need to expand.
        return [pattern];
    }
    return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
// parse a component of the expanded set.
// At this point, no pattern may contain "/" in it
// so we're going to return a 2d array, where each entry is the full
// pattern, split on '/', and then turned into a regular expression.
// A regexp is made at the end which joins each array with an
// escaped /, and another full one which joins each regexp with |.
//
// Following the lead of Bash 4.1, note that "**" only has special meaning
// when it is the *only* thing in a path portion.  Otherwise, any series
// of * is equivalent to a single *.  Globstar behavior is enabled by
// default, and can be disabled by setting options.noglobstar.
const makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
const match = (list, pattern, options = {}) => {
    const mm = new Minimatch(pattern, options);
    list = list.filter(f => mm.match(f));
    if (mm.options.nonull && !list.length) {
        list.push(pattern);
    }
    return list;
};
minimatch.match = match;
// replace stuff like \* with *
const globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
const esm_regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
class Minimatch {
    options;
    set;
    pattern;
    windowsPathsNoEscape;
    nonegate;
    negate;
    comment;
    empty;
    preserveMultipleSlashes;
    partial;
    globSet;
    globParts;
    nocase;
    isWindows;
    platform;
    windowsNoMagicRoot;
    maxGlobstarRecursion;
    regexp;
    constructor(pattern, options = {}) {
        assertValidPattern(pattern);
        options = options || {};
        this.options = options;
        this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
        this.pattern = pattern;
        this.platform = options.platform || defaultPlatform;
        this.isWindows = this.platform === 'win32';
        // avoid the annoying deprecation flag lol
        const awe = ('allowWindow' + 'sEscape');
        this.windowsPathsNoEscape =
            !!options.windowsPathsNoEscape || options[awe] === false;
        if (this.windowsPathsNoEscape) {
            this.pattern = this.pattern.replace(/\\/g, '/');
        }
        this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
        this.regexp = null;
        this.negate = false;
        this.nonegate = !!options.nonegate;
        this.comment = false;
        this.empty = false;
        this.partial = !!options.partial;
        this.nocase = !!this.options.nocase;
        this.windowsNoMagicRoot =
            options.windowsNoMagicRoot !== undefined ?
                options.windowsNoMagicRoot
                : !!(this.isWindows && this.nocase);
        this.globSet = [];
        this.globParts = [];
        this.set = [];
        // make the set of regexps etc.
        this.make();
    }
    hasMagic() {
        if (this.options.magicalBraces && this.set.length > 1) {
            return true;
        }
        for (const pattern of this.set) {
            for (const part of pattern) {
                if (typeof part !== 'string')
                    return true;
            }
        }
        return false;
    }
    debug(..._) { }
    make() {
        const pattern = this.pattern;
        const options = this.options;
        // empty patterns and comments match nothing.
        if (!options.nocomment && pattern.charAt(0) === '#') {
            this.comment = true;
            return;
        }
        if (!pattern) {
            this.empty = true;
            return;
        }
        // step 1: figure out negation, etc.
        this.parseNegate();
        // step 2: expand braces
        this.globSet = [...new Set(this.braceExpand())];
        if (options.debug) {
            //oxlint-disable-next-line no-console
            this.debug = (...args) => console.error(...args);
        }
        this.debug(this.pattern, this.globSet);
        // step 3: now we have a set, so turn each one into a series of
        // path-portion matching patterns.
        // These will be regexps, except in the case of "**", which is
        // set to the GLOBSTAR object for globstar behavior,
        // and will not contain any / characters
        //
        // First, we preprocess to make the glob pattern sets a bit simpler
        // and deduped.  There are some perf-killing patterns that can cause
        // problems with a glob walk, but we can simplify them down a bit.
        const rawGlobParts = this.globSet.map(s => this.slashSplit(s));
        this.globParts = this.preprocess(rawGlobParts);
        this.debug(this.pattern, this.globParts);
        // glob --> regexps
        let set = this.globParts.map((s, _, __) => {
            if (this.isWindows && this.windowsNoMagicRoot) {
                // check if it's a drive or unc path.
                const isUNC = s[0] === '' &&
                    s[1] === '' &&
                    (s[2] === '?' || !globMagic.test(s[2])) &&
                    !globMagic.test(s[3]);
                const isDrive = /^[a-z]:/i.test(s[0]);
                if (isUNC) {
                    return [
                        ...s.slice(0, 4),
                        ...s.slice(4).map(ss => this.parse(ss)),
                    ];
                }
                else if (isDrive) {
                    return [s[0], ...s.slice(1).map(ss => this.parse(ss))];
                }
            }
            return s.map(ss => this.parse(ss));
        });
        this.debug(this.pattern, set);
        // filter out everything that didn't compile properly.
        this.set = set.filter(s => s.indexOf(false) === -1);
        // do not treat the ? in UNC paths as magic
        if (this.isWindows) {
            for (let i = 0; i < this.set.length; i++) {
                const p = this.set[i];
                if (p[0] === '' &&
                    p[1] === '' &&
                    this.globParts[i][2] === '?' &&
                    typeof p[3] === 'string' &&
                    /^[a-z]:$/i.test(p[3])) {
                    p[2] = '?';
                }
            }
        }
        this.debug(this.pattern, this.set);
    }
    // various transforms to equivalent pattern sets that are
    // faster to process in a filesystem walk.  The goal is to
    // eliminate what we can, and push all ** patterns as far
    // to the right as possible, even if it increases the number
    // of patterns that we have to process.
    preprocess(globParts) {
        // if we're not in globstar mode, then turn ** into *
        if (this.options.noglobstar) {
            for (const partset of globParts) {
                for (let j = 0; j < partset.length; j++) {
                    if (partset[j] === '**') {
                        partset[j] = '*';
                    }
                }
            }
        }
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            // aggressive optimization for the purpose of fs walking
            globParts = this.firstPhasePreProcess(globParts);
            globParts = this.secondPhasePreProcess(globParts);
        }
        else if (optimizationLevel >= 1) {
            // just basic optimizations to remove some .. parts
            globParts = this.levelOneOptimize(globParts);
        }
        else {
            // just collapse multiple ** portions into one
            globParts = this.adjascentGlobstarOptimize(globParts);
        }
        return globParts;
    }
    // just get rid of adjascent ** portions
    adjascentGlobstarOptimize(globParts) {
        return globParts.map(parts => {
            let gs = -1;
            while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                let i = gs;
                while (parts[i + 1] === '**') {
                    i++;
                }
                if (i !== gs) {
                    parts.splice(gs, i - gs);
                }
            }
            return parts;
        });
    }
    // get rid of adjascent ** and resolve .. portions
    levelOneOptimize(globParts) {
        return globParts.map(parts => {
            parts = parts.reduce((set, part) => {
                const prev = set[set.length - 1];
                if (part === '**' && prev === '**') {
                    return set;
                }
                if (part === '..') {
                    if (prev && prev !== '..' && prev !== '.' && prev !== '**') {
                        set.pop();
                        return set;
                    }
                }
                set.push(part);
                return set;
            }, []);
            return parts.length === 0 ? [''] : parts;
        });
    }
    levelTwoFileOptimize(parts) {
        if (!Array.isArray(parts)) {
            parts = this.slashSplit(parts);
        }
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/<e>/<rest> -> <pre>/<rest>
            if (!this.preserveMultipleSlashes) {
                for (let i = 1; i < parts.length - 1; i++) {
                    const p = parts[i];
                    // don't squeeze out UNC patterns
                    if (i === 1 && p === '' && parts[0] === '')
                        continue;
                    if (p === '.' || p === '') {
                        didSomething = true;
                        parts.splice(i, 1);
                        i--;
                    }
                }
                if (parts[0] === '.' &&
                    parts.length === 2 &&
                    (parts[1] === '.' || parts[1] === '')) {
                    didSomething = true;
                    parts.pop();
                }
            }
            // <pre>/<p>/../<rest> -> <pre>/<rest>
            let dd = 0;
            while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                const p = parts[dd - 1];
                if (p &&
                    p !== '.' &&
                    p !== '..' &&
                    p !== '**' &&
                    !(this.isWindows && /^[a-z]:$/i.test(p))) {
                    didSomething = true;
                    parts.splice(dd - 1, 2);
                    dd -= 2;
                }
            }
        } while (didSomething);
        return parts.length === 0 ? [''] : parts;
    }
    // First phase: single-pattern processing
    // <pre> is 1 or more portions
    // <rest> is 1 or more portions
    // <p> is any portion other than ., .., '', or **
    // <e> is . or ''
    //
    // **/.. is *brutal* for filesystem walking performance, because
    // it effectively resets the recursive walk each time it occurs,
    // and ** cannot be reduced out by a .. pattern part like a regexp
    // or most strings (other than .., ., and '') can be.
    //
    // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
    // <pre>/<e>/<rest> -> <pre>/<rest>
    // <pre>/<p>/../<rest> -> <pre>/<rest>
    // **/**/<rest> -> **/<rest>
    //
    // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
    // this WOULD be allowed if ** did follow symlinks, or * didn't
    firstPhasePreProcess(globParts) {
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
            for (let parts of globParts) {
                let gs = -1;
                while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                    let gss = gs;
                    while (parts[gss + 1] === '**') {
                        // <pre>/**/**/<rest> -> <pre>/**/<rest>
                        gss++;
                    }
                    // eg, if gs is 2 and gss is 4, that means we have 3 **
                    // parts, and can remove 2 of them.
                    if (gss > gs) {
                        parts.splice(gs + 1, gss - gs);
                    }
                    let next = parts[gs + 1];
                    const p = parts[gs + 2];
                    const p2 = parts[gs + 3];
                    if (next !== '..')
                        continue;
                    if (!p ||
                        p === '.' ||
                        p === '..' ||
                        !p2 ||
                        p2 === '.' ||
                        p2 === '..') {
                        continue;
                    }
                    didSomething = true;
                    // edit parts in place, and push the new one
                    parts.splice(gs, 1);
                    const other = parts.slice(0);
                    other[gs] = '**';
                    globParts.push(other);
                    gs--;
                }
                // <pre>/<e>/<rest> -> <pre>/<rest>
                if (!this.preserveMultipleSlashes) {
                    for (let i = 1; i < parts.length - 1; i++) {
                        const p = parts[i];
                        // don't squeeze out UNC patterns
                        if (i === 1 && p === '' && parts[0] === '')
                            continue;
                        if (p === '.' || p === '') {
                            didSomething = true;
                            parts.splice(i, 1);
                            i--;
                        }
                    }
                    if (parts[0] === '.' &&
                        parts.length === 2 &&
                        (parts[1] === '.' || parts[1] === '')) {
                        didSomething = true;
                        parts.pop();
                    }
                }
                // <pre>/<p>/../<rest> -> <pre>/<rest>
                let dd = 0;
                while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                    const p = parts[dd - 1];
                    if (p && p !== '.' && p !== '..' && p !== '**') {
                        didSomething = true;
                        const needDot = dd === 1 && parts[dd + 1] === '**';
                        const splin = needDot ? ['.'] : [];
                        parts.splice(dd - 1, 2, ...splin);
                        if (parts.length === 0)
                            parts.push('');
                        dd -= 2;
                    }
                }
            }
        } while (didSomething);
        return globParts;
    }
    // second phase: multi-pattern dedupes
    // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
    // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
    // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
    //
    // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
    // ^-- not valid because ** doens't follow symlinks
    secondPhasePreProcess(globParts) {
        for (let i = 0; i < globParts.length - 1; i++) {
            for (let j = i + 1; j < globParts.length; j++) {
                const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
                if (matched) {
                    globParts[i] = [];
                    globParts[j] = matched;
                    break;
                }
            }
        }
        return globParts.filter(gs => gs.length);
    }
    partsMatch(a, b, emptyGSMatch = false) {
        let ai = 0;
        let bi = 0;
        let result = [];
        let which = '';
        while (ai < a.length && bi < b.length) {
            if (a[ai] === b[bi]) {
                result.push(which === 'b' ? b[bi] : a[ai]);
                ai++;
                bi++;
            }
            else if (emptyGSMatch && a[ai] === '**' && b[bi] === a[ai + 1]) {
                result.push(a[ai]);
                ai++;
            }
            else if (emptyGSMatch && b[bi] === '**' && a[ai] === b[bi + 1]) {
                result.push(b[bi]);
                bi++;
            }
            else if (a[ai] === '*' &&
                b[bi] &&
                (this.options.dot || !b[bi].startsWith('.')) &&
                b[bi] !== '**') {
                if (which === 'b')
                    return false;
                which = 'a';
                result.push(a[ai]);
                ai++;
                bi++;
            }
            else if (b[bi] === '*' &&
                a[ai] &&
                (this.options.dot || !a[ai].startsWith('.')) &&
                a[ai] !== '**') {
                if (which === 'a')
                    return false;
                which = 'b';
                result.push(b[bi]);
                ai++;
                bi++;
            }
            else {
                return false;
            }
        }
        // if we fall out of the loop, it means they two are identical
        // as long as their lengths match
        return a.length === b.length && result;
    }
    parseNegate() {
        if (this.nonegate)
            return;
        const pattern = this.pattern;
        let negate = false;
        let negateOffset = 0;
        for (let i = 0; i < pattern.length && pattern.charAt(i) === '!'; i++) {
            negate = !negate;
            negateOffset++;
        }
        if (negateOffset)
            this.pattern = pattern.slice(negateOffset);
        this.negate = negate;
    }
    // set partial to true to test if, for example,
    // "/a/b" matches the start of "/*/b/*/d"
    // Partial means, if you run out of file before you run
    // out of pattern, then that's fine, as long as all
    // the parts match.
    matchOne(file, pattern, partial = false) {
        let fileStartIndex = 0;
        let patternStartIndex = 0;
        // UNC paths like //?/X:/... can match X:/... and vice versa
        // Drive letters in absolute drive or unc paths are always compared
        // case-insensitively.
        if (this.isWindows) {
            const fileDrive = typeof file[0] === 'string' && /^[a-z]:$/i.test(file[0]);
            const fileUNC = !fileDrive &&
                file[0] === '' &&
                file[1] === '' &&
                file[2] === '?' &&
                /^[a-z]:$/i.test(file[3]);
            const patternDrive = typeof pattern[0] === 'string' && /^[a-z]:$/i.test(pattern[0]);
            const patternUNC = !patternDrive &&
                pattern[0] === '' &&
                pattern[1] === '' &&
                pattern[2] === '?' &&
                typeof pattern[3] === 'string' &&
                /^[a-z]:$/i.test(pattern[3]);
            const fdi = fileUNC ? 3
                : fileDrive ? 0
                    : undefined;
            const pdi = patternUNC ? 3
                : patternDrive ? 0
                    : undefined;
            if (typeof fdi === 'number' && typeof pdi === 'number') {
                const [fd, pd] = [
                    file[fdi],
                    pattern[pdi],
                ];
                // start matching at the drive letter index of each
                if (fd.toLowerCase() === pd.toLowerCase()) {
                    pattern[pdi] = fd;
                    patternStartIndex = pdi;
                    fileStartIndex = fdi;
                }
            }
        }
        // resolve and reduce . and .. portions in the file as well.
        // don't need to do the second phase, because it's only one string[]
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            file = this.levelTwoFileOptimize(file);
        }
        if (pattern.includes(GLOBSTAR)) {
            return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
        }
        return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
        // split the pattern into head, tail, and middle of ** delimited parts
        const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
        const lastgs = pattern.lastIndexOf(GLOBSTAR);
        // split the pattern up into globstar-delimited sections
        // the tail has to be at the end, and the others just have
        // to be found in order from the head.
        const [head, body, tail] = partial ?
            [
                pattern.slice(patternIndex, firstgs),
                pattern.slice(firstgs + 1),
                [],
            ]
            : [
                pattern.slice(patternIndex, firstgs),
                pattern.slice(firstgs + 1, lastgs),
                pattern.slice(lastgs + 1),
            ];
        // check the head, from the current file/pattern index.
        if (head.length) {
            const fileHead = file.slice(fileIndex, fileIndex + head.length);
            if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
                return false;
            }
            fileIndex += head.length;
            patternIndex += head.length;
        }
        // now we know the head matches!
        // if the last portion is not empty, it MUST match the end
        // check the tail
        let fileTailMatch = 0;
        if (tail.length) {
            // if head + tail > file, then we cannot possibly match
            if (tail.length + fileIndex > file.length)
                return false;
            // try to match the tail
            let tailStart = file.length - tail.length;
            if (this.#matchOne(file, tail, partial, tailStart, 0)) {
                fileTailMatch = tail.length;
            }
            else {
                // affordance for stuff like a/**/* matching a/b/
                // if the last file portion is '', and there's more to the pattern
                // then try without the '' bit.
                if (file[file.length - 1] !== '' ||
                    fileIndex + tail.length === file.length) {
                    return false;
                }
                tailStart--;
                if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
                    return false;
                }
                fileTailMatch = tail.length + 1;
            }
        }
        // now we know the tail matches!
        // the middle is zero or more portions wrapped in **, possibly
        // containing more ** sections.
        // so a/**/b/**/c/**/d has become **/b/**/c/**
        // if it's empty, it means a/**/b, just verify we have no bad dots
        // if there's no tail, so it ends on /**, then we must have *something*
        // after the head, or it's not a matc
        if (!body.length) {
            let sawSome = !!fileTailMatch;
            for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
                const f = String(file[i]);
                sawSome = true;
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            // in partial mode, we just need to get past all file parts
            return partial || sawSome;
        }
        // now we know that there's one or more body sections, which can
        // be matched anywhere from the 0 index (because the head was pruned)
        // through to the length-fileTailMatch index.
        // split the body up into sections, and note the minimum index it can
        // be found at (start with the length of all previous segments)
        // [section, before, after]
        const bodySegments = [[[], 0]];
        let currentBody = bodySegments[0];
        let nonGsParts = 0;
        const nonGsPartsSums = [0];
        for (const b of body) {
            if (b === GLOBSTAR) {
                nonGsPartsSums.push(nonGsParts);
                currentBody = [[], 0];
                bodySegments.push(currentBody);
            }
            else {
                currentBody[0].push(b);
                nonGsParts++;
            }
        }
        let i = bodySegments.length - 1;
        const fileLength = file.length - fileTailMatch;
        for (const b of bodySegments) {
            b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
        }
        return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
    }
    // return false for "nope, not matching"
    // return null for "not matching, cannot keep trying"
    #matchGlobStarBodySections(file, 
    // pattern section, last possible position for it
    bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
        // take the first body segment, and walk from fileIndex to its "after"
        // value at the end
        // If it doesn't match at that position, we increment, until we hit
        // that final possible position, and give up.
        // If it does match, then advance and try to rest.
        // If any of them fail we keep walking forward.
        // this is still a bit recursively painful, but it's more constrained
        // than previous implementations, because we never test something that
        // can't possibly be a valid matching condition.
        const bs = bodySegments[bodyIndex];
        if (!bs) {
            // just make sure that there's no bad dots
            for (let i = fileIndex; i < file.length; i++) {
                sawTail = true;
                const f = file[i];
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            return sawTail;
        }
        // have a non-globstar body section to test
        const [body, after] = bs;
        while (fileIndex <= after) {
            const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
            // if limit exceeded, no match. intentional false negative,
            // acceptable break in correctness for security.
            if (m && globStarDepth < this.maxGlobstarRecursion) {
                // match! see if the rest match. if so, we're done!
                const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
                if (sub !== false) {
                    return sub;
                }
            }
            const f = file[fileIndex];
            if (f === '.' ||
                f === '..' ||
                (!this.options.dot && f.startsWith('.'))) {
                return false;
            }
            fileIndex++;
        }
        // walked off. no point continuing
        return partial || null;
    }
    #matchOne(file, pattern, partial, fileIndex, patternIndex) {
        let fi;
        let pi;
        let pl;
        let fl;
        for (fi = fileIndex,
            pi = patternIndex,
            fl = file.length,
            pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
            this.debug('matchOne loop');
            let p = pattern[pi];
            let f = file[fi];
            this.debug(pattern, p, f);
            // should be impossible.
            // some invalid regexp stuff in the set.
            /* c8 ignore start */
            if (p === false || p === GLOBSTAR) {
                return false;
            }
            /* c8 ignore stop */
            // something other than **
            // non-magic patterns just have to match exactly
            // patterns with magic have been turned into regexps.
            let hit;
            if (typeof p === 'string') {
                hit = f === p;
                this.debug('string match', p, f, hit);
            }
            else {
                hit = p.test(f);
                this.debug('pattern match', p, f, hit);
            }
            if (!hit)
                return false;
        }
        // Note: ending in / means that we'll get a final ""
        // at the end of the pattern.  This can only match a
        // corresponding "" at the end of the file.
        // If the file ends in /, then it can only match a
        // a pattern that ends in /, unless the pattern just
        // doesn't have any more for it. But, a/b/ should *not*
        // match "a/b/*", even though "" matches against the
        // [^/]*? pattern, except in partial mode, where it might
        // simply not be reached yet.
        // However, a/b/ should still satisfy a/*
        // now either we fell off the end of the pattern, or we're done.
        if (fi === fl && pi === pl) {
            // ran out of pattern and filename at the same time.
            // an exact hit!
            return true;
        }
        else if (fi === fl) {
            // ran out of file, but still had pattern left.
            // this is ok if we're doing the match as part of
            // a glob fs traversal.
            return partial;
        }
        else if (pi === pl) {
            // ran out of pattern, still have file left.
            // this is only acceptable if we're on the very last
            // empty segment of a file with a trailing slash.
            // a/* should match a/b/
            return fi === fl - 1 && file[fi] === '';
            /* c8 ignore start */
        }
        else {
            // should be unreachable.
            throw new Error('wtf?');
        }
        /* c8 ignore stop */
    }
    braceExpand() {
        return braceExpand(this.pattern, this.options);
    }
    parse(pattern) {
        assertValidPattern(pattern);
        const options = this.options;
        // shortcuts
        if (pattern === '**')
            return GLOBSTAR;
        if (pattern === '')
            return '';
        // far and away, the most common glob pattern parts are
        // *, *.*, and *.<ext>  Add a fast check method for those.
        let m;
        let fastTest = null;
        if ((m = pattern.match(starRE))) {
            fastTest = options.dot ? starTestDot : starTest;
        }
        else if ((m = pattern.match(starDotExtRE))) {
            fastTest = (options.nocase ?
                options.dot ?
                    starDotExtTestNocaseDot
                    : starDotExtTestNocase
                : options.dot ? starDotExtTestDot
                    : starDotExtTest)(m[1]);
        }
        else if ((m = pattern.match(qmarksRE))) {
            fastTest = (options.nocase ?
                options.dot ?
                    qmarksTestNocaseDot
                    : qmarksTestNocase
                : options.dot ? qmarksTestDot
                    : qmarksTest)(m);
        }
        else if ((m = pattern.match(starDotStarRE))) {
            fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
        }
        else if ((m = pattern.match(dotStarRE))) {
            fastTest = dotStarTest;
        }
        const re = AST.fromGlob(pattern, this.options).toMMPattern();
        if (fastTest && typeof re === 'object') {
            // Avoids overriding in frozen environments
            Reflect.defineProperty(re, 'test', { value: fastTest });
        }
        return re;
    }
    makeRe() {
        if (this.regexp || this.regexp === false)
            return this.regexp;
        // at this point, this.set is a 2d array of partial
        // pattern strings, or "**".
        //
        // It's better to use .match().  This function shouldn't
        // be used, really, but it's pretty convenient sometimes,
        // when you just want to work with a regex.
        const set = this.set;
        if (!set.length) {
            this.regexp = false;
            return this.regexp;
        }
        const options = this.options;
        const twoStar = options.noglobstar ? esm_star
            : options.dot ? twoStarDot
                : twoStarNoDot;
        const flags = new Set(options.nocase ? ['i'] : []);
        // regexpify non-globstar patterns
        // if ** is only item, then we just do one twoStar
        // if ** is first, and there are more, prepend (\/|twoStar\/)? to next
        // if ** is last, append (\/twoStar|) to previous
        // if ** is in the middle, append (\/|\/twoStar\/) to previous
        // then filter out GLOBSTAR symbols
        let re = set
            .map(pattern => {
            const pp = pattern.map(p => {
                if (p instanceof RegExp) {
                    for (const f of p.flags.split(''))
                        flags.add(f);
                }
                return (typeof p === 'string' ? esm_regExpEscape(p)
                    : p === GLOBSTAR ? GLOBSTAR
                        : p._src);
            });
            pp.forEach((p, i) => {
                const next = pp[i + 1];
                const prev = pp[i - 1];
                if (p !== GLOBSTAR || prev === GLOBSTAR) {
                    return;
                }
                if (prev === undefined) {
                    if (next !== undefined && next !== GLOBSTAR) {
                        pp[i + 1] = '(?:\\/|' + twoStar + '\\/)?' + next;
                    }
                    else {
                        pp[i] = twoStar;
                    }
                }
                else if (next === undefined) {
                    pp[i - 1] = prev + '(?:\\/|\\/' + twoStar + ')?';
                }
                else if (next !== GLOBSTAR) {
                    pp[i - 1] = prev + '(?:\\/|\\/' + twoStar + '\\/)' + next;
                    pp[i + 1] = GLOBSTAR;
                }
            });
            const filtered = pp.filter(p => p !== GLOBSTAR);
            // For partial matches, we need to make the pattern match
            // any prefix of the full path. We do this by generating
            // alternative patterns that match progressively longer prefixes.
            if (this.partial && filtered.length >= 1) {
                const prefixes = [];
                for (let i = 1; i <= filtered.length; i++) {
                    prefixes.push(filtered.slice(0, i).join('/'));
                }
                return '(?:' + prefixes.join('|') + ')';
            }
            return filtered.join('/');
        })
            .join('|');
        // need to wrap in parens if we had more than one thing with |,
        // otherwise only the first will be anchored to ^ and the last to $
        const [open, close] = set.length > 1 ? ['(?:', ')'] : ['', ''];
        // must match entire pattern
        // ending in a * or ** will make it less strict.
        re = '^' + open + re + close + '$';
        // In partial mode, '/' should always match as it's a valid prefix for any pattern
        if (this.partial) {
            re = '^(?:\\/|' + open + re.slice(1, -1) + close + ')$';
        }
        // can match anything, as long as it's not this.
        if (this.negate)
            re = '^(?!' + re + ').+$';
        try {
            this.regexp = new RegExp(re, [...flags].join(''));
            /* c8 ignore start */
        }
        catch {
            // should be impossible
            this.regexp = false;
        }
        /* c8 ignore stop */
        return this.regexp;
    }
    slashSplit(p) {
        // if p starts with // on windows, we preserve that
        // so that UNC paths aren't broken.  Otherwise, any number of
        // / characters are coalesced into one, unless
        // preserveMultipleSlashes is set to true.
        if (this.preserveMultipleSlashes) {
            return p.split('/');
        }
        else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
            // add an extra '' for the one we lose
            return ['', ...p.split(/\/+/)];
        }
        else {
            return p.split(/\/+/);
        }
    }
    match(f, partial = this.partial) {
        this.debug('match', f, this.pattern);
        // short-circuit in the case of busted things.
        // comments, etc.
        if (this.comment) {
            return false;
        }
        if (this.empty) {
            return f === '';
        }
        if (f === '/' && partial) {
            return true;
        }
        const options = this.options;
        // windows: need to use /, not \
        if (this.isWindows) {
            f = f.split('\\').join('/');
        }
        // treat the test path as a set of pathparts.
        const ff = this.slashSplit(f);
        this.debug(this.pattern, 'split', ff);
        // just ONE of the pattern sets in this.set needs to match
        // in order for it to be valid.  If negating, then just one
        // match means that we have failed.
        // Either way, return on the first hit.
        const set = this.set;
        this.debug(this.pattern, 'set', set);
        // Find the basename of the path by looking for the last non-empty segment
        let filename = ff[ff.length - 1];
        if (!filename) {
            for (let i = ff.length - 2; !filename && i >= 0; i--) {
                filename = ff[i];
            }
        }
        for (const pattern of set) {
            let file = ff;
            if (options.matchBase && pattern.length === 1) {
                file = [filename];
            }
            const hit = this.matchOne(file, pattern, partial);
            if (hit) {
                if (options.flipNegate) {
                    return true;
                }
                return !this.negate;
            }
        }
        // didn't get any hits.  this is success if it's a negative
        // pattern, failure otherwise.
        if (options.flipNegate) {
            return false;
        }
        return this.negate;
    }
    static defaults(def) {
        return minimatch.defaults(def).Minimatch;
    }
}
/* c8 ignore start */



/* c8 ignore stop */
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape_escape;
minimatch.unescape = unescape_unescape;
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./src/action/markdown.ts

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
function markdown_cell(text) {
    return printable(text.replace(LINE_BREAKS, ' '))
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
function markdown_code(text) {
    if (text === '')
        return '';
    const shown = printable(text).replace(/(\\*)\|/g, (_, slashes) => `${slashes}${slashes}\\|`);
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
function markdown_link(text, url) {
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
const SUMMARY_BUDGET_BYTES = (/* unused pure expression or super */ null && (512 * 1024));
/**
 * `head`, then a GFM table of as many `rows`, in order, as keep the whole within
 * `budget` bytes (UTF-8), then `leftOut(n)` when `n` rows did not fit. Every cell is
 * markdown already: our own words, or `cell()` / `code()` / `link()` of anything that
 * came from the workspace. A line break left in a cell would end the row, so it
 * becomes a space here too. No table at all when there are no rows.
 */
function markdown_boundedTable(head, header, rows, leftOut, budget = SUMMARY_BUDGET_BYTES) {
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
function markdown_leftOutNote(n, reportFile) {
    return `${n} more file(s) are not listed here, to keep this summary under ${SUMMARY_BUDGET_BYTES / 1024} KiB (GitHub drops a step summary over 1 MiB); the report file ${markdown_code(reportFile)} (the \`report-file\` output) lists every one.\n`;
}

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
    setBoundedJsonOutput(io, 'report', json, reports.length, reportFile);
    for (const [level, emit] of [
        ['BLOCK', io.error.bind(io)],
        ['WARN', io.warning.bind(io)],
    ]) {
        annotateCapped(reports.filter((r) => r.recommendation === level), (r) => emit(r.message, {
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
            `No files matched \`files\` (${code(facts.nothingMatched)}): nothing was verified, and the step passes.\n`;
    const shownNotes = facts.notes.slice(0, NOTES_SHOWN).map((n) => `> ${cell(cut(n))}`);
    const more = facts.notes.length - shownNotes.length;
    const notes = shownNotes.length === 0
        ? ''
        : `\n${shownNotes.join('\n>\n')}\n${more > 0 ? `\n${more} more note(s) are in the log.\n` : ''}`;
    const head = `${counts}${notes}\nReport: ${code(reportFile)} (the \`report-file\` output).\n`;
    const withProvenance = reports.some((r) => r.provenance !== undefined);
    const rows = [...reports]
        .sort((a, b) => ORDER[a.recommendation] - ORDER[b.recommendation] ||
        (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
        .map((r) => [
        `${ICON[r.recommendation]} ${r.recommendation}`,
        link(code(r.file), links(r.file)),
        r.authenticity,
        cell(r.signatures.map((s) => `${s.kind}: ${s.status}`).join(', ')) || '\u2014',
        cell(r.coverage ?? ''),
        r.trustedIdentifier ? code(r.trustedIdentifier) : '',
        ...(withProvenance ? [provenanceCell(r.provenance)] : []),
        // An ALLOW's message only repeats its key and coverage, already in their columns.
        r.recommendation === 'ALLOW' ? '' : cell(r.message),
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
    return boundedTable(head, header, rows, (n) => leftOutNote(n, reportFile));
}
function cut(note) {
    const chars = [...note];
    return chars.length <= NOTE_CHARS ? note : `${chars.slice(0, NOTE_CHARS).join('')}\u2026`;
}
/** Who attested the file: the job workflow (owner/repo/path@ref) and the commit it built. */
function provenanceCell(provenance) {
    if (provenance === undefined)
        return '';
    const who = code(provenance.workflow ?? provenance.repository ?? '');
    const commit = provenance.commit ? `at ${code(provenance.commit.slice(0, 12))}` : '';
    return [who, commit].filter(Boolean).join(' ');
}

;// CONCATENATED MODULE: ./src/errors.ts
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

;// CONCATENATED MODULE: ./src/files/file-patterns.ts

class PatternError extends CodedError {
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

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/files/read-regular-file.ts



class ReadError extends CodedError {
}
/**
 * How every file of the workspace is opened: O_NOFOLLOW refuses a symlink swapped in
 * after the walk (nothing may point elsewhere), O_NONBLOCK keeps a FIFO from blocking
 * the open (regular files ignore the flag).
 */
const NO_FOLLOW_READ = external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NOFOLLOW | external_node_fs_namespaceObject.constants.O_NONBLOCK;
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
        where = (0,external_node_fs_namespaceObject.readlinkSync)(`/proc/self/fd/${fd}`);
    }
    catch {
        where = external_node_fs_namespaceObject.realpathSync.native(file);
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
        handle = await (0,promises_namespaceObject.open)(file, NO_FOLLOW_READ);
    }
    catch (error) {
        const code = error.code;
        // ENAMETOOLONG: no file can have that name (a 252-byte dossier's `.sig`), so none is there.
        if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ENAMETOOLONG')
            return undefined;
        if (code === 'ELOOP')
            throw new ReadError('symlink', 'is a symbolic link; it is not followed', { cause: error });
        throw new ReadError('unreadable', `cannot be opened: ${messageOf(error)}`, { cause: error });
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

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/keys/algorithms.ts

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
            padding: external_node_crypto_namespaceObject.constants.RSA_PKCS1_PSS_PADDING,
            saltLength: external_node_crypto_namespaceObject.constants.RSA_PSS_SALTLEN_DIGEST,
        };
    }
    if (scheme === 'rsa-pkcs1')
        return { key, padding: external_node_crypto_namespaceObject.constants.RSA_PKCS1_PADDING };
    return { key, dsaEncoding: 'der' };
}

;// CONCATENATED MODULE: ./src/keys/base64.ts
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

;// CONCATENATED MODULE: ./src/keys/der.ts
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

;// CONCATENATED MODULE: ./src/keys/public-key-text.ts





class public_key_text_KeyTextError extends CodedError {
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
        return { kind: 'spki', ...public_key_text_spkiFromDer(derFromPem(trimmed)) };
    const bytes = bytesFromBase64(trimmed);
    if (bytes === undefined)
        throw new public_key_text_KeyTextError('key-not-base64', 'is not canonical base64');
    if (bytes.length === ED25519_RAW_BYTES)
        return { kind: 'ed25519-raw', ...ed25519FromRaw(bytes) };
    return { kind: 'spki', ...public_key_text_spkiFromDer(bytes) };
}
/** An Ed25519 key from its raw 32 bytes (the form upstream's trust list and minisign use). */
function ed25519FromRaw(raw) {
    return public_key_text_spkiFromDer(Buffer.concat([ED25519_SPKI_PREFIX, raw]));
}
/** A key from DER SubjectPublicKeyInfo, limited to the types this action can verify. */
function public_key_text_spkiFromDer(der) {
    let publicKey;
    try {
        if (!isSingleDerSequence(der))
            throw new Error('not a single DER structure');
        publicKey = (0,external_node_crypto_namespaceObject.createPublicKey)({ key: der, format: 'der', type: 'spki' });
    }
    catch (error) {
        if (isPrivateKeyDer(der))
            throw new public_key_text_KeyTextError('key-is-private', PRIVATE_KEY_MESSAGE);
        throw new public_key_text_KeyTextError('key-unreadable', 'is not a DER SubjectPublicKeyInfo public key', {
            cause: error,
        });
    }
    if (publicKey.asymmetricKeyType !== 'ed25519' && keySpecOf(publicKey) === undefined) {
        throw new public_key_text_KeyTextError('key-unsupported-type', `is a ${publicKey.asymmetricKeyType ?? 'unknown'} key; only Ed25519, EC P-256/secp256k1/P-384/P-521 and RSA 2048-4096 are supported`);
    }
    // OpenSSL also reads BER it re-encodes (a BIT STRING with unused bits, whose "unused" key
    // bits it clears; RSA without its NULL parameters): only canonical DER, one key one text.
    const spkiDer = publicKey.export({ type: 'spki', format: 'der' });
    if (!spkiDer.equals(der)) {
        throw new public_key_text_KeyTextError('key-unreadable', 'is not canonical DER (re-encoding the key changes it)');
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
            (0,external_node_crypto_namespaceObject.createPrivateKey)({ key: der, format: 'der', type });
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
        throw new public_key_text_KeyTextError('key-is-private', PRIVATE_KEY_MESSAGE);
    }
    if (block?.[1] !== 'PUBLIC KEY') {
        throw new public_key_text_KeyTextError('key-unreadable', 'is not a single "PUBLIC KEY" PEM block');
    }
    const der = bytesFromBase64((block[2] ?? '').replace(/\s+/g, ''));
    if (der === undefined)
        throw new public_key_text_KeyTextError('key-not-base64', 'PEM body is not base64');
    return der;
}

;// CONCATENATED MODULE: ./src/keys/kms-arn.ts
/**
 * A KMS key ARN (not an alias): `arn:<partition>:kms:<region>:<account>:key/<id>`, the
 * form KMS writes into `key_id` even when signing went through an alias.
 */
const KMS_KEY_ARN = /^arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:key\/[A-Za-z0-9-]+$/;
function isKmsKeyArn(text) {
    return KMS_KEY_ARN.test(text);
}

;// CONCATENATED MODULE: ./src/keys/minisign-key.ts


const MINISIGN_KEY_ALGORITHM = 'Ed';
const minisign_key_MINISIGN_KEY_ID_BYTES = 8;
const PUBLIC_KEY_BYTES = 32;
const ENCODED_KEY_BYTES = MINISIGN_KEY_ALGORITHM.length + minisign_key_MINISIGN_KEY_ID_BYTES + PUBLIC_KEY_BYTES;
const UNTRUSTED_COMMENT_PREFIX = 'untrusted comment: ';
class MinisignKeyError extends CodedError {
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
    const bytes = bytesFromBase64(encoded.trim());
    if (bytes === undefined) {
        throw new MinisignKeyError('minisign-key-not-base64', 'is not a base64 minisign public key');
    }
    if (bytes.length !== ENCODED_KEY_BYTES) {
        throw new MinisignKeyError('minisign-key-wrong-length', `decodes to ${bytes.length} bytes; a minisign public key is ${ENCODED_KEY_BYTES}`);
    }
    if (bytes.toString('latin1', 0, 2) !== MINISIGN_KEY_ALGORITHM) {
        throw new MinisignKeyError('minisign-key-wrong-algorithm', `is not an Ed25519 minisign key (algorithm ${JSON.stringify(bytes.toString('latin1', 0, 2))})`);
    }
    const idEnd = 2 + minisign_key_MINISIGN_KEY_ID_BYTES;
    return { keyId: bytes.subarray(2, idEnd), publicKey: bytes.subarray(idEnd) };
}
/** The two-line .pub file `minisign -G` writes. */
function minisign_key_formatMinisignPublicKey(key) {
    if (key.keyId.length !== minisign_key_MINISIGN_KEY_ID_BYTES || key.publicKey.length !== PUBLIC_KEY_BYTES) {
        throw new MinisignKeyError('minisign-key-wrong-length', `needs an ${minisign_key_MINISIGN_KEY_ID_BYTES}-byte key id and a ${PUBLIC_KEY_BYTES}-byte Ed25519 key`);
    }
    const encoded = Buffer.concat([Buffer.from(MINISIGN_KEY_ALGORITHM), key.keyId, key.publicKey]);
    return `${UNTRUSTED_COMMENT_PREFIX}minisign public key ${minisignKeyIdHex(key.keyId)}\n${encoded.toString('base64')}\n`;
}
/** The key id as minisign prints it (little-endian, upper-case hex), zero-padded to 16 digits where minisign drops leading zeros. */
function minisignKeyIdHex(keyId) {
    return Buffer.from(keyId).reverse().toString('hex').toUpperCase();
}

;// CONCATENATED MODULE: ./src/keys/minisign-trusted-key.ts


/**
 * The minisign key a token denotes, or undefined when it is not minisign-shaped (so it is
 * read as another key form). A minisign-sized key of another algorithm is an error.
 */
function minisignKeyFromText(token) {
    try {
        const { keyId, publicKey } = parseMinisignPublicKey(token);
        return { ...ed25519FromRaw(publicKey), keyId: Buffer.from(keyId) };
    }
    catch (error) {
        if (error instanceof MinisignKeyError && error.code === 'minisign-key-wrong-algorithm')
            throw error;
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/trust/trusted-keys-error.ts

/**
 * A trusted-keys entry that cannot be used. Thrown, never skipped: a skipped line is a key
 * the user believes is trusted and is not, and nothing would point back at the cause.
 */
class trusted_keys_error_TrustedKeysError extends CodedError {
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
        throw new trusted_keys_error_TrustedKeysError('trusted-keys-too-large', source, 'is larger than 1 MiB');
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
                throw new trusted_keys_error_TrustedKeysError('minisign-key-missing', location, 'is not followed by an RW... minisign key');
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
            throw new trusted_keys_error_TrustedKeysError('line-separator-in-line', `${source}:${i + 1}`, `contains U+${codePoint.toString(16).toUpperCase().padStart(4, '0')} ` +
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
        throw new trusted_keys_error_TrustedKeysError('pem-unterminated', location, 'PEM block has no -----END line');
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
        throw new trusted_keys_error_TrustedKeysError('missing-identifier', location, 'has a key but no identifier; write "<public-key> <identifier>"');
    }
    if (key.startsWith('arn:')) {
        if (!isKmsKeyArn(key)) {
            throw new trusted_keys_error_TrustedKeysError('unsupported-arn', location, `${key} is not a KMS key ARN (arn:aws:kms:<region>:<account>:key/<id>; aliases are not accepted)`);
        }
        file.unpinnedArns.push({ arn: key, identifier, source: location });
        return;
    }
    try {
        file.keys.push({ identifier, ...trustedKeyFromText(key), source: location });
    }
    catch (error) {
        const isPrivate = error instanceof public_key_text_KeyTextError && error.code === 'key-is-private';
        const reason = error instanceof Error ? error.message : 'is not a key';
        throw new trusted_keys_error_TrustedKeysError(isPrivate ? 'private-key' : 'invalid-key', location, `the key ${reason} (expected SPKI PEM/DER base64, raw Ed25519 base64, RW... minisign or a KMS key ARN)`, error);
    }
}
function trustedKeyFromText(key) {
    const minisign = minisignKeyFromText(key);
    if (minisign === undefined)
        return publicKeyFromText(key);
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
        decoded = spkiFromDer(spkiDer);
    }
    catch (error) {
        const reason = error instanceof KeyTextError ? error.message : 'is unreadable';
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

;// CONCATENATED MODULE: ./src/verify/load-trust.ts



class TrustSourceError extends CodedError {
}
/** Larger than any sane trusted-keys file; stops a wrong path (a binary, a log) early. */
const MAX_TRUST_FILE_BYTES = 1 << 20;
/**
 * The checkout. Bounded and no-follow: the path comes from the repository, which a pull
 * request controls, so a symlink to a FIFO or /dev/zero must not hang or exhaust the step.
 */
const WORKSPACE_TRUST_FILES = {
    read: (file) => readFileNoFollow(file.path, MAX_TRUST_FILE_BYTES),
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
            throw new TrustSourceError('trusted-keys-unreadable', `trusted keys file ${file.display} ${messageOf(error)}; check the \`trusted-keys-file\` path (a regular file of at most ${MAX_TRUST_FILE_BYTES} bytes).`, { cause: error });
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
    return buildTrustStore(sources);
}

;// CONCATENATED MODULE: ./src/printable.ts
/**
 * Text that came from the workspace (file names, messages quoting them), made safe
 * for one log line. A CR or LF in a file name would let it start a line of its own,
 * and a line that starts with `::` is a workflow command the runner obeys
 * (`::warning::`, `::add-mask::`, `::stop-commands::`). Control characters are
 * shown escaped instead, which also keeps terminal escape sequences inert.
 */
function printable_printable(text) {
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f\u0085\u2028\u2029]/g, (c) => {
        if (c === '\n')
            return '\\n';
        if (c === '\r')
            return '\\r';
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
}

;// CONCATENATED MODULE: ./src/version.ts
/** The release this build is; a test keeps it equal to package.json's `version`. */
const VERSION = '1.0.0';

;// CONCATENATED MODULE: ./src/formats/minisig/minisig.ts



/**
 * The detached `<file>.minisig` (formats.md 6): four lines, the untrusted comment,
 * base64(algorithm + key id + signature), the trusted comment, base64(global signature).
 */
const MINISIG_SUFFIX = '.minisig';
const TRUSTED_COMMENT_PREFIX = 'trusted comment: ';
const SIGNATURE_BYTES = 64;
const SIGNATURE_LINE_BYTES = 2 + minisign_key_MINISIGN_KEY_ID_BYTES + SIGNATURE_BYTES;
/** minisign reads at most 1 KiB of untrusted and 8 KiB of trusted comment. */
const MAX_MINISIG_BYTES = 16 * 1024;
const minisig_ALGORITHMS = ['ED', 'Ed'];
class MinisigError extends CodedError {
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
        !startsWith(untrusted, UNTRUSTED_COMMENT_PREFIX) ||
        !startsWith(trusted, TRUSTED_COMMENT_PREFIX)) {
        throw new MinisigError('minisig-malformed', `is not a minisign signature: expected four lines, "${UNTRUSTED_COMMENT_PREFIX}...", the signature, "${TRUSTED_COMMENT_PREFIX}...", the global signature`);
    }
    const signed = decode(signatureLine, 'signature', SIGNATURE_LINE_BYTES);
    const algorithm = signed.toString('latin1', 0, 2);
    if (!minisig_ALGORITHMS.includes(algorithm)) {
        throw new MinisigError('minisig-unknown-algorithm', `has signature algorithm ${JSON.stringify(algorithm)}; minisign writes "ED" (prehashed) or "Ed" (legacy)`);
    }
    const idEnd = 2 + minisign_key_MINISIGN_KEY_ID_BYTES;
    return {
        algorithm: algorithm,
        keyId: signed.subarray(2, idEnd),
        signature: signed.subarray(idEnd),
        trustedComment: trusted.subarray(TRUSTED_COMMENT_PREFIX.length),
        globalSignature: decode(globalLine, 'global signature', SIGNATURE_BYTES),
        untrustedComment: untrusted.subarray(UNTRUSTED_COMMENT_PREFIX.length).toString('utf8'),
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
        Buffer.from(`${UNTRUSTED_COMMENT_PREFIX}${minisig.untrustedComment}\n`),
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
    const decoded = bytesFromBase64(line.toString('latin1'));
    if (decoded === undefined) {
        throw new MinisigError('minisig-not-base64', `has a ${what} line that is not base64`);
    }
    if (decoded.length !== bytes) {
        throw new MinisigError('minisig-wrong-length', `has a ${decoded.length}-byte ${what}; minisign's is ${bytes} bytes`);
    }
    return decoded;
}

;// CONCATENATED MODULE: ./src/formats/detached-check.ts

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
    if (error instanceof CodedError) {
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
        message: `${context.signatureFile} could not be checked: ${messageOf(error)}`,
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

;// CONCATENATED MODULE: ./src/formats/minisig/verify-minisig.ts




/**
 * Verifies a `<file>.minisig` as `minisign -V` does: the key id picks the key, then
 * both the file signature and the global signature (over the trusted comment) must
 * verify. Without the second, anyone could rewrite the trusted comment.
 */
function minisigVerifier(signatureBytes, keys, context) {
    const minisig = parseMinisig(signatureBytes);
    if (minisig.algorithm === 'Ed') {
        // The algorithm bytes are not signed: a prehashed `ED` signature over BLAKE2b-512(F)
        // would read as a legacy one over a file whose bytes are that hash. `minisign -V -H`
        // refuses legacy signatures for the same reason; minisign has signed prehashed since 0.8.
        const check = invalidCheck(context, 'minisig-legacy-refused', 'is a legacy (minisign -l) signature over the whole file; its algorithm bytes are not signed, so a prehashed signature could pass as one. Re-sign without -l (the default, prehashed).');
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
                return invalidCheck(context, 'signature-mismatch', `names trusted minisign key ${minisignKeyIdHex(minisig.keyId)} but does not verify under it: either the file changed after signing, or the signature was altered or made by an untrusted key that reuses the id (ids are not secret). Re-sign the file with the trusted key.`);
            }
            const global = minisigGlobalMessage(minisig.signature, minisig.trustedComment);
            if (!ed25519Verifies(signer, global, minisig.globalSignature)) {
                return invalidCheck(context, 'minisig-trusted-comment-mismatch', 'has a valid file signature but its trusted comment (or global signature) was changed after signing. Re-sign the file.');
            }
            // Quoted: the comment is the signer's text and may hold anything a log would act on.
            const comment = JSON.stringify(minisig.trustedComment.toString('utf8'));
            return verifiedCheck(context, signer, algorithm, `; trusted comment: ${comment}`);
        },
    };
}
/** What a prehashed (`ED`) file signature covers: BLAKE2b-512 of the file. */
function signedFileOf() {
    const hash = (0,external_node_crypto_namespaceObject.createHash)('blake2b512');
    return { update: (chunk) => hash.update(chunk), bytes: () => hash.digest() };
}
function keyIdMismatch(context, minisig, minisignKeys) {
    const signedBy = minisignKeyIdHex(minisig.keyId);
    const trusted = minisignKeys.flatMap((key) => key.minisignKeyId === undefined
        ? []
        : [`${minisignKeyIdHex(key.minisignKeyId)} (${key.identifier})`]);
    const have = trusted.length === 0
        ? 'no minisign key is trusted'
        : `trusted minisign keys: ${trusted.join(', ')}`;
    return invalidCheck(context, 'minisig-key-id-mismatch', `was made by minisign key ${signedBy}, which is not trusted (${have}). ${FIX_HINT}`);
}
function ed25519Verifies(key, message, signature) {
    try {
        return (0,external_node_crypto_namespaceObject.verify)(null, message, key.publicKey, signature);
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/formats/minisig/write-minisig.ts




class MinisigWriteError extends CodedError {
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
    return createHash('sha256').update(rawPublicKey).digest().subarray(0, MINISIGN_KEY_ID_BYTES);
}
/** The minisign public key (id, `RW...` line, `.pub` text) of an Ed25519 key given as DER SPKI. */
function minisignPublicKeyFor(spkiDer) {
    const publicKey = ed25519PublicKeyFrom(spkiDer);
    const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url');
    const keyId = minisignKeyIdFor(raw);
    const pub = formatMinisignPublicKey({ keyId, publicKey: raw });
    return { keyId, publicKey, line: pub.split('\n')[1] ?? '', pub };
}
const OPTIONAL_FIELDS = (/* unused pure expression or super */ null && ([
    ['repository', 'repository'],
    ['ref', 'ref'],
    ['commit', 'commit'],
    ['run', 'runId'],
]));
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
    const global = minisigGlobalMessage(signature, trustedComment);
    const globalSignature = await signer.signMessage(global);
    mustVerify(key, global, globalSignature, 'the global signature (over the trusted comment)');
    return formatMinisig({
        algorithm: 'ED',
        keyId: key.keyId,
        signature,
        trustedComment,
        globalSignature,
        untrustedComment: `signature from dossier-sign, minisign key ${minisignKeyIdHex(key.keyId)}`,
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
        minisig = parseMinisig(existing);
    }
    catch {
        return false;
    }
    return (minisig.algorithm === 'ED' &&
        minisig.keyId.equals(key.keyId) &&
        write_minisig_ed25519Verifies(key.publicKey, fileBlake2b512, minisig.signature) &&
        write_minisig_ed25519Verifies(key.publicKey, minisigGlobalMessage(minisig.signature, minisig.trustedComment), minisig.globalSignature));
}
function ed25519PublicKeyFrom(spkiDer) {
    let publicKey;
    try {
        publicKey = createPublicKey({ key: spkiDer, format: 'der', type: 'spki' });
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
    if (key.publicKey.asymmetricKeyType !== 'ed25519' || key.keyId.length !== minisign_key_MINISIGN_KEY_ID_BYTES) {
        throw new MinisigWriteError('minisign-key-not-ed25519', `a minisign key is an Ed25519 public key with an ${minisign_key_MINISIGN_KEY_ID_BYTES}-byte id, not a ${key.publicKey.asymmetricKeyType ?? 'secret'} key with ${key.keyId.length}`);
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
        write_minisig_ed25519Verifies(key.publicKey, message, signature)) {
        return;
    }
    throw new MinisigWriteError('signature-not-verified', `${what} returned by the key service does not verify under minisign key ${minisignKeyIdHex(key.keyId)}; nothing was written. The key that signed is not the key whose public key was loaded, or the signature was damaged on the way.`);
}
function write_minisig_ed25519Verifies(publicKey, message, signature) {
    try {
        return (0,external_node_crypto_namespaceObject.verify)(null, message, publicKey, signature);
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

;// CONCATENATED MODULE: ./src/formats/minisig/minisig-writer.ts


/**
 * `<file>.minisig` from a pure Ed25519 key (KMS ECC_NIST_EDWARDS25519): two short RAW
 * signatures, over BLAKE2b-512(file) and over `signature || trusted comment`.
 */
const MINISIG_WRITER = {
    maxBytes: MAX_MINISIG_BYTES,
    existing(content, keys) {
        const key = keys.message;
        if (key === undefined)
            return undefined;
        return {
            update: () => { },
            holds: (facts) => facts.blake2b512 !== undefined && minisigStillValid(content, facts.blake2b512, key),
        };
    },
    fromMessageKey(facts, key) {
        if (facts.blake2b512 === undefined)
            throw new Error('minisig needs the BLAKE2b-512 digest');
        return writeMinisig(facts.blake2b512, key, key, key.trustedComment(facts.file));
    },
};

;// CONCATENATED MODULE: ./src/formats/sig/sig-file.ts

/**
 * The detached `<file>.sig` format: one line, base64 of the raw signature bytes
 * (DER for ECDSA), the same as cosign's classic blob signature.
 */
const SIG_SUFFIX = '.sig';
/** Larger than any signature a supported key makes (RSA 4096 = 512 bytes). */
const MAX_SIG_FILE_BYTES = 4096;
const sig_file_BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
class SigFileError extends CodedError {
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
    if (!sig_file_BASE64.test(text) || text.length % 4 !== 0) {
        throw new SigFileError('sig-file-not-base64', 'is not a single line of base64');
    }
    const signature = Buffer.from(text, 'base64');
    if (signature.toString('base64') !== text) {
        throw new SigFileError('sig-file-not-base64', 'is not canonical base64');
    }
    return signature;
}

;// CONCATENATED MODULE: ./src/keys/ecdsa-digest-verify.ts

/** The curves KMS signs with, by the names KeyObject reports; each loaded on first use. */
const CURVES = {
    prime256v1: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(106), __nccwpck_require__.e(557)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8557))).p256,
    secp384r1: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(106), __nccwpck_require__.e(557)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8557))).p384,
    secp521r1: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(106), __nccwpck_require__.e(557)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8557))).p521,
    secp256k1: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(106), __nccwpck_require__.e(852)]).then(__nccwpck_require__.bind(__nccwpck_require__, 852))).secp256k1,
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
    const parts = ecdsaFromDer(signature);
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

;// CONCATENATED MODULE: ./src/keys/rsa-digest-verify.ts


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
    const { hash, scheme } = ALGORITHMS[algorithm];
    const modulusBits = publicKey.asymmetricKeyDetails?.modulusLength;
    if (publicKey.asymmetricKeyType !== 'rsa' || modulusBits === undefined)
        return undefined;
    const modulusBytes = Math.ceil(modulusBits / 8);
    // OpenSSL refuses any other length before the RSA step (RFC 8017 8.1.2 step 1).
    if (signature.length !== modulusBytes)
        return undefined;
    let block;
    try {
        block = (0,external_node_crypto_namespaceObject.publicDecrypt)({ key: publicKey, padding: external_node_crypto_namespaceObject.constants.RSA_NO_PADDING }, signature);
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
    if (!(0,external_node_crypto_namespaceObject.timingSafeEqual)(block.subarray(0, head.length), head))
        return undefined;
    const signed = block.subarray(head.length);
    return {
        hash,
        matches: (digest) => digest.length === signed.length && (0,external_node_crypto_namespaceObject.timingSafeEqual)(digest, signed),
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
            const expected = (0,external_node_crypto_namespaceObject.createHash)(hash).update(PSS_ZERO_PREFIX).update(digest).update(salt).digest();
            return (0,external_node_crypto_namespaceObject.timingSafeEqual)(expected, h);
        },
    };
}
/** MGF1 (RFC 8017 B.2.1) with the signature's own hash, as OpenSSL defaults for PSS. */
function mgf1(hash, seed, length) {
    const blocks = [];
    const counter = Buffer.alloc(4);
    for (let i = 0; blocks.length * HASH_BYTES[hash] < length; i++) {
        counter.writeUInt32BE(i);
        blocks.push((0,external_node_crypto_namespaceObject.createHash)(hash).update(seed).update(counter).digest());
    }
    return Buffer.concat(blocks).subarray(0, length);
}

;// CONCATENATED MODULE: ./src/keys/digest-verify.ts



/**
 * `crypto.verify(hash, message, verifyKeyInput(algorithm, key), signature)` given the
 * message's digest instead of the message, so a file is hashed once for its signature
 * and its check. False for a key of another type, like `crypto.verify` after its throw.
 */
async function verifyDigest(algorithm, publicKey, digest, signature) {
    if (ALGORITHMS[algorithm].scheme !== 'ecdsa') {
        return verifyRsaDigest(algorithm, publicKey, digest, signature);
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
        const { scheme, hash } = ALGORITHMS[algorithm];
        if (scheme === 'ecdsa')
            this.stream = (0,external_node_crypto_namespaceObject.createVerify)(hash);
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
            return stream.verify(verifyKeyInput(this.algorithm, this.publicKey), signature);
        }
        catch {
            return false; // OpenSSL throws on some malformed signatures instead of answering false
        }
    }
}

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
        const check = new FileSignatureCheck(keys.digest.algorithm, keys.digest.publicKey);
        return {
            begin: (size) => check.begin(size),
            update: (chunk) => check.update(chunk),
            holds: (facts) => check.verify(signature, facts.digest),
        };
    },
    fromDigestSignature: (signature) => formatSigFile(signature),
};

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
class VerifyLimitError extends CodedError {
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
            if (verifies(() => (0,external_node_crypto_namespaceObject.verify)(null, file, candidate.key.publicKey, this.signature))) {
                return candidate;
            }
        }
        if (tooLarge !== undefined)
            throw tooLarge;
        return undefined;
    }
    hashOf(hash) {
        if (!this.hashers.has(hash))
            this.hashers.set(hash, (0,external_node_crypto_namespaceObject.createHash)(hash));
    }
}
function checkFor(candidate, signature) {
    const { algorithm } = candidate;
    if (algorithm === 'ED25519')
        return { candidate, wholeFile: true };
    const { scheme, hash } = ALGORITHMS[algorithm];
    if (scheme === 'ecdsa') {
        const keyInput = verifyKeyInput(algorithm, candidate.key.publicKey);
        return { candidate, stream: (0,external_node_crypto_namespaceObject.createVerify)(hash), keyInput };
    }
    return { candidate, rsa: decodeRsaSignature(algorithm, candidate.key.publicKey, signature) };
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

;// CONCATENATED MODULE: ./src/formats/key-candidates.ts

const key_candidates_ED25519_SIGNATURE_BYTES = 64;
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
        return signature.length === key_candidates_ED25519_SIGNATURE_BYTES ? ['ED25519'] : [];
    }
    const spec = keySpecOf(key.publicKey);
    if (spec === undefined)
        return [];
    const info = KEY_SPECS[spec];
    const shapeFits = info.nodeType === 'ec'
        ? signature[0] === DER_SEQUENCE_TAG
        : signature.length * 8 === info.modulusBits;
    if (!shapeFits)
        return [];
    return info.algorithms.filter((algorithm) => hash === undefined || ALGORITHMS[algorithm].hash === hash);
}

;// CONCATENATED MODULE: ./src/formats/sig/verify-sig.ts




/**
 * Verifies a `<file>.sig`: raw signature bytes over the whole file. The format names
 * neither key nor algorithm, so every trusted key whose type fits is tried; ECDSA
 * signatures with a high S are accepted, as OpenSSL and KMS's own Verify accept them.
 */
function sigVerifier(signatureBytes, keys, context) {
    const signature = parseSigFile(signatureBytes);
    const candidates = candidatesFor(signature, keys);
    const verifier = new CandidateVerifier(signature, candidates);
    return {
        update: (chunk) => verifier.update(chunk),
        finish() {
            const match = verifier.finish();
            if (match === undefined)
                return noKeyVerifies(context, keyCount(candidates));
            return verifiedCheck(context, match.key, match.algorithm);
        },
    };
}

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __nccwpck_require__(1040);
;// CONCATENATED MODULE: ./src/formats/strict-json.ts
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

;// CONCATENATED MODULE: ./src/formats/sigstore/sigstore-error.ts

/** A `.sigstore.json` that cannot be read as formats.md 5 describes. */
class SigstoreBundleError extends CodedError {
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
        throw new SigstoreBundleError('sigstore-media-type', `has mediaType ${shown(mediaType)}; expected "${dist/* BUNDLE_V03_MEDIA_TYPE */.HM}"`);
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
        throw new SigstoreBundleError('sigstore-unsupported-hash', `has messageDigest.algorithm ${shown(algorithm)}; supported: ${Object.keys(SIGSTORE_HASHES).join(', ')}`);
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
        root = strictJsonParse(content);
    }
    catch (error) {
        throw new SigstoreBundleError('sigstore-not-json', 'is not valid UTF-8 JSON', { cause: error });
    }
    const object = objectAt(root, 'the bundle');
    if (nestedDeeperThan(object, MAX_DEPTH)) {
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
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(spkiDer).digest('base64');
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

;// CONCATENATED MODULE: ./src/formats/sigstore/sigstore-writer.ts


/**
 * `<file>.sigstore.json`: a bundle v0.3 around the same signature a `.sig` holds (the
 * key's signature over the file's digest), with the key's hint and no log entry.
 */
const SIGSTORE_WRITER = {
    maxBytes: MAX_SIGSTORE_BUNDLE_BYTES,
    existing(content, keys) {
        let bundle;
        try {
            bundle = parseSigstoreBundle(content);
        }
        catch {
            return undefined; // malformed: a good one replaces it
        }
        const key = keys.digest;
        const check = new FileSignatureCheck(key.algorithm, key.publicKey);
        return {
            begin: (size) => check.begin(size),
            update: (chunk) => check.update(chunk),
            // Kept only when it is exactly what this run would write: this key's hint, the
            // file's digest under the key's hash, and a signature that verifies.
            holds: async (facts) => bundle.hash === key.hash &&
                bundle.hint === sigstoreKeyHint(key.spkiDer) &&
                bundle.digest.equals(facts.digest) &&
                (await check.verify(bundle.signature, facts.digest)),
        };
    },
    fromDigestSignature: (signature, facts, key) => formatSigstoreBundle({
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
    const bundle = parseSigstoreBundle(signatureBytes);
    const hinted = keys.filter((key) => sigstoreKeyHint(key.spkiDer) === bundle.hint);
    const ordered = [...hinted, ...keys.filter((key) => !hinted.includes(key))];
    const candidates = candidatesFor(bundle.signature, ordered, bundle.hash);
    // One hash of the file serves the recorded digest and every RSA candidate.
    const verifier = new CandidateVerifier(bundle.signature, candidates, [bundle.hash]);
    return {
        update: (chunk) => verifier.update(chunk),
        finish() {
            // The digest is checked first and on its own: cosign refuses a bundle whose
            // recorded digest is not the file's, even when the signature itself would verify.
            if (!verifier.digest(bundle.hash).equals(bundle.digest)) {
                return invalidCheck(context, 'digest-mismatch', `records a ${bundle.hash.toUpperCase()} digest that is not the file's: the file changed after signing (or the bundle belongs to another file). Re-sign the file.`);
            }
            const match = verifier.finish();
            if (match !== undefined) {
                return verifiedCheck(context, match.key, match.algorithm, hintNote(match, hinted, bundle.hint));
            }
            if (bundle.hint !== undefined && hinted.length === 0 && candidates.length > 0) {
                return invalidCheck(context, 'hinted-key-untrusted', `names a signing key (hint ${quoted(bundle.hint)}) that is not trusted, and none of the trusted keys that fit (${keyCount(candidates)}) verifies it. ${FIX_HINT}`);
            }
            return noKeyVerifies(context, keyCount(candidates));
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
    sigstore: { suffix: SIGSTORE_SUFFIX, verifier: sigstoreVerifier, writer: SIGSTORE_WRITER },
    minisig: {
        suffix: MINISIG_SUFFIX,
        verifier: minisigVerifier,
        writer: MINISIG_WRITER,
    },
};
const DETACHED_KINDS = Object.keys(DETACHED_FORMATS);
/** Signature files are never candidates for signing or verifying themselves. */
const SIGNATURE_SUFFIXES = DETACHED_KINDS.map((kind) => DETACHED_FORMATS[kind].suffix);

;// CONCATENATED MODULE: ./src/files/workspace-files.ts



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
    const include = patterns.include.map((p) => new Minimatch(p, options));
    const exclude = patterns.exclude.map((p) => new Minimatch(p, options));
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
            entries = await (0,promises_namespaceObject.readdir)(external_node_path_default().join(workspace, dirRel), { withFileTypes: true });
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
    await (0,promises_namespaceObject.lstat)(workspace);
    await walk('');
    files.sort();
    refused.sort((a, b) => a.file.localeCompare(b.file));
    return { files, refused };
}
/** Metadata only (stat opens nothing), so a link to a FIFO or a device cannot hang the walk. */
async function isFolderLink(workspace, rel) {
    try {
        return (await (0,promises_namespaceObject.stat)(external_node_path_default().join(workspace, rel))).isDirectory();
    }
    catch {
        return false;
    }
}
function refusal(file, code, severity, why) {
    return { file, code, severity, message: `${file} ${why}; it was not touched.` };
}

;// CONCATENATED MODULE: ./src/trust/signature-check.ts
/** Does a reader get everything it acts on signed? Only then may a verified file be ALLOWed. */
function coversEverything(check) {
    return (check.coverage !== undefined &&
        check.coverage !== 'body' &&
        (check.uncovered === undefined || check.uncovered.length === 0));
}

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
            return found.find(coversEverything) ?? found[0];
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
    const partial = authenticity === 'verified' && deciding !== undefined && !coversEverything(deciding);
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

;// CONCATENATED MODULE: ./src/dossier/plain-object.ts
/** A map as YAML and JSON parsers build it: not a list, Date, Buffer or class instance. */
function isPlainObject(value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return false;
    const prototype = Object.getPrototypeOf(value);
    return prototype === Object.prototype || prototype === null;
}

;// CONCATENATED MODULE: ./src/dossier/checksum.ts


/** The value upstream writes: `{"algorithm":"sha256","hash":"<lowercase hex>"}`. */
function checksumOf(body) {
    return { algorithm: 'sha256', hash: (0,external_node_crypto_namespaceObject.createHash)('sha256').update(body).digest('hex') };
}
/**
 * Compare a declared checksum with the body bytes. A checksum that is present but not
 * readable is `invalid`, not `missing`: someone wrote one, and it vouches for nothing.
 */
function checkIntegrity(declared, body) {
    if (declared === undefined || declared === null) {
        return { integrity: 'missing', message: 'has no checksum' };
    }
    if (!isPlainObject(declared) || typeof declared['hash'] !== 'string') {
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
            message: `checksum does not match the body (SHA-256 ${checksum_short(actual)}, checksum says ${checksum_short(declared['hash'])})`,
        };
    }
    return { integrity: 'valid', message: 'checksum matches the body' };
}
/** Enough of a hash for a person to compare, short enough for one annotation line. */
function checksum_short(hash) {
    return hash.length > 16 ? `${hash.slice(0, 16)}\u2026` : hash;
}

;// CONCATENATED MODULE: ./src/dossier/dossier-error.ts

class dossier_error_DossierError extends CodedError {
}

;// CONCATENATED MODULE: ./src/dossier/fences.ts

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
        throw new dossier_error_DossierError('not-a-dossier', bom
            ? 'starts with a UTF-8 byte order mark (BOM), not a "---" frontmatter fence (save it without the BOM)'
            : 'does not start with a "---" frontmatter fence');
    }
    const openingEnd = bytes.indexOf(LF);
    if (openingEnd < 0) {
        throw new dossier_error_DossierError('unterminated-frontmatter', 'has an opening fence but no frontmatter');
    }
    const fence = fenceOf(bytes.subarray(0, openingEnd));
    // Searching from the opening line's own "\n" lets an empty frontmatter close at once.
    const closing = bytes.indexOf(CLOSING, openingEnd);
    if (closing < 0) {
        throw new dossier_error_DossierError('unterminated-frontmatter', 'has no closing "---" fence');
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
        throw new dossier_error_DossierError('unsupported-fence', `opens with "${text.slice(0, 40)}"; only "---", "---dossier" and "---json" frontmatter is accepted`);
    }
    return fence;
}

;// CONCATENATED MODULE: ./src/dossier/key-path.ts

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
            path += `[${key_path_quoted(step, MAX_KEY_SHOWN)}]`;
    }
    return path;
}
/** `keyPath` as the subject of a sentence: the key, or the frontmatter as a whole. */
function key_path_keyPathPhrase(path) {
    return path === '' ? 'the frontmatter' : `frontmatter key ${path}`;
}
/** A string as a JSON literal, cut to `max` characters, safe for one log line. */
function key_path_quoted(text, max) {
    const shown = text.length > max ? `${text.slice(0, max)}\u2026` : text;
    return printable_printable(JSON.stringify(shown));
}

;// CONCATENATED MODULE: ./src/dossier/canonical-json.ts



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
function canonical_json_canonical(value, maxLength = MAX_CANONICAL_LENGTH) {
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
        if (typeof value !== 'object' || (!Array.isArray(value) && !isPlainObject(value))) {
            throw unsupported(value, keyPath(this.steps));
        }
        if (this.ancestors.has(value)) {
            throw new dossier_error_DossierError('canonical-cycle', 'frontmatter contains itself through a YAML alias');
        }
        if (this.ancestors.size >= MAX_CANONICAL_DEPTH) {
            throw new dossier_error_DossierError('canonical-too-deep', `frontmatter nests deeper than ${MAX_CANONICAL_DEPTH}`);
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
            this.uncovered.push(keyPath(this.steps));
    }
    push(part) {
        this.length += part.length;
        if (this.length > this.maxLength) {
            throw new dossier_error_DossierError('canonical-too-large', `frontmatter expands to more than ${this.maxLength} characters of canonical JSON (YAML aliases?)`);
        }
        this.parts.push(part);
    }
}
function unsupported(value, path) {
    const what = value instanceof Uint8Array ? 'binary (!!binary)' : `a ${typeof value} that is not JSON`;
    return new dossier_error_DossierError('canonical-unsupported-value', `${key_path_keyPathPhrase(path)} holds ${what}, which has no exact JSON form for a signature to cover`);
}

;// CONCATENATED MODULE: ./src/dossier/readings-diff.ts



/**
 * Bounds on the walk. Aliases make a DAG (or a cycle) of a small text; pairs already
 * compared are skipped, so an alias bomb costs its size, not its expansion. Each value
 * compared is at least one character of canonical JSON, so past either bound canonical
 * JSON refuses the value anyway; the readings then count as different all the same.
 */
const MAX_COMPARED_VALUES = MAX_CANONICAL_LENGTH;
const MAX_COMPARE_DEPTH = MAX_CANONICAL_DEPTH;
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
            return { path: keyPath(this.steps), upstream: why, yaml12: why };
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
                path: keyPath([...this.steps, (onlyYaml12 ?? onlyUpstream)]),
                upstream: onlyUpstream === undefined
                    ? 'no such key'
                    : `key ${key_path_quoted(onlyUpstream, MAX_STRING_SHOWN)}`,
                yaml12: onlyYaml12 === undefined ? 'no such key' : `key ${key_path_quoted(onlyYaml12, MAX_STRING_SHOWN)}`,
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
        return { path: keyPath(this.steps), upstream: describeValue(a), yaml12: describeValue(b) };
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
    return isPlainObject(value) ? 'map' : 'other';
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
            return key_path_quoted(value, MAX_STRING_SHOWN);
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

;// CONCATENATED MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var js_yaml_int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return js_yaml_int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  js_yaml_int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return js_yaml_int;
}
var js_yaml_float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return js_yaml_float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  js_yaml_float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return js_yaml_float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "\u0085";
      case 95:
        return "\u00a0";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string.length;
    while (position < length) {
      let line;
      const next = string.indexOf("\n", position);
      if (next === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // \u201c-\u201d | \u201c?\u201d | \u201c:\u201d | \u201c,\u201d | \u201c[\u201d | \u201c]\u201d | \u201c{\u201d | \u201c}\u201d
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | \u201c#\u201d | \u201c&\u201d | \u201c*\u201d | \u201c!\u201d | \u201c|\u201d | \u201c=\u201d | \u201c>\u201d | \u201c'\u201d | \u201c"\u201d
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | \u201c%\u201d | \u201c@\u201d | \u201c`\u201d)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
const yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
const {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types: js_yaml_types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

//# sourceMappingURL=js-yaml.mjs.map

// EXTERNAL MODULE: ./node_modules/js-yaml-3/index.js
var js_yaml_3 = __nccwpck_require__(2925);
var js_yaml_3_default = /*#__PURE__*/__nccwpck_require__.n(js_yaml_3);
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
        return load(text);
    }
    catch (error) {
        throw malformed(error);
    }
}
function malformed(error) {
    return new dossier_error_DossierError('frontmatter-malformed', `frontmatter is not valid YAML/JSON: ${reasonOf(error)}`, {
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
        throw new dossier_error_DossierError('frontmatter-not-utf8', 'frontmatter is not valid UTF-8', {
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
    if (!isPlainObject(frontmatter)) {
        throw new dossier_error_DossierError('frontmatter-not-object', 'frontmatter is not a key/value map');
    }
    const readingsDisagree = readingsDifference(frontmatter, yaml12);
    return readingsDisagree === undefined ? { frontmatter } : { frontmatter, readingsDisagree };
}

;// CONCATENATED MODULE: ./src/dossier/layout.ts


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
    if (isPlainObject(metadata) && Object.keys(metadata).some((key) => key.startsWith(SPEC_PREFIX))) {
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
    throw new dossier_error_DossierError('spec-layout-invalid', `spec-layout frontmatter ${reason}`);
}

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
        throw new dossier_error_DossierError('dossier-too-large', `is ${bytes.length} bytes; dossiers over ${MAX_DOSSIER_BYTES} bytes are not parsed`);
    }
    const parts = splitDossier(bytes);
    const text = frontmatterText(parts.frontmatter);
    const { frontmatter, readingsDisagree } = parseFrontmatter(text);
    const layout = layoutOf(parts.fence, frontmatter);
    if (layout === 'spec')
        assertSpecLayout(frontmatter, text);
    const { checksum, signature } = declaredFields(layout, frontmatter);
    const dossier = { layout, frontmatter, body: parts.body, checksum };
    if (readingsDisagree !== undefined)
        dossier.readingsDisagree = readingsDisagree;
    // `signature: null` is no signature, as upstream treats it.
    if (signature !== undefined && signature !== null) {
        dossier.signature = { value: signature, line: signatureLine(layout, text) };
    }
    return dossier;
}

;// CONCATENATED MODULE: ./src/bounded-pool.ts
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

;// CONCATENATED MODULE: ./src/dossier/payload.ts





class PayloadError extends CodedError {
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
    const { text, uncovered } = canonicalWithGaps(covered);
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
    return new PayloadError('yaml-readings-disagree', `${key_path_keyPathPhrase(path)} reads as ${upstream} under YAML 1.1 (upstream's js-yaml 3) but as ${yaml12} under YAML 1.2, so a frontmatter signature cannot say which was signed; quote it (or write it so both read it alike, e.g. as a plain decimal number) and sign again`);
}
function withoutSignature(frontmatter) {
    const covered = { ...frontmatter };
    delete covered['signature'];
    return covered;
}
function withoutSpecSignature(frontmatter) {
    const metadata = { ...frontmatter['metadata'] };
    delete metadata[SPEC_SIGNATURE_KEY];
    return { ...frontmatter, metadata };
}

;// CONCATENATED MODULE: ./src/trust/key-protocols.ts
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

;// CONCATENATED MODULE: ./src/formats/embedded/embedded-algorithms.ts



/** Names accepted in the `algorithm` field. The schema's lowercase form is read, never written. */
const EMBEDDED_ALGORITHM_NAMES = new Map([
    ['ECDSA-SHA-256', 'ECDSA_SHA_256'],
    ['ecdsa-sha256', 'ECDSA_SHA_256'],
    ['ed25519', 'ED25519'],
]);
/** KMS's ECC_NIST_P256 (the official key) and the ADR's ECC_SECG_P256K1 both sign ECDSA_SHA_256. */
const ECDSA_SHA_256_SPECS = ['ECC_NIST_P256', 'ECC_SECG_P256K1'];
const embedded_algorithms_ED25519_SIGNATURE_BYTES = 64;
const EMBEDDED_ALGORITHMS = {
    ECDSA_SHA_256: {
        acceptsKey: (key) => {
            const spec = keySpecOf(key);
            return spec !== undefined && ECDSA_SHA_256_SPECS.includes(spec);
        },
        keyDescription: 'an EC P-256 or secp256k1 key',
        shapeProblem: (signature) => (ecdsaFromDer(signature) ? undefined : 'signature-not-der'),
        // KMS signs SHA-256(payload) as a DIGEST: plain ECDSA-SHA256 over the payload. KMS does
        // not normalise to low S, and OpenSSL accepts high S, as it must here.
        verify: (payload, key, signature) => (0,external_node_crypto_namespaceObject.verify)('sha256', payload, verifyKeyInput('ECDSA_SHA_256', key), signature),
    },
    ED25519: {
        acceptsKey: (key) => key.asymmetricKeyType === 'ed25519',
        keyDescription: 'an Ed25519 key',
        shapeProblem: (signature) => signature.length === embedded_algorithms_ED25519_SIGNATURE_BYTES ? undefined : 'signature-wrong-length',
        verify: (payload, key, signature) => (0,external_node_crypto_namespaceObject.verify)(null, payload, key, signature),
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

;// CONCATENATED MODULE: ./src/formats/embedded/embedded-error.ts

/** Why an embedded signature is not valid. */
class EmbeddedSignatureError extends CodedError {
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

;// CONCATENATED MODULE: ./src/formats/embedded/embedded-signature.ts





function embeddedSignatureFrom(value) {
    if (!isPlainObject(value))
        embedded_signature_malformed('is not an object');
    const algorithmName = value['algorithm'];
    const algorithm = typeof algorithmName === 'string' ? EMBEDDED_ALGORITHM_NAMES.get(algorithmName) : undefined;
    if (algorithm === undefined) {
        throw new EmbeddedSignatureError('unsupported-algorithm', `algorithm ${JSON.stringify(algorithmName)} is not ECDSA-SHA-256 or ed25519`);
    }
    let scheme;
    try {
        scheme = schemeOf(value['covers']);
    }
    catch (error) {
        if (error instanceof PayloadError)
            throw new EmbeddedSignatureError(error.code, error.message);
        throw error;
    }
    const signatureText = value['signature'];
    if (typeof signatureText !== 'string')
        embedded_signature_malformed('has no "signature" string');
    const signature = bytesFromBase64(signatureText);
    if (signature === undefined) {
        throw new EmbeddedSignatureError('signature-not-base64', 'signature is not canonical base64');
    }
    const publicKey = value['public_key'];
    if (publicKey !== undefined && typeof publicKey !== 'string')
        embedded_signature_malformed('"public_key" is not a string');
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
function embedded_signature_malformed(reason) {
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
        const rule = EMBEDDED_ALGORITHMS[signature.algorithm];
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
    if (!verifiesUnder(rule, payload, key.publicKey, signature.signature)) {
        throw new EmbeddedSignatureError('signature-mismatch', 'signature does not match the signed content');
    }
    const trusted = trustedKeyFor(keysTrustedFor('embedded', trust.keys), key.spkiDer);
    if (trusted) {
        return {
            status: 'verified',
            keyIdentifier: trusted.identifier,
            message: `signed by ${trusted.identifier}`,
        };
    }
    const otherKind = listedForOtherKinds('embedded', trust.keys, key.spkiDer);
    if (otherKind) {
        return {
            status: 'signed_unknown',
            code: 'key-trusted-for-other-kinds',
            message: `valid signature, but its key is listed at ${otherKind.source} (${otherKind.identifier}) as ${FORM_NAMES[otherKind.kind]}, which trusts other signature kinds only (one key, one protocol); to trust it for embedded signatures, list it as base64 SPKI or raw Ed25519`,
        };
    }
    const arn = unpinnedArnFor(trust, signature.keyId);
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
    const trusted = keysTrustedFor('embedded', trust.keys).find((key) => verifiesUnder(rule, payload, key.publicKey, signature.signature));
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
        key = publicKeyFromText(text);
    }
    catch (error) {
        const reason = error instanceof public_key_text_KeyTextError ? error.message : 'is unreadable';
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
        return signedPayloadWithGaps(dossier, signature.scheme);
    }
    catch (error) {
        if (error instanceof PayloadError)
            throw new EmbeddedSignatureError(error.code, error.message);
        if (error instanceof dossier_error_DossierError) {
            throw new EmbeddedSignatureError('payload-unavailable', error.message, { cause: error });
        }
        throw error;
    }
}

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
        if (baseDossier === undefined || !(0,external_node_util_namespaceObject.isDeepStrictEqual)(baseDossier.signature?.value, signature)) {
            return check;
        }
        if (checkIntegrity(baseDossier.checksum, baseDossier.body).integrity !== 'valid')
            return check;
        const old = verifyEmbedded(baseDossier, trust);
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
        return parseDossier(bytes);
    }
    catch {
        return undefined;
    }
}

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
        inner = DETACHED_FORMATS[kind].verifier(signatureBytes, keys, context);
    }
    catch (error) {
        result = errorCheck(context, error);
    }
    return {
        update(chunk) {
            if (result !== undefined || inner === undefined)
                return;
            try {
                inner.update(chunk);
            }
            catch (error) {
                result = errorCheck(context, error);
            }
        },
        finish() {
            if (result !== undefined)
                return result;
            try {
                result = inner?.finish() ?? errorCheck(context, new Error('no verifier'));
            }
            catch (error) {
                result = errorCheck(context, error);
            }
            return result;
        },
    };
}

;// CONCATENATED MODULE: ./src/verify/detached-signatures.ts






/**
 * The detached signatures beside a file (`<file>.sig`, `.sigstore.json`, `.minisig`),
 * each checkable against any version of the file; one that cannot be read is an `error`.
 */
async function detachedSignatures(file, relative, readFile) {
    const found = [];
    for (const kind of DETACHED_KINDS) {
        const signatureFile = `${relative}${DETACHED_FORMATS[kind].suffix}`;
        let signatureBytes;
        try {
            signatureBytes = await readFile(`${file}${DETACHED_FORMATS[kind].suffix}`);
        }
        catch (error) {
            const code = error instanceof ReadError ? error.code : 'unreadable';
            const check = {
                kind,
                status: 'error',
                signatureFile,
                code,
                message: `${signatureFile} ${messageOf(error)}`,
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
                if (isTaggedPayload(bytes))
                    return payloadAsFile(kind, signatureFile, bytes);
                const keys = keysTrustedFor(kind, trust.keys);
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
    const [code, what] = isDssePae(bytes)
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
    const actual = (0,external_node_crypto_namespaceObject.createHash)('sha256').update(bytes).digest();
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
const READ_BUDGET_BYTES = 2 * (MAX_DOSSIER_BYTES + 1);
const DOSSIER_SUFFIX = '.ds.md';
/** Verify every file, `CONCURRENCY` at a time; reports come back in input order. */
async function verifyFiles(options) {
    const buffers = new BufferPool(CONCURRENCY, READ_BUDGET_BYTES);
    return mapBounded(options.files, CONCURRENCY, (file) => verifyFile(file, options, buffers));
}
/** One file's report. Never throws: anything unexpected becomes an `error` report. */
async function verifyFile(file, options, buffers) {
    const relative = external_node_path_default().relative(options.workspace, file).split((external_node_path_default()).sep).join('/');
    const readFile = options.readFile ?? ((f) => readFileNoFollow(f, MAX_DOSSIER_BYTES));
    // Only the file itself is read into a pooled buffer, given back once its report is
    // made (a report holds no bytes: strings and codes only), or its read failed.
    let lent;
    const borrow = async (capacity) => (lent = await buffers.take(capacity));
    const readDossier = options.readFile ??
        ((f) => readFileNoFollow(f, MAX_DOSSIER_BYTES, buffers ? { bufferFor: borrow } : undefined));
    try {
        const bytes = await readDossier(file);
        if (bytes === undefined)
            throw new ReadError('file-missing', 'does not exist');
        const detached = await detachedSignatures(file, relative, readFile);
        const attested = attestedSignatures(relative, options.provenance);
        const recheckable = [...detached, ...attested];
        const signatures = recheckable.map((found) => found.check(bytes, options.trust));
        const { dossier, problem } = dossierOf(bytes, relative, recheckable.length > 0);
        const integrity = dossier
            ? checkIntegrity(dossier.checksum, dossier.body)
            : { integrity: 'missing', message: 'is not a dossier' };
        const embedded = dossier && verifyEmbedded(dossier, options.trust);
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
        const unreadable = error instanceof ReadError;
        return {
            file: relative,
            integrity: 'missing',
            authenticity: 'error',
            recommendation: 'BLOCK',
            signatures: [],
            message: unreadable
                ? `${error.message}${READ_HINTS[error.code]}`
                : `could not be verified: ${messageOf(error)}`,
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
        return { dossier: parseDossier(bytes) };
    }
    catch (error) {
        if (!(error instanceof dossier_error_DossierError))
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

;// CONCATENATED MODULE: ./src/formats/provenance/provenance-error.ts

/**
 * A provenance bundle (formats.md 7), or the statement in it, that cannot be read as
 * written or could not be made: nothing in it can be said about any file.
 */
class ProvenanceError extends CodedError {
}

;// CONCATENATED MODULE: ./src/formats/provenance/json-fields.ts


/**
 * The top-level JSON object in `bytes`, read strictly: size checked before parsing,
 * invalid UTF-8 refused (not replaced by U+FFFD), a BOM refused, nesting bounded after
 * parsing. V8's JSON.parse copes with any depth, but JSON.stringify and every reader
 * after it recurse, and 100,000 levels overflow the stack.
 */
function strictJsonObject(bytes, limits, what) {
    if (bytes.length > limits.maxBytes) {
        throw new ProvenanceError('provenance-too-large', `${what} is ${bytes.length} bytes; at most ${limits.maxBytes} are read`);
    }
    let root;
    try {
        root = strictJsonParse(bytes);
    }
    catch (error) {
        throw new ProvenanceError('provenance-not-json', `${what} is not valid UTF-8 JSON`, {
            cause: error,
        });
    }
    // Depth first: a hostile root (an array 100,000 deep) is named for what it is.
    if (nestedDeeperThan(root, limits.maxDepth)) {
        throw new ProvenanceError('provenance-too-deep', `${what} nests JSON more than ${limits.maxDepth} levels deep`);
    }
    return json_fields_objectAt(root, what);
}
function json_fields_objectAt(value, where, code = 'provenance-bad-field') {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new ProvenanceError(code, `has no JSON object at ${where}`);
    }
    return value;
}
function json_fields_stringAt(value, where, code = 'provenance-bad-field') {
    if (typeof value !== 'string')
        throw new ProvenanceError(code, `has no string at ${where}`);
    return value;
}


;// CONCATENATED MODULE: ./src/verify/provenance/bounded-json.ts


/** A statement the attest package builds nests 6 levels; this is far below a stack overflow. */
const bounded_json_MAX_DEPTH = 32;
/**
 * The top-level JSON object of `bytes` (the size is capped by the caller's bounded read),
 * read by the same strict reader the writer checks its own output with: invalid UTF-8, a
 * BOM and deep nesting are refused.
 */
function bounded_json_jsonObjectFrom(bytes, what) {
    return strictJsonObject(bytes, { maxBytes: Number.MAX_SAFE_INTEGER, maxDepth: bounded_json_MAX_DEPTH }, what);
}
/** The string at `keys` below `root`, or undefined when any step is missing or of another type. */
function bounded_json_optionalString(root, ...keys) {
    let value = root;
    for (const key of keys) {
        if (typeof value !== 'object' || value === null || Array.isArray(value))
            return undefined;
        value = Object.hasOwn(value, key) ? value[key] : undefined;
    }
    return typeof value === 'string' ? value : undefined;
}

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
        throw new ProvenanceError('provenance-too-large', `is ${bytes.length} bytes; a provenance bundle is at most ${MAX_PROVENANCE_BUNDLE_BYTES}`);
    }
    const root = bounded_json_jsonObjectFrom(bytes, 'the bundle');
    if (root['mediaType'] !== dist/* BUNDLE_V03_MEDIA_TYPE */.HM) {
        throw new ProvenanceError('provenance-media-type', `has mediaType ${shown(root['mediaType'])}; expected "${dist/* BUNDLE_V03_MEDIA_TYPE */.HM}"`);
    }
    const material = json_fields_objectAt(root['verificationMaterial'], 'verificationMaterial');
    if (material['publicKey'] === undefined) {
        throw new ProvenanceError('provenance-unsupported-content', 'has no verificationMaterial.publicKey (a keyless, certificate-based bundle?); only bundles from a pinned key are supported');
    }
    const hint = json_fields_objectAt(material['publicKey'], 'verificationMaterial.publicKey')['hint'];
    if (hint !== undefined && typeof hint !== 'string') {
        throw new ProvenanceError('provenance-bad-field', 'has a non-string publicKey.hint');
    }
    if (root['dsseEnvelope'] === undefined) {
        throw new ProvenanceError('provenance-unsupported-content', 'has no dsseEnvelope (a blob signature?); a provenance bundle carries an attestation');
    }
    const envelope = json_fields_objectAt(root['dsseEnvelope'], 'dsseEnvelope');
    const signatures = envelope['signatures'];
    if (!Array.isArray(signatures) || signatures.length === 0) {
        throw new ProvenanceError('provenance-bad-field', 'has no dsseEnvelope.signatures');
    }
    if (signatures.length > MAX_ENVELOPE_SIGNATURES) {
        throw new ProvenanceError('provenance-bad-field', `has ${signatures.length} envelope signatures; at most ${MAX_ENVELOPE_SIGNATURES} are read`);
    }
    return {
        ...(hint === undefined || hint === '' ? {} : { hint }),
        payloadType: json_fields_stringAt(envelope['payloadType'], 'dsseEnvelope.payloadType'),
        payload: base64At(envelope['payload'], 'dsseEnvelope.payload'),
        signatures: signatures.map((entry, i) => base64At(json_fields_objectAt(entry, `dsseEnvelope.signatures[${i}]`)['sig'], `signatures[${i}].sig`)),
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
    const bytes = bytesFromBase64(json_fields_stringAt(value, where));
    if (bytes === undefined) {
        throw new ProvenanceError('provenance-not-base64', `has a ${where} that is not canonical base64`);
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
    const root = bounded_json_jsonObjectFrom(payload, 'the statement');
    const list = root['subject'];
    if (!Array.isArray(list))
        throw new ProvenanceError('provenance-bad-field', 'has no subject list');
    const subjects = new Map();
    list.forEach((entry, i) => {
        const subject = json_fields_objectAt(entry, `subject[${i}]`);
        const name = json_fields_stringAt(subject['name'], `subject[${i}].name`);
        const hex = bounded_json_optionalString(subject, 'digest', 'sha256');
        if (hex === undefined || !SHA256_HEX.test(hex)) {
            throw new ProvenanceError('provenance-bad-field', `has no SHA-256 at subject[${i}].digest`);
        }
        if (subjects.has(name)) {
            throw new ProvenanceError('provenance-duplicate-subject', `lists ${JSON.stringify(name)} more than once`);
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
    const builder = bounded_json_optionalString(predicate, 'runDetails', 'builder', 'id');
    const workflowRef = builder?.replace(SERVER_PREFIX, '');
    const dependencies = objectOrUndefined(predicate, 'buildDefinition')?.['resolvedDependencies'];
    const claims = {
        repository: repositoryOf(bounded_json_optionalString(predicate, ...workflow, 'repository')) ?? repositoryOf(builder),
        workflowPath: bounded_json_optionalString(predicate, ...workflow, 'path'),
        workflowRef,
        ref: bounded_json_optionalString(predicate, ...workflow, 'ref'),
        commit: Array.isArray(dependencies)
            ? bounded_json_optionalString(dependencies[0], 'digest', 'gitCommit')
            : undefined,
        run: bounded_json_optionalString(predicate, 'runDetails', 'metadata', 'invocationId'),
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
        return { matches: actual !== undefined && minimatch(actual, pattern, GLOB), actual };
    },
    ref: (expected, { ref }) => ({
        matches: ref !== undefined && minimatch(ref, expected, GLOB),
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
    const keys = keysTrustedFor('provenance', trust.keys);
    const { match, fitting } = signerOf(bundle, keys);
    if (match === undefined) {
        const code = fitting === 0 ? 'provenance-no-fitting-key' : 'provenance-signature-mismatch';
        return invalid(code, `${unsignedWhy(fitting)}${listedElsewhere(bundle, trust.keys)}`);
    }
    if (bundle.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
        return invalid('provenance-payload-type', `has payloadType ${shown(bundle.payloadType)}; a provenance bundle carries "${IN_TOTO_PAYLOAD_TYPE}"`);
    }
    if (statement.type !== STATEMENT_V1_TYPE) {
        return invalid('provenance-statement-type', `holds a statement of _type ${shown(statement.type)}; expected "${STATEMENT_V1_TYPE}"`);
    }
    if (statement.predicateType !== SLSA_PROVENANCE_V1) {
        return invalid('provenance-predicate-type', `has predicateType ${shown(statement.predicateType)}; only "${SLSA_PROVENANCE_V1}" (SLSA provenance v1) is accepted`);
    }
    const mismatch = provenanceMismatch(expected, statement.claims);
    if (mismatch !== undefined) {
        const actual = mismatch.actual === undefined ? 'no' : shown(mismatch.actual);
        return invalid(`provenance-${mismatch.field}-mismatch`, `is signed by trusted key ${match.key.identifier}, but \`${INPUT_NAMES[mismatch.field]}\` is ${shown(mismatch.expected)} and its provenance names ${actual} ${mismatch.field}`);
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
    const hinted = keys.filter((key) => sigstoreKeyHint(key.spkiDer) === bundle.hint);
    const ordered = [...hinted, ...keys.filter((key) => !hinted.includes(key))];
    let fitting = 0;
    for (const signature of bundle.signatures) {
        const candidates = candidatesFor(signature, ordered);
        fitting = Math.max(fitting, keyCount(candidates));
        const verifier = new CandidateVerifier(signature, candidates);
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
    const trusted = keysTrustedFor('provenance', keys);
    const other = keys.find((key) => !trusted.includes(key) && sigstoreKeyHint(key.spkiDer) === bundle.hint);
    return other === undefined
        ? ''
        : ` Its key hint names ${other.identifier}, listed as ${FORM_NAMES[other.kind]}, which verifies other kinds only (list it as SPKI to trust it for provenance).`;
}

;// CONCATENATED MODULE: ./src/verify/provenance/load-provenance.ts







/**
 * Find, read (no-follow, bounded) and check every bundle `provenance-files` matches, once
 * for all the files each lists. A bundle that is a link, or cannot be read as one, is a
 * failure of its own: the files it might have listed fall back to their other signatures.
 */
async function loadProvenance(workspace, options, trust) {
    // No suffix is skipped: a bundle may well be named `*.sigstore.json`.
    const { files, refused } = await findWorkspaceFiles(workspace, options.patterns, []);
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
            const code = error instanceof CodedError ? String(error.code) : 'provenance-unreadable';
            failures.push(failed(file, code, `${file} ${messageOf(error)}`));
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
    const bytes = await readFileNoFollow(external_node_path_default().join(workspace, file), MAX_PROVENANCE_BUNDLE_BYTES);
    if (bytes === undefined)
        throw new ReadError('file-missing', 'disappeared while it was read');
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







class VerifyWorkspaceError extends CodedError {
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
    const { files, refused } = await findWorkspaceFiles(options.workspace, options.patterns, SIGNATURE_SUFFIXES);
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

;// CONCATENATED MODULE: ./src/cli.ts
/**
 * `npx dossier-sign verify [files...]`: the pull-request check, run locally. It calls the
 * same `verifyWorkspace` as the action, so it gives the same report and the same exit rule.
 */











const USAGE = `Usage: dossier-sign verify [FILE_DIR_OR_GLOB...] [options]

Verify dossiers' embedded and detached signatures offline, exactly as the action's
verify mode does (default: the --files globs under the current directory). A folder
argument is walked with the --files globs.

Options:
  --trusted-keys-file FILE   trusted keys in the upstream format (repeatable)
  --trusted-keys TEXT        trusted-keys entries inline
  --files GLOB               which files a folder holds (repeatable; default **/*.ds.md)
  --provenance-files GLOB    provenance bundles that may verify the files they list (repeatable)
  --expected-repository R    provenance must name this repository (owner/name)
  --expected-workflow W      ...this workflow: a path, or an owner/repo/<path>@<ref> glob
  --expected-ref GLOB        ...a ref matching this glob, e.g. refs/heads/main
  --policy warn|strict       ADR-002 table (warn, default) or strict
  --fail-on block|warn|never exit 1 on BLOCK (default), on WARN too, or never
  --json                     print the report as JSON (the action's \`report\` output)
  --version                  print the version
  -h, --help                 this text

Exit status: 0 when nothing fails per --fail-on (by default: every file ALLOW or WARN);
1 when something does (by default: a file is BLOCKed); 2 on bad usage, or a named file or
trusted-keys file that does not exist. Globs that match nothing are a note on stderr and
exit 0, as in the action (a repository with no dossiers yet passes).`;
const EXIT = { ok: 0, failed: 1, usage: 2 };
const LABEL = {
    ALLOW: 'ALLOW',
    WARN: 'WARN ',
    BLOCK: 'BLOCK',
};
/** The caller's mistake: exit 2, like every other error before a verdict. */
class UsageError extends Error {
}
async function main(argv) {
    const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({
        args: argv,
        allowPositionals: true,
        options: {
            'trusted-keys-file': { type: 'string', multiple: true, default: [] },
            'trusted-keys': { type: 'string', default: '' },
            files: { type: 'string', multiple: true, default: [] },
            'provenance-files': { type: 'string', multiple: true, default: [] },
            'expected-repository': { type: 'string' },
            'expected-workflow': { type: 'string' },
            'expected-ref': { type: 'string' },
            policy: { type: 'string', default: 'warn' },
            'fail-on': { type: 'string', default: 'block' },
            json: { type: 'boolean', default: false },
            version: { type: 'boolean', default: false },
            help: { type: 'boolean', short: 'h', default: false },
        },
    });
    if (values.version) {
        console.log(VERSION);
        return EXIT.ok;
    }
    const [command, ...targets] = positionals;
    if (values.help) {
        console.log(USAGE);
        return EXIT.ok;
    }
    if (command === undefined) {
        // Bad usage: the text goes to stderr, so `dossier-sign > report.txt` does not hide it.
        console.error(USAGE);
        return EXIT.usage;
    }
    if (command !== 'verify') {
        throw new UsageError(`unknown command "${command}"; the only command is \`verify\`.`);
    }
    const policy = oneOf(values.policy, ['warn', 'strict'], '--policy');
    const failOn = oneOf(values['fail-on'], ['block', 'warn', 'never'], '--fail-on');
    const workspace = process.cwd();
    const globs = values.files.length > 0 ? values.files : ['**/*.ds.md'];
    const patterns = parseFilePatterns((await patternsFor(workspace, targets, globs)).join('\n'), 'FILE_DIR_OR_GLOB');
    const provenancePatterns = values['provenance-files'].length === 0
        ? undefined
        : parseFilePatterns(values['provenance-files'].join('\n'), '--provenance-files');
    const expected = {
        repository: values['expected-repository'],
        workflow: values['expected-workflow'],
        ref: values['expected-ref'],
    };
    if (provenancePatterns === undefined && Object.values(expected).some(Boolean)) {
        throw new UsageError('--expected-repository, --expected-workflow and --expected-ref apply to provenance bundles; give --provenance-files too.');
    }
    const trust = await loadTrust(values['trusted-keys-file'].map((f) => ({ path: external_node_path_default().resolve(workspace, f), display: f })), values['trusted-keys']);
    for (const entry of trust.unpinnedArns) {
        console.error(`note: ${printable_printable(entry.source)}: the ARN ${entry.arn} has no key bytes, so offline it trusts nothing.`);
    }
    if (trust.keys.length === 0) {
        console.error('note: no trusted keys were given (--trusted-keys-file, --trusted-keys): no signature can be verified.');
    }
    let reports;
    try {
        const verification = await verifyWorkspace({
            workspace,
            patterns,
            trust,
            policy,
            provenance: provenancePatterns && { patterns: provenancePatterns, expected },
        });
        for (const w of verification.warnings)
            console.error(`warning: ${printable_printable(w.message)}`);
        for (const note of verification.notes)
            console.error(`warning: ${printable_printable(note)}`);
        reports = verification.reports;
    }
    catch (error) {
        if (!(error instanceof VerifyWorkspaceError))
            throw error;
        // As the action: a repository with no dossiers yet is not a failure, but it is said.
        console.error(`note: ${printable_printable(error.message)} Nothing was verified.`);
        reports = [];
    }
    const totals = verifyTotalsOf(reports);
    if (values.json) {
        console.log(reportJson(reports));
    }
    else {
        for (const r of reports) {
            console.log(`${LABEL[r.recommendation]}  ${printable_printable(r.file)}  checksum=${r.integrity} signature=${r.authenticity}${r.coverage ? ` covers=${r.coverage}` : ''}${r.trustedIdentifier ? ` key=${printable_printable(r.trustedIdentifier)}` : ''}${r.provenance?.workflow ? ` provenance=${printable_printable(r.provenance.workflow)}` : ''}`);
            if (r.recommendation !== 'ALLOW')
                console.log(`       ${printable_printable(r.message)}`);
        }
        console.log(`\n${totals.files} file(s): ${totals.blocked} blocked, ${totals.warned} warned; ${totals.verified} verified, ` +
            `${totals.unknown} unknown key, ${totals.unsigned} unsigned, ${totals.invalid} invalid, ${totals.stale} stale.`);
    }
    const fails = {
        block: totals.blocked > 0,
        warn: totals.blocked + totals.warned > 0,
        never: false,
    };
    return fails[failOn] ? EXIT.failed : EXIT.ok;
}
/**
 * Each argument as a glob relative to the workspace: a folder becomes the --files globs
 * under it, an existing file its escaped path, a glob itself. A plain name that does not
 * exist is a usage error, not an empty match: the user named something that is not there.
 */
async function patternsFor(workspace, targets, globs) {
    if (targets.length === 0)
        return [...globs];
    const patterns = [];
    for (const target of targets) {
        const negated = target.startsWith('!');
        const text = negated ? target.slice(1) : target;
        if (negated || /[*?[\]{}]/.test(text)) {
            patterns.push(target);
            continue;
        }
        const relative = external_node_path_default().relative(workspace, external_node_path_default().resolve(workspace, text))
            .split((external_node_path_default()).sep)
            .join('/');
        if (relative.startsWith('..') || external_node_path_default().isAbsolute(relative)) {
            throw new UsageError(`${printable_printable(target)} points outside the workspace (${printable_printable(workspace)}); run the check from the repository's root.`);
        }
        let stats;
        try {
            stats = await (0,promises_namespaceObject.lstat)(external_node_path_default().join(workspace, relative));
        }
        catch {
            throw new UsageError(`${printable_printable(target)} does not exist.`);
        }
        const literal = escape_escape(relative);
        if (stats.isDirectory() && relative === '')
            patterns.push(...globs);
        else if (stats.isDirectory())
            patterns.push(...globs.map((g) => `${literal}/${g}`));
        else
            patterns.push(literal);
    }
    return patterns;
}
function oneOf(value, allowed, flag) {
    if (allowed.includes(value ?? ''))
        return value;
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, not "${value}".`);
}
main(process.argv.slice(2)).then((code) => (process.exitCode = code), (error) => {
    // A bad flag, pattern, path or trusted-keys file: the caller's to fix, before any verdict.
    console.error(`dossier-sign: ${printable_printable(messageOf(error))}`);
    process.exitCode = EXIT.usage;
});


//# sourceMappingURL=index.js.map