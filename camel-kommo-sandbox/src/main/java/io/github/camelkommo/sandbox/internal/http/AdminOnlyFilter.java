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

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.github.camelkommo.sandbox.internal.store.EntityType;

/**
 * Answers 403 (problem+json, {@link Problems#insufficientRights()}) when a restricted token (one whose user is not
 * an administrator) calls an endpoint the docs mark admin-only: the users list and a user by id ("Метод доступен
 * только с правами администратора аккаунта", amocrm.ru users-api), and the webhooks (the same words, amocrm.ru
 * webhooks-api; "available for administrator of the account only", K-REF add-webhooks). This 403 is an API answer, not a block: it does
 * not count towards the block policy.
 */
public final class AdminOnlyFilter implements ApiFilter {

    private final Set<String> restrictedTokens;
    private final List<String> adminPaths;

    public AdminOnlyFilter(Set<String> restrictedTokens) {
        this.restrictedTokens = Set.copyOf(restrictedTokens);
        this.adminPaths = Stream.concat(Arrays.stream(EntityType.values()).filter(EntityType::adminOnly)
                .map(t -> "/api/v4/" + t.apiPath()), Stream.of(WebhookRoutes.PATH)).toList();
    }

    @Override
    public ApiResponse filter(ApiRequest request, ApiHandler next) {
        if (restrictedTokens.contains(request.token()) && adminOnly(request.path())) {
            return Problems.insufficientRights();
        }
        return next.handle(request);
    }

    private boolean adminOnly(String path) {
        return adminPaths.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/")
                                                                   && path.substring(p.length() + 1).chars()
                                                                           .allMatch(Character::isDigit)
                                                                   && path.length() > p.length() + 1);
    }
}
