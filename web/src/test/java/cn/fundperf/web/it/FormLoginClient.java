package cn.fundperf.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fundperf.ejb.demo.DemoData;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP client for the ITs: keeps its cookies, follows no redirects, signs in through the login form. */
final class FormLoginClient {

    private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("<script[^>]*nonce=\"([^\"]+)\"");

    private final URL base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    FormLoginClient(URL base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    URI uri(String path) {
        return URI.create(base.toString().replaceAll("/$", "") + path);
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET());
    }

    /** A GET with HTTP Basic credentials of a demo user (besides whatever session cookie the client has). */
    HttpResponse<String> getAsBasic(String path, String username) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + DemoData.PASSWORD).getBytes(StandardCharsets.UTF_8))).GET());
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Fills in and submits the login form as a browser would (its hidden fields and the page's CSP nonce included). */
    HttpResponse<String> signIn(String username) throws Exception {
        HttpResponse<String> page = get("/login.xhtml");
        assertEquals(200, page.statusCode());
        String html = page.body();
        String form = html.substring(html.indexOf("<form id=\"login\""), html.indexOf("</form>", html.indexOf("<form id=\"login\"")));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(form);
        while (hidden.find()) {
            Matcher name = NAME.matcher(hidden.group());
            Matcher value = VALUE.matcher(hidden.group());
            if (name.find()) {
                fields.put(name.group(1), value.find() ? value.group(1) : "");
            }
        }
        Matcher nonce = NONCE.matcher(html);
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        fields.put("login:username", username);
        fields.put("login:password", DemoData.PASSWORD);
        fields.put("login:submit", "");
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(302, login.statusCode(), () -> "signed in and sent on: " + login.body());
        assertTrue(login.headers().firstValue("Location").orElse("").contains("/app/home.xhtml"), login.headers().toString());
        return login;
    }
}
