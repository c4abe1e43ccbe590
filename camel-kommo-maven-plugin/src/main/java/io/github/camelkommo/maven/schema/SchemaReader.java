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
package io.github.camelkommo.maven.schema;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelkommo.KommoComponent;
import io.github.camelkommo.internal.client.KommoClient;
import io.github.camelkommo.internal.client.KommoRequest;
import io.github.camelkommo.model.KommoJson;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Reads an account's schema live, through the kommo component itself: a small CamelContext whose {@code kommo:}
 * endpoints read the custom fields, pipelines, users, loss reasons and the account's task types, so every request
 * passes the account's request budget (7 per second, 429s waited out) exactly as a route's would. Field groups,
 * which no entity of the component serves, are read through the same component's client and budget.
 */
public final class SchemaReader {

    private final ObjectMapper mapper = KommoJson.newMapper();

    /** Reads the schema of the account a connection names. */
    public AccountSchema read(KommoConnection connection) throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            KommoComponent kommo = new KommoComponent();
            kommo.setConfiguration(connection.configuration());
            context.addComponent("kommo", kommo);
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            JsonNode account = json(template.requestBody("kommo:account?operation=get&rawJson=true&with=task_types",
                    (Object) null));
            Map<String, List<AccountSchema.Field>> fields = new LinkedHashMap<>();
            Map<String, List<AccountSchema.Group>> groups = new LinkedHashMap<>();
            KommoClient client = kommo.accounts().client(kommo.getConfiguration());
            for (String entity : AccountSchema.CARD_ENTITIES) {
                fields.put(entity, all(template, "customFields?entityType=" + entity, this::field));
                groups.put(entity, groups(client, entity));
            }
            return new AccountSchema(
                    new AccountSchema.AccountInfo(longOrNull(account, "id"), text(account, "name"),
                            text(account, "subdomain")),
                    fields, groups,
                    all(template, "pipelines", this::pipeline),
                    all(template, "users", SchemaReader::named),
                    namedList(account.path("_embedded").path("task_types")),
                    all(template, "lossReasons", SchemaReader::named));
        }
    }

    private <T> List<T> all(ProducerTemplate template, String entityAndQuery, Function<JsonNode, T> convert)
            throws Exception {
        String uri = "kommo:" + entityAndQuery + (entityAndQuery.contains("?") ? "&" : "?")
                     + "operation=list&allPages=true&rawJson=true";
        Object body = template.requestBody(uri, (Object) null);
        Iterator<?> items = body instanceof Iterator<?> iterator ? iterator
                                                                 : body instanceof Iterable<?> iterable ? iterable
                                                                         .iterator() : List.of().iterator();
        List<T> out = new ArrayList<>();
        while (items.hasNext()) {
            out.add(convert.apply(json(items.next())));
        }
        return out;
    }

    private List<AccountSchema.Group> groups(KommoClient client, String entity) {
        List<AccountSchema.Group> out = new ArrayList<>();
        client.items(KommoRequest.get(entity + "/custom_fields/groups", List.of()), "custom_field_groups", false)
                .forEachRemaining(g -> out.add(new AccountSchema.Group(text(g, "id"), text(g, "name"))));
        return out;
    }

    private AccountSchema.Field field(JsonNode node) {
        List<AccountSchema.Option> options = new ArrayList<>();
        node.path("enums").forEach(e -> options.add(new AccountSchema.Option(e.path("id").asLong(),
                text(e, "value"))));
        return new AccountSchema.Field(node.path("id").asLong(), text(node, "name"), text(node, "code"),
                text(node, "type"), text(node, "group_id"), options);
    }

    private AccountSchema.Pipeline pipeline(JsonNode node) {
        List<AccountSchema.Stage> stages = new ArrayList<>();
        node.path("_embedded").path("statuses").forEach(s -> stages.add(new AccountSchema.Stage(s.path("id").asLong(),
                text(s, "name"), s.hasNonNull("type") ? s.get("type").asInt() : null)));
        return new AccountSchema.Pipeline(node.path("id").asLong(), text(node, "name"),
                node.path("is_main").asBoolean(false), stages);
    }

    private static AccountSchema.Named named(JsonNode node) {
        return new AccountSchema.Named(node.path("id").asLong(), text(node, "name"), text(node, "code"));
    }

    private static List<AccountSchema.Named> namedList(Iterable<JsonNode> nodes) {
        List<AccountSchema.Named> out = new ArrayList<>();
        nodes.forEach(n -> out.add(named(n)));
        return out;
    }

    private JsonNode json(Object body) {
        try {
            return body instanceof JsonNode node ? node : mapper.readTree(String.valueOf(body));
        } catch (Exception e) {
            throw new IllegalStateException("Kommo sent an answer that is not JSON: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Long longOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asLong();
    }
}
