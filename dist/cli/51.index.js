export const id = 51;
export const ids = [51];
export const modules = {

/***/ 2051:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AzblobStore: () => (/* binding */ AzblobStore),
/* harmony export */   openAzblobStore: () => (/* binding */ openAzblobStore)
/* harmony export */ });
/* harmony import */ var _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5130);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
// azblob://account/container/prefix through @azure/storage-blob, with a connection string or a SAS token.
// Commit is a server-side copy within the account, then the staged blob is deleted.


const BLOCK = 4 << 20;
class AzblobStore {
    url;
    #container;
    #prefix;
    constructor(container, account, prefix) {
        this.#container = container;
        this.#prefix = prefix;
        this.url = `azblob://${account}/${container.containerName}/${prefix}`;
    }
    #blob(key) {
        return this.#container.getBlockBlobClient(this.#prefix + key);
    }
    async put(key, body, _bytes) {
        await this.#blob(key).uploadStream(body, BLOCK, 2);
    }
    async get(key) {
        try {
            const r = await this.#blob(key).download();
            return r.readableStreamBody;
        }
        catch (e) {
            if (e.statusCode === 404)
                return undefined;
            throw e;
        }
    }
    async promote(from, to) {
        const poller = await this.#blob(to).beginCopyFromURL(this.#blob(from).url);
        const done = await poller.pollUntilDone();
        if (done.copyStatus && done.copyStatus !== 'success')
            throw new Error(`server-side copy of ${to} ended ${done.copyStatus}`);
        // Not part of the retried step: had a delete gone through with its answer lost, a retry's copy would find
        // no source. A staged leftover is removed with the staging prefix after the commit.
        await this.delete(from).catch(() => { });
    }
    async delete(key) {
        await this.#blob(key).deleteIfExists();
    }
    async deletePrefix(prefix) {
        for (const k of await this.list(prefix))
            await this.delete(k);
    }
    async list(prefix) {
        const out = [];
        for await (const b of this.#container.listBlobsFlat({ prefix: this.#prefix + prefix }))
            out.push(b.name.slice(this.#prefix.length));
        return out.sort();
    }
}
async function openAzblobStore(url, settings) {
    const account = url.hostname;
    const [container, ...rest] = url.pathname.replace(/^\/+/, '').split('/');
    if (!container)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ problem: `azblob://${account} names no container`, fix: 'write azblob://ACCOUNT/CONTAINER/PREFIX' });
    let service;
    if (settings.azureConnectionString)
        service = _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .BlobServiceClient */ .wS.fromConnectionString(settings.azureConnectionString);
    else if (settings.azureSasToken) {
        const endpoint = (settings.azureEndpoint || `https://${account}.blob.core.windows.net`).replace(/\/+$/, '');
        service = new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .BlobServiceClient */ .wS(`${endpoint}?${settings.azureSasToken.replace(/^\?/, '')}`);
    }
    else {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ input: 'azure-connection-string', problem: `no credentials for azblob://${account}`, fix: 'set azure-connection-string or azure-sas-token (or env AZURE_STORAGE_CONNECTION_STRING / AZURE_STORAGE_SAS_TOKEN)' });
    }
    if (service.accountName && service.accountName !== account) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ problem: `azblob://${account}: the credentials are for account ${service.accountName}`, fix: 'use the account the credentials belong to in the URL, or credentials for that account' });
    }
    const prefix = rest.join('/').replace(/\/*$/, '/').replace(/^\/$/, '');
    return new AzblobStore(service.getContainerClient(container), account, prefix);
}


/***/ })

};
