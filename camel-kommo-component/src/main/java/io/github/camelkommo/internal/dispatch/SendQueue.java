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
package io.github.camelkommo.internal.dispatch;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelkommo.error.KommoBudgetException;

/**
 * One account's exchanges waiting to be sent, and the few threads that send them. An exchange waits here holding no
 * thread; at most {@code senders} of them are being sent at once (the account's budget lets no more than
 * requestsPerSecond through a second anyway), each on a sender thread, which also completes it. One that is still
 * waiting when its time is up (counted from when it was queued), whose producer stops, or whose account closes, is
 * completed with a {@link KommoBudgetException}: it was not sent. Idle sender threads end after a while; one timer
 * thread watches the deadlines.
 */
public final class SendQueue {

    /** One exchange's work: sent on a sender thread, or refused without being sent; exactly one of the two runs. */
    public interface Job {

        /** Sends the exchange's requests and completes it, on a sender thread. */
        void send();

        /** Completes the exchange with this error: nothing of it was sent. */
        void refuse(KommoBudgetException reason);
    }

    /** The queue whose sender thread this is, while it sends. */
    private static final ThreadLocal<SendQueue> SENDING = new ThreadLocal<>();

    /** How long an idle sender thread is kept. */
    private static final long IDLE_SECONDS = 30;

    private final String account;
    private final Duration timeout;
    private final ThreadPoolExecutor senders;
    private final ScheduledThreadPoolExecutor timer;
    private final Set<Entry> waiting = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /**
     * @param account the account's name, for thread names and errors (no credentials)
     * @param senders how many exchanges are sent at once, at most
     * @param timeout how long an exchange may wait here before it is refused
     */
    public SendQueue(String account, int senders, Duration timeout) {
        this.account = account;
        this.timeout = timeout;
        this.senders = new ThreadPoolExecutor(senders, senders, IDLE_SECONDS, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), threads("Camel kommo-send " + account + " #"));
        this.senders.allowCoreThreadTimeOut(true);
        this.timer = new ScheduledThreadPoolExecutor(1, threads("Camel kommo-send-timer " + account + " #"));
        this.timer.setRemoveOnCancelPolicy(true);
    }

    /**
     * Queues an exchange's work. It is sent when a sender thread is free, or refused when its time is up, its owner
     * {@link #cancel}s or the queue {@link #close}s; possibly before this returns. Work submitted from one of this
     * queue's own sender threads (a route that goes on there and sends to the account again) is sent at once on that
     * thread, since waiting for a free sender could mean waiting for itself.
     *
     * @param owner the producer the exchange came through
     */
    public void submit(Object owner, Job job) {
        if (SENDING.get() == this) {
            // the route goes on on a sender thread and sends to the account again (from a processor, say): queued,
            // it could wait for the very thread it holds, so it is sent here and now
            job.send();
            return;
        }
        Entry entry = new Entry(owner, job);
        waiting.add(entry);
        if (closed) {
            entry.refuse("the kommo producer of " + account + " has stopped");
            return;
        }
        try {
            entry.expiry = timer.schedule(() -> entry.refuse("no permit of the account " + account + " within "
                                                             + timeout.toMillis() + " ms of queueing ("
                                                             + waiting.size() + " exchanges waiting; raise "
                                                             + "permitTimeout or send less)"),
                    timeout.toNanos(), TimeUnit.NANOSECONDS);
            senders.execute(entry);
        } catch (RejectedExecutionException e) {
            entry.refuse("the kommo producer of " + account + " has stopped");
        }
    }

    /** Refuses every exchange of this owner still waiting (its producer stops). */
    public void cancel(Object owner, String reason) {
        waiting.stream().filter(entry -> entry.owner == owner).forEach(entry -> entry.refuse(reason));
    }

    /** How many exchanges wait now, not yet sent. */
    public int waiting() {
        return waiting.size();
    }

    /**
     * Refuses every waiting exchange and lets the sender threads end once their exchanges are done, when the account
     * closes.
     */
    public void close() {
        closed = true;
        waiting.forEach(entry -> entry.refuse("the account " + account + " was closed (its routes stopped)"));
        senders.shutdown();
        timer.shutdownNow();
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** An exchange in the queue: taken once, by a sender or by a refusal. */
    private final class Entry implements Runnable {
        final Object owner;
        final Job job;
        final AtomicBoolean taken = new AtomicBoolean();
        volatile ScheduledFuture<?> expiry;

        Entry(Object owner, Job job) {
            this.owner = owner;
            this.job = job;
        }

        @Override
        public void run() {
            if (take()) {
                SENDING.set(SendQueue.this);
                try {
                    job.send();
                } finally {
                    SENDING.remove();
                }
            }
        }

        void refuse(String reason) {
            if (take()) {
                job.refuse(new KommoBudgetException("The exchange was not sent: " + reason, null));
            }
        }

        private boolean take() {
            if (!taken.compareAndSet(false, true)) {
                return false;
            }
            waiting.remove(this);
            ScheduledFuture<?> scheduled = expiry;
            if (scheduled != null) {
                scheduled.cancel(false);
            }
            return true;
        }
    }
}
