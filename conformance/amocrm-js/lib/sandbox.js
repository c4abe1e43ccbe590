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
// Starts the standalone sandbox jar on 127.0.0.1 and a free port (--port 0: the sandbox binds it and prints its
// base URL), and stops it. The inspection API (/__sandbox/...) is read with fetch, not through amocrm-js.
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** The standalone jar: $KOMMO_SANDBOX_JAR, else the one the Maven build left in camel-kommo-sandbox/target. */
function sandboxJar() {
    if (process.env.KOMMO_SANDBOX_JAR) {
        return process.env.KOMMO_SANDBOX_JAR;
    }
    const target = path.join(ROOT, 'camel-kommo-sandbox', 'target');
    const jars = fs.existsSync(target)
        ? fs.readdirSync(target).filter(name => /^camel-kommo-sandbox-.*-standalone\.jar$/.test(name)) : [];
    if (jars.length !== 1) {
        throw new Error(`Expected one camel-kommo-sandbox-*-standalone.jar in ${target}, found ${jars.length}: `
            + 'build it with mvn -B -ntp -q -pl camel-kommo-sandbox package -DskipTests');
    }
    return path.join(target, jars[0]);
}

/** Starts the sandbox with these command-line flags; resolves to {baseUrl, stop(), output()}. */
function startSandbox(flags, timeoutMillis = 60_000) {
    const child = spawn('java', ['-jar', sandboxJar(), '--port', '0', '--host', '127.0.0.1', ...flags],
        { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', chunk => { output += chunk; });
    child.stderr.on('data', chunk => { output += chunk; });
    const exited = new Promise(resolve => child.on('exit', code => resolve(code)));
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
            child.kill();
            reject(new Error(`The sandbox did not start within ${timeoutMillis} ms:\n${output}`));
        }, timeoutMillis);
        const onData = () => {
            const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
            if (!match) {
                return;
            }
            clearTimeout(timer);
            child.stdout.off('data', onData);
            resolve({
                baseUrl: match[1],
                output: () => output,
                stop: async () => {
                    if (child.exitCode === null) {
                        child.kill('SIGTERM');
                    }
                    await exited;
                }
            });
        };
        child.stdout.on('data', onData);
        exited.then(code => {
            clearTimeout(timer);
            reject(new Error(`The sandbox exited with ${code} before it listened:\n${output}`));
        });
    });
}

module.exports = { startSandbox };
