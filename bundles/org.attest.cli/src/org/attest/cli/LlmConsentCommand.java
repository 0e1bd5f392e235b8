package org.attest.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.attest.store.CorpusStore;
import org.attest.suggest.llm.LlmRecommender;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code attest suggest DIR --allow-llm} and {@code --forbid-llm}: the user's yes or no to the llm recommender sending
 * the corpus's text to the endpoint its settings name, kept outside the corpus folder.
 */
final class LlmConsentCommand {

    private LlmConsentCommand() {
    }

    /** Grants ({@code allow}) or withdraws the consent for the corpus in {@code dir} and says what it did. */
    static int run(CommandSpec spec, Path dir, boolean allow, PrintWriter out) throws Exception {
        try (CorpusStore store = Stores.open(spec, dir, CorpusStore.Mode.READ, "attest suggest")) {
            LlmRecommender llm = new LlmRecommender();
            if (allow) {
                String url = llm.grant(store);
                out.printf("The llm recommender may now send the text of %s to %s (and to no other URL: a changed"
                        + " llm.url needs a new --allow-llm). Run it with: attest suggest %s --recommender llm;"
                        + " withdraw with --forbid-llm.%n", dir, url, dir);
            } else {
                out.println(llm.revoke(store)
                        ? "The llm recommender sends nothing from " + dir + " any more."
                        : "The llm recommender had no consent for " + dir + " and its endpoint; nothing changed.");
            }
            out.flush();
            return Cli.OK;
        }
    }
}
