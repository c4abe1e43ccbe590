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
package io.github.camelkommo.webhook;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What an endpoint has delivered, shared by its webhook handler and its polls: per entity (its id, negated for a
 * deletion) the latest {@code updated_at} second delivered, and which webhook events were delivered in that second
 * (by a digest of the event as posted). A change older than what was delivered is dropped. In the latest second:
 * a webhook event already delivered (Kommo retrying a call) is dropped, a different one (another change in the same
 * second, or the {@code status} event next to the {@code update} of the same change) is delivered; a poll's change
 * (digest {@code null}) is dropped once anything of that second was delivered, since the poll reads the entity's
 * state at that second, which the webhooks carried. A failed exchange releases its claim, so the reconcile poll
 * delivers it later. Holds the latest {@value #CAPACITY} entities.
 */
public final class ChangeLedger {

    static final int CAPACITY = 100_000;

    private final Map<Long, Entry> delivered = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Entry> eldest) {
            return size() > CAPACITY;
        }
    };

    private record Entry(long second, Set<String> digests) {
    }

    /**
     * Claims a change for delivery.
     *
     * @param digest the webhook event's digest, or {@code null} for a change a poll read
     * @return the claim, or {@code null} when it was delivered (or is being delivered) already
     */
    public synchronized Claim claim(long key, long updatedAt, String digest) {
        Entry before = delivered.get(key);
        if (before != null && (before.second > updatedAt || before.second == updatedAt
                                                            && (digest == null || before.digests.contains(digest)))) {
            return null;
        }
        Set<String> digests = new HashSet<>();
        if (before != null && before.second == updatedAt) {
            digests.addAll(before.digests);
        }
        digests.add(digest == null ? "" : digest);
        delivered.put(key, new Entry(updatedAt, digests));
        return new Claim(key, updatedAt, digest, before);
    }

    /** Gives a claim back after its exchange failed (unless a newer change of the entity was claimed since). */
    public synchronized void release(Claim claim) {
        Entry now = delivered.get(claim.key);
        if (now == null || now.second != claim.updatedAt) {
            return;
        }
        Set<String> digests = new HashSet<>(now.digests);
        digests.remove(claim.digest == null ? "" : claim.digest);
        if (!digests.isEmpty()) {
            delivered.put(claim.key, new Entry(now.second, digests));
        } else if (claim.before == null || claim.before.second == claim.updatedAt) {
            delivered.remove(claim.key);
        } else {
            delivered.put(claim.key, claim.before);
        }
    }

    /** A claimed change. */
    public static final class Claim {
        private final long key;
        private final long updatedAt;
        private final String digest;
        private final Entry before;

        private Claim(long key, long updatedAt, String digest, Entry before) {
            this.key = key;
            this.updatedAt = updatedAt;
            this.digest = digest;
            this.before = before;
        }
    }
}
