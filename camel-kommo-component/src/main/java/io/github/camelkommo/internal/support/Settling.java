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
package io.github.camelkommo.internal.support;

/**
 * Runs a write that settles shared state (a claim of the ledger, a place of the budget's window) even on a thread
 * that was interrupted, as Camel interrupts a consumer's thread when it stops: left undone, the claim or the place
 * would hold the other replicas back until it lapses. The write must be bounded by its store's own timeout; the
 * thread's interrupt is restored afterwards.
 */
public final class Settling {

    private Settling() {
    }

    public static void run(Runnable write) {
        boolean interrupted = Thread.interrupted();
        try {
            write.run();
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
