package org.attest.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.attest.agreement.Level;
import org.attest.agreement.corpus.AgreementRequest;
import org.attest.agreement.corpus.NoAnnotation;
import org.attest.agreement.table.TableAgreement;
import org.attest.curation.MergePolicy;
import org.attest.export.ExportFormats;
import org.attest.suggest.api.Recommender;
import org.attest.suggest.api.Recommenders;

/**
 * The values options accept, read from the services that parse them, so that help ({@code ${COMPLETION-CANDIDATES}})
 * lists exactly what the parser takes.
 */
final class Choices {

    private Choices() {
    }

    private static List<String> lowerCase(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
    }

    /** The export formats registered in {@link ExportFormats}. */
    static final class ExportFormatNames implements Iterable<String> {

        @Override
        public Iterator<String> iterator() {
            return ExportFormats.names().iterator();
        }
    }

    /** The measure keys of agreement over a corpus. */
    static final class CorpusMeasures implements Iterable<String> {

        @Override
        public Iterator<String> iterator() {
            return AgreementRequest.MEASURES.iterator();
        }
    }

    /** The measures of agreement over a reliability table. */
    static final class TableMeasures implements Iterable<String> {

        @Override
        public Iterator<String> iterator() {
            return TableAgreement.MEASURES.iterator();
        }
    }

    /** The levels of measurement. */
    static final class Levels implements Iterable<String> {

        @Override
        public Iterator<String> iterator() {
            return lowerCase(Level.values()).iterator();
        }
    }

    /** The ways to treat an annotator's silence. */
    static final class NoAnnotations implements Iterable<String> {

        @Override
        public Iterator<String> iterator() {
            return lowerCase(NoAnnotation.values()).iterator();
        }
    }

    /** The output formats of agreement. */
    static final class AgreementFormats implements Iterable<String> {

        @Override
        public Iterator<String> iterator() {
            return lowerCase(TableAgreement.Format.values()).iterator();
        }
    }

    /** The merge policies' forms. */
    static final class MergePolicies implements Iterable<String> {

        @Override
        public Iterator<String> iterator() {
            return MergePolicy.RULES.iterator();
        }
    }

    /** The output formats of {@code attest claims}. */
    static final class ClaimsFormats implements Iterable<String> {

        @Override
        public Iterator<String> iterator() {
            return ClaimsCommand.FORMATS.iterator();
        }
    }

    /** The names of the installed recommenders. */
    static final class RecommenderNames implements Iterable<String> {

        @Override
        public Iterator<String> iterator() {
            return Recommenders.all().stream().map(Recommender::name).iterator();
        }
    }
}
