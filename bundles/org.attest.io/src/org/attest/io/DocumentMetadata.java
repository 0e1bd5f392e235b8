package org.attest.io;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FSIterator;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;

/** Reads article metadata from a CAS: DKPro Core's DocumentMetaData and the document language. */
final class DocumentMetadata {

    private static final String[] EXTRA = {"documentUri", "documentBaseUri", "collectionId"};

    private DocumentMetadata() {
    }

    /** Returns the metadata of {@code view}, with the file's name as id and the first text line as title by default. */
    static ArticleMetadata of(CAS view, Path file) {
        Map<String, String> values = new LinkedHashMap<>();
        Type metadataType = view.getTypeSystem().getType(CasArticleMapper.DKPRO_METADATA);
        if (metadataType != null) {
            for (FSIterator<FeatureStructure> it = view.getIndexRepository().getAllIndexedFS(metadataType); it
                    .hasNext();) {
                FeatureStructure fs = it.next();
                for (Feature feature : metadataType.getFeatures()) {
                    if (feature.getRange().isStringOrStringSubtype() && fs.getStringValue(feature) != null) {
                        values.putIfAbsent(feature.getShortName(), fs.getStringValue(feature));
                    }
                }
            }
        }
        Map<String, String> extra = new LinkedHashMap<>();
        for (String key : EXTRA) {
            if (values.containsKey(key)) {
                extra.put(key, values.get(key));
            }
        }
        String language = view.getDocumentLanguage();
        if (language == null || "x-unspecified".equals(language)) {
            language = values.get("language");
        }
        if ("x-unspecified".equals(language)) {
            language = null;
        }
        String id = values.getOrDefault("documentId", Ids.fromFileName(file));
        String title = values.get("documentTitle");
        if (title == null) {
            title = MetadataLines.titleFrom(MetadataLines.scan(view.getDocumentText()).firstTextLine());
        }
        return new ArticleMetadata(id, title, null, language, null, null, extra);
    }
}
