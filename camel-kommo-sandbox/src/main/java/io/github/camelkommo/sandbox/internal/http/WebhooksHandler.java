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

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelkommo.sandbox.internal.store.ItemErrors;
import io.github.camelkommo.sandbox.internal.store.Json;
import io.github.camelkommo.sandbox.internal.store.ValidationError;
import io.github.camelkommo.sandbox.internal.webhooks.WebhookRegistry;

/**
 * {@code /api/v4/webhooks} (amocrm.ru webhooks-api; K-REF add-webhooks; PHP Webhooks.php), admin-only through
 * {@link AdminOnlyFilter}: GET lists the hooks ({@code _total_items}, {@code _embedded.webhooks}; 204 when none;
 * {@code filter[destination]} exact); POST {@code {destination, settings, sort}} answers the bare webhook (201 as
 * in the example); DELETE with {@code {destination}} removes it (204). Strict where the docs are silent: destination
 * must be an absolute http(s) URL, settings a non-empty array of event names ({@code <action>_<entity>}), sort an
 * integer; otherwise 400 validation errors; a 101st hook is a 400 problem. A DELETE of an unknown destination is
 * 404, "Вебхук не найден" in the reference's table of DELETE codes.
 */
final class WebhooksHandler {

    private static final Pattern EVENT = Pattern.compile(
            "(add|update|delete|restore|status|responsible|note)_(lead|contact|company|task|unsorted|talk|catalog)"
                                                         + "|add_message|add_chat_template_review");
    private static final Set<String> FIELDS = Set.of("destination", "settings", "sort");

    private final WebhookRegistry registry;

    WebhooksHandler(WebhookRegistry registry) {
        this.registry = registry;
    }

    ApiResponse list(ApiRequest request, long[] ids) {
        List<ObjectNode> hooks = registry.list(request.query().first("filter[destination]").orElse(null));
        if (hooks.isEmpty()) {
            return ApiResponse.noContent();
        }
        ObjectNode body = Json.object();
        body.put("_total_items", hooks.size());
        ArrayNode list = body.putObject("_embedded").putArray("webhooks");
        hooks.forEach(list::add);
        return ApiResponse.hal(body);
    }

    ApiResponse subscribe(ApiRequest request, long[] ids) {
        ObjectNode body = WriteBody.object(request);
        List<ValidationError> errors = new ArrayList<>();
        body.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                errors.add(new ValidationError("FieldNotExpected", name, "This field was not expected."));
            }
        });
        String destination = body.path("destination").asText("");
        if (!isUrl(destination)) {
            errors.add(new ValidationError("InvalidUrl", "destination", "This value is not a valid URL."));
        }
        JsonNode settings = body.path("settings");
        if (!settings.isArray() || settings.isEmpty()) {
            errors.add(new ValidationError("NotBlank", "settings", "This value should not be blank."));
        } else {
            for (int i = 0; i < settings.size(); i++) {
                if (!settings.get(i).isTextual() || !EVENT.matcher(settings.get(i).asText()).matches()) {
                    errors.add(new ValidationError("NotSupportedChoice", "settings." + i,
                            "The value you selected is not a valid choice."));
                }
            }
        }
        JsonNode sort = body.path("sort");
        if (!sort.isMissingNode() && !sort.isIntegralNumber()) {
            errors.add(new ValidationError("InvalidType", "sort", "This value should be of type int."));
        }
        if (!errors.isEmpty()) {
            return Problems.validation(List.of(new ItemErrors("0", errors)));
        }
        if (registry.full(destination)) {
            return Problems.of(400, "Too many webhooks: an account has at most " + WebhookRegistry.MAX_HOOKS);
        }
        ObjectNode hook = registry.subscribe(destination, settings, sort.isMissingNode() ? 1 : sort.asInt());
        return new ApiResponse(201, ApiResponse.HAL_JSON, Json.bytes(hook), Map.of(), false);
    }

    ApiResponse unsubscribe(ApiRequest request, long[] ids) {
        ObjectNode body = WriteBody.object(request);
        String destination = body.path("destination").asText("");
        if (destination.isEmpty()) {
            return Problems.of(400, "Request data can not be empty");
        }
        return registry.unsubscribe(destination) ? ApiResponse.noContent()
                                                 : Problems.of(404, "No webhook with this destination");
    }

    private static boolean isUrl(String text) {
        try {
            URI uri = URI.create(text);
            return uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
