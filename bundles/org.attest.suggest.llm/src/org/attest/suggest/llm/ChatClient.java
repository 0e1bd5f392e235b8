package org.attest.suggest.llm;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.attest.suggest.api.SuggestException;

/**
 * Sends one chat to the endpoint of the settings, asking for JSON, and returns the text of the model's answer; every
 * way it can fail is a {@link SuggestException} naming the endpoint and the problem.
 */
final class ChatClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SHOWN = 300;

    // Redirects are not followed: the user agreed to send text to this URL, not to wherever it points.
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /**
     * Returns the content of the model's answer to {@code system} and {@code user}.
     *
     * @throws SuggestException naming the endpoint on a timeout, a refused connection, an HTTP error or an answer
     *     that is not the API's chat JSON
     */
    String ask(LlmSettings settings, Optional<String> key, String system, String user) throws SuggestException {
        URI endpoint = settings.endpoint();
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(settings.timeout())
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body(settings, system, user)));
        key.ifPresent(k -> request.header("Authorization", "Bearer " + k));
        HttpResponse<byte[]> response = send(settings, request.build());
        String body = new String(response.body(), StandardCharsets.UTF_8);
        if (response.statusCode() != 200) {
            throw new SuggestException("llm: " + endpoint + " answered HTTP " + response.statusCode() + hint(response
                    .statusCode(), settings) + (body.isBlank() ? "" : ": " + shorten(body)));
        }
        return content(settings, body);
    }

    private HttpResponse<byte[]> send(LlmSettings settings, HttpRequest request) throws SuggestException {
        URI endpoint = request.uri();
        CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(request,
                HttpResponse.BodyHandlers.ofByteArray());
        try {
            // the request's own timeout ends at the response's headers; this one also bounds a slow body
            return future.get(settings.timeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw timeout(settings, endpoint, e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new SuggestException("llm: the request to " + endpoint + " was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                throw timeout(settings, endpoint, cause);
            }
            if (cause instanceof ConnectException) {
                throw new SuggestException("llm: " + endpoint + " refused the connection; start the model's server"
                        + " or correct llm.url in " + settings.file(), cause);
            }
            throw new SuggestException("llm: " + endpoint + " cannot be reached: "
                    + (cause instanceof IOException && cause.getMessage() != null ? cause.getMessage() : cause), cause);
        }
    }

    private static SuggestException timeout(LlmSettings settings, URI endpoint, Throwable cause) {
        return new SuggestException("llm: " + endpoint + " did not answer within " + settings.timeout().toSeconds()
                + " seconds; raise llm.timeout in " + settings.file() + " or choose a smaller model", cause);
    }

    private static String hint(int status, LlmSettings settings) {
        return switch (status) {
            case 401, 403 -> " (the key was refused or is missing: set " + LlmKeys.VARIABLE
                    + " or keep the key in Eclipse secure storage)";
            case 404 -> " (check llm.url and llm.api in " + settings.file() + ", and that the model '"
                    + settings.model() + "' is installed)";
            default -> "";
        };
    }

    private static byte[] body(LlmSettings settings, String system, String user) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", settings.model());
        ArrayNode messages = body.putArray("messages");
        messages.addObject().put("role", "system").put("content", system);
        messages.addObject().put("role", "user").put("content", user);
        if (settings.api() == LlmSettings.Api.OLLAMA) {
            body.put("format", "json");
            body.put("stream", false);
            body.putObject("options").put("temperature", 0);
        } else {
            body.putObject("response_format").put("type", "json_object");
            body.put("temperature", 0);
        }
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serializes", e);
        }
    }

    private static String content(LlmSettings settings, String body) throws SuggestException {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw notChat(settings, "it is not JSON (" + e.getOriginalMessage() + ")", body);
        }
        JsonNode content = settings.api() == LlmSettings.Api.OLLAMA
                ? root.path("message").path("content")
                : root.path("choices").path(0).path("message").path("content");
        if (!content.isTextual()) {
            throw notChat(settings, settings.api() == LlmSettings.Api.OLLAMA
                    ? "it has no message.content"
                    : "it has no choices[0].message.content", body);
        }
        return content.asText();
    }

    private static SuggestException notChat(LlmSettings settings, String problem, String body) {
        return new SuggestException("llm: " + settings.endpoint() + " answered something other than the "
                + settings.api().name().toLowerCase(java.util.Locale.ROOT) + " chat answer: " + problem
                + "; check llm.api"
                + " in " + settings.file() + ". The answer began: " + shorten(body));
    }

    static String shorten(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= SHOWN ? oneLine : oneLine.substring(0, SHOWN) + "…";
    }
}
