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
package io.github.camelkommo.auth;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.github.camelkommo.error.KommoReauthorizationRequiredException;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.impl.DefaultCamelContext;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stores: a restart with the file store goes on without a new consent; two Camel contexts (replicas) sharing a
 * JDBC store over a real database (H2) make one refresh between them.
 */
class OAuthStoreTest extends OAuthTestSupport {

    /** A separate Camel context with its own kommo component on this store, and the route direct:leads. */
    private CamelContext replica(KommoTokenStore store) throws Exception {
        CamelContext replica = new DefaultCamelContext();
        replica.addComponent("kommo", oauthComponent(store));
        replica.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:leads").to("kommo:leads?operation=list");
            }
        });
        replica.start();
        return replica;
    }

    @Test
    void aRestartWithTheFileStoreNeedsNoNewConsent() throws Exception {
        KommoTokens connected = connect(kommo());
        template.requestBody("kommo:leads?operation=list", (Object) null);
        context.stop();

        Path file;
        try (Stream<Path> files = Files.list(tokenDirectory)) {
            file = files.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).doesNotContain(CLIENT.clientSecret());

        // the next process: the store alone, no code, no refresh token configured
        CamelContext second = replica(new FileTokenStore(tokenDirectory));
        try (ProducerTemplate producer = second.createProducerTemplate()) {
            producer.requestBody("direct:leads", (Object) null);
        } finally {
            second.stop();
        }
        assertThat(tokenRequests("authorization_code")).hasSize(1);
        assertThat(tokenRequests("refresh_token")).isEmpty();

        // down for a day: the stored access token has expired, here and at Kommo
        FileTokenStore store = new FileTokenStore(tokenDirectory);
        KommoTokens stored = store.load(key()).orElseThrow();
        assertThat(stored.accessToken()).isEqualTo(connected.accessToken());
        assertThat(store.compareAndSet(key(), stored.refreshToken(), new KommoTokens(stored.accessToken(),
                stored.refreshToken(), Instant.now().minusSeconds(1), stored.domain()))).isTrue();
        sandbox().clock().advanceSeconds(86_400);
        int mark = sandbox().stats().requests().size();

        CamelContext third = replica(new FileTokenStore(tokenDirectory));
        try (ProducerTemplate producer = third.createProducerTemplate()) {
            producer.requestBody("direct:leads", (Object) null);
        } finally {
            third.stop();
        }
        assertThat(tokenRequests("refresh_token")).as("refreshed before use").hasSize(1);
        assertThat(apiRequestsSince(mark)).as("no 401: refreshed before the request").extracting(r -> r.status())
                .containsOnly(200);
        assertThat(store.load(key()).orElseThrow().refreshToken()).isNotEqualTo(stored.refreshToken());
    }

    @Test
    void aTokenExpiringWithinTheMarginIsRefreshedBeforeUse() throws Exception {
        FileTokenStore files = new FileTokenStore(tokenDirectory);
        connect(kommo());
        KommoTokens stored = files.load(key()).orElseThrow();
        Instant soon = Instant.now().plus(io.github.camelkommo.internal.client.OAuthTokenSource.REFRESH_MARGIN)
                .minusSeconds(60);
        assertThat(files.compareAndSet(key(), stored.refreshToken(), new KommoTokens(stored.accessToken(),
                stored.refreshToken(), soon, stored.domain()))).isTrue();
        int mark = sandbox().stats().requests().size();

        CamelContext next = replica(new FileTokenStore(tokenDirectory));
        try (ProducerTemplate producer = next.createProducerTemplate()) {
            producer.requestBody("direct:leads", (Object) null);
            producer.requestBody("direct:leads", (Object) null);
        } finally {
            next.stop();
        }
        assertThat(tokenRequests("refresh_token")).hasSize(1);
        assertThat(apiRequestsSince(mark)).extracting(r -> r.status()).containsExactly(200, 200);
        assertThat(files.load(key()).orElseThrow().expiresAt()).isAfter(Instant.now().plusSeconds(86_000));
    }

    /**
     * A replica spends the stored refresh token and dies before the new pair reaches the store. Kommo accepts a
     * refresh token once (amocrm-api-php #123, #475), so the spent one left in the store is refused at the next
     * refresh: the typed error says it was already spent and that the consent step must run again, and the health
     * check is DOWN.
     */
    @Test
    void aCrashBetweenTheRefreshAndTheStoreNeedsTheConsentAgain() throws Exception {
        FileTokenStore files = new FileTokenStore(tokenDirectory);
        KommoTokens before = connect(kommo());
        template.requestBody("kommo:leads?operation=list", (Object) null);
        sandbox().clock().advanceSeconds(86_400); // the access token expired at Kommo

        crashAfterTheRefresh(files);

        // this process's request gets 401, and its refresh spends the stored token again: refused
        Exchange failed = template.request("kommo:leads?operation=list", e -> {
        });
        assertThat(failed.getException()).isInstanceOf(KommoReauthorizationRequiredException.class);
        KommoReauthorizationRequiredException refused = (KommoReauthorizationRequiredException) failed.getException();
        assertThat(refused.getHint()).isEqualTo("Token has been revoked");
        assertThat(refused.getMessage()).contains("refused the stored refresh token").contains("spent already")
                .contains("crashed after Kommo answered its refresh").contains("Run the consent step again");
        assertThat(tokenRequests("refresh_token")).hasSize(2)
                .allSatisfy(r -> assertThat(r.body()).contains(before.refreshToken()))
                .extracting(r -> r.status()).containsExactly(200, 401);

        HealthCheck.Result health = check().call();
        assertThat(health.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(health.getDetails()).containsEntry("oauth", "reauthorization required");
        assertThat(health.getMessage()).get().asString().contains("spent already");
    }

    /** Under the lenient reading of Kommo's guide the same crash loses nothing: the spent token still works. */
    @Test
    void aCrashBetweenTheRefreshAndTheStoreLosesNothingUnderTheLenientReading() throws Exception {
        sandbox().oauth().setLenientRefresh(true);
        FileTokenStore files = new FileTokenStore(tokenDirectory);
        KommoTokens before = connect(kommo());
        sandbox().clock().advanceSeconds(86_400);

        crashAfterTheRefresh(files);

        // the next process spends it again: Kommo keeps it working until the new pair has been used
        CamelContext second = replica(new FileTokenStore(tokenDirectory));
        try (ProducerTemplate producer = second.createProducerTemplate()) {
            producer.requestBody("direct:leads", (Object) null);
        } finally {
            second.stop();
        }
        assertThat(tokenRequests("refresh_token")).hasSize(2)
                .allSatisfy(r -> assertThat(r.body()).contains(before.refreshToken()));
        assertThat(files.load(key()).orElseThrow().refreshToken()).isNotEqualTo(before.refreshToken());
        assertThat(tokenRequests("authorization_code")).as("no new consent").hasSize(1);
    }

    /** A replica refreshes with the stored token and dies after Kommo's answer, before the new pair is stored. */
    private void crashAfterTheRefresh(FileTokenStore files) throws Exception {
        KommoTokens stored = files.load(key()).orElseThrow();
        assertThat(files.compareAndSet(key(), stored.refreshToken(), new KommoTokens(stored.accessToken(),
                stored.refreshToken(), Instant.now().minusSeconds(1), stored.domain()))).isTrue(); // due now
        KommoTokenStore dying = new KommoTokenStore() {
            @Override
            public java.util.Optional<KommoTokens> load(String key) {
                return files.load(key);
            }

            @Override
            public boolean compareAndSet(String key, String expected, KommoTokens next) {
                throw new IllegalStateException("the process died here");
            }

            @Override
            public boolean claim(String key, String refreshToken, String owner, Instant until) {
                return files.claim(key, refreshToken, owner, Instant.now().plusMillis(300)); // its claim runs out soon
            }
        };
        CamelContext first = replica(dying);
        try (ProducerTemplate producer = first.createProducerTemplate()) {
            org.assertj.core.api.Assertions
                    .assertThatThrownBy(() -> producer.requestBody("direct:leads", (Object) null))
                    .hasRootCauseMessage("the process died here");
        } finally {
            first.stop();
        }
        assertThat(tokenRequests("refresh_token")).hasSize(1).extracting(r -> r.status()).containsExactly(200);
        assertThat(files.load(key()).orElseThrow().refreshToken()).as("the spent token is still stored")
                .isEqualTo(stored.refreshToken());
    }

    @Test
    void twoContextsSharingAJdbcStoreRefreshOnce() throws Exception {
        String url = "jdbc:h2:mem:kommo-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        CamelContext a = replica(new JdbcTokenStore(dataSource(url)));
        CamelContext b = replica(new JdbcTokenStore(dataSource(url)));
        try (ProducerTemplate pa = a.createProducerTemplate(); ProducerTemplate pb = b.createProducerTemplate()) {
            connect(kommoOf(a));
            pa.requestBody("direct:leads", (Object) null);
            pb.requestBody("direct:leads", (Object) null); // b takes the pair a stored
            assertThat(tokenRequests("authorization_code")).hasSize(1);

            sandbox().clock().advanceSeconds(86_400);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            CyclicBarrier start = new CyclicBarrier(4);
            List<Future<?>> calls = new ArrayList<>();
            try {
                for (ProducerTemplate p : List.of(pa, pa, pb, pb)) {
                    calls.add(pool.submit(() -> {
                        start.await(30, TimeUnit.SECONDS);
                        p.requestBody("direct:leads", (Object) null);
                        p.requestBody("direct:leads", (Object) null);
                        return null;
                    }));
                }
                for (Future<?> call : calls) {
                    call.get(120, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(tokenRequests("refresh_token")).as("one refresh between both replicas").hasSize(1);
            assertThat(tokensOf(kommoOf(a)).refreshes() + tokensOf(kommoOf(b)).refreshes()).isEqualTo(1);
            KommoTokens stored = new JdbcTokenStore(dataSource(url)).load(key()).orElseThrow();
            assertThat(tokenRequests("refresh_token").get(0).body()).doesNotContain(stored.refreshToken());
        } finally {
            a.stop();
            b.stop();
        }
    }

    private static JdbcDataSource dataSource(String url) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        return ds;
    }

    @Test
    void theJdbcStoreComparesAndSetsAndClaims() {
        JdbcTokenStore store = new JdbcTokenStore(
                dataSource("jdbc:h2:mem:cas-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        KommoTokens one = new KommoTokens("a1", "r1", Instant.ofEpochSecond(100), "acme.kommo.com");
        KommoTokens two = new KommoTokens("a2", "r2", Instant.ofEpochSecond(200), "acme.kommo.com");
        assertThat(store.load("k")).isEmpty();
        assertThat(store.compareAndSet("k", null, one)).isTrue();
        assertThat(store.compareAndSet("k", null, two)).as("already stored").isFalse();
        assertThat(store.claim("k", "r1", "p1", Instant.now().plusSeconds(60))).isTrue();
        assertThat(store.claim("k", "r1", "p2", Instant.now().plusSeconds(60))).as("held by p1").isFalse();
        assertThat(store.claim("k", "r0", "p1", Instant.now().plusSeconds(60))).as("not the stored token").isFalse();
        assertThat(store.compareAndSet("k", "r0", two)).isFalse();
        assertThat(store.compareAndSet("k", "r1", two)).isTrue();
        assertThat(store.load("k")).contains(two);
        assertThat(store.claim("k", "r2", "p2", Instant.now().minusSeconds(1))).isTrue();
        assertThat(store.claim("k", "r2", "p3", Instant.now().plusSeconds(60))).as("p2's claim expired").isTrue();
    }
}
