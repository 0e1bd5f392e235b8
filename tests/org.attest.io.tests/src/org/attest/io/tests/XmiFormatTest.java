package org.attest.io.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.CasIOUtils;
import org.apache.uima.util.XMLInputSource;
import org.attest.io.export.ExportFormat;
import org.attest.io.export.XmiFormat;
import org.junit.jupiter.api.Test;

/** UIMA XMI export: the round-trip contract plus loading with plain UIMA from the exported type system only. */
class XmiFormatTest extends ExportFormatRoundTripContract {

    @Override
    ExportFormat sut() {
        return new XmiFormat(SCHEMA);
    }

    @Test
    void plainUimaLoadsTheXmiWithTheExportedTypeSystemOnly() throws Exception {
        export(List.of(document()), dir);
        TypeSystemDescription description = UIMAFramework.getXMLParser()
                .parseTypeSystemDescription(new XMLInputSource(dir.resolve("TypeSystem.xml").toFile()));
        CAS cas = CasCreationUtils.createCas(description, null, null);

        try (InputStream in = Files.newInputStream(dir.resolve("kovacic-1.xmi"))) {
            CasIOUtils.load(in, cas);
        }

        assertThat(cas.getDocumentText()).isEqualTo(TEXT);
        assertThat(cas.getDocumentLanguage()).isEqualTo("en");
        Type claim = cas.getTypeSystem().getType("org.attest.type.Claim");
        AnnotationFS statistic = cas.<AnnotationFS>getAnnotationIndex(claim).iterator().next();
        assertThat(statistic.getCoveredText()).isEqualTo("up to 100 people died");
        assertThat(statistic.getBegin()).as("UTF-16 offsets, the emoji counting two").isEqualTo(TEXT.indexOf("up to"));
        assertThat(statistic.getDoubleValue(claim.getFeatureByBaseName("value"))).isEqualTo(100.0);
        assertThat(statistic.getStringValue(claim.getFeatureByBaseName("qualifier"))).isEqualTo("up to");
        assertThat(statistic.getStringValue(claim.getFeatureByBaseName("type"))).isEqualTo("statistic");
        Type attribution = cas.getTypeSystem().getType("org.attest.type.Attribution");
        List<AnnotationFS> attributions = new ArrayList<>();
        cas.<AnnotationFS>getAnnotationIndex(attribution).forEach(attributions::add);
        assertThat(attributions).hasSize(1);
        FeatureStructure cue = attributions.get(0).getFeatureValue(attribution.getFeatureByBaseName("cue"));
        assertThat(((AnnotationFS) cue).getCoveredText()).isEqualTo("said");
        AnnotationFS source = (AnnotationFS) attributions.get(0)
                .getFeatureValue(attribution.getFeatureByBaseName("to"));
        assertThat(source.getCoveredText()).isEqualTo("Mayor Ana Kova\u010di\u0107");
    }
}
