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
// A node:test reporter: one line per test (a known gap shows as SKIP with its reason), the failures with their
// errors, the output the tests printed, and as its last line "N passed, N failed".
import { inspect } from 'node:util';

export default async function* summary(source) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for await (const event of source) {
        const { type, data } = event;
        if (type === 'test:stdout' || type === 'test:stderr') {
            yield `  | ${data.message}`;
        } else if (type === 'test:pass' && data.nesting === 0) {
            if (data.skip !== undefined || data.todo !== undefined) {
                skipped++;
                yield `SKIP ${data.name}: ${data.skip ?? data.todo}\n`;
            } else {
                passed++;
                yield `ok   ${data.name} (${Math.round(data.details.duration_ms)} ms)\n`;
            }
        } else if (type === 'test:fail' && data.nesting === 0) {
            failed++;
            const error = data.details.error;
            const cause = error && error.cause ? error.cause : error;
            yield `FAIL ${data.name}\n${inspect(cause, { depth: 4 }).replace(/^/gm, '     ')}\n`;
        }
    }
    if (skipped > 0) {
        yield `${skipped} skipped (known gaps, listed above)\n`;
    }
    yield `${passed} passed, ${failed} failed\n`;
}
