package org.attest.suggest.llm.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on 127.0.0.1 that speaks Ollama's {@code /api/chat} and the OpenAI-compatible
 * {@code /v1/chat/completions}: it answers every chat with the content it was given, wrapped as the API wraps it (or
 * with a raw body, a status, a delay), and records each request it received.
 */
final class ChatServer implements AutoCloseable {

    /** A request the server received. */
    record Received(String path, String authorization, JsonNode body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile String content = "{\"mentions\": []}";
    private volatile String raw;
    private volatile int status = 200;
    private volatile long delayMillis;

    /** Starts the server on a free port of 127.0.0.1. */
    ChatServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** Returns its base URL, such as {@code http://127.0.0.1:40123}. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers every chat with {@code content} as the model's message, wrapped as the called API wraps it. */
    ChatServer answering(String content) {
        this.content = content;
        this.raw = null;
        return this;
    }

    /** Answers every request with {@code body} as it is, and {@code status}. */
    ChatServer answeringRaw(int status, String body) {
        this.status = status;
        this.raw = body;
        return this;
    }

    /** Waits {@code millis} before each answer. */
    ChatServer slow(long millis) {
        this.delayMillis = millis;
        return this;
    }

    /** Returns the requests received so far. */
    List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] request = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            received.add(new Received(path, exchange.getRequestHeaders().getFirst("Authorization"),
                    JSON.readTree(request)));
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            String body = raw != null ? raw : wrapped(path);
            int code = raw != null
                    ? status
                    : path.equals("/api/chat") || path.equals("/v1/chat/completions")
                            ? 200
                            : 404;
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(code, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String wrapped(String path) {
        ObjectNode answer = JSON.createObjectNode();
        if (path.equals("/api/chat")) {
            answer.put("model", "test");
            answer.putObject("message").put("role", "assistant").put("content", content);
            answer.put("done", true);
        } else if (path.equals("/v1/chat/completions")) {
            ObjectNode choice = answer.putArray("choices").addObject();
            choice.put("index", 0);
            choice.putObject("message").put("role", "assistant").put("content", content);
        } else {
            answer.put("error", "no such path " + path);
        }
        return answer.toString();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
