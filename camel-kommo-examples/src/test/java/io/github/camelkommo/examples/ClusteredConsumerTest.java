package io.github.camelkommo.examples;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.camelkommo.KommoComponent;
import io.github.camelkommo.KommoConstants;
import io.github.camelkommo.sandbox.KommoSandbox;
import io.github.camelkommo.sandbox.SandboxClock;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scale-out recipe of the user guide: two replicas run the same {@code master:} route over {@code kommo:leads};
 * only the leader polls, and when it stops the other takes over from the watermark the leader left in a shared
 * {@link FileStateRepository}, so no change is delivered twice or lost.
 */
class ClusteredConsumerTest {

    @TempDir
    Path shared;

    private CamelContext replica(String name, KommoSandbox sandbox, List<String> received) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(name);
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setId(name);
        cluster.setRoot(shared.resolve("locks").toString());
        cluster.setAcquireLockDelay(100, TimeUnit.MILLISECONDS);
        cluster.setAcquireLockInterval(200, TimeUnit.MILLISECONDS);
        context.addService(cluster);
        KommoComponent kommo = new KommoComponent();
        kommo.setUseEnvironmentVariables(false);
        kommo.getConfiguration().setBaseUrl(sandbox.baseUrl());
        kommo.getConfiguration().setAccessToken(sandbox.token());
        context.addComponent("kommo", kommo);
        context.getRegistry().bind("watermarks",
                FileStateRepository.fileStateRepository(new File(shared.toFile(), "watermarks.dat")));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("master:kommo-leads:kommo:leads?delay=100&stateRepository=#watermarks&modifiedSince="
                     + sandbox.clock().nowSeconds())
                        .process(e -> received.add(name + ":" + e.getMessage().getHeader(KommoConstants.ENTITY_ID)));
            }
        });
        context.start();
        return context;
    }

    private static void await(String what, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void onlyTheLeaderPollsAndTheNextLeaderContinuesFromItsWatermark() throws Exception {
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

    private static long lead(KommoSandbox sandbox, String name) {
        return sandbox.data().create("leads", JsonNodeFactory.instance.objectNode().put("name", name)).get("id").asLong();
    }
}
