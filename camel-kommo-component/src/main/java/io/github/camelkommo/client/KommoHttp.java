package io.github.camelkommo.client;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;

/**
 * The HTTP stack shared by every account of a component: Apache HttpClient 5 (the client of camel-http) with pooled
 * keep-alive connections. Its own automatic retries and redirects are off: the account budget is the only retry
 * layer, and a redirect must never carry the token to another host.
 */
public final class KommoHttp implements Closeable {

    private final CloseableHttpClient client;

    public KommoHttp(Duration connectTimeout, Duration responseTimeout, int maxConnections) {
        PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(maxConnections)
                .setMaxConnPerRoute(maxConnections)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(connectTimeout))
                        .setSocketTimeout(Timeout.of(responseTimeout))
                        .build())
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(responseTimeout))
                        .setConnectionRequestTimeout(Timeout.of(connectTimeout))
                        .build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent("camel-kommo")
                .build();
    }

    CloseableHttpClient client() {
        return client;
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
