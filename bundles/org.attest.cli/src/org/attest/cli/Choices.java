package org.attest.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

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

    /** Values read from their service each time help is written, so an installed addition shows at once. */
    private abstract static class Listed implements Iterable<String> {

        private final Supplier<? extends Iterable<String>> values;

        Listed(Supplier<? extends Iterable<String>> values) {
            this.values = values;
        }

        @Override
        public Iterator<String> iterator() {
            return values.get().iterator();
        }
    }

    private static List<String> lowerCase(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
    }

    /** The export formats registered in {@link ExportFormats}. */
    static final class ExportFormatNames extends Listed {

        ExportFormatNames() {
            super(() -> java.util.stream.Stream.concat(ExportFormats.names().stream(),
                    java.util.stream.Stream.of(InceptionCommands.FORMAT)).toList());
        }
    }

    /** The measure keys of agreement over a corpus. */
    static final class CorpusMeasures extends Listed {

        CorpusMeasures() {
            super(() -> AgreementRequest.MEASURES);
        }
    }

    /** The levels of measurement. */
    static final class Levels extends Listed {

        Levels() {
            super(() -> lowerCase(Level.values()));
        }
    }

    /** The ways to treat an annotator's silence. */
    static final class NoAnnotations extends Listed {

        NoAnnotations() {
            super(() -> lowerCase(NoAnnotation.values()));
        }
    }

    /** The output formats of agreement. */
    static final class AgreementFormats extends Listed {

        AgreementFormats() {
            super(() -> lowerCase(TableAgreement.Format.values()));
        }
    }

    /** The merge policies' forms. */
    static final class MergePolicies extends Listed {

        MergePolicies() {
            super(() -> MergePolicy.RULES);
        }
    }

    /** The output formats of {@code attest claims}. */
    static final class ClaimsFormats extends Listed {

        ClaimsFormats() {
            super(() -> ClaimsCommand.FORMATS);
        }
    }

    /** The names of the installed recommenders. */
    static final class RecommenderNames extends Listed {

        RecommenderNames() {
            super(() -> Recommenders.all().stream().map(Recommender::name).toList());
        }
    }
}
