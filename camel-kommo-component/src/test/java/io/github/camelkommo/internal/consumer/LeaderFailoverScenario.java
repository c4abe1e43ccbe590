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
package io.github.camelkommo.internal.consumer;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.camelkommo.sandbox.KommoSandbox;
import io.github.camelkommo.sandbox.SandboxClock;
import org.apache.camel.CamelContext;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scale-out scenario of the user guide, whatever elects the leader and keeps the watermark: two replicas run the
 * same leader-only route over {@code kommo:leads} and add {@code "<replica>:<lead id>"} to a list for each change;
 * only the leader polls, and when it stops the other takes over from the shared watermark, so no change is delivered
 * twice or lost. Subclasses say how a replica is made.
 */
public abstract class LeaderFailoverScenario {

    /** A started replica named {@code name} (also its context's name) that adds what it receives to {@code received}. */
    protected abstract CamelContext replica(String name, KommoSandbox sandbox, List<String> received) throws Exception;

    @Test
    public void onlyTheLeaderPollsAndTheNextLeaderContinuesFromItsWatermark() throws Exception {
        try (KommoSandbox sandbox = KommoSandbox.builder().clock(SandboxClock.fixed(1_767_225_600L)).start()) {
            List<String> received = new CopyOnWriteArrayList<>();
            CamelContext first = replica("first", sandbox, received);
            CamelContext second = replica("second", sandbox, received);
            List<Long> before = List.of(lead(sandbox, "a"), lead(sandbox, "b"), lead(sandbox, "c"));
            await("the first three leads", () -> received.size() >= 3);
            String leader = received.get(0).split(":")[0];
            CamelContext leading = leader.equals("first") ? first : second;
            CamelContext following = leading == first ? second : first;

            leading.stop();
            sandbox.clock().advanceSeconds(1);
            List<Long> after = List.of(lead(sandbox, "d"), lead(sandbox, "e"));
            await("the next two leads", () -> received.size() >= 5);
            int polls = sandbox.stats().requests("GET", "/api/v4/leads").size();
            await("three more polls, in which a duplicate would show", // the new leader's, answered 204
                    () -> sandbox.stats().requests("GET", "/api/v4/leads").size() >= polls + 3);
            following.stop();

            String next = following.getName();
            assertThat(received).containsExactly(
                    leader + ":" + before.get(0), leader + ":" + before.get(1), leader + ":" + before.get(2),
                    next + ":" + after.get(0), next + ":" + after.get(1));
        }
    }

    /** Waits up to 30 seconds for {@code done}, failing with what was awaited. */
    public static void await(String what, BooleanSupplier done) {
        Awaitility.await(what).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                .until(done::getAsBoolean);
    }

    /** Creates a lead in the sandbox, as a Kommo user would, and returns its id. */
    public static long lead(KommoSandbox sandbox, String name) {
        return sandbox.data().create("leads", JsonNodeFactory.instance.objectNode().put("name", name)).get("id")
                .asLong();
    }
}
