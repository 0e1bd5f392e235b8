package org.attest.app;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the Attest Guide's table of contents and turns its HTML pages into plain text where no browser runs. */
final class GuidePages {

    /** One entry of the table of contents: its label, the page (with an anchor, if any) and its depth from 1. */
    record Topic(String label, String href, int depth) {

        /** Returns the page's path inside the bundle, without the anchor. */
        String page() {
            int hash = href.indexOf('#');
            return hash < 0 ? href : href.substring(0, hash);
        }
    }

    private static final Pattern TOPIC = Pattern.compile("^(\\s*)<topic label=\"([^\"]*)\" href=\"([^\"]*)\"",
            Pattern.MULTILINE);

    private GuidePages() {
    }

    /** Returns the topics of {@code tocXml} (the generated {@code help/toc.xml}) in order, nested ones deeper. */
    static List<Topic> topics(String tocXml) {
        List<Topic> topics = new ArrayList<>();
        Matcher m = TOPIC.matcher(tocXml);
        while (m.find()) {
            topics.add(new Topic(unescape(m.group(2)), m.group(3), m.group(1).length() / 2));
        }
        return topics;
    }

    /**
     * Returns the readable text of the page {@code html}: paragraphs, list items and table rows on lines of their own.
     */
    static String plainText(String html) {
        int start = html.indexOf("<body>");
        int end = html.lastIndexOf("</body>");
        String body = start < 0 || end < start ? html : html.substring(start + "<body>".length(), end);
        body = body.replaceAll("(?i)<li>\\s*(<p>)?", "\u2022 ").replaceAll("(?i)</t[dh]>\\s*<t[dh][^>]*>", " | ")
                .replaceAll("(?i)<(br\\s*/?|/p|/h[1-6]|/li|/tr|/pre|/table|/ol|/ul)>", "\n")
                .replaceAll("<[^>]+>", "");
        return unescape(body).replaceAll("\\n{3,}", "\n\n").strip() + "\n";
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
