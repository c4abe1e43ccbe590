/*
 * Copyright 2026 the camel-kommo authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
'use strict';
// The loopback TLS front. amocrm-js builds every request as https.request({hostname: <domain>, path}) on port 443
// (dist/common/DomainRequest.js: getHostname() appends .amocrm.ru to a bare subdomain, makeRequest() calls
// https.request with no port and no agent), so it cannot be pointed at http://127.0.0.1:<port>. Instead of changing
// the client, the harness plays the network: a TLS server with a certificate for the account's domain made at run
// time by openssl, forwarding bytes to the sandbox, and an https.Agent that resolves that domain to the front (a
// hosts-file entry and a port forward, in one place). The client verifies the certificate against the run's own CA
// (no NODE_TLS_REJECT_UNAUTHORIZED=0).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const net = require('node:net');
const tls = require('node:tls');
const https = require('node:https');
const { execFileSync } = require('node:child_process');

/** A self-signed certificate for `domain`, made by openssl in a temporary folder: {key, cert} as PEM. */
function makeCertificate(domain) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommo-front-'));
    try {
        const key = path.join(dir, 'key.pem');
        const cert = path.join(dir, 'cert.pem');
        execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1',
            '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', `/CN=${domain}`,
            '-addext', `subjectAltName=DNS:${domain}`], { stdio: 'pipe' });
        return { key: fs.readFileSync(key), cert: fs.readFileSync(cert) };
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
}

/**
 * Kommo admits 7 requests per second per account (fact sheet §2) and amocrm-js sends as fast as it is called, so
 * the front admits at most `perWindow` new connections per `windowMillis` (the agent opens one connection per
 * request). The margin below 7/1000 ms keeps arrivals at the sandbox under its limit on a loaded machine.
 */
class Pacer {
    constructor(perWindow, windowMillis) {
        this.perWindow = perWindow;
        this.windowMillis = windowMillis;
        this.starts = [];
        this.queue = Promise.resolve();
    }

    admit() {
        const turn = this.queue.then(async () => {
            if (this.starts.length >= this.perWindow) {
                const oldest = this.starts[this.starts.length - this.perWindow];
                const wait = oldest + this.windowMillis - Date.now();
                if (wait > 0) {
                    await new Promise(resolve => setTimeout(resolve, wait));
                }
            }
            this.starts.push(Date.now());
            if (this.starts.length > this.perWindow) {
                this.starts.shift();
            }
        });
        this.queue = turn;
        return turn;
    }
}

/** Starts the front on 127.0.0.1, forwarding every TLS connection to 127.0.0.1:upstreamPort. */
async function startFront({ key, cert, upstreamPort, perWindow = 5, windowMillis = 1000 }) {
    const pacer = new Pacer(perWindow, windowMillis);
    const sockets = new Set();
    const server = tls.createServer({ key, cert }, client => {
        sockets.add(client);
        client.on('close', () => sockets.delete(client));
        client.pause();
        pacer.admit().then(() => {
            const upstream = net.connect(upstreamPort, '127.0.0.1');
            sockets.add(upstream);
            upstream.on('close', () => sockets.delete(upstream));
            upstream.on('error', () => client.destroy());
            client.on('error', () => upstream.destroy());
            client.pipe(upstream).pipe(client);
            client.resume();
        });
    });
    await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
    return {
        port: server.address().port,
        close: () => new Promise(resolve => {
            sockets.forEach(s => s.destroy());
            server.close(() => resolve());
        })
    };
}

/**
 * An https.Agent that sends every connection for `domain`:443 to the front, checking the front's certificate
 * against `ca` under the real server name. keepAlive is off so that each request is one paced connection.
 */
class LoopbackAgent extends https.Agent {
    constructor({ domain, frontPort, ca }) {
        super({ keepAlive: false, ca });
        this.domain = domain;
        this.frontPort = frontPort;
    }

    createConnection(options, callback) {
        if (options.host !== this.domain && options.hostname !== this.domain) {
            throw new Error(`The harness maps only ${this.domain}; the client asked for ${options.host}`);
        }
        return super.createConnection({ ...options, host: '127.0.0.1', port: this.frontPort,
            servername: this.domain }, callback);
    }
}

module.exports = { makeCertificate, startFront, LoopbackAgent, Pacer };
