package io.github.camelkommo;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The token never appears in logs (Camel's and the component's, at DEBUG), in exception messages or in the endpoint
 * URI Camel shows, including when the token is given in the URI.
 */
class KommoTokenSecrecyTest extends KommoTestSupport {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private AbstractAppender appender;

    @BeforeEach
    void captureLogs() {
        appender = new AbstractAppender("token-capture", null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                lines.add(event.getMessage().getFormattedMessage());
                if (event.getThrown() != null) {
                    lines.add(String.valueOf(event.getThrown()));
                }
            }
        };
        appender.start();
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        ctx.getConfiguration().getRootLogger().addAppender(appender, Level.ALL, null);
        ctx.updateLoggers();
        Configurator.setLevel("io.github.camelkommo", Level.TRACE);
        Configurator.setLevel("org.apache.camel", Level.DEBUG);
    }

    @AfterEach
    void stopCapture() {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        ctx.getConfiguration().getRootLogger().removeAppender("token-capture");
        ctx.updateLoggers();
        Configurator.setLevel("io.github.camelkommo", Level.INFO);
        Configurator.setLevel("org.apache.camel", Level.INFO);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:list").to("kommo:leads?operation=list&accessToken=RAW(" + SANDBOX.sandbox().token() + ")");
                from("direct:wrong").to("kommo:leads?operation=create&accessToken=wrong-secret-token-123");
            }
        };
    }

    @Test
    void tokenIsNeverShown() {
        String token = sandbox().token();
        template.requestBody("direct:list", (Object) null);
        Exchange failed = template.request("direct:wrong", e -> e.getMessage().setBody(Map.of("name", "x")));
        context.stop();

        assertThat(failed.getException()).isNotNull();
        assertThat(String.valueOf(failed.getException())).doesNotContain("wrong-secret-token-123");
        context.getEndpoints().forEach(endpoint -> assertThat(endpoint.toString())
                .doesNotContain(token).doesNotContain("wrong-secret-token-123"));
        assertThat(lines).as("captured log lines").hasSizeGreaterThan(10);
        assertThat(lines).anyMatch(line -> line.contains("kommo"));
        assertThat(lines).noneMatch(line -> line.contains(token) || line.contains("wrong-secret-token-123"));
        assertThat(sandbox().stats().total()).isEqualTo(2);
    }
}
