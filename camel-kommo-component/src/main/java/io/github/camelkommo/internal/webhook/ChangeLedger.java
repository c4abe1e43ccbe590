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
package io.github.camelkommo.internal.webhook;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import io.github.camelkommo.internal.support.Settling;
import io.github.camelkommo.state.AtomicStateRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;

/**
 * Which changes were delivered, shared by the webhook handler and the polls of every endpoint that keeps its
 * watermark under the same key of the same {@link StateRepository}: the webhook route and its reconcile poll, and
 * the replicas of both when the repository is shared ({@code RedisStateRepository}, an
 * {@link AtomicStateRepository}). It is kept in that repository, next to the watermark (key
 * {@code <watermark key>#delivered}), so a restarted or failed-over route does not deliver again what was delivered
 * before.
 * <p>
 * Per entity (its id, negated for a deletion) it holds the {@code updated_at} second last delivered and what was
 * delivered in it: each webhook event by a digest of the event as posted, a poll's change as the entity's whole
 * state. A change older than what was delivered is not delivered. In the same second, a webhook event is delivered
 * unless the same event (Kommo retrying a call) or a poll's change was; a poll's change is not delivered once anything
 * of that second was, since webhooks carried that state.
 * <p>
 * A change is claimed before its exchange and recorded as delivered only after the exchange succeeded, so a crash in
 * between loses nothing; the claim, also kept in the repository, makes other replicas wait: a webhook call for the
 * change is dropped, and a poll stops before it (its watermark stays there) until the claim is settled. A failed
 * exchange gives its claim back for the reconcile poll; a claim nobody settles (its JVM died) lapses after
 * {@value #LEASE_MILLIS} ms.
 * <p>
 * Bounded: the polls report how far their watermark moved ({@link #passed}); what is older is dropped, since the
 * polls never read it again, and a change older than that counts as delivered (it, or a newer state of its entity,
 * was). At most {@value #CAPACITY} entities are kept, the least recently delivered going first.
 */
public final class ChangeLedger {

    /** The most entities the ledger keeps. */
    static final int CAPACITY = 10_000;
    /** How long a claim holds when nobody settles it. */
    static final long LEASE_MILLIS = 5 * 60_000L;
    /** The ledger's key is the watermark's key and this. */
    public static final String KEY_SUFFIX = "#delivered";

    private static final long NONE = Long.MIN_VALUE;
    /** What a poll's change is recorded as: the entity's state in that second. */
    private static final String WHOLE_STATE = "";

    /** What {@link #claim} decided. */
    public enum Verdict {
        /** Deliver it, then report {@link #delivered} or {@link #release}. */
        CLAIMED,
        /** It, or a newer state of the entity, was delivered. */
        DELIVERED,
        /** Being delivered by another exchange, here or on another replica, which has not finished. */
        IN_FLIGHT
    }

    private final LongSupplier clock;
    private StateRepository<String, String> state = new MemoryStateRepository();
    private String key = "unattached" + KEY_SUFFIX;

    /** A ledger in memory until {@link #attach attached}. */
    public ChangeLedger() {
        this(System::currentTimeMillis);
    }

    ChangeLedger(LongSupplier clock) {
        this.clock = clock;
    }

    /** Keeps the ledger in this repository, next to the watermark of this key. */
    public synchronized void attach(StateRepository<String, String> repository, String watermarkKey) {
        this.state = repository;
        this.key = watermarkKey + KEY_SUFFIX;
    }

    /**
     * Claims a change for delivery.
     *
     * @param entityKey the entity's id, negated for a deletion
     * @param digest    the webhook event's digest, or {@code null} for a change a poll read
     */
    public Claim claim(long entityKey, long updatedAt, String digest) {
        String token = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, Character.MAX_RADIX);
        Claim claim = new Claim(entityKey, updatedAt, digest == null ? WHOLE_STATE : digest, digest == null, token);
        claim.verdict = change(book -> book.claim(claim, clock.getAsLong()));
        return claim;
    }

    /** Records a claimed change as delivered (its exchange succeeded). */
    public void delivered(Claim claim) {
        if (claim.granted()) {
            change(book -> book.deliver(claim));
        }
    }

    /** Gives a claim back after its exchange failed, so that a poll delivers the change later. */
    public void release(Claim claim) {
        if (claim.granted()) {
            change(book -> book.release(claim));
        }
    }

    /** A poll's watermark moved to this second: everything older was delivered, or superseded by a newer state. */
    public void passed(long second) {
        change(book -> book.pass(second));
    }

    private <T> T change(Function<Book, T> step) {
        StateRepository<String, String> repository;
        String at;
        synchronized (this) {
            repository = state;
            at = key;
        }
        AtomicReference<T> result = new AtomicReference<>();
        UnaryOperator<String> update = stored -> {
            Book book = Book.decode(stored, at);
            result.set(step.apply(book));
            book.prune(clock.getAsLong());
            return book.changed ? book.encode() : stored;
        };
        Settling.run(() -> {
            if (repository instanceof AtomicStateRepository atomic) {
                atomic.update(at, update);
            } else {
                synchronized (repository) { // endpoints of this JVM sharing the repository update one at a time
                    String before = repository.getState(at);
                    String after = update.apply(before);
                    if (!Objects.equals(before, after)) {
                        repository.setState(at, after);
                    }
                }
            }
        });
        return result.get();
    }

    /** A change claimed for delivery. */
    public static final class Claim {
        private final long key;
        private final long updatedAt;
        private final String digest;
        private final boolean poll;
        private final String token;
        private Verdict verdict;

        private Claim(long key, long updatedAt, String digest, boolean poll, String token) {
            this.key = key;
            this.updatedAt = updatedAt;
            this.digest = digest;
            this.poll = poll;
            this.token = token;
        }

        /** What the ledger decided. */
        public Verdict verdict() {
            return verdict;
        }

        /** Whether the change is to be delivered now. */
        public boolean granted() {
            return verdict == Verdict.CLAIMED;
        }
    }

    /**
     * What was delivered or claimed per entity. Encoded as {@code <floor>|<mark>,<mark>,...}, a delivered mark as
     * {@code <entity>:<second>:<digest>}, a claim as {@code <entity>:<second>:<digest>:<lapses at, ms>:<token>}; an
     * empty digest is a poll's (the whole state).
     */
    private static final class Book {
        private long floor = NONE;
        private final Map<Long, List<Mark>> marks = new LinkedHashMap<>();
        private boolean changed;

        private record Mark(long key, long second, String digest, long lapsesAt, String token) {
            boolean delivered() {
                return token == null;
            }

            String encode() {
                return key + ":" + second + ":" + digest + (delivered() ? "" : ":" + lapsesAt + ":" + token);
            }

            static Mark decode(String text) {
                String[] parts = text.split(":", -1);
                return parts.length == 3
                                         ? new Mark(Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts[2], 0,
                                                 null)
                                         : new Mark(Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts[2],
                                                 Long.parseLong(parts[3]), parts[4]);
            }
        }

        static Book decode(String text, String key) {
            Book book = new Book();
            if (text == null || text.isEmpty()) {
                return book;
            }
            try {
                int bar = text.indexOf('|');
                if (bar > 0) {
                    book.floor = Long.parseLong(text.substring(0, bar));
                }
                for (String mark : text.substring(bar + 1).split(",")) {
                    if (!mark.isEmpty()) {
                        book.add(Mark.decode(mark));
                    }
                }
            } catch (RuntimeException e) {
                throw new IllegalStateException("The ledger of delivered changes under " + key + " is not one this "
                                                + "version reads; remove that key to start it afresh",
                        e);
            }
            return book;
        }

        String encode() {
            return (floor == NONE ? "" : Long.toString(floor)) + "|" + marks.values().stream().flatMap(List::stream)
                    .map(Mark::encode).collect(Collectors.joining(","));
        }

        private void add(Mark mark) {
            marks.computeIfAbsent(mark.key, k -> new ArrayList<>()).add(mark);
        }

        Verdict claim(Claim claim, long now) {
            if (floor != NONE && claim.updatedAt < floor) {
                return Verdict.DELIVERED;
            }
            for (Mark mark : marks.getOrDefault(claim.key, List.of())) {
                boolean sameState = mark.second == claim.updatedAt
                                    && (claim.poll || mark.digest.isEmpty() || mark.digest.equals(claim.digest));
                if (mark.delivered()) {
                    if (mark.second > claim.updatedAt || sameState) {
                        return Verdict.DELIVERED;
                    }
                } else if (mark.lapsesAt > now) {
                    if (sameState) {
                        return Verdict.IN_FLIGHT;
                    }
                    if (mark.second > claim.updatedAt) { // a newer state is on its way; a poll waits for it
                        return claim.poll ? Verdict.IN_FLIGHT : Verdict.DELIVERED;
                    }
                }
            }
            add(new Mark(claim.key, claim.updatedAt, claim.digest, now + LEASE_MILLIS, claim.token));
            changed = true;
            return Verdict.CLAIMED;
        }

        Void deliver(Claim claim) {
            List<Mark> entity = marks.remove(claim.key); // put back last: the most recently delivered
            List<Mark> kept = new ArrayList<>();
            long newest = NONE;
            for (Mark mark : entity == null ? List.<Mark>of() : entity) {
                if (!claim.token.equals(mark.token)) {
                    kept.add(mark);
                    newest = mark.delivered() ? Math.max(newest, mark.second) : newest;
                }
            }
            if (claim.updatedAt >= newest) {
                kept.removeIf(mark -> mark.delivered() && mark.second < claim.updatedAt);
                kept.add(new Mark(claim.key, claim.updatedAt, claim.digest, 0, null));
            }
            marks.put(claim.key, kept);
            changed = true;
            return null;
        }

        Void release(Claim claim) {
            List<Mark> entity = marks.get(claim.key);
            if (entity != null && entity.removeIf(mark -> claim.token.equals(mark.token))) {
                changed = true;
            }
            return null;
        }

        Void pass(long second) {
            if (second > floor) {
                floor = second;
                changed = true;
            }
            return null;
        }

        /** Drops lapsed claims, what is older than the floor, and the least recently delivered beyond capacity. */
        void prune(long now) {
            for (Iterator<List<Mark>> it = marks.values().iterator(); it.hasNext();) {
                List<Mark> entity = it.next();
                if (entity.removeIf(mark -> mark.delivered() ? floor != NONE && mark.second < floor
                                                             : mark.lapsesAt <= now)) {
                    changed = true;
                }
                if (entity.isEmpty()) {
                    it.remove();
                }
            }
            for (Iterator<List<Mark>> it = marks.values().iterator(); marks.size() > CAPACITY && it.hasNext();) {
                if (it.next().stream().allMatch(Mark::delivered)) {
                    it.remove();
                    changed = true;
                }
            }
        }
    }
}
