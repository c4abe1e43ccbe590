package io.github.camelkommo.client;

import java.net.InetAddress;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelkommo.KommoConfiguration;

/**
 * One Kommo account as the component talks to it: the base URL ({@code https://acme.kommo.com}) and the token. Two
 * endpoints with the same base URL and token are the same account and share one client and one request budget.
 * The token never appears in {@link #toString()}.
 */
public final class KommoAccount {

    /** The domains Kommo serves accounts on. */
    public static final Set<String> DOMAINS = Set.of("kommo.com", "amocrm.ru", "amocrm.com");
    /** The environment variable that gives the subdomain when none is configured. */
    public static final String ENV_SUBDOMAIN = "KOMMO_SUBDOMAIN";
    /** The environment variable that gives the token when none is configured. */
    public static final String ENV_TOKEN = "KOMMO_API_KEY";

    private static final Pattern HOST_LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    private final URI baseUrl;
    private final String token;

    private KommoAccount(URI baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /**
     * Resolves and checks the account of a configuration, before any request is sent.
     *
     * @param  environment              looks up an environment variable; returns null when unset
     * @throws IllegalArgumentException naming what is missing or wrong and what is accepted
     */
    public static KommoAccount of(KommoConfiguration configuration, UnaryOperator<String> environment) {
        String token = firstNonBlank(configuration.getAccessToken(), environment.apply(ENV_TOKEN));
        if (token == null) {
            throw new IllegalArgumentException("No Kommo access token: set the accessToken option (component or endpoint) "
                                               + "or the environment variable " + ENV_TOKEN);
        }
        if (token.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw new IllegalArgumentException("The Kommo access token contains spaces or control characters; "
                                               + "copy the token alone, without 'Bearer ' or line breaks");
        }
        String baseUrl = configuration.getBaseUrl();
        if (baseUrl != null && !baseUrl.isBlank()) {
            return new KommoAccount(checkBaseUrl(baseUrl.trim()), token);
        }
        String subdomain = firstNonBlank(configuration.getSubdomain(), environment.apply(ENV_SUBDOMAIN));
        if (subdomain == null) {
            throw new IllegalArgumentException("No Kommo account: set the subdomain option (acme for https://acme.kommo.com), "
                                               + "the environment variable " + ENV_SUBDOMAIN + ", or baseUrl");
        }
        String label = subdomain.toLowerCase(Locale.ROOT);
        if (!HOST_LABEL.matcher(label).matches()) {
            throw new IllegalArgumentException("Invalid subdomain '" + subdomain + "': it must be a plain host label of "
                                               + "letters, digits and inner hyphens (acme for https://acme.kommo.com)");
        }
        String domain = configuration.getDomain() == null ? KommoConfiguration.DEFAULT_DOMAIN
                : configuration.getDomain().toLowerCase(Locale.ROOT);
        if (!DOMAINS.contains(domain)) {
            throw new IllegalArgumentException("Unknown domain '" + configuration.getDomain() + "': use one of "
                                               + String.join(", ", DOMAINS.stream().sorted().toList()));
        }
        return new KommoAccount(URI.create("https://" + label + "." + domain), token);
    }

    private static URI checkBaseUrl(String given) {
        URI uri;
        String text = shown(given);
        try {
            uri = new URI(given.endsWith("/") ? given.substring(0, given.length() - 1) : given);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Invalid baseUrl '" + text + "': " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException("Invalid baseUrl '" + text + "': use https://host[:port], "
                                               + "or http:// to a loopback address");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("Invalid baseUrl '" + text + "': no user info, query or fragment allowed");
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw new IllegalArgumentException("Refusing baseUrl '" + text + "': the token would travel unencrypted; "
                                               + "use https, or http only to a loopback address (127.0.0.1, localhost, [::1])");
        }
        return uri;
    }

    /** A base URL as messages may show it: without user info, query or fragment, where credentials would sit. */
    private static String shown(String url) {
        return url.replaceAll("//[^/@]*@", "//***@").replaceAll("[?#].*$", "?***");
    }

    private static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (!literal.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false; // a name other than localhost would need a DNS lookup to judge
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a.trim();
        }
        return b != null && !b.isBlank() ? b.trim() : null;
    }

    /** The account's base URL, without {@code /api/v4}. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** The access token. */
    public String token() {
        return token;
    }

    /**
     * When the token expires, if it is a JWT with an {@code exp} claim (Kommo's long-lived tokens and OAuth access
     * tokens are); empty otherwise.
     */
    public Optional<Instant> tokenExpiry() {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
            JsonNode exp = claims.path("exp");
            return exp.canConvertToLong() ? Optional.of(Instant.ofEpochSecond(exp.asLong())) : Optional.empty();
        } catch (IllegalArgumentException | java.io.IOException notAJwt) {
            return Optional.empty();
        }
    }

    /** The account for messages and metrics: its base URL, never the token. */
    public String name() {
        return baseUrl.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KommoAccount other && baseUrl.equals(other.baseUrl) && token.equals(other.token);
    }

    @Override
    public int hashCode() {
        return Objects.hash(baseUrl, token);
    }

    @Override
    public String toString() {
        return "KommoAccount[" + baseUrl + "]";
    }
}
