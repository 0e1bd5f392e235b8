package org.attest.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.attest.testing.ScriptedWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code attest suggest DIR --allow-llm}: the llm recommender sends nothing until the user agrees for this corpus and
 * this endpoint, then asks a real local server speaking Ollama's API; {@code --forbid-llm} withdraws the yes.
 */
class LlmConsentCommandTest {

    @TempDir
    Path tmp;

    private Path dir;
    private HttpServer server;
    private final AtomicInteger chats = new AtomicInteger();
    private String home;

    @BeforeEach
    void aCorpusWhoseSettingsNameALocalOllama() throws Exception {
        home = System.getProperty("attest.home");
        System.setProperty("attest.home", tmp.resolve("home").toString());
        dir = tmp.resolve("corpus");
        ScriptedWork.annotatedByAnnaAndBen(dir);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/chat", exchange -> {
            chats.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            byte[] body = ("{\"model\": \"tiny\", \"done\": true, \"message\": {\"role\": \"assistant\", \"content\":"
                    + " \"{\\\"mentions\\\": [{\\\"text\\\": \\\"Ana Kovačić\\\", \\\"label\\\": \\\"PERSON\\\"},"
                    + " {\\\"text\\\": \\\"Mayor Nobody\\\", \\\"label\\\": \\\"PERSON\\\"}]}\"}}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        Files.createDirectories(dir.resolve("settings"));
        Files.writeString(dir.resolve("settings/llm.properties"), "llm.api = ollama\nllm.url = http://127.0.0.1:"
                + server.getAddress().getPort() + "\nllm.model = tiny\nllm.timeout = 5\n"
                + "prompt.Entity = Find the names of people.\n");
    }

    @AfterEach
    void stopTheServer() throws IOException {
        server.stop(0);
        if (home == null) {
            System.clearProperty("attest.home");
        } else {
            System.setProperty("attest.home", home);
        }
    }

    @Test
    void withoutTheUsersYesNothingIsSentAndTheErrorSaysHowToAgree() {
        CommandRun sut = suggestWithLlm();

        assertThat(sut.code()).isEqualTo(2);
        assertThat(sut.err()).contains("llm: ").contains("attest suggest " + dir + " --allow-llm");
        assertThat(chats.get()).as("chats the server saw").isZero();
        assertThat(dir.resolve("suggestions/carl/harbour-flood-a.json")).doesNotExist();
    }

    @Test
    void allowLlmLetsItAskTheEndpointAndForbidLlmStopsItAgain() throws Exception {
        CommandRun allow = CommandRun.of("suggest", dir.toString(), "--allow-llm");
        assertThat(allow.code()).as(allow.err()).isZero();
        assertThat(allow.out()).contains("http://127.0.0.1:" + server.getAddress().getPort());
        assertThat(Files.readString(tmp.resolve("home/llm-consent.properties"))).contains("127.0.0.1");

        CommandRun sut = suggestWithLlm();

        assertThat(sut.code()).as(sut.err()).isZero();
        assertThat(chats.get()).isPositive();
        assertThat(Files.readString(dir.resolve("suggestions/carl/harbour-flood-a.json"))).contains("\"llm\"")
                .contains("PERSON").doesNotContain("Mayor Nobody");

        CommandRun forbid = CommandRun.of("suggest", dir.toString(), "--forbid-llm");
        assertThat(forbid.code()).as(forbid.err()).isZero();
        int before = chats.get();
        assertThat(suggestWithLlm().err()).contains("--allow-llm");
        assertThat(chats.get()).isEqualTo(before);
    }

    private CommandRun suggestWithLlm() {
        return CommandRun.of("suggest", dir.toString(), "--recommender", "llm", "--annotator", "carl", "--documents",
                "harbour-flood-a");
    }
}
