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
package io.github.camelkommo.examples;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.KommoComponent;
import io.github.camelkommo.KommoConstants;
import io.github.camelkommo.model.Contact;
import io.github.camelkommo.model.Note;
import io.github.camelkommo.sandbox.KommoSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.Route;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.event.ExchangeCompletedEvent;
import org.apache.camel.impl.event.ExchangeFailedEvent;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The YAML routes of the user guide and the README, as written, loaded into a Camel context whose kommo component
 * talks to the sandbox's demo account, each driven as its text says and checked for what it should leave behind. A
 * route block is a {@code ```yaml} block that starts with {@code - route:} or {@code - from:}; each says in a
 * {@code # needs:} line what it needs besides the component and camel-yaml-dsl, which is what this module has. The
 * guide's contents must list every chapter.
 */
class GuideExamplesTest {

    private static final Path GUIDE = Path.of("..", "docs", "user-guide.md");
    private static final Path README = Path.of("..", "README.md");
    /** Chapters whose routes need what this module does not have; the release check runs them through the CLI. */
    private static final Map<String, String> NOT_RUN_HERE = Map.of(
            "Kamelets", "needs camel-kommo-kamelets",
            "Running with Camel JBang or Camel K", "the release check runs them with the Camel CLI");
    private static final Duration AT_MOST = Duration.ofSeconds(30);

    private static KommoSandbox sandbox;

    @TempDir
    Path dir;

    /** One YAML block of a document: where it is and what it says. */
    record Block(Path doc, int line, String chapter, String yaml) {

        boolean isRoute() {
            return yaml.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst()
                    .map(l -> l.startsWith("- route:") || l.startsWith("- from:")).orElse(false);
        }

        @Override
        public String toString() {
            return doc.getFileName() + ":" + line + " (" + chapter + ")";
        }
    }

    @BeforeAll
    static void startSandbox() {
        sandbox = KommoSandbox.start();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Test
    void theContentsListEveryChapterOfTheGuide() throws IOException {
        List<String> lines = Files.readAllLines(GUIDE, StandardCharsets.UTF_8);
        List<String> chapters = new ArrayList<>();
        boolean fenced = false;
        for (String line : lines) {
            fenced ^= line.startsWith("```");
            if (!fenced && line.startsWith("## ")) {
                chapters.add("- [" + line.substring(3) + "](#" + anchor(line.substring(3)) + ")");
            }
        }
        List<String> contents = lines.stream().dropWhile(l -> !l.startsWith("- [")).takeWhile(l -> l.startsWith("- ["))
                .toList();

        assertThat(contents).as("the contents at the top of " + GUIDE).containsExactlyElementsOf(chapters);
    }

    @Test
    void everyYamlRouteSaysWhatItNeeds() throws IOException {
        List<Block> routes = routeBlocks();

        assertThat(routes).as("YAML routes in the guide and the README").hasSizeGreaterThanOrEqualTo(10);
        assertThat(routes).allSatisfy(b -> assertThat(b.yaml()).as(b + " names what it needs")
                .containsPattern("(?m)^# needs: "));
    }

    @Test
    void everyCustomFieldTheGuideNamesIsOneOfTheDemoAccount() throws IOException {
        String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
        String chapter = guide.substring(guide.indexOf("## Custom fields by name"),
                guide.indexOf("\n## ", guide.indexOf("## Custom fields by name") + 1));
        List<String> named = Pattern.compile("field\\(\"([^\"]+)\"|\\$\\{body\\[([A-Z][^]]*)]}").matcher(chapter)
                .results().map(m -> m.group(1) != null ? m.group(1) : m.group(2)).distinct().toList();
        List<String> demo = Stream.of("leads", "contacts", "companies")
                .flatMap(entity -> sandbox.data().customFields(entity).stream())
                .flatMap(f -> Stream.of(f.path("name").asText(), f.path("code").asText())).toList();

        assertThat(named).as("custom fields the guide's examples name").contains("Discount", "Paid", "PHONE")
                .allSatisfy(name -> assertThat(demo).as("fields and codes of the demo account")
                        .anyMatch(name::equalsIgnoreCase));
    }

    @TestFactory
    Stream<DynamicTest> everyYamlRouteRunsAsWrittenAgainstTheSandbox() throws IOException {
        return routeBlocks().stream().filter(b -> !NOT_RUN_HERE.containsKey(b.chapter()))
                .map(b -> DynamicTest.dynamicTest(b.toString(), () -> run(b)));
    }

    private void run(Block block) throws Exception {
        sandbox.reset();
        List<Exchange> done = new CopyOnWriteArrayList<>();
        List<Exchange> failed = new CopyOnWriteArrayList<>();
        int port = freePort();
        try (CamelContext context = new DefaultCamelContext()) {
            KommoComponent kommo = new KommoComponent();
            kommo.setUseEnvironmentVariables(false);
            kommo.getConfiguration().setBaseUrl(sandbox.baseUrl());
            kommo.getConfiguration().setAccessToken(sandbox.token());
            context.addComponent("kommo", kommo);
            Properties properties = new Properties();
            properties.setProperty("kommo.webhook.external-url", "http://127.0.0.1:" + port);
            context.getPropertiesComponent().setInitialProperties(properties);
            context.getRegistry().bind("watermarks",
                    FileStateRepository.fileStateRepository(dir.resolve("watermarks.properties").toFile()));
            VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
            server.setBindHost("127.0.0.1");
            server.setBindPort(port);
            context.addService(new VertxPlatformHttpServer(server));
            context.getManagementStrategy().addEventNotifier(new EventNotifierSupport() {
                @Override
                public void notify(CamelEvent event) {
                    if (event instanceof ExchangeFailedEvent f) {
                        failed.add(f.getExchange());
                    } else if (event instanceof ExchangeCompletedEvent c && c.getExchange().getException() == null) {
                        done.add(c.getExchange());
                    }
                }
            });
            PluginHelper.getRoutesLoader(context)
                    .loadRoutes(ResourceHelper.fromString("line-" + block.line() + ".camel.yaml", block.yaml()));
            context.start();

            for (Route route : context.getRoutes()) {
                drive(context, route, done);
            }
            assertThat(failed).as("failed exchanges of " + block).isEmpty();
        } finally {
            cleanUp(Path.of("kommo-state.properties"), Path.of("leads"));
        }
    }

    /** Sends what the route's text says it takes, or makes the change it waits for, and checks what it did. */
    private void drive(CamelContext context, Route route, List<Exchange> done) throws Exception {
        String from = route.getEndpoint().getEndpointUri();
        ProducerTemplate template = context.createProducerTemplate();
        if (from.startsWith("direct://find-contact")) {
            List<?> found = template.requestBody("direct:find-contact", null, List.class);
            assertThat(found).singleElement().extracting(c -> ((Contact) c).getName()).isEqualTo("John Smith");
        } else if (from.startsWith("direct://complete-task")) {
            long task = sandbox.data().list("tasks").stream().filter(t -> !t.path("is_completed").asBoolean())
                    .findFirst().orElseThrow().get("id").asLong();
            template.requestBodyAndHeader("direct:complete-task", "Called back", KommoConstants.ENTITY_ID, task);
            ObjectNode stored = sandbox.data().get("tasks", task).orElseThrow();
            assertThat(stored.path("is_completed").asBoolean()).isTrue();
            assertThat(stored.path("result").path("text").asText()).isEqualTo("Called back");
        } else if (from.startsWith("direct://web-order")) {
            template.requestBody("direct:web-order", Map.of("name", "Web order 17", "discount", 5));
            ObjectNode lead = sandbox.data().list("leads").stream()
                    .filter(l -> l.path("name").asText().equals("Web order 17")).findFirst().orElseThrow();
            assertThat(lead.path("custom_fields_values").toString()).contains("\"field_name\":\"Discount\"",
                    "\"values\":[{\"value\":\"5\"}]", "\"field_name\":\"Source\"", "\"value\":\"Website\"");
        } else if (from.startsWith("direct://shop-customer")) {
            Exchange first = template.request("direct:shop-customer",
                    e -> e.getMessage().setBody(Map.of("name", "Anna", "phone", "+1 (555) 010-0200")));
            Exchange again = template.request("direct:shop-customer",
                    e -> e.getMessage().setBody(Map.of("name", "Anna Smith", "phone", "15550100200")));
            assertThat(first.getMessage().getHeader(KommoConstants.UPSERT_ACTIONS)).isEqualTo(List.of("created"));
            assertThat(again.getMessage().getHeader(KommoConstants.UPSERT_ACTIONS)).isEqualTo(List.of("updated"));
            long id = first.getMessage().getHeader(KommoConstants.ENTITY_ID, Long.class);
            assertThat(sandbox.data().list("contacts").stream()
                    .filter(c -> c.path("custom_fields_values").toString().replaceAll("\\D", "")
                            .contains("5550100200")))
                    .singleElement().satisfies(c -> assertThat(c.get("id").asLong()).isEqualTo(id))
                    .satisfies(c -> assertThat(c.get("name").asText()).isEqualTo("Anna Smith"));
        } else if (from.startsWith("direct://note")) {
            long contact = sandbox.data().list("contacts").get(0).get("id").asLong();
            Note note = template.requestBodyAndHeader("direct:note", "Prefers e-mail", KommoConstants.ENTITY_ID,
                    contact, Note.class);
            ObjectNode stored = sandbox.data().get("contacts/notes", note.getId()).orElseThrow();
            assertThat(stored.path("entity_id").asLong()).isEqualTo(contact);
            assertThat(stored.path("params").path("text").asText()).isEqualTo("Prefers e-mail");
        } else if (from.startsWith("direct://purchase")) {
            template.send("direct:purchase", e -> e.getMessage().setHeaders(Map.of("customer", "Corner shop",
                    "segment", 33002L, "price", 990)));
            ObjectNode customer = sandbox.data().list("customers").stream()
                    .filter(c -> c.path("name").asText().equals("Corner shop")).findFirst().orElseThrow();
            assertThat(customer.at("/_embedded/segments/0/id").asLong()).isEqualTo(33002L);
            assertThat(customer.path("ltv").asLong()).isEqualTo(990);
            assertThat(customer.path("purchases_count").asInt()).isEqualTo(1);
        } else if (from.startsWith("direct://new-product")) {
            long catalog = sandbox.data().list("catalogs").stream()
                    .filter(c -> "products".equals(c.path("type").asText())).findFirst().orElseThrow().get("id")
                    .asLong();
            template.send("direct:new-product", e -> e.getMessage().setHeaders(Map.of("catalog", catalog, "name",
                    "Trail shoe", "sku", "TS-1", "price", 12.5, "group", "Services")));
            ObjectNode product = sandbox.data().list("elements").stream()
                    .filter(p -> p.path("name").asText().equals("Trail shoe")).findFirst().orElseThrow();
            long services = sandbox.data().customFields("elements").stream()
                    .filter(f -> f.path("name").asText().equals("Group")).findFirst().orElseThrow().path("enums")
                    .findParents("value").stream().filter(o -> o.path("value").asText().equals("Services"))
                    .findFirst().orElseThrow().path("id").asLong();
            assertThat(product.path("catalog_id").asLong()).isEqualTo(catalog);
            assertThat(product.path("custom_fields_values").toString()).contains("\"value\":\"TS-1\"",
                    "\"value\":\"12.5\"", "\"enum_id\":" + services);
        } else if (from.startsWith("kommo://leads?customFieldsAs=names")) {
            long lead = afterFirstPoll(route, () -> create("Fair lead", JsonNodeFactory.instance.objectNode()));
            awaitDelivered(done, route, lead, null);
        } else if (from.startsWith("kommo://leads?includeDeleted=true")) {
            long lead = sandbox.data().list("leads").get(0).get("id").asLong();
            afterFirstPoll(route, () -> {
                sandbox.data().delete("leads", lead);
                return lead;
            });
            awaitDelivered(done, route, lead, "deleted");
        } else if (from.startsWith("webhook:")) {
            long lead = create("Pushed lead", JsonNodeFactory.instance.objectNode());
            awaitDelivered(done, route, lead, "created");
        } else if (from.startsWith("kommo://leads?delay=60000&modifiedSince=beginning")) {
            List<ObjectNode> leads = sandbox.data().list("leads");
            await().atMost(AT_MOST).untilAsserted(() -> assertThat(leads).allSatisfy(l -> assertThat(
                    Path.of("leads", l.get("id").asLong() + ".json")).content()
                    .contains("\"name\":\"" + l.get("name").asText() + "\"")));
        } else {
            throw new AssertionError("no check for the example route from " + from + ": add one to this test");
        }
    }

    /** Makes the change once the consumer's first poll has set its watermark, then polls at once (not in a minute). */
    private static long afterFirstPoll(Route route, LongSupplier change) {
        ScheduledPollConsumer consumer = (ScheduledPollConsumer) route.getConsumer();
        await().atMost(AT_MOST).until(() -> consumer.isFirstPollDone() && !consumer.isPolling());
        long id = change.getAsLong();
        consumer.run();
        return id;
    }

    private static void awaitDelivered(List<Exchange> done, Route route, long id, String changeType) {
        await().atMost(AT_MOST).until(() -> done.stream()
                .anyMatch(e -> route.getRouteId().equals(e.getFromRouteId())
                               && Long.valueOf(id)
                                       .equals(e.getMessage().getHeader(KommoConstants.ENTITY_ID, Long.class))
                               && (changeType == null
                                   || changeType.equals(e.getMessage().getHeader(KommoConstants.CHANGE_TYPE)))));
    }

    private static long create(String name, ObjectNode fields) {
        return sandbox.data().create("leads", fields.put("name", name)).get("id").asLong();
    }

    private static List<Block> routeBlocks() throws IOException {
        List<Block> blocks = new ArrayList<>(blocks(GUIDE));
        blocks.addAll(blocks(README));
        return blocks.stream().filter(Block::isRoute).toList();
    }

    private static List<Block> blocks(Path doc) throws IOException {
        List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
        List<Block> blocks = new ArrayList<>();
        String chapter = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("## ")) {
                chapter = line.substring(3);
            } else if (line.equals("```yaml")) {
                StringBuilder yaml = new StringBuilder();
                int start = i + 1;
                while (!lines.get(++i).equals("```")) {
                    yaml.append(lines.get(i)).append('\n');
                }
                blocks.add(new Block(doc, start, chapter, yaml.toString()));
            } else if (line.startsWith("```")) {
                while (!lines.get(++i).startsWith("```")) {
                    // a block in another language: its lines are no headings
                }
            }
        }
        return blocks;
    }

    /** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as dashes. */
    private static String anchor(String heading) {
        Matcher kept = Pattern.compile("[\\p{L}\\p{N} _-]").matcher(heading.toLowerCase(Locale.ROOT));
        StringBuilder anchor = new StringBuilder();
        while (kept.find()) {
            anchor.append(kept.group().equals(" ") ? "-" : kept.group());
        }
        return anchor.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** What the examples write relative to the working directory, as written. */
    private static void cleanUp(Path... paths) throws IOException {
        for (Path path : paths) {
            if (Files.exists(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
            }
        }
    }
}
