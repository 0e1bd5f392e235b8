package org.attest.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attest.cli.Cli;
import org.attest.testing.CorpusFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives {@code attest registry} and the suspect-link warnings of {@code attest validate} on a corpus built here. */
class RegistryCommandsTest {

    private static final String TEXT = "Heydar Aliyev ruled until 2003. Ilham Aliyev, his son, followed. Pašinjan met Nikol Pashinyan.";

    @TempDir
    Path tmp;

    private String out;
    private String err;

    private int attest(String... args) {
        CommandRun run = CommandRun.of(args);
        out = run.out();
        err = run.err();
        return run.code();
    }

    private String add(String c, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "registry";
        all[1] = c;
        all[2] = "add";
        System.arraycopy(args, 0, all, 3, args.length);
        assertThat(attest(all)).as(err).isZero();
        Matcher id = Pattern.compile("Added (E-[0-9a-z]{8}) ").matcher(out);
        assertThat(id.find()).as(out).isTrue();
        return id.group(1);
    }

    private static String span(String words, String id) {
        int at = TEXT.indexOf(words);
        return "{\"layer\":\"Entity\",\"begin\":" + at + ",\"end\":" + (at + words.length())
                + ",\"features\":{\"type\":\"PERSON\",\"entity\":\"" + id + "\"}}";
    }

    /**
     * Creates a corpus with one document annotated by anna, whose mentions link to entities added through the command
     * line.
     */
    private String[] corpus(String c) throws Exception {
        assertThat(attest("init", c)).isZero();
        String ilham = add(c, "Ilham Aliyev", "--type", "PERSON", "--alias", "Aliyev", "--kb", "Q32");
        String nikol = add(c, "Nikol Pashinyan", "--type", "PERSON");
        String serbian = add(c, "Nikol Pašinjan", "--type", "PERSON");
        Path jsonl = tmp.resolve("d1.jsonl");
        Files.writeString(jsonl,
                "{\"id\":\"d1\",\"text\":\"" + TEXT + "\",\"spans\":[" + span("Heydar Aliyev", ilham) + ","
                        + span("Ilham Aliyev", ilham) + "," + span("Pašinjan", serbian) + ","
                        + span("Nikol Pashinyan", nikol) + "]}\n");
        assertThat(attest("import", c, jsonl.toString(), "--annotator", "anna")).as(err).isZero();
        return new String[]{ilham, nikol, serbian};
    }

    @Test
    void listFindsAPersonUnderAnySpellingAndShowListsTheMentions() throws Exception {
        String c = tmp.resolve("c").toString();
        String[] ids = corpus(c);

        assertThat(attest("registry", c, "list", "Пашинян")).isZero();
        assertThat(out).contains(ids[1] + " ", ids[2] + " ").doesNotContain(ids[0]).contains("2 entities match");
        assertThat(attest("registry", c, "list")).isZero();
        assertThat(out).contains("Ilham Aliyev  (also Aliyev)  Q32").contains("3 entities.");

        assertThat(attest("registry", c, "show", "Ilham Aliyev")).as(err).isZero();
        assertThat(out).contains(ids[0] + " 'Ilham Aliyev' (PERSON)").contains("https://www.wikidata.org/wiki/Q32")
                .contains("mentions: 2 in 1 document(s)")
                .contains("\"Heydar Aliyev\"  d1/anna/0-13  (suspect: given name 'Heydar'")
                .contains("d1/anna/32-44");
    }

    @Test
    void validateWarnsOfTheSonLinkedToHisFatherAndSplitFixesIt() throws Exception {
        String c = tmp.resolve("c").toString();
        String ilham = corpus(c)[0];

        assertThat(attest("validate", c)).as(out).isZero();
        assertThat(out)
                .contains("warning: in document 'd1' by anna, the Entity 'Heydar Aliyev' [0,13) is linked to " + ilham)
                .contains("annotations").contains("1 warning(s)").contains("no problems found");

        assertThat(attest("registry", c, "split", ilham, "--mention", "d1/anna/0-13", "--name", "Heydar Aliyev"))
                .as(err).isZero();
        assertThat(out).contains("Moved 1 mention(s) of " + ilham);
        assertThat(attest("registry", c, "show", "Heydar Aliyev")).isZero();
        assertThat(out).contains("mentions: 1 in 1 document(s)").contains("d1/anna/0-13").doesNotContain("suspect");
        assertThat(attest("validate", c)).isZero();
        assertThat(out).doesNotContain("warning");
    }

    @Test
    void duplicatesAreSuggestedWithTheirMentionsAndMergeKeepsEveryLink() throws Exception {
        String c = tmp.resolve("c").toString();
        String[] ids = corpus(c);

        assertThat(attest("registry", c, "duplicates")).as(err).isZero();
        assertThat(out.lines().filter(l -> l.startsWith("1.00  "))).singleElement().asString()
                .contains(ids[1] + " 'Nikol Pashinyan'", " ~ ", ids[2] + " 'Nikol Pašinjan'");
        assertThat(out).contains(ids[2] + ": 1 mention(s): d1/anna/65-73 \"Pašinjan\"").contains("1 pair(s)");

        assertThat(attest("registry", c, "merge", ids[1], ids[2])).as(err).isZero();
        assertThat(attest("registry", c, "show", ids[2])).isZero();
        assertThat(out).contains(ids[1] + " 'Nikol Pashinyan'").contains("aliases: Nikol Pašinjan")
                .contains("took over: " + ids[2])
                .contains("mentions: 2 in 1 document(s)").contains("\"Pašinjan\"").contains("\"Nikol Pashinyan\"");
        assertThat(attest("registry", c, "duplicates")).isZero();
        assertThat(out).contains("0 pair(s)");
    }

    @Test
    void anActionBeforeTheFolderIsRefusedInOneLineShowingTheOrder() throws Exception {
        String c = tmp.resolve("c").toString();
        assertThat(attest("init", c)).isZero();

        int code = attest("registry", "list", c);

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(err.strip()).doesNotContain("\n").contains("'attest registry DIR list ...'")
                .endsWith("see 'attest registry --help'");
        assertThat(attest("registry", c, "list")).as(err).isZero();
    }

    @Test
    void aRefusedChangeSavesNothingAndSaysWhy() throws Exception {
        String c = tmp.resolve("c").toString();
        String ilham = corpus(c)[0];
        Path registryFolder = tmp.resolve("c/registry");
        String before = CorpusFolder.snapshot(registryFolder).toString();

        assertThat(attest("registry", c, "alias", ilham, "Ilham Heydarovich", "ALIYEV")).isEqualTo(Cli.FAILED);
        assertThat(err).contains("already has the name 'Aliyev'");
        assertThat(CorpusFolder.snapshot(registryFolder).toString()).isEqualTo(before);
        assertThat(attest("registry", c, "split", ilham, "--mention", "d1/anna/1-13", "--name", "X"))
                .isEqualTo(Cli.FAILED);
        assertThat(err).contains("No mention of " + ilham).contains("[1,13) in document 'd1' by anna");
        assertThat(attest("registry", c, "show", "Nobody")).isEqualTo(Cli.FAILED);
        assertThat(err).contains("has no entity 'Nobody'");
        assertThat(attest("registry", c, "alias", ilham, "Ilham Heydarovich", "--kb", "Q33")).as(err).isZero();
        assertThat(out).contains("aliases Aliyev, Ilham Heydarovich; knowledge base Q33");
    }
}
