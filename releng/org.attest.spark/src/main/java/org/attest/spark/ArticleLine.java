package org.attest.spark;

import java.io.Serializable;

/**
 * One article as a JSON object on one line, with the id it is sharded by and the input file it came from.
 *
 * @param id the article's id
 * @param json the article as one line of JSON, as Attest's JSON Lines import reads it
 * @param source the input file, for messages
 */
public record ArticleLine(String id, String json, String source) implements Serializable, Comparable<ArticleLine> {

    /** Orders by id, then by the line itself, so that a shard's file does not depend on how Spark split the input. */
    @Override
    public int compareTo(ArticleLine other) {
        int byId = id.compareTo(other.id);
        return byId != 0 ? byId : json.compareTo(other.json);
    }
}
