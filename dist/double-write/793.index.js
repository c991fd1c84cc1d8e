export const id = 793;
export const ids = [793];
export const modules = {

/***/ 98793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S3Store: () => (/* binding */ S3Store),
/* harmony export */   openS3Store: () => (/* binding */ openS3Store)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53711);
// s3://bucket/prefix through the AWS SDK v3. With `s3-endpoint` (S3-compatible servers) addressing is
// path-style. The SDK's own retries are off (the protocol retries whole operations) and so are its default
// CRC trailers, which S3-compatible servers often reject; the read-back hash is the check. A commit's
// server-side copy asks S3 for the SHA-256 of the new object and compares it when the server returns one.

const keyPath = (prefix, key) => prefix + key;
class S3Store {
    url;
    #client;
    #bucket;
    #prefix;
    constructor(client, bucket, prefix) {
        this.#client = client;
        this.#bucket = bucket;
        this.#prefix = prefix;
        this.url = `s3://${bucket}/${prefix}`;
    }
    async put(key, body, bytes) {
        await this.#client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__/* .PutObjectCommand */ .wKZ({ Bucket: this.#bucket, Key: keyPath(this.#prefix, key), Body: body, ContentLength: bytes }));
    }
    async get(key) {
        try {
            const r = await this.#client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__/* .GetObjectCommand */ .jLs({ Bucket: this.#bucket, Key: keyPath(this.#prefix, key) }));
            return r.Body;
        }
        catch (e) {
            if (e.name === 'NoSuchKey' || e.$metadata?.httpStatusCode === 404)
                return undefined;
            throw e;
        }
    }
    async promote(from, to, sha256) {
        const source = `${this.#bucket}/${keyPath(this.#prefix, from).split('/').map(encodeURIComponent).join('/')}`;
        const r = await this.#client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__/* .CopyObjectCommand */ .s9Z({ Bucket: this.#bucket, Key: keyPath(this.#prefix, to), CopySource: source, ChecksumAlgorithm: 'SHA256' }));
        const server = r.CopyObjectResult?.ChecksumSHA256;
        if (sha256 && server && Buffer.from(server, 'base64').toString('hex') !== sha256) {
            throw new Error(`S3 reports SHA-256 ${Buffer.from(server, 'base64').toString('hex')} for ${to} after the copy, expected ${sha256}`);
        }
        // Not part of the retried step: had a delete gone through with its answer lost, a retry's copy would find
        // no source. A staged leftover is removed with the staging prefix after the commit.
        await this.delete(from).catch(() => { });
    }
    async delete(key) {
        await this.#client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__/* .DeleteObjectCommand */ .k4j({ Bucket: this.#bucket, Key: keyPath(this.#prefix, key) }));
    }
    async deletePrefix(prefix) {
        for (const k of await this.list(prefix))
            await this.delete(k);
    }
    async list(prefix) {
        const out = [];
        let token;
        do {
            const r = await this.#client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__/* .ListObjectsV2Command */ .u6x({ Bucket: this.#bucket, Prefix: keyPath(this.#prefix, prefix), ContinuationToken: token }));
            for (const o of r.Contents ?? [])
                if (o.Key)
                    out.push(o.Key.slice(this.#prefix.length));
            token = r.IsTruncated ? r.NextContinuationToken : undefined;
        } while (token);
        return out.sort();
    }
    async close() {
        this.#client.destroy();
    }
}
async function openS3Store(url, settings) {
    const config = {
        region: settings.s3Region || 'us-east-1',
        maxAttempts: 1,
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
        // The SDK would print its own notes to the console; failures reach the user through the protocol's messages.
        logger: { debug: () => { }, info: () => { }, warn: () => { }, error: () => { } },
    };
    if (settings.s3Endpoint) {
        config.endpoint = settings.s3Endpoint;
        config.forcePathStyle = true;
    }
    if (settings.awsAccessKeyId && settings.awsSecretAccessKey) {
        config.credentials = { accessKeyId: settings.awsAccessKeyId, secretAccessKey: settings.awsSecretAccessKey, sessionToken: settings.awsSessionToken || undefined };
    }
    const prefix = url.pathname.replace(/^\/+/, '').replace(/\/*$/, '/').replace(/^\/$/, '');
    return new S3Store(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__/* .S3Client */ .YxF(config), url.hostname, prefix);
}


/***/ })

};
