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

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import org.apache.camel.RuntimeCamelException;

/**
 * Keeps the tokens in a table of any SQL database, for replicas that share one Kommo account: compare-and-set and
 * claims are single conditional {@code UPDATE}s (or an {@code INSERT} under the primary key), so the database makes
 * them atomic across processes and exactly one replica spends each refresh token. The table (by default
 * {@code kommo_oauth_tokens}) is created when missing:
 *
 * <pre>
 * CREATE TABLE kommo_oauth_tokens (token_key VARCHAR(255) PRIMARY KEY, access_token VARCHAR(4000),
 *   refresh_token VARCHAR(4000) NOT NULL, expires_at BIGINT NOT NULL, account_domain VARCHAR(255),
 *   claim_owner VARCHAR(255), claim_until BIGINT, updated_at BIGINT NOT NULL)
 * </pre>
 *
 * Restrict access to the table: it holds credentials.
 */
public final class JdbcTokenStore implements KommoTokenStore {

    private static final Pattern TABLE_NAME = Pattern
            .compile("[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?");

    private final DataSource dataSource;
    private final String table;
    private volatile boolean created;

    /** A store in the table {@code kommo_oauth_tokens} of {@code dataSource}. */
    public JdbcTokenStore(DataSource dataSource) {
        this(dataSource, "kommo_oauth_tokens");
    }

    /** A store in {@code table} (a plain or schema-qualified name) of {@code dataSource}. */
    public JdbcTokenStore(DataSource dataSource, String table) {
        if (!TABLE_NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("Invalid table name '" + table + "': use letters, digits and _");
        }
        this.dataSource = dataSource;
        this.table = table;
    }

    @Override
    public Optional<KommoTokens> load(String key) {
        return run("load", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT access_token, refresh_token, expires_at, account_domain FROM " + table
                                                          + " WHERE token_key = ?")) {
                s.setString(1, key);
                try (ResultSet r = s.executeQuery()) {
                    return r.next()
                                    ? Optional.of(new KommoTokens(r.getString(1), r.getString(2),
                                            Instant.ofEpochMilli(r.getLong(3)),
                                            r.getString(4)))
                                    : Optional.<KommoTokens>empty();
                }
            }
        });
    }

    @Override
    public boolean compareAndSet(String key, String expectedRefreshToken, KommoTokens next) {
        return run("store", c -> {
            if (expectedRefreshToken == null) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO " + table + " (token_key, access_token, "
                                                              + "refresh_token, expires_at, account_domain, updated_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                    s.setString(1, key);
                    bindPair(s, 2, next);
                    return s.executeUpdate() == 1;
                } catch (SQLException e) {
                    if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                        return false; // the key exists: someone stored first
                    }
                    throw e;
                }
            }
            try (PreparedStatement s = c
                    .prepareStatement("UPDATE " + table + " SET access_token = ?, refresh_token = ?, "
                                      + "expires_at = ?, account_domain = ?, updated_at = ?, claim_owner = NULL, claim_until = NULL "
                                      + "WHERE token_key = ? AND refresh_token = ?")) {
                bindPair(s, 1, next);
                s.setString(6, key);
                s.setString(7, expectedRefreshToken);
                return s.executeUpdate() == 1;
            }
        });
    }

    @Override
    public boolean claim(String key, String refreshToken, String owner, Instant until) {
        return run("claim", c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE " + table + " SET claim_owner = ?, claim_until = ? "
                                                          + "WHERE token_key = ? AND refresh_token = ? "
                                                          + "AND (claim_owner IS NULL OR claim_owner = ? OR claim_until < ?)")) {
                s.setString(1, owner);
                s.setLong(2, until.toEpochMilli());
                s.setString(3, key);
                s.setString(4, refreshToken);
                s.setString(5, owner);
                s.setLong(6, System.currentTimeMillis());
                return s.executeUpdate() == 1;
            }
        });
    }

    private static void bindPair(PreparedStatement s, int first, KommoTokens t) throws SQLException {
        if (t.accessToken() == null) {
            s.setNull(first, Types.VARCHAR);
        } else {
            s.setString(first, t.accessToken());
        }
        s.setString(first + 1, t.refreshToken());
        s.setLong(first + 2, t.expiresAt().toEpochMilli());
        if (t.domain() == null) {
            s.setNull(first + 3, Types.VARCHAR);
        } else {
            s.setString(first + 3, t.domain());
        }
        s.setLong(first + 4, System.currentTimeMillis());
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T run(String what, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            if (!created) {
                createTable(c);
            }
            if (!c.getAutoCommit()) {
                T result = work.run(c);
                c.commit();
                return result;
            }
            return work.run(c);
        } catch (SQLException e) {
            // the message names the table and the SQL state, never a statement's parameters (tokens)
            throw new RuntimeCamelException("The Kommo token store (table " + table + ") could not " + what
                                            + ": SQL state " + e.getSQLState() + ", error " + e.getErrorCode());
        }
    }

    private synchronized void createTable(Connection c) throws SQLException {
        if (created) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + table + " (token_key VARCHAR(255) PRIMARY KEY, "
                      + "access_token VARCHAR(4000), refresh_token VARCHAR(4000) NOT NULL, expires_at BIGINT NOT NULL, "
                      + "account_domain VARCHAR(255), claim_owner VARCHAR(255), claim_until BIGINT, updated_at BIGINT NOT NULL)");
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
        created = true;
    }

    @Override
    public String toString() {
        return "JdbcTokenStore[" + table + "]";
    }
}
