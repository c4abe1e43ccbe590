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
package io.github.camelkommo.sandbox.internal.http;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The runtime switches of the API's behaviour, shared by the filters and handlers: what a list answers when
 * {@code If-Modified-Since} leaves nothing (204 or 304), whether {@code If-Modified-Since} is ignored entirely, and
 * whether every API request is answered 402 (the account's paid period has ended). {@link #reset()} restores the
 * values the sandbox was built with.
 */
public final class ApiSwitches {

    private final boolean initialIgnoreIfModifiedSince;
    private final boolean initialPaymentRequired;
    private final AtomicInteger notModifiedStatus = new AtomicInteger(204);
    private final AtomicBoolean ignoreIfModifiedSince = new AtomicBoolean();
    private final AtomicBoolean paymentRequired = new AtomicBoolean();

    public ApiSwitches(boolean ignoreIfModifiedSince, boolean paymentRequired) {
        this.initialIgnoreIfModifiedSince = ignoreIfModifiedSince;
        this.initialPaymentRequired = paymentRequired;
        reset();
    }

    /** 204 (default) or 304. */
    public int notModifiedStatus() {
        return notModifiedStatus.get();
    }

    public void notModifiedStatus(int status) {
        notModifiedStatus.set(status);
    }

    public boolean ignoreIfModifiedSince() {
        return ignoreIfModifiedSince.get();
    }

    public void ignoreIfModifiedSince(boolean on) {
        ignoreIfModifiedSince.set(on);
    }

    public boolean paymentRequired() {
        return paymentRequired.get();
    }

    public void paymentRequired(boolean on) {
        paymentRequired.set(on);
    }

    /** Back to 204 and to the built settings. */
    public void reset() {
        notModifiedStatus.set(204);
        ignoreIfModifiedSince.set(initialIgnoreIfModifiedSince);
        paymentRequired.set(initialPaymentRequired);
    }
}
