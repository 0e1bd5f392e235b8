package org.attest.cli;

import java.util.List;

import org.attest.claims.Chain;
import org.attest.claims.ChainLink;

/** Writes a claim's attribution chains for {@code attest claims}: a line per chain in the table, keys in JSON. */
final class ChainOutput {

    private ChainOutput() {
    }

    /** Returns a line per chain with sources, such as {@code via: Ana Rossi (person) <- Reuters (news agency)}. */
    static List<String> lines(List<Chain> chains) {
        return chains.stream().filter(Chain::attributed).map(c -> "via: " + c.describe()).toList();
    }

    /**
     * Adds {@code chain}, the sources of the first chain (empty for a claim attributed to none), and, for a claim with
     * more than one, {@code otherChains}, the sources of each other chain.
     */
    static void fields(Json json, List<Chain> chains) {
        json.field("chain");
        sources(json, chains.isEmpty() ? List.of() : chains.get(0).links());
        if (chains.size() > 1) {
            json.field("otherChains").open('[');
            chains.subList(1, chains.size()).forEach(c -> sources(json, c.links()));
            json.close(']');
        }
    }

    private static void sources(Json json, List<ChainLink> links) {
        json.open('[');
        for (ChainLink link : links) {
            json.open('{').field("text").string(link.text()).field("type").string(link.type()).field("entity");
            if (link.entity() == null) {
                json.raw("null");
            } else {
                json.open('{').field("id").string(link.entity()).field("name").string(link.entityName()).close('}');
            }
            json.field("begin").raw(link.begin()).field("end").raw(link.end()).close('}');
        }
        json.close(']');
    }
}
