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
package io.github.camelkommo.redis.internal;

import io.lettuce.core.RedisURI;
import org.apache.camel.util.URISupport;

/**
 * The component's {@code budgetRedisUri} (and {@code budgetRedisPassword}) read as a Lettuce {@link RedisURI}, with an
 * error that names the option, the value with its password masked, and the expected form; and where that Redis is,
 * for messages.
 * <p>
 * Internal: not part of the API.
 */
public final class RedisUris {

    /** The form a budgetRedisUri takes, as messages show it. */
    public static final String FORM = "redis://[:password@]host:port[/database] (rediss:// with TLS)";

    private RedisUris() {
    }

    /**
     * The URI of {@code budgetRedisUri}, with {@code password} set when it is not {@code null}.
     *
     * @throws IllegalArgumentException when the value is not a Redis URI, or both it and {@code password} carry a
     *                                  password
     */
    public static RedisURI parse(String uri, String password) {
        RedisURI parsed;
        try {
            parsed = RedisURI.create(uri.strip());
        } catch (RuntimeException e) {
            throw invalid(uri);
        }
        boolean standalone = parsed.getHost() != null && !parsed.getHost().isBlank();
        if (standalone ? parsed.getHost().contains(":")
                       : parsed.getSentinels().isEmpty() && parsed.getSocket() == null) {
            throw invalid(uri); // no host, or a port that is not a number (Lettuce keeps "host:abc" as the host)
        }
        if (password != null) {
            if (parsed.getPassword() != null && parsed.getPassword().length > 0) {
                throw new IllegalArgumentException("The kommo component options budgetRedisUri ('" + masked(uri)
                                                   + "') and budgetRedisPassword both give a password: give it once");
            }
            parsed.setPassword(password.toCharArray());
        }
        return parsed;
    }

    /** Where the Redis of {@code uri} is, for messages: its host and port, never a password. */
    public static String location(RedisURI uri) {
        if (uri.getHost() != null) {
            return "Redis at " + uri.getHost() + ":" + uri.getPort() + " (budgetRedisUri)";
        }
        if (uri.getSocket() != null) {
            return "Redis at " + uri.getSocket() + " (budgetRedisUri)";
        }
        return "Redis through the sentinels "
               + String.join(", ", uri.getSentinels().stream().map(s -> s.getHost() + ":" + s.getPort()).toList())
               + " (budgetRedisUri)";
    }

    /**
     * {@code uri} as messages may show it: whatever stands between the first {@code //} (or the start) and the last
     * {@code @} masked, so a password never shows however malformed the rest is; and a {@code password=} too.
     */
    static String masked(String uri) {
        String value = uri.strip();
        int at = value.lastIndexOf('@');
        if (at >= 0) {
            int slashes = value.indexOf("//");
            int from = slashes >= 0 && slashes < at ? slashes + 2 : 0;
            value = value.substring(0, from) + "xxxxxx" + value.substring(at);
        }
        return URISupport.sanitizeUri(value);
    }

    private static IllegalArgumentException invalid(String uri) {
        return new IllegalArgumentException("Invalid kommo component option budgetRedisUri '" + masked(uri)
                                            + "': expected " + FORM);
    }
}
