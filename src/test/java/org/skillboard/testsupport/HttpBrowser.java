package org.skillboard.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cookie-keeping HTTP client that does not follow redirects: a browser seen from the
 * server, with a session that stays open between requests.
 */
public final class HttpBrowser {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();

    public HttpBrowser(int port) {
        this.port = port;
    }

    public HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,*/*").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** As the login page does: with the CSRF token the page carries. */
    public HttpResponse<String> signIn(String username, String password) throws Exception {
        return post(username, password, csrfToken());
    }

    /** As another site's form would: no token, because it cannot read our page. */
    public HttpResponse<String> signInFromAnotherSite(String username, String password) throws Exception {
        return post(username, password, null);
    }

    /** Signs in and checks that it worked. */
    public HttpBrowser signedIn(String username, String password) throws Exception {
        HttpResponse<String> response = signIn(username, password);
        assertThat(location(response)).as("sign-in of " + username).doesNotContain("error");
        return this;
    }

    public String csrfToken() throws Exception {
        Matcher meta = CSRF_META.matcher(get("/login").body());
        assertThat(meta.find()).as("the login page carries a CSRF token").isTrue();
        return meta.group(1);
    }

    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private HttpResponse<String> post(String username, String password, String token) throws Exception {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + (token == null ? "" : "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
