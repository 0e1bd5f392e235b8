package org.attest.sync;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;

import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.attest.model.DocumentState;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads just the document states of an annotator's record, for telling what changed between two versions: a
 * streaming pass over the XMI instead of building its model, which matters for records of ten thousand documents.
 */
final class ProgressReader {

    private ProgressReader() {
    }

    /**
     * Returns document id to state of the record {@code bytes}; empty for null or unreadable bytes (the summary then
     * says less).
     */
    static Map<String, DocumentState> states(byte[] bytes) {
        Map<String, DocumentState> states = new HashMap<>();
        if (bytes == null) {
            return states;
        }
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            SAXParser parser = factory.newSAXParser();
            parser.parse(new ByteArrayInputStream(bytes), new DefaultHandler() {

                @Override
                public void startElement(String uri, String local, String name, Attributes attributes) {
                    if ("progress".equals(name) && attributes.getValue("document") != null) {
                        String state = attributes.getValue("state");
                        DocumentState value = state == null ? DocumentState.NEW : DocumentState.get(state);
                        states.put(attributes.getValue("document"), value == null ? DocumentState.NEW : value);
                    }
                }
            });
        } catch (Exception e) {
            states.clear(); // an unreadable record tells nothing about states; the merge and validate deal with it
        }
        return states;
    }
}
